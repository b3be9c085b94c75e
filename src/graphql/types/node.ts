import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({
  description: 'An object with a global id (Relay). `node(id:)` resolves any of them.',
  resolveType: (value: { __kind?: string }) => value.__kind,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id: encodes type, provider, account, region and native id.' })
  id!: string;
}
