import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';
import { StorageUnavailableError } from './errors.js';

/** A write whose eTag no longer matches what is stored: someone else wrote first. */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
}

/**
 * botbuilder Storage on one SQLite file. Items carry an eTag; a write with a stale eTag is rejected, as
 * botbuilder's other storages do, so two writers cannot silently overwrite each other.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly selectOne: Database.Statement<[string], { value: string; etag: string }>;
  private readonly upsert: Database.Statement<[string, string, string]>;
  private readonly remove: Database.Statement<[string]>;
  private counter = 0;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 2000');
    this.db.exec('CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)');
    this.selectOne = this.db.prepare('SELECT value, etag FROM items WHERE key = ?');
    this.upsert = this.db.prepare(
      'INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag',
    );
    this.remove = this.db.prepare('DELETE FROM items WHERE key = ?');
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guard(() => {
      const items: StoreItems = {};
      for (const key of keys) {
        const row = this.selectOne.get(key);
        if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
      }
      return items;
    });
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard(() => {
      this.db.transaction(() => {
        for (const [key, item] of Object.entries(changes) as [string, { eTag?: string } & object][]) {
          const expected = item.eTag;
          if (expected !== undefined && expected !== '*') {
            const current = this.selectOne.get(key);
            if (current && current.etag !== expected) throw new ETagConflictError(`eTag conflict on ${key}`);
          }
          const { eTag: _ignored, ...value } = item;
          this.upsert.run(key, JSON.stringify(value), this.nextETag());
        }
      })();
    });
  }

  delete(keys: string[]): Promise<void> {
    return this.guard(() => {
      for (const key of keys) this.remove.run(key);
    });
  }

  /** Undefined when the file answers, else the reason. */
  probe(): Promise<string | undefined> {
    return this.guard(() => {
      this.db.prepare('SELECT 1').get();
      return undefined;
    }).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }

  private nextETag(): string {
    this.counter = (this.counter + 1) % 1_000_000;
    return `${Date.now().toString(36)}-${process.pid.toString(36)}-${this.counter.toString(36)}`;
  }

  private guard<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      if (error instanceof ETagConflictError) return Promise.reject(error);
      return Promise.reject(new StorageUnavailableError(`sqlite: ${(error as Error).message}`, { cause: error }));
    }
  }
}
