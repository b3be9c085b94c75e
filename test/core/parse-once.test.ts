/**
 * "A response is parsed once" (issue 17): every adapter client parses each response body once, on
 * success, on a vendor error and on a retried error (the retry is classified from the parsed body,
 * not by parsing it again). JSON.parse is spied on around one call against a server answering fixed
 * bodies; only parses of those exact bodies count.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, test } from 'node:test';
import { Client as HuaweiClient } from '../../adapters/huawei-sms/client.js';
import { Client as AlibabaClient } from '../../adapters/alibaba-smc/client.js';
import { Client as UCloudStackClient } from '../../adapters/ucloudstack-smc/client.js';

interface Reply {
  status: number;
  body: string;
}

/** A server answering `replies` in turn (the last one again once they run out). */
async function serve(replies: Reply[]): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  let n = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const r = replies[Math.min(n++, replies.length - 1)]!;
      res.writeHead(r.status, { 'content-type': 'application/json' });
      res.end(r.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests: () => n, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs `fn` with JSON.parse counting its calls per argument text. */
async function countingParses(fn: () => Promise<unknown>): Promise<Map<string, number>> {
  const original = JSON.parse;
  const counts = new Map<string, number>();
  JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    counts.set(text, (counts.get(text) ?? 0) + 1);
    return original(text, reviver);
  }) as typeof JSON.parse;
  try {
    await fn().catch(() => undefined);
  } finally {
    JSON.parse = original;
  }
  return counts;
}

interface Case {
  name: string;
  call(url: string): { run(): Promise<unknown>; close(): void };
  ok: string;
  error: Reply;
  retried: Reply;
}

const CASES: Case[] = [
  {
    name: 'huawei-sms',
    call(url) {
      const c = new HuaweiClient({ endpoint: url, credentials: { accessKeyId: 'AKPARSE', secretAccessKey: 'sk-parse' }, retryLimit: 1, backoffLimitMs: 1 });
      return { run: () => c.listTasks({ limit: 10, offset: 0 }), close: () => c.close() };
    },
    ok: '{"count":0,"tasks":[],"hw_parse_once":1}',
    error: { status: 400, body: '{"error_code":"SMS.9999","error_msg":"parse-once refusal"}' },
    retried: { status: 429, body: '{"error_code":"SMS.0001","error_msg":"parse-once throttled"}' },
  },
  {
    name: 'alibaba-smc',
    call(url) {
      const c = new AlibabaClient({ endpoint: url, credentials: { accessKeyId: 'AKPARSE', accessKeySecret: 'sk-parse' }, accountId: 'ali', retryLimit: 1, backoffLimitMs: 1 });
      return { run: () => c.describeReplicationJobs({ RegionId: 'cn-hangzhou', PageNumber: 1, PageSize: 10 }), close: () => c.close() };
    },
    ok: '{"RequestId":"parse-once","TotalCount":0,"ReplicationJobs":{"ReplicationJob":[]}}',
    error: { status: 400, body: '{"Code":"InvalidParameter","Message":"parse-once refusal","RequestId":"r1"}' },
    retried: { status: 503, body: '{"Code":"ServiceUnavailable","Message":"parse-once unavailable","RequestId":"r2"}' },
  },
  {
    name: 'ucloudstack-smc',
    call(url) {
      const c = new UCloudStackClient({ endpoint: url, credentials: { publicKey: 'pub-parse', privateKey: 'priv-parse' }, accountId: 'ucs', retryLimit: 1, retryBackoffLimitMs: 1 });
      return { run: () => c.describeSMC({ Region: 'cn-test-1', Limit: 10, Offset: 0 }), close: () => c.close() };
    },
    ok: '{"Action":"DescribeSMCResponse","RetCode":0,"TotalCount":0,"Infos":[]}',
    error: { status: 200, body: '{"Action":"DescribeSMCResponse","RetCode":160,"Message":"parse-once refusal"}' },
    // RetCode 153 (throttled) under HTTP 200 is retryable: the double parse was here.
    retried: { status: 200, body: '{"Action":"DescribeSMCResponse","RetCode":153,"Message":"parse-once throttled"}' },
  },
];

describe('each response body is parsed once', () => {
  const closers: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
  });

  for (const c of CASES) {
    for (const kind of ['ok', 'error', 'retried'] as const) {
      test(`${c.name}: ${kind}`, async () => {
        const replies = kind === 'ok' ? [{ status: 200, body: c.ok }] : kind === 'error' ? [c.error] : [c.retried, { status: 200, body: c.ok }];
        const server = await serve(replies);
        closers.push(() => server.close());
        const client = c.call(server.url);
        closers.push(() => client.close());
        const counts = await countingParses(() => client.run());
        assert.equal(server.requests(), replies.length, `${replies.length} response(s) sent`);
        for (const r of replies) assert.equal(counts.get(r.body) ?? 0, 1, `${c.name} ${kind}: ${r.body} parsed ${counts.get(r.body) ?? 0} times`);
      });
    }
  }
});
