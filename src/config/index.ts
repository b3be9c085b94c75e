/**
 * Configuration: environment variables plus an optional YAML or JSON file named by MIGRAPH_CONFIG.
 * `${VAR}` (and `${VAR:-default}`) in file values is replaced from the environment, so secrets stay
 * out of the file. The result is validated (precise `path: reason` messages) and frozen.
 *
 * Environment variables: MIGRAPH_CONFIG, PORT (overrides server.port), HOST, LOG_LEVEL,
 * MIGRAPH_EMBEDDED (true/false), REDIS_URL (switches pubsub to redis).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AccountConfig, ConfigIssue } from '../../adapters/module.js';
import { providerModule } from '../../adapters/index.js';
import { configSchema, type ParsedConfig } from './schema.js';

export interface GatewayConfig extends Omit<ParsedConfig, 'accounts' | 'embedded' | 'server' | 'auth'> {
  server: ParsedConfig['server'] & { host: string; graphiql: boolean; introspection: boolean; drainDelayMs: number };
  /** Always present: the embedded default runs with `disabled: true`; configured accounts require it. */
  auth: NonNullable<ParsedConfig['auth']>;
  accounts: readonly AccountConfig[];
  /** True when the gateway starts the simulators in-process (no accounts configured). */
  embedded: boolean;
  /** Where the configuration came from, for logs. */
  origin: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`invalid configuration:\n${issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')}`);
  }
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}

/** `server.drainDelayMs` with accounts configured (the embedded default uses 0). */
export const DEFAULT_DRAIN_DELAY_MS = 3_000;

const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
const PLACEHOLDER = /__migraph_env_(\d+)__/g;

interface EnvRef {
  name: string;
  fallback: string | undefined;
}

/**
 * Swaps every ${VAR} / ${VAR:-default} in the file text for an inert placeholder before parsing, so
 * the DESIGN.md form `credentials: { accessKeyId: ${HW_AK} }` is valid YAML (a bare `${` would open a
 * flow mapping) and a secret containing YAML syntax (`#`, `:`, `}`) cannot change the structure.
 */
export function protectEnvRefs(text: string): { text: string; refs: EnvRef[] } {
  const refs: EnvRef[] = [];
  const out = text.replace(ENV_REF, (_m, name: string, fallback?: string) => {
    refs.push({ name, fallback });
    return `__migraph_env_${refs.length - 1}__`;
  });
  return { text: out, refs };
}

/** Replaces placeholders in every string of `value` from the environment; unset variables are issues. */
export function substituteEnv(
  value: unknown,
  refs: readonly EnvRef[],
  env: NodeJS.ProcessEnv,
  issues: { path: string; message: string }[],
  at: PropertyKey[] = [],
): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_m, index: string) => {
      const ref = refs[Number(index)]!;
      const v = env[ref.name];
      if (v !== undefined && v !== '') return v;
      if (ref.fallback !== undefined) return ref.fallback;
      issues.push({ path: formatPath(at), message: `environment variable ${ref.name} is not set` });
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => substituteEnv(v, refs, env, issues, [...at, i]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, substituteEnv(v, refs, env, issues, [...at, k])]),
    );
  }
  return value;
}

function readFile(file: string): { parsed: unknown; refs: EnvRef[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError([{ path: '', message: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }]);
  }
  const isJson = path.extname(file).toLowerCase() === '.json';
  const protectedText = protectEnvRefs(text);
  try {
    const body = protectedText.text;
    return { parsed: isJson ? JSON.parse(body) : parseYaml(body), refs: protectedText.refs };
  } catch (e) {
    throw new ConfigError([{ path: '', message: `cannot parse ${file}: ${(e as Error).message}` }]);
  }
}

