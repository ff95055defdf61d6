import { parseConfig, type Config } from '../../src/config.js';
import { buildApp } from '../../src/app.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/core/kb/location.js';
import { memoryStorage, type ManagedStorage } from '../../src/storage/create-storage.js';
import { silentLogger } from '../../src/logger.js';
import { FakeConnector } from './fake-connector.js';

let cachedKb: KnowledgeBase | undefined;
export function realKnowledgeBase(): KnowledgeBase {
  cachedKb ??= loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);
  return cachedKb;
}

export interface RunningBot {
  url: string;
  connector: FakeConnector;
  config: Config;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  postRaw(body: string | Uint8Array, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

/** The real server on an ephemeral port, with a fake channel connector as the activities' serviceUrl. */
export async function startBot(
  env: Record<string, string> = {},
  parts: { storage?: ManagedStorage; kb?: KnowledgeBase } = {},
): Promise<RunningBot> {
  const config = parseConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent', PORT: '0', ...env });
  const connector = new FakeConnector();
  await connector.start();
  const storage = parts.storage ?? memoryStorage();
  const { server } = buildApp({ config, logger: silentLogger(), kb: parts.kb ?? realKnowledgeBase(), storage });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  const postRaw = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    url,
    connector,
    config,
    postRaw,
    post: (body, headers) => postRaw(JSON.stringify(body), headers),
    stop: async () => {
      server.close();
      await connector.stop();
    },
  };
}
