import { registerEnumType } from 'type-graphql';
import { PROVIDER_MODULES } from '../../../adapters/index.js';
import { ListOrder, SourceState, TaskAction, TaskState, type ProviderId } from '../../core/model.js';

/** GraphQL names of the providers (from the provider registry); the values are the provider ids. */
export const Provider: Readonly<Record<string, ProviderId>> = Object.freeze(Object.fromEntries(PROVIDER_MODULES.map((m) => [m.graphqlName, m.id])));
export type Provider = ProviderId;

registerEnumType(Provider, {
  name: 'Provider',
  description: 'A migration service migraph talks to.',
  valuesConfig: Object.fromEntries(PROVIDER_MODULES.map((m) => [m.graphqlName, { description: m.description }])),
});

registerEnumType(TaskState, {
  name: 'TaskState',
  description: 'Unified task state. Each provider maps its native states onto these; `nativeState` keeps the original.',
});

registerEnumType(SourceState, { name: 'SourceState', description: 'Unified source-server state.' });

registerEnumType(TaskAction, {
  name: 'TaskAction',
  description: 'An action on a task. `Task.availableActions` lists the ones its current state allows.',
});

registerEnumType(ListOrder, { name: 'OrderBy', description: 'Order of a list: by creation time or by name.' });

export { ListOrder, SourceState, TaskAction, TaskState };
