/**
 * One place that observes every upstream (vendor) call, the same way for every adapter: each
 * client wraps its single `call` in `observeUpstream`, and the gateway supplies the observer
 * (Prometheus counters and histograms, one debug log line, an OpenTelemetry client span).
 *
 * The observer sees the provider, account, region, catalog operation id, outcome (`ok` or the
 * gateway error code), HTTP status, the vendor's request id and retry attempts: never a credential,
 * a signature, a header or a URL.
 */
import type { ErrorCode } from '../../src/core/errors.js';
import { isGatewayError } from '../../src/core/errors.js';
import type { Logger, ProviderId } from '../../src/core/model.js';
import { QUOTA_LIMIT_NAME } from './policy.js';

export interface UpstreamCall {
  provider: ProviderId;
  account: string;
  /** The region the call addresses, when the client knows it (else the empty string). */
  region: string;
  /** The catalog operation id (`ListTasks`, `DescribeReplicationJobs`, `DescribeSMC`). */
  operation: string;
}

export interface UpstreamResult {
  outcome: 'ok' | ErrorCode;
  httpStatus?: number;
  requestId?: string;
  providerCode?: string;
  /** Attempts after the first (the policy's retries). */
  retries: number;
  /**
   * Set when the policy refused the call before anything was sent: the account and region's
   * circuit is open, or its quota is spent (policy.ts). Such a call is no vendor call.
   */
  refused?: 'circuit' | 'quota';
  durationMs: number;
}

/** What a client reports while a call is in flight. */
export interface UpstreamAttempt {
  /** The policy retried the call (1, 2, ...). */
  retried(attempt: number): void;
  /** The vendor's answer, known only to the client (status, request id). */
  answered(httpStatus: number, requestId?: string): void;
}

export interface UpstreamObserver {
  /** Called when the call starts; the returned function is called once when it ends. */
  start(call: UpstreamCall): (result: UpstreamResult) => void;
  /** Runs `fn` inside the call's span context, if the observer traces (default: just runs it). */
  within?<T>(call: UpstreamCall, fn: () => Promise<T>): Promise<T>;
}

export const NO_OBSERVER: UpstreamObserver = { start: () => () => {} };

/** Observers that all see every call (metrics, traces, the log line). */
export function combineObservers(...observers: UpstreamObserver[]): UpstreamObserver {
  const tracing = observers.find((o) => o.within);
  return {
    start(call) {
      const ends = observers.map((o) => o.start(call));
      return (result) => {
        for (const end of ends) end(result);
      };
    },
    ...(tracing ? { within: <T>(call: UpstreamCall, fn: () => Promise<T>) => tracing.within!(call, fn) } : {}),
  };
}

/** The one debug line per upstream call, the same for every adapter. */
export function loggingObserver(logger: Logger): UpstreamObserver {
  return {
    start: (call) => (r) =>
      logger.debug(
        {
          provider: call.provider,
          account: call.account,
          region: call.region || undefined,
          operation: call.operation,
          outcome: r.outcome,
          httpStatus: r.httpStatus,
          vendorRequestId: r.requestId,
          providerCode: r.providerCode,
          retries: r.retries,
          refused: r.refused,
          ms: Math.round(r.durationMs * 10) / 10,
        },
        'upstream call',
      ),
  };
}

/** Wraps one logical upstream call (all of its attempts). */
export async function observeUpstream<T>(
  observer: UpstreamObserver | undefined,
  call: UpstreamCall,
  run: (attempt: UpstreamAttempt) => Promise<T>,
): Promise<T> {
  const obs = observer ?? NO_OBSERVER;
  const started = performance.now();
  const end = obs.start(call);
  let retries = 0;
  let httpStatus: number | undefined;
  let requestId: string | undefined;
  const attempt: UpstreamAttempt = {
    retried: (n) => {
      retries = Math.max(retries, n);
    },
    answered: (status, id) => {
      httpStatus = status;
      if (id) requestId = id;
    },
  };
  const exec = () => run(attempt);
  try {
    const value = await (obs.within ? obs.within(call, exec) : exec());
    end({ outcome: 'ok', httpStatus, requestId, retries, durationMs: performance.now() - started });
    return value;
  } catch (e) {
    const gw = isGatewayError(e) ? e : null;
    const refused = gw?.circuit === 'open' ? 'circuit' : gw?.limit?.name === QUOTA_LIMIT_NAME ? 'quota' : undefined;
    end({
      ...(refused ? { refused } : {}),
      outcome: gw?.code ?? 'INTERNAL_SERVER_ERROR',
      httpStatus: gw?.httpStatus ?? httpStatus,
      requestId: gw?.requestId ?? requestId,
      providerCode: gw?.providerCode,
      retries,
      durationMs: performance.now() - started,
    });
    throw e;
  }
}
