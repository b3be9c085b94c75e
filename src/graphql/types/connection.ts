import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './common.js';

/** Builds `<Name>Connection` and `<Name>Edge` for a node type (Relay cursor connections). */
export function Connection<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor: pass it as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    simpleResolvers: true,
    description: `A page of ${name} items across every selected account and region.`,
  })
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [node], { description: 'The nodes of `edges`, for clients that do not need cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items matching the filter in the accounts that answered.' })
    totalCount!: number;
  }
  return ConnectionType;
}
