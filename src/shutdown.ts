import type { Server } from 'restify';
import type { Logger } from './logger.js';
import type { ManagedStorage } from './storage/create-storage.js';

interface ShutdownDeps {
  server: Server;
  inFlight: () => number;
  storage: ManagedStorage;
  logger: Logger;
  graceMs: number;
  /** Sends what is still buffered (telemetry), after storage is closed. */
  flush?: () => Promise<void>;
}

/** SIGTERM/SIGINT: stop accepting, let in-flight turns finish (bounded by graceMs), close storage, exit 0. */
export function installShutdown({ server, inFlight, storage, logger, graceMs, flush }: ShutdownDeps): void {
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: inFlight() }, 'shutting down');
    server.close();
    const deadline = Date.now() + graceMs;
    while (inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    if (inFlight() > 0) logger.warn({ inFlight: inFlight() }, 'grace period over; stopping with turns in flight');
    await storage.close().catch((error: unknown) => logger.error({ err: error }, 'closing storage failed'));
    await flush?.();
    logger.info('stopped');
    logger.flush();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
