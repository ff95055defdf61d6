import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStorage } from '../../src/storage/blob-storage.js';
import { RECENT_ACTIVITIES } from '../../src/storage/consistent-storage.js';
import { en } from '../../src/i18n/en.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { asks, Chat, likelyCause, shown } from '../helpers/chat.js';
import { FakeConnector } from '../helpers/fake-connector.js';

const CONTAINER = 'bot-state';

describe('scale-out: two bot processes sharing Azure Blob Storage (Azurite)', { timeout: 180_000 }, () => {
  let azurite: Azurite;
  let connector: FakeConnector;
  let a: BotProcess;
  let b: BotProcess;
  beforeAll(async () => {
    azurite = await startAzurite();
    connector = new FakeConnector();
    await connector.start();
    const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: CONTAINER };
    [a, b] = await Promise.all([startBotProcess(env), startBotProcess(env)]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await connector?.stop();
    await azurite?.stop();
  });

  it('runs as two processes', () => {
    expect(a.pid).not.toBe(b.pid);
  });

  it('goes on with a dialog whose turns alternate between the two, as if they were one', async () => {
    const chat = new Chat(connector);
    const asked = await chat.say(a, '80180003');
    expect(asks(asked.replies, 'windows-edition')).toBe(true);

    const answered = await chat.say(b, 'Home');
    expect(likelyCause(answered.replies)).toMatch(/Windows 10 Home/);
    const solved = answered.replies.flatMap((r) => r.buttons).find((button) => button.data.action === 'solved');
    expect(solved).toBeDefined();

    const closed = await chat.press(a, solved?.data ?? {});
    expect(shown(closed.replies)).toContain(en['feedback.solved']);

    const next = await chat.say(b, 'my laptop is stuck on 80180014');
    expect(shown(next.replies)).toContain('0x80180014');
    expect([asked, answered, closed, next].every((turn) => turn.status === 200)).toBe(true);
  });

  it('ignores an activity replayed to the other process', async () => {
    const chat = new Chat(connector);
    const first = chat.activity({ text: '80180003' });
    expect(asks((await chat.send(a, first)).replies, 'windows-edition')).toBe(true);
    const replayed = await chat.send(b, first);
    expect(replayed.status).toBe(200);
    expect(replayed.replies).toHaveLength(0);
    expect(likelyCause((await chat.say(b, 'Home')).replies)).toMatch(/Windows 10 Home/);
  });

  it('loses no turn when two of one conversation reach the two processes at the same moment', async () => {
    const storage = new BlobStorage(azurite.connectionString, CONTAINER);
    for (let round = 0; round < 4; round++) {
      const chat = new Chat(connector);
      expect(asks((await chat.say(a, '80180003')).replies, 'windows-edition')).toBe(true);
      const toA = chat.activity({ text: 'Home' });
      const toB = chat.activity({ text: 'thanks' });
      const [viaA, viaB] = await Promise.all([chat.send(a, toA), chat.send(b, toB)]);
      expect([viaA.status, viaB.status]).toEqual([200, 200]);

      const key = `emulator/conversations/${chat.conversationId}/`;
      const stored = (await storage.read([key]))[key] as Record<string, unknown> | undefined;
      const applied = (stored?.[RECENT_ACTIVITIES] as string[] | undefined) ?? [];
      const askedAgain = shown([...viaA.replies, ...viaB.replies]).includes(en['error.conflict']);
      // Each message was applied to the shared state, or its sender was told to send it again.
      for (const id of [toA.id, toB.id]) expect(applied.includes(id ?? '') || askedAgain).toBe(true);

      const after = await chat.say(round % 2 ? a : b, 'my laptop is stuck on 80180014');
      expect(after.status).toBe(200);
      expect(shown(after.replies)).toContain('0x80180014');
    }
  });
});
