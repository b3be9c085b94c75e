#!/usr/bin/env node
// `npm test` runner: regenerates the typed GraphQL documents, builds the dashboard (web/), makes sure a Redis server is reachable
// for the tests that need one (starting a local redis-server if none answers), then runs node's
// built-in test runner over the compiled tests in dist/test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const REDIS_PORT = Number(process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379);

function redisAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => {
      socket.destroy();
      resolve(String(d).startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function ensureRedis() {
  if (await redisAnswers(REDIS_PORT)) return;
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  if (which.status !== 0) {
    console.warn(`# redis-server not found and nothing answers on 127.0.0.1:${REDIS_PORT}: Redis tests will fail`);
    return;
  }
  spawnSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', String(REDIS_PORT), '--save', '', '--appendonly', 'no'], { stdio: 'inherit' });
  for (let i = 0; i < 50 && !(await redisAnswers(REDIS_PORT)); i++) await new Promise((r) => setTimeout(r, 100));
  console.log(`# started redis-server on 127.0.0.1:${REDIS_PORT}`);
}

const codegen = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.yml', '--silent'], { stdio: 'inherit' });
if (codegen.status !== 0) process.exit(codegen.status ?? 1);
// Codegen output is TypeScript: compile it with the rest (tsc is incremental).
const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
// The dashboard (web/ -> dist/web), typechecked then bundled by Vite: the browser tests load it and
// the gateway serves it (a few seconds; `npm run build` does the same).
const web = spawnSync('npx', ['tsc', '-p', 'web/tsconfig.json'], { stdio: 'inherit' });
if (web.status !== 0) process.exit(web.status ?? 1);
const bundle = spawnSync('npm', ['run', '--silent', 'build:web'], { stdio: 'inherit' });
if (bundle.status !== 0) process.exit(bundle.status ?? 1);
await ensureRedis();

/**
 * Compiled test files (`*.test.js`) under the given folders: helpers and fixtures are not run, and
 * neither is a compiled file whose source was renamed or deleted (tsc leaves it behind in dist/).
 */
function testFiles(dirs) {
  const hasSource = (js) => existsSync(js.replace(/^dist[/\\]/, '').replace(/\.js$/, '.ts'));
  return dirs
    .flatMap((dir) =>
      statSync(dir).isFile() ? [dir] : readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.test.js')).map((f) => path.join(dir, String(f))),
    )
    .filter(hasSource)
    .sort();
}

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['dist/test'];
const args = ['--test', '--test-reporter=spec', '--test-concurrency=2', ...testFiles(targets)];
const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, MIGRAPH_TEST_REDIS_PORT: String(REDIS_PORT) } });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
