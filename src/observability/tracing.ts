/**
 * OpenTelemetry tracing: the SDK set-up (sdk-trace-node, the OTLP HTTP exporter), the client span of
 * every upstream call, the trace ids of log lines, and the root context of background work.
 *
 * On or off is decided once, from the standard OTEL_* variables (`tracingFromEnv`), or set
 * programmatically (`setupTracing({ exporter })`, tests and benches). Off, nothing is registered
 * with the @opentelemetry/api (no tracer provider, no context manager, no propagator), the SDK
 * packages are not even loaded, and every function here returns after one module-level check.
 *
 * Never a credential, a signature, a header or a URL goes into a span: the attributes are the
 * provider, account id, region, catalog operation id, HTTP status, the vendor's request id and error
 * code, retry attempts and the gateway's outcome.
 */
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import type { Sampler, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NO_OBSERVER, type UpstreamCall, type UpstreamObserver, type UpstreamResult } from '../../adapters/common/observe.js';
import type { Logger } from '../core/model.js';

export const TRACER_NAME = 'migraph';
export const DEFAULT_SERVICE_NAME = 'migraph';

// -- on or off ---------------------------------------------------------------------------------

export type TraceExporterKind = 'otlp' | 'console';

export type TracingDecision =
  | { enabled: true; exporters: TraceExporterKind[]; warnings: string[] }
  | { enabled: false; reason: string; warnings: string[] };

const KNOWN_EXPORTERS: ReadonlySet<string> = new Set(['otlp', 'console', 'none']);

/**
 * Whether the environment asks for traces, and which exporters:
 *
 * - off when OTEL_SDK_DISABLED=true, or OTEL_TRACES_EXPORTER lists `none`;
 * - else on with the exporters OTEL_TRACES_EXPORTER lists (`otlp`, `console`; others are ignored
 *   with a warning, and off if none is left);
 * - else (OTEL_TRACES_EXPORTER unset or empty) on with `otlp` when OTEL_EXPORTER_OTLP_ENDPOINT or
 *   OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set;
 * - else off.
 */
export function tracingFromEnv(env: NodeJS.ProcessEnv = process.env): TracingDecision {
  const warnings: string[] = [];
  const value = (name: string) => (env[name] ?? '').trim();
  if (value('OTEL_SDK_DISABLED').toLowerCase() === 'true') return { enabled: false, reason: 'OTEL_SDK_DISABLED=true', warnings };
  const listed = value('OTEL_TRACES_EXPORTER')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (listed.includes('none')) return { enabled: false, reason: 'OTEL_TRACES_EXPORTER=none', warnings };
  for (const name of listed) if (!KNOWN_EXPORTERS.has(name)) warnings.push(`OTEL_TRACES_EXPORTER: "${name}" is not supported (otlp, console, none); ignored`);
  const protocol = value('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') || value('OTEL_EXPORTER_OTLP_PROTOCOL');
  if (protocol && protocol !== 'http/json' && protocol !== 'http/protobuf') {
    warnings.push(`OTEL_EXPORTER_OTLP_PROTOCOL: "${protocol}" is not supported; spans are sent as OTLP http/json`);
  }
  if (listed.length) {
    const exporters = [...new Set(listed.filter((n): n is TraceExporterKind => n === 'otlp' || n === 'console'))];
    if (!exporters.length) return { enabled: false, reason: 'OTEL_TRACES_EXPORTER lists no supported exporter', warnings };
    return { enabled: true, exporters, warnings };
  }
  if (value('OTEL_EXPORTER_OTLP_ENDPOINT') || value('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT')) return { enabled: true, exporters: ['otlp'], warnings };
  return { enabled: false, reason: 'no OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_TRACES_EXPORTER', warnings };
}

// -- set-up ------------------------------------------------------------------------------------

