#!/usr/bin/env node
// `npm run gen`: for each adapters/<provider>/ with a catalog/, load catalog/<provider>.json, apply
// catalog/overrides.json (a missing target fails loudly) and write adapters/<provider>/generated/*.ts.
// `npm run gen:check` (--check): write nothing; exit 1 listing every stale or missing file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProvider, errorsFile } from './lib.mjs';
import * as rest from './rest.mjs';
import * as rpc from './rpc.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');

/** Every generated file: { path, content }. */
export function generate(repoRoot = root) {
  const adapters = join(repoRoot, 'adapters');
  const out = [];
  for (const provider of readdirSync(adapters).sort()) {
    const dir = join(adapters, provider);
    if (!existsSync(join(dir, 'catalog', `${provider}.json`))) continue;
    const catalog = loadProvider(dir, provider);
    if (catalog.provider !== provider) throw new Error(`${provider}: catalog says provider ${catalog.provider}`);
    const style = catalog.style === 'REST' ? rest : catalog.style === 'RPC' ? rpc : null;
    if (!style) throw new Error(`${provider}: unknown style ${catalog.style}`);
    const files = {
      'wire.ts': style.wireFile(catalog, provider),
      'operations.ts': style.operationsFile(catalog, provider),
      'errors.ts': errorsFile(catalog, provider),
      'validators.ts': style.validatorsFile(catalog, provider),
      'client.ts': style.clientFile(catalog, provider),
    };
    for (const [name, content] of Object.entries(files)) out.push({ path: join(dir, 'generated', name), content });
  }
  return out;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const files = generate();
  const stale = [];
  for (const f of files) {
    const current = existsSync(f.path) ? readFileSync(f.path, 'utf8') : null;
    if (current === f.content) continue;
    stale.push(`${current === null ? 'missing' : 'stale'}: ${relative(root, f.path)}`);
    if (!check) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.path, f.content);
    }
  }
  if (check) {
    if (stale.length) {
      console.error(`generated files are out of date (run \`npm run gen\`):\n${stale.join('\n')}`);
      process.exit(1);
    }
    console.log(`generated files are up to date (${files.length} files)`);
  } else {
    console.log(stale.length ? `wrote ${stale.length} file(s):\n${stale.join('\n')}` : `up to date (${files.length} files)`);
  }
}
