import { parseConfig, type Config } from '../../src/config.js';
import { buildApp } from '../../src/app.js';
import type { Logger } from '../../src/logger.js';
import { silentLogger } from '../../src/logger.js';
import { memoryStorage, type ManagedStorage } from '../../src/storage/create-storage.js';
import { realKnowledgeBase } from './bot-harness.js';
import { FakeConnector } from './fake-connector.js';

export interface AppServer {
  url: string;
  connector: FakeConnector;
  config: Config;
  post(body: unknown): Promise<Response>;
  postRaw(body: string | Uint8Array): Promise<Response>;
  /** The status /readyz answers. */
  readyz(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Like startBot, with the parts the storage and tenant tests need to choose: the storage, the logger, and a
 * connector shared with other servers (its owner stops it).
 */
export async function startApp(
  options: { env?: Record<string, string>; storage?: ManagedStorage; logger?: Logger; connector?: FakeConnector } = {},
): Promise<AppServer> {
  const config = parseConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent', PORT: '0', ...options.env });
  const connector = options.connector ?? new FakeConnector();
  if (!options.connector) await connector.start();
  const { server } = buildApp({
    config,
    logger: options.logger ?? silentLogger(),
    kb: realKnowledgeBase(),
    storage: options.storage ?? memoryStorage(),
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  const postRaw = (body: string | Uint8Array) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return {
    url,
    connector,
    config,
    postRaw,
    post: (body) => postRaw(JSON.stringify(body)),
    readyz: async () => (await fetch(`${url}/readyz`)).status,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      if (!options.connector) await connector.stop();
    },
  };
}
