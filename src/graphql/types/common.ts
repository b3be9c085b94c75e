import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { Shareable } from '../../security/directives.js';

@Shareable()
@ObjectType({ simpleResolvers: true, description: 'A key/value tag on a provider resource.' })
export class Tag {
  @Field()
  key!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@InputType({ description: 'Matches resources carrying this tag (any value when `value` is null).' })
export class TagInput {
  @Field()
  key!: string;

  @Field(() => String, { nullable: true })
  value?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class Disk {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  device!: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  sizeBytes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  usedBytes!: number | null;
}

@Shareable()
@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a delete: the global ids that were deleted.' })
export class DeletePayload {
  @Field(() => [String])
  deletedIds!: string[];
}