export interface TracingOptions {
  /**
   * Export to this exporter instead of the ones the environment names (tests: an
   * InMemorySpanExporter; benches: a no-op one). Tracing is then on whatever the environment says.
   */
  exporter?: SpanExporter;
  /** With `exporter`: a BatchSpanProcessor instead of the default SimpleSpanProcessor. */
  batch?: boolean;
  /** Defaults to the SDK's reading of OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG (parentbased_always_on). */
  sampler?: Sampler;
  /** Where the decision and warnings are logged (nothing is logged when absent). */
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
}

interface TracingState {
  tracer: Tracer;
  shutdown(): Promise<void>;
}

/** The one module-level switch: null while tracing is off. */
let state: TracingState | null = null;

/** True while an SDK set up by `setupTracing` is registered. */
export function tracingEnabled(): boolean {
  return state !== null;
}

/**
 * Registers the SDK globally when the environment (or `options.exporter`) asks for traces: a
 * NodeTracerProvider with the service name (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES, default
 * "migraph"), the sampler from OTEL_TRACES_SAMPLER(_ARG), a BatchSpanProcessor (OTEL_BSP_*) per
 * exporter (the OTLP exporter reads OTEL_EXPORTER_OTLP_* itself), the AsyncLocalStorage context
 * manager and the W3C trace-context propagator (traceparent, tracestate). Resolves to whether
 * tracing is on. The SDK modules are imported only here, so a process with tracing off never loads them.
 */
