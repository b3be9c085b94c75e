import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'The principal of the request: who it is, its scopes and the accounts it may see (no credential).' })
export class Viewer {
  @Field({ description: 'Stable principal id: `key:<id>`, `jwt:<sub>` or `anonymous`.' })
  id!: string;

  @Field(() => [String], { description: 'The scopes it holds (migration:read, migration:operate, ...).' })
  scopes!: string[];

  @Field(() => [String], { description: 'The account ids it may see and act on; `["*"]` for every account.' })
  accounts!: string[];

  @Field({ description: 'True when the gateway runs with auth.disabled (every caller is anonymous with every scope).' })
  authDisabled!: boolean;
}
