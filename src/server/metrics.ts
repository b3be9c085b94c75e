/**
 * Prometheus metrics (prom-client), served at GET /metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { SharedCache } from '../domain/cache.js';

export interface GatewayMetrics {
  registry: Registry;
  graphqlRequests: Counter<'operation' | 'outcome'>;
  graphqlDuration: Histogram<'operation'>;
  subscriptions: Gauge;
}

export function createMetrics(sources: { cache: SharedCache }): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const { cache } = sources;
  new Gauge({
    name: 'migraph_cache_hits',
    help: 'Shared cache hits since start (list and describe results).',
    registers: [registry],
    collect() {
      this.set(cache.hits);
    },
  });
  new Gauge({
    name: 'migraph_cache_misses',
    help: 'Shared cache misses since start.',
    registers: [registry],
    collect() {
      this.set(cache.misses);
    },
  });
  new Gauge({
    name: 'migraph_cache_invalidations',
    help: 'Account invalidations by mutations since start.',
    registers: [registry],
    collect() {
      this.set(cache.invalidations);
    },
  });
  return {
    registry,
    graphqlRequests: new Counter({
      name: 'migraph_graphql_requests_total',
      help: 'GraphQL operations over HTTP, by operation type and outcome.',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'migraph_graphql_request_duration_seconds',
      help: 'Duration of GraphQL operations over HTTP.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    subscriptions: new Gauge({ name: 'migraph_subscriptions_open', help: 'Open GraphQL subscriptions.', registers: [registry] }),
  };
}
