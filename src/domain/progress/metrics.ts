/**
 * Progress-hub metrics for GET /metrics (read from `hub.stats()` at scrape time; nothing on the hot
 * path): gauges for current sizes, `_total` counters for what only grows.
 */
import { Gauge, type Registry } from 'prom-client';
import { mirroredCounter } from '../../observability/prom.js';
import type { HubStats, ProgressHub } from './hub.js';

const GAUGES: [keyof HubStats, string, string][] = [
  ['groups', 'migraph_progress_groups', '(account, region) groups with subscribers on this instance.'],
  ['tasks', 'migraph_progress_watched_tasks', 'Tasks watched by id on this instance.'],
  ['wideGroups', 'migraph_progress_wide_groups', 'Groups watched as a whole (taskUpdates without ids).'],
  ['holding', 'migraph_progress_groups_polled', 'Groups this instance polls (holds the lease of).'],
  ['staleGroups', 'migraph_progress_stale_groups', 'Polled groups whose last poll failed (subscribers see stale data).'],
  ['localGroups', 'migraph_progress_local_groups', 'Groups this instance polls by itself because Redis is unreachable.'],
];

const COUNTERS: [keyof HubStats, string, string][] = [
  ['polls', 'migraph_progress_polls_total', 'Provider calls made by progress polls.'],
  ['events', 'migraph_progress_events_total', 'Progress events published.'],
];

export function registerProgressMetrics(registry: Registry, hub: ProgressHub): void {
  for (const [field, name, help] of GAUGES) {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(hub.stats()[field]);
      },
    });
  }
  for (const [field, name, help] of COUNTERS) mirroredCounter(registry, name, help, () => hub.stats()[field]);
}
