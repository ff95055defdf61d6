import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createStorage } from '../../src/storage/create-storage.js';
import type { Report } from '../../src/tickets/report.js';
import {
  HELPDESK_CHANNEL,
  answerChecklist,
  button,
  startHandoffBot,
  teams,
  type HandoffBot,
} from '../handoff/harness.js';

const run = promisify(execFile);

/** What the scripted conversations below must add up to for November. */
const EXPECTED = {
  asked: 7,
  answeredAtOnce: 2,
  solved: 1,
  notSolved: 1,
  handedOff: 2,
  noMatch: 4,
};

describe('npm run report, on a scripted set of conversations', () => {
  let dir: string;
  let sqlitePath: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-report-'));
    sqlitePath = join(dir, 'bot.sqlite');
    const storage = await createStorage(parseConfig({ STORAGE: 'sqlite', SQLITE_PATH: sqlitePath }));
    const bot = await startHandoffBot({ helpdeskChannel: HELPDESK_CHANNEL, storage });
    try {
      await script(bot);
    } finally {
      await bot.stop();
      await storage.close();
    }
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const report = async (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], {
      env: { ...process.env, STORAGE: 'sqlite', SQLITE_PATH: sqlitePath, LOG_LEVEL: 'silent' },
    });

  it('counts questions, answers at once, solved, handed off and the gaps, most frequent first', async () => {
    const { stdout } = await report('--from', '2026-11-01', '--to', '2026-11-30', '--json');
    const r = JSON.parse(stdout) as Report;
    expect(r).toMatchObject({ from: '2026-11-01', to: '2026-11-30', ...EXPECTED });
    expect(r.unknownCodes).toEqual([
      { value: '0x87654321', count: 2 },
      { value: '0x8000FFFF', count: 1 },
    ]);
    expect(r.noMatchTexts[0]).toEqual({ value: 'Mijn printer drukt niets af', count: 2 });
    expect(r.noMatchTexts.map((t) => t.value).sort()).toEqual([
      '0x87654321',
      'Mijn printer drukt niets af',
      'foutcode 0x8000FFFF',
    ]);
    expect(r.unhelpful).toEqual([{ value: 'win-windows-version-not-supported', count: 1 }]);
  });

  it('reads only the days asked for', async () => {
    const { stdout } = await report('--from', '2026-11-20', '--to', '2026-12-31', '--json');
    const r = JSON.parse(stdout) as Report;
    expect(r.asked).toBe(5);
    expect(r.handedOff).toBe(1);
    expect(r.unknownCodes).toEqual([
      { value: '0x87654321', count: 2 },
      { value: '0x8000FFFF', count: 1 },
    ]);
  });

  it('prints a readable report, and explains a wrong range', async () => {
    const { stdout } = await report('--from', '2026-11-01', '--to', '2026-11-30');
    expect(stdout).toContain('questions asked        7');
    expect(stdout).toContain('handed off             2 (29%)');
    expect(stdout).toMatch(/unknown codes:\n\s+2 {2}0x87654321\n\s+1 {2}0x8000FFFF/);
    await expect(report('--from', '2026-11-31')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--from must be a date') as unknown,
    });
  });
});

/** Seven conversations in November (two days) and one in December. */
async function script(bot: HandoffBot): Promise<void> {
  let n = 0;
  const chat = () => {
    const conversationId = `a:1chat-${++n}`;
    const say = (text: string, value?: Record<string, unknown>) =>
      teams({ serviceUrl: bot.connector.url, conversationId, text, ...(value ? { value } : {}) });
    return { say, send: (text: string, value?: Record<string, unknown>) => bot.send(say(text, value)) };
  };

  bot.clock.now = Date.parse('2026-11-03T10:00:00Z');
  // answered at once, solved
  let c = chat();
  await c.send('', button(await c.send('mijn laptop blijft hangen op 80180014'), 'solved'));
  // an unknown code: nothing matches
  await chat().send('0x87654321');
  // nothing matches; the user hands it off with the no-match card's button
  c = chat();
  const handoff = await c.send('', button(await c.send('Mijn printer drukt niets af'), 'handoff'));
  await c.send('', button(await answerChecklist(bot, c.say, handoff), 'confirm-handoff'));

  bot.clock.now = Date.parse('2026-11-20T14:00:00Z');
  await chat().send('mijn PRINTER drukt niets af!');
  // matches by its words, with a code the knowledge base does not know
  await chat().send('inschrijven mislukt met foutcode 0x87654321, gebruiker heeft al te veel apparaten');
  // answered at once, not solved, handed off
  c = chat();
  const notSolved = await c.send('', button(await c.send('mijn laptop blijft hangen op 80180014'), 'not-solved'));
  await c.send('', button(await answerChecklist(bot, c.say, notSolved), 'confirm-handoff'));
  await chat().send('foutcode 0x8000FFFF');

  bot.clock.now = Date.parse('2026-12-01T08:00:00Z');
  await chat().send('0x87654321');
}
