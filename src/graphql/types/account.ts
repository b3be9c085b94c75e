import { Field, ID, ObjectType } from 'type-graphql';
import { Provider } from './enums.js';
import { Authenticated, Key } from '../../security/directives.js';

@Key()
@Authenticated()
@ObjectType({ simpleResolvers: true, description: 'A configured credential profile of one provider. Credentials are never exposed.' })
export class Account {
  @Field(() => ID, { description: 'The account id from the configuration.' })
  id!: string;

  @Field(() => Provider)
  provider!: Provider;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => [String])
  regions!: string[];
}
