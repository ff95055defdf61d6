import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { en } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import { createStorage } from '../../src/storage/create-storage.js';
import { startApp, type AppServer } from '../helpers/app-server.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { asks, Chat, likelyCause, shown } from '../helpers/chat.js';
import { canMakeImmutable, setImmutable } from '../helpers/immutable.js';

async function readyWithin(app: AppServer, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if ((await app.readyz()) === 200) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('storage outage and recovery: blob (Azurite stopped and started again)', { timeout: 60_000 }, () => {
  let dir: string;
  let azurite: Azurite;
  let app: AppServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outage-blob-'));
    azurite = await startAzurite({ location: dir });
    const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'outage' };
    app = await startApp({ env, storage: await createStorage(parseConfig(env)) });
  });
  afterAll(async () => {
    await app.stop();
    await azurite.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells the user to try again, answers /readyz 503, stays up, and continues the dialog once storage is back', async () => {
    const chat = new Chat(app.connector, { locale: 'en-US' });
    expect(await app.readyz()).toBe(200);
    expect(asks((await chat.say(app, 'error 80180003')).replies, 'windows-edition')).toBe(true);

    await azurite.stop();
    try {
      for (let i = 0; i < 2; i++) {
        const during = await chat.say(app, 'Home');
        expect(during.status).toBe(200);
        expect(shown(during.replies)).toContain(en['error.storage']);
        expect(likelyCause(during.replies)).toBeUndefined();
      }
      expect(await app.readyz()).toBe(503);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await azurite.start();
    }

    expect(await readyWithin(app, 10_000)).toBe(true);
    const after = await chat.say(app, 'Home');
    expect(after.status).toBe(200);
    expect(likelyCause(after.replies)).toMatch(/Windows 10 Home/);
  });
});

describe.skipIf(!canMakeImmutable())(
  'storage outage and recovery: sqlite (the file made unwritable, then writable again)',
  { timeout: 60_000 },
  () => {
    let dir: string;
    let path: string;
    let app: AppServer;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'outage-sqlite-'));
      path = join(dir, 'bot.sqlite');
      const env = { STORAGE: 'sqlite', SQLITE_PATH: path };
      app = await startApp({ env, storage: await createStorage(parseConfig(env)) });
    });
    afterAll(async () => {
      setImmutable([path, `${path}-wal`], false);
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('tells the user to try again (in Dutch), answers /readyz 503, and continues once the file is writable', async () => {
      const chat = new Chat(app.connector, { locale: 'nl-NL' });
      expect(asks((await chat.say(app, 'foutcode 80180003')).replies, 'windows-edition')).toBe(true);
      expect(await app.readyz()).toBe(200);

      setImmutable([path, `${path}-wal`], true);
      try {
        const first = await chat.say(app, 'Home');
        expect(first.status).toBe(200);
        expect(shown(first.replies)).toContain(nl['error.storage']);
        expect(await app.readyz()).toBe(503);
        // From now on the turn is not even tried until storage answers again: only the request to try again.
        const second = await chat.say(app, 'Home');
        expect(second.status).toBe(200);
        expect(shown(second.replies)).toContain(nl['error.storage']);
        expect(likelyCause(second.replies)).toBeUndefined();
      } finally {
        setImmutable([path, `${path}-wal`], false);
      }

      expect(await readyWithin(app, 5_000)).toBe(true);
      const after = await chat.say(app, 'Home');
      expect(likelyCause(after.replies)).toMatch(/Windows 10 Home/);
    });
  },
);
