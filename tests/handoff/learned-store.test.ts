import { describe, expect, it } from 'vitest';
import { matchLearned } from '../../src/core/diagnosis/learned-phrasings.js';
import { memoryStorage } from '../../src/storage/create-storage.js';
import { LearnedStore, type StoredPhrasing } from '../../src/tickets/learned-store.js';

const TENANT = '5f1c0a2e-0000-4000-8000-00000000d00d';
const phrasing = (ticketId: string, text: string): StoredPhrasing => ({
  entryId: 'intune-device-cap-reached',
  text,
  lang: 'nl',
  ticketId,
  agent: { name: 'Piet Jansen' },
  at: 0,
});

describe('learned phrasings in storage', () => {
  it('a ticket teaches once: linking it again replaces its phrasing; forgetting removes it', async () => {
    const store = new LearnedStore(memoryStorage().storage);
    await store.add(TENANT, phrasing('HD-1001', 'te veel apparaten op mijn naam'));
    await store.add(TENANT, phrasing('HD-1001', 'maximum aantal apparaten bereikt'));
    expect((await store.list(TENANT)).map((p) => p.text)).toEqual(['maximum aantal apparaten bereikt']);
    expect(await store.forget(TENANT, 'HD-1001')).toBe(true);
    expect(await store.forget(TENANT, 'HD-1001')).toBe(false);
    expect(await store.list(TENANT)).toEqual([]);
    expect(await store.tenants()).toEqual([TENANT]);
  });

  it('the index is rebuilt only when the tenant was taught something since, and what another store wrote counts', async () => {
    const storage = memoryStorage().storage;
    const bot = new LearnedStore(storage);
    const otherInstance = new LearnedStore(storage);
    await bot.add(TENANT, phrasing('HD-1001', 'te veel apparaten op mijn naam'));
    const first = await bot.index(TENANT);
    expect(await bot.index(TENANT)).toBe(first);
    await otherInstance.add(TENANT, phrasing('HD-1002', 'nieuwe laptop lukt niet, limiet bereikt'));
    const second = await bot.index(TENANT);
    expect(second).not.toBe(first);
    expect(matchLearned(second, 'mijn nieuwe laptop lukt niet want de limiet is bereikt', 'nl')).toHaveLength(1);
    expect(
      matchLearned(await bot.index('0b7e3f10-0000-4000-8000-00000000beef'), 'te veel apparaten op mijn naam', 'nl'),
    ).toEqual([]);
  });
});