export async function setupTracing(options: TracingOptions = {}): Promise<boolean> {
  if (state) throw new Error('tracing is already set up (call shutdownTracing() first)');
  const env = options.env ?? process.env;
  const decision: TracingDecision = options.exporter ? { enabled: true, exporters: [], warnings: [] } : tracingFromEnv(env);
  for (const w of decision.warnings) options.logger?.warn({}, `tracing: ${w}`);
  if (!decision.enabled) {
    options.logger?.debug({ reason: decision.reason }, 'tracing off');
    return false;
  }
  const [{ NodeTracerProvider }, base, { W3CTraceContextPropagator }, resources] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/core'),
    import('@opentelemetry/resources'),
  ]);
  const processors: SpanProcessor[] = [];
  if (options.exporter) {
    processors.push(options.batch ? new base.BatchSpanProcessor(options.exporter) : new base.SimpleSpanProcessor(options.exporter));
  }
  for (const kind of decision.exporters) {
    if (kind === 'console') processors.push(new base.BatchSpanProcessor(new base.ConsoleSpanExporter()));
    else {
      const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
      processors.push(new base.BatchSpanProcessor(new OTLPTraceExporter()));
    }
  }
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (the env detector) override the default name.
  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ 'service.name': DEFAULT_SERVICE_NAME }))
    .merge(resources.detectResources({ detectors: [resources.envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: processors, ...(options.sampler ? { sampler: options.sampler } : {}) });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  state = {
    tracer: provider.getTracer(TRACER_NAME),
    async shutdown() {
      try {
        await provider.shutdown();
      } finally {
        trace.disable();
        context.disable();
        propagation.disable();
      }
    },
  };
  options.logger?.info(
    { exporters: options.exporter ? ['custom'] : decision.exporters, serviceName: resource.attributes['service.name'], sampler: options.sampler ? 'custom' : env.OTEL_TRACES_SAMPLER || 'parentbased_always_on' },
    'tracing on',
  );
  return true;
}

/** Flushes and shuts down the SDK, and unregisters it from the API (tracing off again). */
export async function shutdownTracing(): Promise<void> {
  const s = state;
  if (!s) return;
  state = null;
  await s.shutdown();
}

/** The tracer of the SDK set up here, or null when tracing is off. */
export function activeTracer(): Tracer | null {
  return state?.tracer ?? null;
}

// -- upstream calls ----------------------------------------------------------------------------

export interface UpstreamSpan {
  /** Records the result on the span and ends it (once; later calls do nothing). */
  end(result: UpstreamResult): void;
  /** Runs `fn` inside the span's context, so that work it starts is parented to the span. */
  within<T>(fn: () => Promise<T>): Promise<T>;
}

const NOOP_UPSTREAM: UpstreamSpan = { end() {}, within: (fn) => fn() };

/** An SDK span that has already ended (a server span whose request is over): no parent for new work. */
function ended(span: Span): boolean {
  return (span as { ended?: unknown }).ended === true;
}

/**
 * A CLIENT span `<provider> <operation>` for one upstream call (all its attempts), the child of the
 * active context: the server span of the GraphQL operation that needed it, or a root span for
 * background work (progress-hub polls: see `rootContext`). An active span that has already ended
 * (a timer that outlived the request that armed it) is not used as parent either: the call is a root.
 */
export function traceUpstream(call: UpstreamCall): UpstreamSpan {
  const tracer = state?.tracer;
  if (!tracer) return NOOP_UPSTREAM;
  let parent = context.active();
  const active = trace.getSpan(parent);
  if (active && ended(active)) parent = ROOT_CONTEXT;
  const attributes: Attributes = {
    'migraph.provider': call.provider,
    'migraph.account': call.account,
    'migraph.operation': call.operation,
  };
  if (call.region) attributes['migraph.region'] = call.region;
  const span = tracer.startSpan(`${call.provider} ${call.operation}`, { kind: SpanKind.CLIENT, attributes }, parent);
  const ctx = trace.setSpan(parent, span);
  let done = false;
  return {
    within: (fn) => context.with(ctx, fn),
    end(result) {
      if (done) return;
      done = true;
      const out: Attributes = { 'migraph.outcome': result.outcome, 'migraph.retries': result.retries };
      if (result.httpStatus !== undefined) out['http.response.status_code'] = result.httpStatus;
      if (result.requestId) out['migraph.vendor_request_id'] = result.requestId;
      if (result.providerCode) out['migraph.provider_code'] = result.providerCode;
      if (result.outcome !== 'ok') {
        out['error.type'] = result.outcome;
        span.setStatus({ code: SpanStatusCode.ERROR, message: result.outcome });
      }
      span.setAttributes(out);
      span.end();
    },
  };
}

/**
 * Adds a client span to every call `inner` observes (metrics, logs): `start` opens the span and
 * `within` runs the call inside it. The span of a call is found by its `UpstreamCall` object, which
 * `observeUpstream` passes to both.
 */
export function withTracing(inner: UpstreamObserver = NO_OBSERVER): UpstreamObserver {
  const spans = new WeakMap<UpstreamCall, UpstreamSpan>();
  return {
    start(call) {
      const endInner = inner.start(call);
      const span = traceUpstream(call);
      if (span === NOOP_UPSTREAM) return endInner;
      spans.set(call, span);
      return (result) => {
        spans.delete(call);
        span.end(result);
        endInner(result);
      };
    },
    within<T>(call: UpstreamCall, fn: () => Promise<T>): Promise<T> {
      const span = spans.get(call);
      const run = inner.within ? () => inner.within!(call, fn) : fn;
      return span ? span.within(run) : run();
    },
  };
}

// -- background work and logs ------------------------------------------------------------------

/**
 * Runs `fn` in the root context: spans it starts (upstream calls of a progress-hub poll) are root
 * spans of their own trace, linked to nothing, whatever context armed the timer that runs it.
 */
export function rootContext<T>(fn: () => T): T {
  return state ? context.with(ROOT_CONTEXT, fn) : fn();
}

/**
 * The pino mixin: `traceId` and `spanId` of the active span, when tracing is on and a span is
 * active; an empty object otherwise (pino merges into the returned object, so it is a new one).
 */
export function traceLogFields(): { traceId?: string; spanId?: string } {
  if (!state) return {};
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { traceId, spanId };
}

/** The context a W3C traceparent/tracestate carrier describes (ROOT_CONTEXT-based), or ROOT_CONTEXT. */
export function extractContext(carrier: Record<string, unknown>): Context {
  if (!state) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, carrier, {
    keys: (c) => Object.keys(c),
    get: (c, key) => {
      const v = c[key];
      if (typeof v === 'string') return v;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
      return undefined;
    },
  });
}
