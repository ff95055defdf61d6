import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStorage } from '../../src/storage/blob-storage.js';
import { ABSENT_ETAG } from '../../src/storage/consistent-storage.js';
import { ETagConflictError, StorageUnavailableError } from '../../src/storage/errors.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { itemOf } from '../helpers/store-item.js';

describe('BlobStorage (botbuilder-azure-blobs against Azurite)', () => {
  let azurite: Azurite;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'azurite-'));
    azurite = await startAzurite({ location: dir });
  });
  afterAll(async () => {
    await azurite.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const fresh = () => new BlobStorage(azurite.connectionString, `c${Math.random().toString(36).slice(2, 10)}`);

  it('creates its container and reads back what it wrote, non-ASCII text included, with an eTag', async () => {
    const storage = fresh();
    expect(await storage.probe()).toBeUndefined();
    const text = `geïnstalleerd ${'😀'.repeat(10_000)} مرحبا`;
    await storage.write({ 'msteams/conversations/a:b;messageid=1/': { text } });
    const items = await storage.read(['msteams/conversations/a:b;messageid=1/', 'missing']);
    expect(items['msteams/conversations/a:b;messageid=1/']).toMatchObject({ text });
    expect(typeof itemOf(items, 'msteams/conversations/a:b;messageid=1/')?.eTag).toBe('string');
    expect(items.missing).toBeUndefined();
  });

  it('rejects a stale eTag as an ETagConflictError and keeps what was there', async () => {
    const storage = fresh();
    await storage.write({ k: { n: 1 } });
    const k = itemOf(await storage.read(['k']), 'k');
    await storage.write({ k: { ...k, n: 2 } });
    await expect(storage.write({ k: { ...k, n: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['k'])).k).toMatchObject({ n: 2 });
  });

  it('creates an item read as absent only while it is still absent', async () => {
    const storage = fresh();
    await storage.read(['new']);
    await storage.write({ new: { n: 1, eTag: ABSENT_ETAG } });
    await expect(storage.write({ new: { n: 2, eTag: ABSENT_ETAG } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['new'])).new).toMatchObject({ n: 1 });
  });

  it('fails fast with StorageUnavailableError while Azurite is down, and recovers by itself when it is back', async () => {
    const storage = fresh();
    await storage.write({ k: { n: 1 } });
    await azurite.stop();
    try {
      const started = Date.now();
      await expect(storage.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.write({ k: { n: 2, eTag: '*' } })).rejects.toBeInstanceOf(StorageUnavailableError);
      expect(await storage.probe()).toMatch(/blob/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await azurite.start();
    }
    expect(await storage.probe()).toBeUndefined();
    expect((await storage.read(['k'])).k).toMatchObject({ n: 1 });
    await storage.write({ k: { n: 3, eTag: '*' } });
    expect((await storage.read(['k'])).k).toMatchObject({ n: 3 });
  });

  it('recovers even when Azurite was down before its first use', async () => {
    await azurite.stop();
    const storage = fresh();
    try {
      await expect(storage.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      await azurite.start();
    }
    await storage.write({ k: { n: 1 } });
    expect((await storage.read(['k'])).k).toMatchObject({ n: 1 });
  });
});
