import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Disk, Tag } from './common.js';
import { Connection } from './connection.js';
import { Entity } from './entity.js';
import { SourceState } from './enums.js';
import { Node } from './node.js';
import { Authenticated, Key } from '../../security/directives.js';
import { DateTime } from './scalars.js';

@Key()
@Authenticated()
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A source server registered by a migration agent.' })
export class Source extends Entity implements Node {
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  osType!: string | null;

  @Field(() => String, { nullable: true })
  osVersion!: string | null;

  @Field(() => Int, { nullable: true })
  cpuCores!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  memoryBytes!: number | null;

  @Field(() => [Disk])
  disks!: Disk[];

  @Field(() => Boolean, { nullable: true, description: 'Whether the migration agent is connected.' })
  agentConnected!: boolean | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  agentLastSeenAt!: string | null;

  @Field(() => SourceState)
  state!: SourceState;

  @Field({ description: "The provider's own state, verbatim." })
  nativeState!: string;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  createdAt!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the provider last changed the record. Null where the provider does not report it (Huawei, Alibaba); UCloudStack UpdateTime.',
  })
  updatedAt!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the native state last changed. Null where the provider does not report it (Alibaba, UCloudStack, Huawei tasks); Huawei source state_action_time.',
  })
  stateChangedAt!: string | null;

  /** Resolved by the entity resolver (read lazily where the provider keeps tags apart). */
  tags!: Tag[] | null;

  currentTaskId!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class SourceConnection extends Connection('Source', Source) {}
