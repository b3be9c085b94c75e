/**
 * Prometheus metrics (prom-client), served at GET /metrics (scope metrics:read). Every metric is
 * listed in the README ("Metrics") with its labels. Label values are bounded: providers, configured
 * accounts and regions, catalog operation ids, the closed error-code set, operation types, and
 * operation names capped at the first 200 distinct ones (`other` after that).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { UpstreamObserver } from '../../adapters/common/observe.js';
import type { SharedCache } from '../domain/cache.js';
import type { BackplaneHealth } from '../domain/progress/pubsub.js';
import { boundedLabel, mirroredCounter } from '../observability/prom.js';

type UpstreamLabel = 'provider' | 'account' | 'region' | 'operation';

export interface GatewayMetrics {
  registry: Registry;
  /** GraphQL operations over every transport: `transport` http | websocket | sse. */
  graphqlRequests: Counter<'transport' | 'type' | 'name' | 'outcome'>;
  graphqlDuration: Histogram<'transport' | 'type'>;
  subscriptions: Gauge;
  upstreamRequests: Counter<UpstreamLabel | 'outcome'>;
  upstreamDuration: Histogram<UpstreamLabel>;
  upstreamRetries: Counter<UpstreamLabel>;
  upstreamThrottled: Counter<UpstreamLabel>;
  /** The operation-name label value (bounded). */
  operationName(name: string | null | undefined): string;
}

export function createMetrics(sources: { cache: SharedCache }): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const { cache } = sources;
  mirroredCounter(registry, 'migraph_cache_hits_total', 'Shared cache hits (list and describe results).', () => cache.hits);
  mirroredCounter(registry, 'migraph_cache_misses_total', 'Shared cache misses.', () => cache.misses);
  mirroredCounter(registry, 'migraph_cache_invalidations_total', 'Account invalidations by mutations.', () => cache.invalidations);
  const upstreamLabels: UpstreamLabel[] = ['provider', 'account', 'region', 'operation'];
  const names = boundedLabel(200);
  return {
    registry,
    graphqlRequests: new Counter({
      name: 'migraph_graphql_requests_total',
      help: 'GraphQL operations by transport, operation type, operation name and outcome (ok, or the first error code).',
      labelNames: ['transport', 'type', 'name', 'outcome'],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'migraph_graphql_request_duration_seconds',
      help: 'Duration of GraphQL queries and mutations (subscriptions: until the subscribe is answered).',
      labelNames: ['transport', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    subscriptions: new Gauge({ name: 'migraph_subscriptions_open', help: 'Open GraphQL subscriptions.', registers: [registry] }),
    upstreamRequests: new Counter({
      name: 'migraph_upstream_requests_total',
      help: 'Vendor API calls (all attempts of one call count once) by catalog operation and outcome (ok, or the gateway error code).',
      labelNames: [...upstreamLabels, 'outcome'],
      registers: [registry],
    }),
    upstreamDuration: new Histogram({
      name: 'migraph_upstream_request_duration_seconds',
      help: 'Duration of vendor API calls, retries included.',
      labelNames: upstreamLabels,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    upstreamRetries: new Counter({ name: 'migraph_upstream_retries_total', help: 'Retried attempts of vendor API calls.', labelNames: upstreamLabels, registers: [registry] }),
    upstreamThrottled: new Counter({
      name: 'migraph_upstream_throttled_total',
      help: 'Vendor API calls that ended throttled (THROTTLED).',
      labelNames: upstreamLabels,
      registers: [registry],
    }),
    operationName: (name) => (name ? names(name) : ''),
  };
}

/** `migraph_redis_up`: 1 while the progress backplane (Redis) answers, 0 while it does not. */
export function registerBackplaneMetrics(metrics: GatewayMetrics, health: BackplaneHealth): void {
  new Gauge({
    name: 'migraph_redis_up',
    help: 'Whether Redis answers (1) or not (0): while 0, each instance polls its own progress groups and /readyz answers 503.',
    registers: [metrics.registry],
    collect() {
      this.set(health.up ? 1 : 0);
    },
  });
}

/** The upstream observer of a gateway: Prometheus metrics and the one debug line per call. */
export function metricsObserver(metrics: GatewayMetrics): UpstreamObserver {
  return {
    start: (call) => (r) => {
      const labels = { provider: call.provider, account: call.account, region: call.region, operation: call.operation };
      metrics.upstreamRequests.inc({ ...labels, outcome: r.outcome });
      metrics.upstreamDuration.observe(labels, r.durationMs / 1000);
      if (r.retries > 0) metrics.upstreamRetries.inc(labels, r.retries);
      if (r.outcome === 'THROTTLED') metrics.upstreamThrottled.inc(labels);
    },
  };
}
