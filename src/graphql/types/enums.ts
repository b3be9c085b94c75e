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

registerEnumType(ListOrder, {
  name: 'OrderBy',
  description: 'Order of a list: by creation time, name, unified state, progress or update time. Ties go by native id; a missing key (no progress, no updatedAt) sorts last either way.',
  valuesConfig: {
    CREATED_DESC: { description: 'Newest first (the default).' },
    CREATED_ASC: { description: 'Oldest first.' },
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
    STATE_ASC: { description: 'By unified state, in the order TaskState / SourceState list their values (PENDING first for tasks).' },
    STATE_DESC: { description: 'By unified state, reversed.' },
    PROGRESS_ASC: { description: 'By progress.percent, least first; tasks without a percent, and sources, last.' },
    PROGRESS_DESC: { description: 'By progress.percent, most first; tasks without a percent, and sources, last.' },
    UPDATED_DESC: { description: 'By updatedAt, most recent first; null (providers that do not report it) last.' },
    UPDATED_ASC: { description: 'By updatedAt, least recent first; null last.' },
  },
});

export { ListOrder, SourceState, TaskAction, TaskState };
