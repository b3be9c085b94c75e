import { Field, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';
import { Entity } from './entity.js';
import { Node } from './node.js';
import { Authenticated, Key } from '../../security/directives.js';
import { DateTime } from './scalars.js';

@Key()
@Authenticated()
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A target-server blueprint (Huawei SMS templates).' })
export class Template extends Entity implements Node {
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Region the target server is created in.' })
  targetRegion!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  createdAt!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class TemplateConnection extends Connection('Template', Template) {}
