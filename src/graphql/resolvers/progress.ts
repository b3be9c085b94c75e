import { checkFilterBounds } from './support.js';
import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { ProviderId } from '../../core/model.js';
import { decodeId, encodeId } from '../../domain/ids.js';
import type { ProgressEvent } from '../../domain/progress/hub.js';
import type { GraphQLContext } from '../context.js';
import type { Provider } from '../types/enums.js';
import { TaskProgressEvent } from '../types/events.js';
import { TaskUpdatesFilter } from '../types/task-updates.js';
import { Read } from '../../security/directives.js';

/** One GraphQL object per event, shared by every subscriber that receives it (events are immutable). */
const objects = new WeakMap<ProgressEvent, TaskProgressEvent>();

export function toEventObject(event: ProgressEvent): TaskProgressEvent {
  let object = objects.get(event);
  if (!object) {
    object = buildEventObject(event);
    objects.set(event, object);
  }
  return object;
}

function buildEventObject(event: ProgressEvent): TaskProgressEvent {
  const task = event.task;
  return {
    sequence: event.sequence,
    taskId: encodeId('Task', { provider: event.provider, accountId: event.accountId, region: event.region, nativeId: event.nativeId }),
    provider: event.provider as ProviderId as Provider,
    state: task?.state ?? null,
    nativeState: task?.nativeState ?? null,
    progress: task?.progress ?? null,
    task,
    stale: event.stale,
    staleReason: event.staleReason,
    final: event.final,
    observedAt: event.at,
  };
}

@Resolver()
export class ProgressResolver {
  @Read()
  @Subscription(() => TaskProgressEvent, {
    description:
      'Progress of one task: its current state first, then every change; the stream ends after a terminal state. ' +
      'Polled once per account and region for all subscribers, never per subscriber.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { id: string }, GraphQLContext>) => {
      const ref = decodeId(args.id as string, 'Task', 'id');
      context.gateway.checkRef(ref, 'id');
      return context.hub.watchTask(ref);
    },
  })
  taskProgress(@Arg('id', () => ID) _id: string, @Root() event: ProgressEvent): TaskProgressEvent {
    return toEventObject(event);
  }

  @Read()
  @Subscription(() => TaskProgressEvent, {
    description:
      'Changes of every task the filter selects (by provider, account, region, unified state or ids): the current state of ' +
      'each matching task first, then only changes, each with its own per-task `sequence`. A slow client gets the latest ' +
      'state of each task, not a queue. Without `ids` it follows whole accounts and regions, including new tasks.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { filter?: TaskUpdatesFilter | null }, GraphQLContext>) => {
      const filter = args.filter ?? {};
      checkFilterBounds(filter);
      return context.hub.watchUpdates({
        providers: filter.providers as ProviderId[] | null | undefined,
        accounts: filter.accounts,
        regions: filter.regions,
        states: filter.states,
        ids: filter.ids,
      }, context.gateway.accounts);
    },
  })
  taskUpdates(
    @Arg('filter', () => TaskUpdatesFilter, { nullable: true }) _filter: TaskUpdatesFilter | null,
    @Root() event: ProgressEvent,
  ): TaskProgressEvent {
    return toEventObject(event);
  }
}
