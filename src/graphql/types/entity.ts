import { Field, ObjectType } from 'type-graphql';
import { Provider } from './enums.js';

/** Fields every provider resource has; `id` and `account` are resolved by EntityResolver. */
@ObjectType({ simpleResolvers: true })
export abstract class Entity {
  @Field({ description: "The provider's own id of this resource." })
  nativeId!: string;

  @Field(() => Provider)
  provider!: Provider;

  @Field({ description: 'The account region the resource lives in.' })
  region!: string;

  /** Account id (resolved to `account: Account!`). */
  accountId!: string;
}
