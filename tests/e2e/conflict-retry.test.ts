import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { RECENT_ACTIVITIES } from '../../src/storage/consistent-storage.js';
import { startApp, type AppServer } from '../helpers/app-server.js';
import { asks, Chat, likelyCause, shown } from '../helpers/chat.js';
import { itemOf } from '../helpers/store-item.js';

/**
 * Storage shared with an imaginary second instance that writes the conversation's state just before each of the
 * first `races` writes of ours: the write race of a scale-out, on cue.
 */
class RacingStorage implements Storage {
  raced = 0;
  constructor(
    readonly inner: MemoryStorage,
    public races: number,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) {
      if (key.includes('/conversations/') && this.raced < this.races) {
        this.raced++;
        const current = itemOf(await this.inner.read([key]), key) ?? {};
        await this.inner.write({ [key]: { ...current, [`otherInstance${this.raced}`]: true, eTag: '*' } });
      }
    }
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

describe('a turn that loses a write race to another instance', () => {
  let app: AppServer | undefined;
  afterEach(async () => {
    await app?.stop();
  });

  async function start(races: number) {
    const storage = new RacingStorage(new MemoryStorage(), races);
    app = await startApp({
      storage: { storage, probe: () => Promise.resolve(undefined), close: () => Promise.resolve() },
    });
    const stored = async (chat: Chat) => {
      const key = `emulator/conversations/${chat.conversationId}/`;
      return itemOf(await storage.inner.read([key]), key) ?? {};
    };
    return { app, storage, stored };
  }

  it('runs again on the fresh state: neither its change nor the other instance’s is lost', async () => {
    const { app, storage, stored } = await start(1);
    const chat = new Chat(app.connector, { locale: 'en-US' });
    const first = chat.activity({ text: '80180003' });
    const sent = await chat.send(app, first);
    expect(sent.status).toBe(200);
    expect(storage.raced).toBe(1);
    expect(asks(sent.replies, 'windows-edition')).toBe(true);
    // the run after the conflict says what the first run said: each reply reaches the user once
    expect(sent.replies.filter((r) => asks([r], 'windows-edition'))).toHaveLength(1);
    expect(new Set(sent.replies.map((r) => JSON.stringify(r))).size).toBe(sent.replies.length);
    const state = await stored(chat);
    expect(state.otherInstance1).toBe(true);
    expect(state[RECENT_ACTIVITIES]).toContain(first.id);
    expect(likelyCause((await chat.say(app, 'Home')).replies)).toMatch(/Windows 10 Home/);
  });

  it('asks the user to send it again when it loses twice, without a 5xx, and keeps working', async () => {
    const { app, storage, stored } = await start(Number.POSITIVE_INFINITY);
    const chat = new Chat(app.connector, { locale: 'en-US' });
    const first = chat.activity({ text: '80180003' });
    const sent = await chat.send(app, first);
    expect(sent.status).toBe(200);
    expect(shown(sent.replies)).toContain(en['error.conflict']);
    const state = await stored(chat);
    expect(state.otherInstance2).toBe(true);
    expect(state[RECENT_ACTIVITIES] ?? []).not.toContain(first.id);

    storage.races = 0;
    expect(asks((await chat.say(app, '80180003')).replies, 'windows-edition')).toBe(true);
    expect(likelyCause((await chat.say(app, 'Home')).replies)).toMatch(/Windows 10 Home/);
  });
});
