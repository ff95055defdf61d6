import { ConfigError, isEmulatorMode, loadConfig } from './config.js';
import { createLogger, routeConsole } from './logger.js';
import { loadKnowledgeBase } from './core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from './core/kb/location.js';
import { KnowledgeBaseError } from './core/kb/errors.js';
import { createStorage } from './storage/create-storage.js';
import { buildApp } from './app.js';
import { installShutdown } from './shutdown.js';
import { letterModel } from './core/text/letter-model.js';
import { startTelemetry } from './telemetry.js';

/** At shutdown, buffered telemetry gets this long to leave; an unreachable endpoint never holds the exit up. */
const TELEMETRY_FLUSH_MS = 2_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
  routeConsole(logger);
  const telemetry = await startTelemetry(config, logger);
  const kb = loadKnowledgeBase(config.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR);
  const storage = await createStorage(config);
  // Creates the sqlite file on first start. Storage that is not there yet is no reason to stop: /readyz says 503
  // and turns ask users to try again until it answers.
  const problem = await storage.probe();
  if (problem) logger.error({ storage: config.STORAGE, problem }, 'storage does not answer yet');
  const app = buildApp({ config, logger, kb, storage, telemetry });
  const { server } = app;
  server.listen(config.PORT, () => {
    logger.info(
      { port: config.PORT, entries: kb.entries.length, storage: config.STORAGE, emulatorMode: isEmulatorMode(config) },
      `listening on http://localhost:${config.PORT}/api/messages`,
    );
    // Trained from the knowledge base's texts once listening, so neither /healthz nor the first turn waits for it.
    setImmediate(() => letterModel());
  });
  process.on('unhandledRejection', (reason: unknown) => {
    logger.error({ err: reason }, 'unhandled promise rejection; still serving');
  });
  installShutdown({
    server,
    inFlight: () => app.inFlight(),
    storage,
    logger,
    graceMs: config.SHUTDOWN_GRACE_MS,
    flush: () => telemetry.flush(TELEMETRY_FLUSH_MS),
  });
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof KnowledgeBaseError;
  process.stderr.write(
    known ? `${error.message}\n` : `Startup failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
