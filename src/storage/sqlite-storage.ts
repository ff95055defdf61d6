import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError, StorageUnavailableError } from './errors.js';

export { ETagConflictError };

/**
 * better-sqlite3 is synchronous: a locked file blocks the whole process while SQLite waits, so wait briefly and
 * report the storage as unavailable instead.
 */
const BUSY_TIMEOUT_MS = 250;

/** After these the connection is no use (the file was removed, replaced or opened read-only): open it again. */
const REOPEN = /^SQLITE_(CANTOPEN|READONLY|NOTADB|CORRUPT)/;

interface Connection {
  db: Database.Database;
  selectOne: Database.Statement<[string], { value: string; etag: string }>;
  upsert: Database.Statement<[string, string, string]>;
  remove: Database.Statement<[string]>;
  heartbeat: Database.Statement<[string]>;
}

/**
 * botbuilder Storage on one SQLite file (WAL). Items carry an eTag; a write with a stale eTag is rejected, as
 * botbuilder's other storages do, so two writers cannot silently overwrite each other. The file is opened on first
 * use and again after a failure, so the storage recovers by itself once the file is usable; every failure other
 * than a conflict is a StorageUnavailableError.
 */
export class SqliteStorage implements Storage {
  private connection: Connection | undefined;
  private counter = 0;

  constructor(private readonly path: string) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.guard(({ selectOne }) => {
      const items: StoreItems = {};
      for (const key of keys) {
        const row = selectOne.get(key);
        if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
      }
      return items;
    });
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard(({ db, selectOne, upsert }) => {
      db.transaction(() => {
        for (const [key, item] of Object.entries(changes) as [string, { eTag?: string } & object][]) {
          const expected = item.eTag;
          if (expected !== undefined && expected !== '*') {
            const current = selectOne.get(key);
            if (current && current.etag !== expected) throw new ETagConflictError(`eTag conflict on ${key}`);
          }
          const { eTag: _ignored, ...value } = item;
          upsert.run(key, JSON.stringify(value), this.nextETag());
        }
      })();
    });
  }

  delete(keys: string[]): Promise<void> {
    return this.guard(({ remove }) => {
      for (const key of keys) remove.run(key);
    });
  }

  /** Undefined when the file can be written, else the reason. Opens (and so creates) the file when needed. */
  probe(): Promise<string | undefined> {
    return this.guard(({ heartbeat }) => {
      heartbeat.run(new Date().toISOString());
      return undefined;
    }).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
  }

  close(): Promise<void> {
    this.drop();
    return Promise.resolve();
  }

  private open(): Connection {
    if (this.connection) return this.connection;
    if (this.path !== ':memory:') mkdirSync(dirname(this.path), { recursive: true });
    const db = new Database(this.path, { timeout: BUSY_TIMEOUT_MS });
    try {
      db.pragma('journal_mode = WAL');
      db.exec(`CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL);
               CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`);
      this.connection = {
        db,
        selectOne: db.prepare('SELECT value, etag FROM items WHERE key = ?'),
        upsert: db.prepare(
          'INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag',
        ),
        remove: db.prepare('DELETE FROM items WHERE key = ?'),
        heartbeat: db.prepare(
          "INSERT INTO meta (key, value) VALUES ('probe', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        ),
      };
      return this.connection;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  private drop(): void {
    const connection = this.connection;
    this.connection = undefined;
    try {
      connection?.db.close();
    } catch {
      // a connection to a file that is gone cannot be closed cleanly; it is dropped either way
    }
  }

  private nextETag(): string {
    this.counter = (this.counter + 1) % 1_000_000;
    return `${Date.now().toString(36)}-${process.pid.toString(36)}-${this.counter.toString(36)}`;
  }

  private guard<T>(work: (connection: Connection) => T): Promise<T> {
    try {
      return Promise.resolve(work(this.open()));
    } catch (error) {
      if (error instanceof ETagConflictError) return Promise.reject(error);
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && REOPEN.test(code)) this.drop();
      const message = error instanceof Error ? error.message : String(error);
      return Promise.reject(new StorageUnavailableError(`sqlite (${this.path}): ${message}`, { cause: error }));
    }
  }
}
