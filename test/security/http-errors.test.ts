import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import { createLogger } from '../../src/server/logger.js';
import { clientErrorHandler, jsonErrorHandler } from '../../src/server/http-errors.js';

const MARKER = 'BODY-MARKER-7f3a9c';

describe('JSON errors for bodies and requests that never reach GraphQL', () => {
  const logs: string[] = [];
  let server: http.Server;
  let url: string;
  let port: number;

  before(async () => {
    const sink = new Writable({
      write(chunk, _enc, cb) {
        logs.push(String(chunk));
        cb();
      },
    });
    const logger = createLogger('debug', sink);
    const app = express();
    app.post('/graphql', express.json({ limit: '1kb' }), (_req, res) => {
      res.json({ data: { ok: true } });
    });
    app.get('/boom', () => {
      throw new Error(`internal detail ${MARKER}`);
    });
    app.use(jsonErrorHandler(logger));
    server = http.createServer(app);
    server.on('clientError', clientErrorHandler(logger));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    url = `http://127.0.0.1:${port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function post(body: string, headers: Record<string, string> = {}) {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', text, json: JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] } };
  }

  function assertClean(text: string) {
    assert.ok(!text.includes(MARKER), 'the body is never echoed');
    assert.ok(!/\bat .+:\d+:\d+/.test(text), 'no stack trace');
    assert.ok(!/<html|<pre/i.test(text), 'never HTML');
  }

  function logsSince(n: number): string {
    const out = logs.slice(n).join('');
    assert.ok(!out.includes(MARKER), 'the body is never logged');
    assert.ok(!/\bat .+:\d+:\d+/.test(out) && !out.includes('"stack"'), 'no stack in the log');
    return out;
  }

  it('malformed JSON -> 400 BAD_USER_INPUT, one warn line with type and status', async () => {
    const before = logs.length;
    const r = await post(`{"query": "${MARKER}", oops`);
    assert.equal(r.status, 400);
    assert.match(r.type, /^application\/json/);
    assert.deepEqual(r.json, { errors: [{ message: 'malformed JSON request body', extensions: { code: 'BAD_USER_INPUT', retryable: false } }] });
    assertClean(r.text);
    const line = JSON.parse(logsSince(before).trim().split('\n').at(-1)!) as Record<string, unknown>;
    assert.equal(line.level, 'warn');
    assert.equal(line.type, 'entity.parse.failed');
    assert.equal(line.status, 400);
    assert.equal(line.body, undefined);
  });

  it('oversized body -> 413 with the limit', async () => {
    const before = logs.length;
    const r = await post(JSON.stringify({ query: MARKER.repeat(200) }));
    assert.equal(r.status, 413);
    assert.match(r.type, /^application\/json/);
    assert.deepEqual(r.json, {
      errors: [{ message: 'request body too large', extensions: { code: 'BAD_USER_INPUT', retryable: false, limit: { name: 'body', max: 1024 } } }],
    });
    assertClean(r.text);
    assert.match(logsSince(before), /"type":"entity\.too\.large".*"status":413/);
  });

  it('unsupported Content-Encoding -> 415', async () => {
    const before = logs.length;
    const r = await post(JSON.stringify({ query: MARKER }), { 'content-encoding': 'x-unknown' });
    assert.equal(r.status, 415);
    assert.match(r.type, /^application\/json/);
    assert.equal(r.json.errors[0]!.message, 'unsupported content encoding');
    assert.equal(r.json.errors[0]!.extensions.code, 'BAD_USER_INPUT');
    assertClean(r.text);
    assert.match(logsSince(before), /"type":"encoding\.unsupported"/);
  });

  it('unsupported charset -> 415', async () => {
    const r = await post(JSON.stringify({ query: MARKER }), { 'content-type': 'application/json; charset=x-klingon' });
    assert.equal(r.status, 415);
    assert.equal(r.json.errors[0]!.message, 'unsupported charset');
    assertClean(r.text);
  });

  it('any other error -> 500 "internal error", logged at error without message or stack', async () => {
    const before = logs.length;
    const res = await fetch(`${url}/boom`);
    const text = await res.text();
    assert.equal(res.status, 500);
    assert.match(res.headers.get('content-type')!, /^application\/json/);
    assert.deepEqual(JSON.parse(text), { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: false } }] });
    assertClean(text);
    const out = logsSince(before);
    assert.match(out, /"level":"error"/);
  });

  it('a well-formed request still works', async () => {
    const r = await post(JSON.stringify({ query: '{ ok }' }));
    assert.equal(r.status, 200);
  });

  function raw(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
      let data = '';
      socket.on('data', (d) => (data += String(d)));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
  }

  it('clientError: a malformed request line -> 400 JSON, logged without the raw packet', async () => {
    const before = logs.length;
    const answer = await raw(`GARBAGE ${MARKER} nonsense\r\n\r\n`);
    assert.match(answer, /^HTTP\/1\.1 400 /);
    assert.match(answer, /content-type: application\/json/i);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_USER_INPUT');
    assertClean(answer);
    const out = logsSince(before);
    assert.match(out, /"status":400/);
    assert.ok(!out.includes('rawPacket'));
  });

  it('clientError: oversized headers -> 431 JSON', async () => {
    const answer = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${MARKER.repeat(2_000)}\r\n\r\n`);
    assert.match(answer, /^HTTP\/1\.1 431 /);
    assert.match(answer, /"code":"BAD_USER_INPUT"/);
    assertClean(answer);
    logsSince(0);
  });
});
