import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { asks, Chat, likelyCause } from '../helpers/chat.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { FakeConnector } from '../helpers/fake-connector.js';

// Each case starts two bot processes (`node --import tsx src/index.ts`); on a busy 2-core machine one start can take 10 s.
const SLOW = 180_000;

describe('restart with STORAGE=sqlite: a dialog started before goes on after', { timeout: SLOW }, () => {
  let dir: string;
  let connector: FakeConnector;
  const running: BotProcess[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'restart-'));
    connector = new FakeConnector();
    await connector.start();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((bot) => bot.stop('SIGKILL')));
  });
  afterAll(async () => {
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async (path: string) => {
    const bot = await startBotProcess({ STORAGE: 'sqlite', SQLITE_PATH: path });
    running.push(bot);
    return bot;
  };

  it.each([
    ['a graceful stop (SIGTERM)', 'SIGTERM'],
    ['a crash (SIGKILL)', 'SIGKILL'],
  ] as const)('after %s', async (_name, signal) => {
    const path = join(dir, signal, 'bot.sqlite');
    const first = await start(path);
    expect(existsSync(path)).toBe(true);
    const chat = new Chat(connector);
    const asked = await chat.say(first, '80180003');
    expect(asked.status).toBe(200);
    expect(asks(asked.replies, 'windows-edition')).toBe(true);

    await first.stop(signal);
    const second = await start(path);
    expect(second.pid).not.toBe(first.pid);
    const answered = await chat.say(second, 'Home');
    expect(answered.status).toBe(200);
    expect(likelyCause(answered.replies)).toMatch(/Windows 10 Home/);
  });

  it('without the state (a new file) the same "Home" gets no answer card: the restart test can tell', async () => {
    const first = await start(join(dir, 'one', 'bot.sqlite'));
    const chat = new Chat(connector);
    expect(asks((await chat.say(first, '80180003')).replies, 'windows-edition')).toBe(true);
    await first.stop();
    const second = await start(join(dir, 'other', 'bot.sqlite'));
    expect(likelyCause((await chat.say(second, 'Home')).replies)).toBeUndefined();
  });
});
