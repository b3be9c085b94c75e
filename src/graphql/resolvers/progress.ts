import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { decodeId, encodeId } from '../../domain/ids.js';
import type { ProgressEvent } from '../../domain/progress/hub.js';
import type { GraphQLContext } from '../context.js';
import { TaskProgressEvent } from '../types/events.js';

export function toEventObject(event: ProgressEvent, provider: TaskProgressEvent['task'] extends unknown ? string : never): TaskProgressEvent {
  const task = event.task;
  return {
    sequence: event.sequence,
    taskId: encodeId('Task', { provider: provider as never, accountId: event.accountId, region: event.region, nativeId: event.nativeId }),
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
  @Subscription(() => TaskProgressEvent, {
    description:
      'Progress of one task: its current state first, then every change; the stream ends after a terminal state. ' +
      'Polled once per account and region for all subscribers, never per subscriber.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { id: string }, GraphQLContext>) => {
      const ref = decodeId(args.id as string, 'Task');
      context.gateway.checkRef(ref);
      return context.hub.watch(ref);
    },
  })
  taskProgress(@Arg('id', () => ID) id: string, @Root() event: ProgressEvent): TaskProgressEvent {
    return toEventObject(event, decodeId(id, 'Task').provider);
  }
}
