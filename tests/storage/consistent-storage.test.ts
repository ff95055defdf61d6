import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import { ConsistentStorage, RECENT_ACTIVITIES, ReplayedActivityError } from '../../src/storage/consistent-storage.js';
import { isETagConflict } from '../../src/storage/errors.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { JsonMemoryStorage } from '../../src/storage/memory-storage.js';
import { inTurnScope } from '../../src/storage/turn-scope.js';
import { itemOf } from '../helpers/store-item.js';

const dir = mkdtempSync(join(tmpdir(), 'consistent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEY = 'msteams/conversations/c1/';

/** What botbuilder's BotState does at the end of a turn: write the item it read back with eTag "*". */
function saveLikeBotState(storage: Storage, item: object): Promise<void> {
  return storage.write({ [KEY]: { ...item, eTag: '*' } });
}

/** Two turns that read the same state, then write one after the other. */
async function race(storage: Storage): Promise<{ second: unknown; stored: unknown }> {
  let releaseFirst = (): void => undefined;
  const firstMayWrite = new Promise<void>((r) => (releaseFirst = r));
  let secondRead = (): void => undefined;
  const secondHasRead = new Promise<void>((r) => (secondRead = r));
  const first = inTurnScope({ conversationKey: KEY, activityId: 'a1' }, async () => {
    const items = await storage.read([KEY]);
    await firstMayWrite;
    await saveLikeBotState(storage, { ...itemOf(items, KEY), step: 'first' });
  });
  const second = inTurnScope({ conversationKey: KEY, activityId: 'a2' }, async () => {
    const items = await storage.read([KEY]);
    secondRead();
    await secondHasRead;
    await first;
    await saveLikeBotState(storage, { ...itemOf(items, KEY), step: 'second' });
  });
  await secondHasRead;
  releaseFirst();
  const outcome = await second.then(
    () => undefined,
    (error: unknown) => error,
  );
  return { second: outcome, stored: (await storage.read([KEY]))[KEY] };
}

const storages: [string, () => Storage][] = [
  ['botbuilder memory', () => new MemoryStorage()],
  ['memory', () => new JsonMemoryStorage()],
  ['sqlite', () => new SqliteStorage(join(dir, `${Math.random().toString(36).slice(2)}.sqlite`))],
];

describe.each(storages)('ConsistentStorage over %s', (_name, make) => {
  it('without it, botbuilder-style writes ("*") let the later turn silently overwrite the earlier one', async () => {
    const raw = make();
    await raw.write({ [KEY]: { step: 'start' } });
    const { second, stored } = await race(raw);
    expect(second).toBeUndefined();
    expect(stored).toMatchObject({ step: 'second' });
  });

  it('with it, the later of two turns that read the same state gets a conflict and the first one stays', async () => {
    const raw = make();
    await raw.write({ [KEY]: { step: 'start' } });
    const { second, stored } = await race(new ConsistentStorage(raw));
    expect(isETagConflict(second)).toBe(true);
    expect(stored).toMatchObject({ step: 'first' });
  });

  it('two turns that both create the state: the later gets a conflict', async () => {
    const { second, stored } = await race(new ConsistentStorage(make()));
    expect(isETagConflict(second)).toBe(true);
    expect(stored).toMatchObject({ step: 'first' });
  });

  it('remembers the activity in the conversation item and refuses to read it again for the same activity', async () => {
    const storage = new ConsistentStorage(make());
    await inTurnScope({ conversationKey: KEY, activityId: 'a1' }, async () => {
      const items = await storage.read([KEY]);
      await saveLikeBotState(storage, { ...itemOf(items, KEY), step: 1 });
    });
    const replay = inTurnScope({ conversationKey: KEY, activityId: 'a1' }, () => storage.read([KEY]));
    await expect(replay).rejects.toBeInstanceOf(ReplayedActivityError);
    const next = await inTurnScope({ conversationKey: KEY, activityId: 'a2' }, () => storage.read([KEY]));
    expect(next[KEY]).toMatchObject({ step: 1, [RECENT_ACTIVITIES]: ['a1'] });
  });

  it('keeps the last 20 activity ids', async () => {
    const storage = new ConsistentStorage(make());
    for (let i = 0; i < 25; i++) {
      await inTurnScope({ conversationKey: KEY, activityId: `a${i}` }, async () => {
        const items = await storage.read([KEY]);
        await saveLikeBotState(storage, { ...itemOf(items, KEY), step: i });
      });
    }
    const stored = (await storage.read([KEY]))[KEY] as Record<string, unknown>;
    expect(stored[RECENT_ACTIVITIES]).toHaveLength(20);
    expect((stored[RECENT_ACTIVITIES] as string[]).at(-1)).toBe('a24');
  });

  it('passes writes outside a turn through unchanged (last writer wins, as before)', async () => {
    const storage = new ConsistentStorage(make());
    await storage.write({ [KEY]: { n: 1 } });
    await storage.write({ [KEY]: { n: 2, eTag: '*' } });
    expect((await storage.read([KEY]))[KEY]).toMatchObject({ n: 2 });
  });
});
