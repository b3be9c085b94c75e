/**
 * `npm start`: loads the configuration, starts the embedded simulators when no account is
 * configured, sets up OpenTelemetry tracing when the OTEL_* variables ask for it, serves the
 * gateway, and shuts down gracefully on SIGTERM/SIGINT (exit 0, after flushing spans): /readyz 503
 * for `server.drainDelayMs`, then in-flight operations get `server.shutdownTimeoutMs` (app.ts).
 * `npm start` runs this file with `exec`, so the signals npm forwards reach this process itself.
 * A bad configuration prints every problem (field path: reason) and exits with status 2.
 */
import type { AccountConfig, DemoHandle } from '../adapters/module.js';
import { PROVIDER_MODULES } from '../adapters/index.js';
import { ConfigError, loadConfig, type GatewayConfig } from './config/index.js';
import { setupTracing, shutdownTracing } from './observability/tracing.js';
import { startGateway } from './server/app.js';
import { createLogger } from './server/logger.js';

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`migraph: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config.log.level);
  // OpenTelemetry from the OTEL_* variables (off, registering nothing, when none asks for traces).
  await setupTracing({ logger });

  const demos: DemoHandle[] = [];
  let accounts: readonly AccountConfig[] = config.accounts;
  if (config.embedded) {
    for (const mod of PROVIDER_MODULES) {
      const demo = await mod.startDemo({ accountId: `demo-${mod.id.split('-')[0]}`, logger: logger.child({ simulator: mod.id }), scale: config.demo.scale });
      demos.push(demo);
      logger.info({ provider: mod.id, endpoint: demo.account.endpoint }, `embedded ${mod.displayName} simulator started`);
    }
    accounts = demos.map((d) => d.account);
  }

  const running = await startGateway(config, { logger, accounts });
  if (config.server.graphiql) logger.info(`GraphiQL: ${running.url}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.server.drainDelayMs + config.server.shutdownTimeoutMs + 5_000);
    force.unref();
    try {
      await running.close();
      await Promise.all(demos.map((d) => d.close()));
      logger.debug({}, 'simulators closed');
      await shutdownTracing(); // flushes the spans still batched
      logger.info('stopped');
      process.exit(0);
    } catch (e) {
      logger.error({ err: e }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e) => {
  process.stderr.write(`migraph: failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
