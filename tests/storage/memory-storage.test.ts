import { describe, expect, it } from 'vitest';
import { isETagConflict } from '../../src/storage/errors.js';
import { JsonMemoryStorage } from '../../src/storage/memory-storage.js';

describe('memory storage', () => {
  it('a turn changing what it read does not change what is stored', async () => {
    const storage = new JsonMemoryStorage();
    await storage.write({ c1: { dialog: { step: 1, facts: ['windows'] } } });
    const read = (await storage.read(['c1'])).c1 as { dialog: { step: number; facts: string[] } };
    read.dialog.step = 2;
    read.dialog.facts.push('ios');
    expect((await storage.read(['c1'])).c1).toMatchObject({ dialog: { step: 1, facts: ['windows'] } });
  });

  it('every write gives a new eTag; a write with the old one is a conflict and changes nothing', async () => {
    const storage = new JsonMemoryStorage();
    await storage.write({ c1: { step: 1 } });
    const first = (await storage.read(['c1'])).c1 as { eTag: string; step: number };
    await storage.write({ c1: { ...first, step: 2 } });
    const second = (await storage.read(['c1'])).c1 as { eTag: string; step: number };
    expect(second.eTag).not.toBe(first.eTag);
    const stale = await storage.write({ c1: { ...first, step: 3 } }).catch((error: unknown) => error);
    expect(isETagConflict(stale)).toBe(true);
    expect((await storage.read(['c1'])).c1).toMatchObject({ step: 2, eTag: second.eTag });
  });

  it('a batch with one conflicting item stores none of it', async () => {
    const storage = new JsonMemoryStorage();
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const failed = await storage.write({ a: { n: 2 }, b: { n: 2, eTag: 'stale' } }).catch((error: unknown) => error);
    expect(isETagConflict(failed)).toBe(true);
    expect(await storage.read(['a', 'b'])).toMatchObject({ a: { n: 1 }, b: { n: 1 } });
  });

  it('a deleted item is gone; reading a key never written gives nothing', async () => {
    const storage = new JsonMemoryStorage();
    await storage.write({ a: { n: 1 } });
    await storage.delete(['a']);
    expect(await storage.read(['a', 'never'])).toEqual({});
  });
});
