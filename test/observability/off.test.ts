/**
 * Tracing off (no OTEL_* variable, no setupTracing): nothing is registered with the
 * @opentelemetry/api, the SDK is not loaded, every tracing entry point is a no-op, and a request with
 * a traceparent is served as before with no trace id in its log lines.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { context, propagation, trace } from '@opentelemetry/api';
import { providerModule } from '../../adapters/index.js';
import type { Logger } from '../../src/core/model.js';
import { rootContext, setupTracing, traceLogFields, traceUpstream, tracingEnabled, withTracing } from '../../src/observability/tracing.js';
import { gql, startTestGateway } from '../helpers/gateway.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };
const sdkLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('sdk-trace-node'));

describe('tracing off', () => {
  it('setupTracing() without OTEL_* variables registers nothing and loads no SDK', async () => {
    assert.equal(await setupTracing({ env: {} }), false);
    assert.equal(await setupTracing({ env: { OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' } }), false);
    assert.equal(tracingEnabled(), false);
    assert.equal(sdkLoaded(), false);
    assert.deepEqual(propagation.fields(), []);
    const span = trace.getTracer('x').startSpan('y');
    assert.equal(span.isRecording(), false, 'the API no-op tracer');
    span.end();
  });

  it('the tracing entry points are no-ops', async () => {
    const upstream = traceUpstream({ provider: 'huawei-sms', account: 'a', region: 'r', operation: 'ListTasks' });
    assert.equal(await upstream.within(async () => trace.getActiveSpan()), undefined);
    upstream.end({ outcome: 'ok', retries: 0, durationMs: 1 });
    assert.deepEqual(traceLogFields(), {});
    assert.equal(rootContext(() => 42), 42);
    const observer = withTracing();
    const end = observer.start({ provider: 'huawei-sms', account: 'a', region: 'r', operation: 'ListTasks' });
    end({ outcome: 'ok', retries: 0, durationMs: 1 });
    assert.equal(context.active(), context.active());
  });

  it('a request with a traceparent is served, and its log lines carry no trace id', async () => {
    const demo = await providerModule('huawei-sms')!.startDemo({ accountId: 'off-huawei', logger: silent, scale: 10 });
    const gw = await startTestGateway([demo.account]);
    try {
      const res = await gql(gw.url, '{ tasks(first: 3) { totalCount } }', undefined, { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
      assert.equal(res.errors, undefined);
      assert.ok(gw.logs.length > 0);
      for (const line of gw.logs) assert.doesNotMatch(line, /traceId|spanId|0af7651916cd43dd8448eb211c80319c/);
      assert.equal(sdkLoaded(), false);
    } finally {
      await gw.close();
      await demo.close();
    }
  });
});
