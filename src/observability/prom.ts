/**
 * prom-client helpers: counters whose value lives elsewhere (read at scrape time), and labels whose
 * values come from clients (operation names) kept to a bounded set.
 */
import { Counter, type Registry } from 'prom-client';

/**
 * A `_total` counter that mirrors a monotonically growing number kept by another component: at
 * scrape time it adds what has grown since the last scrape.
 */
export function mirroredCounter(registry: Registry, name: string, help: string, read: () => number): Counter {
  let seen = 0;
  return new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      const now = read();
      if (now > seen) this.inc(now - seen);
      seen = Math.max(seen, now);
    },
  });
}

/** The first `max` distinct values pass through; later new ones become `other` (bounded cardinality). */
export function boundedLabel(max: number): (value: string) => string {
  const known = new Set<string>();
  return (value) => {
    if (known.has(value)) return value;
    if (known.size >= max) return 'other';
    known.add(value);
    return value;
  };
}