function envBool(name: string, v: string | undefined): boolean | undefined {
  if (v === undefined || v === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new ConfigError([{ path: name, message: `must be true or false, got ${JSON.stringify(v)}` }]);
}

/**
 * Loads and validates the configuration. Throws ConfigError listing every problem found.
 * `overrides` are merged over the file (tests use it instead of files).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Record<string, unknown> = {}): GatewayConfig {
  const issues: { path: string; message: string }[] = [];
  const file = env.MIGRAPH_CONFIG;
  let raw: Record<string, unknown> = {};
  if (file) {
    const { parsed, refs } = readFile(file);
    if (parsed !== null && parsed !== undefined) {
      if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new ConfigError([{ path: '', message: `${file} must hold an object at the top level` }]);
      }
      raw = substituteEnv(parsed, refs, env, issues) as Record<string, unknown>;
    }
  }
  raw = { ...raw, ...overrides };

  const server = { ...((raw.server as Record<string, unknown> | undefined) ?? {}) };
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) issues.push({ path: 'PORT', message: `must be a port number, got ${JSON.stringify(env.PORT)}` });
    else server.port = port;
  }
  if (env.HOST) server.host = env.HOST;
  raw.server = server;
  if (env.LOG_LEVEL) raw.log = { ...((raw.log as object | undefined) ?? {}), level: env.LOG_LEVEL };
  const embeddedEnv = envBool('MIGRAPH_EMBEDDED', env.MIGRAPH_EMBEDDED);
  if (embeddedEnv !== undefined) raw.embedded = embeddedEnv;
  if (env.MIGRAPH_DEMO_SCALE) {
    const scale = Number(env.MIGRAPH_DEMO_SCALE);
    if (!Number.isInteger(scale)) issues.push({ path: 'MIGRAPH_DEMO_SCALE', message: `must be an integer, got ${JSON.stringify(env.MIGRAPH_DEMO_SCALE)}` });
    else raw.demo = { ...((raw.demo as object | undefined) ?? {}), scale };
  }
  if (env.REDIS_URL) raw.pubsub = { ...((raw.pubsub as object | undefined) ?? {}), kind: 'redis', redisUrl: env.REDIS_URL };

  const result = configSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) issues.push({ path: formatPath(issue.path), message: issue.message });
    throw new ConfigError(issues);
  }
  const cfg = result.data;

  const seen = new Set<string>();
  cfg.accounts.forEach((account, i) => {
    if (seen.has(account.id)) issues.push({ path: `accounts[${i}].id`, message: `duplicate account id "${account.id}"` });
    seen.add(account.id);
    const mod = providerModule(account.provider);
    if (!mod) {
      issues.push({ path: `accounts[${i}].provider`, message: `provider "${account.provider}" is not available in this build` });
      return;
    }
    const accountIssues: ConfigIssue[] = mod.validateAccount(account as AccountConfig);
    for (const issue of accountIssues) issues.push({ path: formatPath([`accounts`, i, ...issue.path]), message: issue.message });
  });
  if (issues.length > 0) throw new ConfigError(issues);

  const embedded = cfg.embedded ?? cfg.accounts.length === 0;
  if (embedded && cfg.accounts.length > 0) {
    throw new ConfigError([{ path: 'embedded', message: 'cannot be true when accounts are configured' }]);
  }
  // Fail closed: a gateway over real accounts never starts without an explicit auth section.
  if (!cfg.auth && !embedded) {
    throw new ConfigError([
      { path: 'auth', message: 'is required when accounts are configured: add auth.apiKeys and/or auth.jwt, or auth.disabled: true to run without authentication' },
    ]);
  }
  const auth = cfg.auth ?? { disabled: true, apiKeys: [] };
  const accountIds = new Set(cfg.accounts.map((a) => a.id));
  auth.apiKeys.forEach((k, i) => {
    k.accounts.forEach((a, j) => {
      if (a !== "*" && cfg.accounts.length > 0 && !accountIds.has(a)) issues.push({ path: `auth.apiKeys[${i}].accounts[${j}]`, message: `unknown account "${a}"` });
    });
  });
  if (issues.length > 0) throw new ConfigError(issues);
  const serverOut = {
    ...cfg.server,
    // Without authentication the gateway listens on loopback only, unless told otherwise.
    host: cfg.server.host ?? (auth.disabled ? '127.0.0.1' : '0.0.0.0'),
    // The production surface (GraphiQL, introspection) is on for the embedded demo only.
    graphiql: cfg.server.graphiql ?? embedded,
    introspection: cfg.server.introspection ?? embedded,
    // Behind a load balancer, /readyz turns 503 this long before the listener closes; the demo stops at once.
    drainDelayMs: cfg.server.drainDelayMs ?? (embedded ? 0 : DEFAULT_DRAIN_DELAY_MS),
  };
  const out: GatewayConfig = {
    ...cfg,
    server: serverOut,
    auth,
    accounts: cfg.accounts as AccountConfig[],
    embedded,
    origin: file ? path.resolve(file) : 'environment',
  };
  return deepFreeze(out);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
