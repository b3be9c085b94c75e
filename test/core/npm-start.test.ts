/**
 * `npm start` (the real package.json script, run by the real npm) delivers SIGTERM and SIGINT to the
 * gateway process: after npm exits, no process it started is left (nothing re-parented to pid 1 and
 * still serving). To keep it fast, the script's `npm run build` step is answered by a shim `npm`
 * first on PATH (the tests run from the already built dist/); every other npm command goes to the
 * real npm. Linux: descendants are found through /proc.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eventually, gqlOk } from '../helpers/gateway.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every live process below `pid` (children, grandchildren, ...), from /proc. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces and parentheses, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, pp] of parent) {
      if (pp !== p) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

describe('npm start and signals', () => {
  let shimDir = '';
  let realNpm = '';

  before(() => {
    realNpm = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
    assert.ok(realNpm, 'npm is on PATH');
    shimDir = mkdtempSync(path.join(os.tmpdir(), 'migraph-npm-shim-'));
    const shim = path.join(shimDir, 'npm');
    writeFileSync(shim, `#!/bin/sh\nif [ "$1" = "run" ] && [ "$2" = "build" ]; then exit 0; fi\nexec "${realNpm}" "$@"\n`);
    chmodSync(shim, 0o755);
  });
  after(() => rmSync(shimDir, { recursive: true, force: true }));

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} to the npm process stops the gateway: no orphan`, async () => {
      assert.match(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start, /exec node dist\/src\/main\.js/);
      const child = spawn(realNpm, ['start'], {
        cwd: ROOT,
        env: { ...process.env, PATH: `${shimDir}:${process.env.PATH}`, PORT: '0', HOST: '127.0.0.1', MIGRAPH_CONFIG: '', MIGRAPH_EMBEDDED: '', MIGRAPH_DEMO_SCALE: '5', LOG_LEVEL: 'info', REDIS_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const logs: string[] = [];
      let below: number[] = [];
      child.stderr!.on('data', (d) => logs.push(String(d)));
      try {
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no listening line in time:\n${logs.join('')}`)), 60_000);
          child.stdout!.on('data', (d) => {
            logs.push(String(d));
            const m = /"msg":"migraph listening".*?"url":"(http:\/\/[^"]+)"|"url":"(http:\/\/[^"]+)".*?"msg":"migraph listening"/.exec(logs.join(''));
            if (m) {
              clearTimeout(timer);
              resolve((m[1] ?? m[2])!);
            }
          });
        });
        await gqlOk(url, '{ accounts { id } }');
        below = descendants(child.pid!);
        const gateway = below.find((pid) => cmdline(pid).includes('dist/src/main.js'));
        assert.ok(gateway, `the gateway runs below npm: ${below.map((p) => `${p} ${cmdline(p)}`).join('; ')}`);

        child.kill(signal);
        const [code, sig] = await once(child, 'exit');
        assert.ok(code === 0 || code === null, `npm exit ${code} ${sig}\n${logs.join('')}`);
        await eventually(() => below.every((pid) => !alive(pid)));
        await assert.rejects(fetch(url), 'nothing serves any more');
        assert.match(logs.join(''), new RegExp(`"signal":"${signal}".*"msg":"shutting down"|"msg":"shutting down".*"signal":"${signal}"`), 'the gateway itself got the signal');
        assert.match(logs.join(''), /"msg":"stopped"/);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        // Orphans are re-parented (no longer below npm): kill what was seen below it.
        for (const pid of below) if (alive(pid)) process.kill(pid, 'SIGKILL');
      }
    });
  }
});
