/**
 * Prometheus metrics (prom-client), served at GET /metrics (scope metrics:read). Every metric is
 * listed in the README ("Metrics") with its labels. Label values are bounded: providers, configured
 * accounts and regions, catalog operation ids, the closed error-code set, operation types, and
 * operation names capped at the first 200 distinct ones (`other` after that).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { UpstreamObserver } from '../../adapters/common/observe.js';
import type { PolicyObserver } from '../../adapters/common/policy.js';
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
  /**
   * Subscription results serialised (once per distinct event and selection) and messages sent with
   * them, by transport: plain numbers on the send path, read into their counters when scraped.
   */
  subscriptionCounts: { payloads: SubscriptionCounts; messages: SubscriptionCounts };
  upstreamRequests: Counter<UpstreamLabel | 'outcome'>;
  upstreamDuration: Histogram<UpstreamLabel>;
  upstreamRetries: Counter<UpstreamLabel>;
  upstreamThrottled: Counter<UpstreamLabel>;
  /** The upstream policy (adapters/common/policy.ts): refused retries, circuits, quotas. */
  retriesRefused: Counter<'provider' | 'account' | 'region' | 'reason'>;
  circuitState: Gauge<'provider' | 'account' | 'region'>;
  circuitOpens: Counter<'provider' | 'account' | 'region'>;
  quotaWait: Histogram<'provider' | 'account' | 'region' | 'priority'>;
  quotaRefusals: Counter<'provider' | 'account' | 'region' | 'priority'>;
  quotaFallbacks: Counter;
  /** The operation-name label value (bounded). */
  operationName(name: string | null | undefined): string;
}

export type SubscriptionCounts = Record<'websocket' | 'sse', number>;

/** A counter by transport whose values are plain numbers the send path increments. */
function transportCounter(registry: Registry, name: string, help: string): SubscriptionCounts {
  const counts: SubscriptionCounts = { websocket: 0, sse: 0 };
  const seen: SubscriptionCounts = { websocket: 0, sse: 0 };
  new Counter({
    name,
    help,
    labelNames: ['transport'],
    registers: [registry],
    collect() {
      for (const transport of ['websocket', 'sse'] as const) {
        this.inc({ transport }, counts[transport] - seen[transport]);
        seen[transport] = counts[transport];
      }
    },
  });
  return counts;
}

export function createMetrics(sources: { cache: SharedCache }): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const { cache } = sources;
  mirroredCounter(registry, 'migraph_cache_hits_total', 'Shared cache hits (list and describe results).', () => cache.hits);
  mirroredCounter(registry, 'migraph_cache_misses_total', 'Shared cache misses.', () => cache.misses);
  mirroredCounter(registry, 'migraph_cache_invalidations_total', 'Account invalidations by mutations.', () => cache.invalidations);
  new Gauge({
    name: 'migraph_cache_bytes',
    help: 'Estimated bytes the shared cache holds (bounded by cache.maxBytes).',
    registers: [registry],
    collect() {
      this.set(cache.stats().bytes);
    },
  });
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
    subscriptionCounts: {
      payloads: transportCounter(registry, 'migraph_subscription_payloads_serialised_total', 'Subscription results serialised: once per distinct (event, operation, variables), shared by every subscriber who gets it.'),
      messages: transportCounter(registry, 'migraph_subscription_messages_total', 'Subscription results sent (one per subscriber and event), each with a shared serialised payload.'),
    },
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
    retriesRefused: new Counter({
      name: 'migraph_upstream_retries_refused_total',
      help: 'Failed vendor calls not retried although they could have been: reason budget (the account\'s retry budget was spent) or deadline (no time left).',
      labelNames: ['provider', 'account', 'region', 'reason'],
      registers: [registry],
    }),
    circuitState: new Gauge({
      name: 'migraph_upstream_circuit_state',
      help: 'Circuit breaker per account and region: 0 closed, 1 open (calls fail fast), 2 half-open (one probe in flight).',
      labelNames: ['provider', 'account', 'region'],
      registers: [registry],
    }),
    circuitOpens: new Counter({
      name: 'migraph_upstream_circuit_opens_total',
      help: 'Times a circuit opened (after consecutive upstream failures, or a failed probe).',
      labelNames: ['provider', 'account', 'region'],
      registers: [registry],
    }),
    quotaWait: new Histogram({
      name: 'migraph_upstream_quota_wait_seconds',
      help: 'Time vendor calls waited for a quota token (0 when one was there), by priority (write, read, poll).',
      labelNames: ['provider', 'account', 'region', 'priority'],
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers: [registry],
    }),
    quotaRefusals: new Counter({
      name: 'migraph_upstream_quota_refusals_total',
      help: 'Vendor calls refused by the upstream quota (THROTTLED, nothing sent), by priority.',
      labelNames: ['provider', 'account', 'region', 'priority'],
      registers: [registry],
    }),
    quotaFallbacks: new Counter({
      name: 'migraph_upstream_quota_fallback_total',
      help: 'Vendor calls whose quota token was counted in this instance because Redis was unreachable.',
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

const CIRCUIT_VALUE = { closed: 0, open: 1, 'half-open': 2 } as const;

/** The upstream policy's observer: refused retries, circuit state and opens, quota waits and refusals. */
export function policyObserver(metrics: GatewayMetrics): PolicyObserver {
  return {
    retryRefused: (s, region, reason) => metrics.retriesRefused.inc({ provider: s.provider, account: s.account, region, reason }),
    circuitState: (s, region, state, opened) => {
      const labels = { provider: s.provider, account: s.account, region };
      metrics.circuitState.set(labels, CIRCUIT_VALUE[state]);
      if (opened) metrics.circuitOpens.inc(labels);
    },
    quotaWaited: (s, region, priority, waitedMs) => metrics.quotaWait.observe({ provider: s.provider, account: s.account, region, priority }, waitedMs / 1000),
    quotaRefused: (s, region, priority) => metrics.quotaRefusals.inc({ provider: s.provider, account: s.account, region, priority }),
  };
}

/** The upstream observer of a gateway: Prometheus metrics and the one debug line per call. */
export function metricsObserver(metrics: GatewayMetrics): UpstreamObserver {
  return {
    start: (call) => (r) => {
      // Refused by the policy before anything was sent: no vendor call (the policy metrics count it).
      if (r.refused) return;
      const labels = { provider: call.provider, account: call.account, region: call.region, operation: call.operation };
      metrics.upstreamRequests.inc({ ...labels, outcome: r.outcome });
      metrics.upstreamDuration.observe(labels, r.durationMs / 1000);
      if (r.retries > 0) metrics.upstreamRetries.inc(labels, r.retries);
      if (r.outcome === 'THROTTLED') metrics.upstreamThrottled.inc(labels);
    },
  };
}
