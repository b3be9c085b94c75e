import { Field, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';
import { Entity } from './entity.js';
import { Node } from './node.js';
import { Authenticated, Key } from '../../security/directives.js';
import { DateTime } from './scalars.js';

@Key()
@Authenticated()
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A migration project: a grouping of sources with defaults (Huawei SMS migprojects).' })
export class MigrationProject extends Entity implements Node {
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field()
  isDefault!: boolean;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  createdAt!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class MigrationProjectConnection extends Connection('MigrationProject', MigrationProject) {}
