import type { Storage } from 'botbuilder';
import type { Config } from '../config.js';
import { JsonMemoryStorage } from './memory-storage.js';
import { SqliteStorage } from './sqlite-storage.js';

/**
 * Bot state storage plus what the server needs around it: a readiness probe and a clean close. Failures other than
 * an eTag conflict are StorageUnavailableError; the app puts a ConsistentStorage over `storage` for the bot.
 */
export interface ManagedStorage {
  storage: Storage;
  /** Undefined when storage answers (sqlite: can be written), else the reason (for /readyz). */
  probe(): Promise<string | undefined>;
  close(): Promise<void>;
}

export function memoryStorage(): ManagedStorage {
  return { storage: new JsonMemoryStorage(), probe: () => Promise.resolve(undefined), close: () => Promise.resolve() };
}

export async function createStorage(config: Config): Promise<ManagedStorage> {
  switch (config.STORAGE) {
    case 'memory':
      return memoryStorage();
    case 'sqlite': {
      const sqlite = new SqliteStorage(config.SQLITE_PATH);
      return { storage: sqlite, probe: () => sqlite.probe(), close: () => sqlite.close() };
    }
    case 'blob': {
      const { createBlobStorage } = await import('./blob-storage.js');
      return createBlobStorage(config);
    }
  }
}
