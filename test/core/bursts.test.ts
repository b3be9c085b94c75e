/**
 * The send path's scheduling (src/server/bursts.ts): what is deferred in one turn runs once at its
 * end; WebSocket text frames are framed as RFC 6455 says for each payload size; a long burst of
 * sending is sliced (injected clock), every waiting sender resuming in a later turn.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as ws from 'ws';
import { Bursts, TurnSlices, textFrames } from '../../src/server/bursts.js';

/** ws's frame parser (untyped in @types/ws). */
interface FrameReceiver {
  on(event: 'message', cb: (data: Buffer, isBinary: boolean) => void): void;
  write(chunk: Buffer, cb: (err?: Error | null) => void): void;
}
const { Receiver } = ws as unknown as { Receiver: new (options: { isServer: boolean }) => FrameReceiver };
const nextTurn = () => new Promise((r) => setImmediate(r));

describe('bursts', () => {
  it('runs a flush held several times in one turn once, after the turn', async () => {
    const bursts = new Bursts();
    let runs = 0;
    const flush = () => void runs++;
    bursts.defer(flush);
    bursts.defer(flush);
    await Promise.resolve();
    bursts.defer(flush);
    assert.equal(runs, 0, 'nothing before the end of the turn');
    await nextTurn();
    assert.equal(runs, 1);
  });

  it('frames graphql-ws next messages of every payload size as text frames ws reads back', async () => {
    const payloads = [10, 200, 70_000].map((n) => Buffer.from(JSON.stringify({ data: 'x'.repeat(n) })));
    const prefix = Buffer.from('{"id":"é1","type":"next","payload":');
    const frames = textFrames(payloads.flatMap((p) => [prefix, p]));
    const got: string[] = [];
    const receiver = new Receiver({ isServer: false });
    receiver.on('message', (data: Buffer, isBinary: boolean) => {
      assert.equal(isBinary, false);
      got.push(String(data));
    });
    await new Promise<void>((resolve, reject) => receiver.write(frames, (e?: Error | null) => (e ? reject(e) : resolve())));
    assert.deepEqual(got, payloads.map((p) => `${prefix}${p}}`));
    for (const m of got) JSON.parse(m);
  });

  it('slices a long burst: past the slice, senders wait for a later turn, all on one promise', async () => {
    let now = 0;
    const slices = new TurnSlices(50, () => now);
    assert.equal(slices.check(), null, 'the first check starts the slice');
    now = 49;
    assert.equal(slices.check(), null);
    now = 50;
    const a = slices.check();
    const b = slices.check();
    assert.ok(a instanceof Promise);
    assert.equal(a, b, 'every waiting sender resumes together');
    let resumed = false;
    void a!.then(() => (resumed = true));
    await Promise.resolve();
    assert.equal(resumed, false, 'not in this turn');
    await nextTurn();
    assert.equal(resumed, true);
    now = 120;
    assert.equal(slices.check(), null, 'a new turn starts a new slice');
  });
});
