import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { EventLog, dayOf, daysBetween, type LoggedEvent } from '../../src/tickets/event-log.js';

const dir = mkdtempSync(join(tmpdir(), 'event-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same store behind another object: this process's per-storage write queue does not see them as one. */
const view = (storage: Storage): Storage => ({
  read: (keys) => storage.read(keys),
  write: (changes) => storage.write(changes),
  delete: (keys) => storage.delete(keys),
});
const at = (iso: string) => Date.parse(iso);
const asked = (iso: string, conversationId = 'c1'): LoggedEvent => ({
  kind: 'asked',
  codes: [],
  unknownCodes: [],
  at: at(iso),
  conversationId,
});

describe('days', () => {
  it('are UTC days, inclusive, across a month end', () => {
    expect(dayOf(at('2026-11-30T23:59:59Z'))).toBe('2026-11-30');
    expect(daysBetween('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysBetween('2026-12-02', '2026-11-29')).toEqual([]);
  });
});

describe.each<[string, () => Storage]>([
  ['memory', () => new MemoryStorage()],
  ['sqlite', () => new SqliteStorage(join(dir, `${Math.random().toString(36).slice(2)}.sqlite`))],
])('the event log on %s storage', (_name, makeStorage) => {
  it('reads back the events of a range by day, and nothing outside it', async () => {
    const log = new EventLog(makeStorage());
    await log.append(asked('2026-10-31T23:59:00Z'));
    await log.append(asked('2026-11-01T00:00:00Z'));
    await log.append(asked('2026-11-15T12:00:00Z'));
    await log.append(asked('2026-12-01T00:00:00Z'));
    const events = await log.read('2026-11-01', '2026-11-30');
    expect(events.map((e) => new Date(e.at).toISOString())).toEqual([
      '2026-11-01T00:00:00.000Z',
      '2026-11-15T12:00:00.000Z',
    ]);
  });

  it('spills a full day into the next bucket and reads them all', async () => {
    const log = new EventLog(makeStorage(), 3);
    for (let i = 0; i < 8; i++) await log.append(asked(`2026-11-10T10:0${i}:00Z`, `c${i}`));
    const events = await log.read('2026-11-10', '2026-11-10');
    expect(events.map((e) => e.conversationId)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
  });

  it('keeps every event when two bots append at once', async () => {
    const storage = makeStorage();
    // two views of one store, like two bot processes on one database: only the eTags keep them apart
    const logs = [new EventLog(view(storage), 7), new EventLog(view(storage), 7)];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => logs[i % 2]!.append(asked('2026-11-10T10:00:00Z', `c${i}`))),
    );
    const events = await logs[0]!.read('2026-11-10', '2026-11-10');
    expect(events.map((e) => e.conversationId).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `c${i}`).sort());
  });
});
