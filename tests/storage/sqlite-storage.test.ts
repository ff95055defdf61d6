import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ABSENT_ETAG } from '../../src/storage/consistent-storage.js';
import { ETagConflictError, StorageUnavailableError } from '../../src/storage/errors.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { canMakeImmutable, setImmutable } from '../helpers/immutable.js';
import { itemOf } from '../helpers/store-item.js';

describe('SqliteStorage', () => {
  let dir: string;
  let path: string;
  let storage: SqliteStorage;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-storage-'));
    path = join(dir, 'nested', 'bot.sqlite');
    storage = new SqliteStorage(path);
  });
  afterEach(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the file (and its folder) on first use, in WAL mode', async () => {
    expect(existsSync(path)).toBe(false);
    expect(await storage.probe()).toBeUndefined();
    expect(existsSync(path)).toBe(true);
    const other = new Database(path, { readonly: true });
    expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
    other.close();
  });

  it('reads back what it wrote, with an eTag, across a reopen', async () => {
    await storage.write({ a: { text: 'geïnstalleerd 😀', n: 1 } });
    const first = await storage.read(['a', 'missing']);
    expect(first.a).toMatchObject({ text: 'geïnstalleerd 😀', n: 1 });
    expect(typeof itemOf(first, 'a')?.eTag).toBe('string');
    expect(first.missing).toBeUndefined();
    await storage.close();
    const again = new SqliteStorage(path);
    expect((await again.read(['a'])).a).toMatchObject({ n: 1, eTag: itemOf(first, 'a')?.eTag });
    await again.close();
  });

  it('rejects a write with a stale eTag and keeps what was there', async () => {
    await storage.write({ a: { n: 1 } });
    const a = itemOf(await storage.read(['a']), 'a');
    await storage.write({ a: { ...a, n: 2 } });
    await expect(storage.write({ a: { ...a, n: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['a'])).a).toMatchObject({ n: 2 });
    await storage.write({ a: { n: 4, eTag: '*' } });
    expect((await storage.read(['a'])).a).toMatchObject({ n: 4 });
  });

  it('writes an item read as absent only while it is still absent', async () => {
    await storage.write({ fresh: { n: 1, eTag: ABSENT_ETAG } });
    await expect(storage.write({ fresh: { n: 2, eTag: ABSENT_ETAG } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['fresh'])).fresh).toMatchObject({ n: 1 });
  });

  it('is unavailable while its folder cannot be made, and recovers by itself when it can', async () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the folder should be');
    const broken = new SqliteStorage(join(blocked, 'bot.sqlite'));
    await expect(broken.read(['a'])).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await broken.probe()).toMatch(/sqlite/);
    rmSync(blocked);
    mkdirSync(blocked);
    expect(await broken.probe()).toBeUndefined();
    await broken.write({ a: { n: 1 } });
    expect((await broken.read(['a'])).a).toMatchObject({ n: 1 });
    await broken.close();
  });

  it('reports a file locked by another process as unavailable quickly, and works once it is released', async () => {
    await storage.write({ a: { n: 1 } });
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    const started = Date.now();
    await expect(storage.write({ a: { n: 2, eTag: '*' } })).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await storage.probe()).toMatch(/locked/);
    expect(Date.now() - started).toBeLessThan(2000);
    other.exec('ROLLBACK');
    other.close();
    expect(await storage.probe()).toBeUndefined();
    await storage.write({ a: { n: 3, eTag: '*' } });
    expect((await storage.read(['a'])).a).toMatchObject({ n: 3 });
  });

  it.skipIf(!canMakeImmutable())(
    'is unavailable while the file cannot be written, and recovers when it can',
    async () => {
      await storage.write({ a: { n: 1 } });
      setImmutable([path, `${path}-wal`], true);
      try {
        await expect(storage.write({ a: { n: 2, eTag: '*' } })).rejects.toBeInstanceOf(StorageUnavailableError);
        expect(await storage.probe()).toBeDefined();
      } finally {
        setImmutable([path, `${path}-wal`], false);
      }
      expect(await storage.probe()).toBeUndefined();
      await storage.write({ a: { n: 3, eTag: '*' } });
      expect((await storage.read(['a'])).a).toMatchObject({ n: 3 });
    },
  );
});
