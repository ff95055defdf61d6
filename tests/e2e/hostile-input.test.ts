import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { en } from '../../src/i18n/en.js';
import { createStorage } from '../../src/storage/create-storage.js';
import { startApp, type AppServer } from '../helpers/app-server.js';
import { asks, Chat, likelyCause, shown, type Sent } from '../helpers/chat.js';

/** Sends an activity whose JSON text field holds raw bytes (invalid UTF-8 included) instead of a string. */
async function sendRawText(app: AppServer, chat: Chat, bytes: Buffer): Promise<Sent> {
  const marker = 'RAW-BYTES-HERE';
  const [head, tailPart] = JSON.stringify(chat.activity({ text: marker })).split(marker) as [string, string];
  const before = app.connector.calls.length;
  const response = await app.postRaw(Buffer.concat([Buffer.from(head), bytes, Buffer.from(tailPart)]));
  await response.arrayBuffer();
  return { status: response.status, replies: chat.repliesSince(before) };
}

const junkBytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 131) % 0x7f)));
const controlJunk =
  Array.from({ length: 2048 }, (_, i) => String.fromCharCode((i * 7) % 32)).join('') + '\uD800\uDFFF\uFFFE';
const megabyte = 'lorem ipsum dolor sit amet consectetur '.repeat(Math.ceil((1024 * 1024) / 39)).slice(0, 1024 * 1024);
const rtl = '\u202Eהמחשב שלי לא נרשם \u202Bلا يمكن تسجيل الجهاز\u202C \u2067עזרה\u2069';
const markup =
  '<b>bold</b> <script>alert(1)</script> **stars** [link](https://evil.example) ${evil} {{DATE(2020-01-01)}} printer';

/** The texts of every TextRun in a card. */
function textRuns(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textRuns);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = o.type === 'TextRun' && typeof o.text === 'string' ? [o.text] : [];
  return [...own, ...Object.values(o).flatMap(textRuns)];
}

type Hostile = (chat: Chat, app: AppServer) => Promise<Sent>;
const say =
  (text: string): Hostile =>
  (chat, app) =>
    chat.say(app, text);
const press =
  (value: unknown): Hostile =>
  (chat, app) =>
    chat.send(app, chat.activity({ text: '', value }));
const other =
  (extra: Partial<Activity>): Hostile =>
  (chat, app) =>
    chat.send(app, chat.activity({ extra }));

/** Each arrives while the bot waits for the answer to "which Windows edition?". */
const midDialog: [string, Hostile][] = [
  ['1 MB of text', say(megabyte)],
  ['binary junk (invalid UTF-8 bytes)', (chat, app) => sendRawText(app, chat, junkBytes)],
  ['binary junk (control characters, lone surrogates)', say(controlJunk)],
  ['10,000 emoji', say('😀'.repeat(10_000))],
  ['right-to-left text with bidi controls', say(rtl)],
  ['markdown, HTML and ${...}', say(markup)],
  ['a submit that is not ours', press({ foo: 'bar', action: 'nope' })],
  ['a submit that is a string', press('just a string')],
  ['a submit that is an array', press([1, 2, 3])],
  ['a submit nested 1,000 deep', press({ deep: JSON.parse('['.repeat(1000) + ']'.repeat(1000)) as unknown })],
  [
    'a forged answer with a value no button has',
    press({ action: 'answer', question: 'windows-edition', value: '<script>x</script>' }),
  ],
  ['a forged answer to another question', press({ action: 'answer', question: 'no-such-question', value: 'yes' })],
  ['a forged pick of an unknown entry', press({ action: 'pick', entryId: '../../etc/passwd' })],
  ['forged feedback on an answer never shown', press({ action: 'solved', entryId: 'no-such-entry' })],
  [
    'a message with only an attachment',
    other({ text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/x.png' }] }),
  ],
  ['an activity type nobody knows', other({ type: 'fooBar' })],
  ['an event', other({ type: 'event', name: 'something/unknown', value: { a: 1 } })],
  ['an invoke the bot has no answer to', other({ type: 'invoke', name: 'composeExtension/query', value: {} })],
  ['a message reaction', other({ type: 'messageReaction', reactionsAdded: [{ type: 'like' }] })],
  ['a typing indicator', other({ type: 'typing' })],
  ['a message update', other({ type: 'messageUpdate', text: 'edited' })],
  ['a message delete', other({ type: 'messageDelete' })],
];

describe('hostile and broken input over HTTP (sqlite storage)', { timeout: 60_000 }, () => {
  let dir: string;
  let app: AppServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    const env = { STORAGE: 'sqlite', SQLITE_PATH: join(dir, 'bot.sqlite') };
    app = await startApp({ env, storage: await createStorage(parseConfig(env)) });
  });
  afterAll(async () => {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(midDialog)(
    '%s: no 5xx, a sensible reply or none, and the open dialog still works',
    async (_name, hostile) => {
      const chat = new Chat(app.connector, { locale: 'en-US' });
      expect(asks((await chat.say(app, '80180003')).replies, 'windows-edition')).toBe(true);
      const sent = await hostile(chat, app);
      expect(sent.status).toBe(200);
      for (const reply of sent.replies) {
        expect(`${reply.text}${reply.cardText}`.trim()).not.toBe('');
        expect(JSON.stringify(reply.card ?? {}).length).toBeLessThan(28_000);
      }
      const after = await chat.say(app, 'Home');
      expect(after.status).toBe(200);
      expect(likelyCause(after.replies)).toMatch(/Windows 10 Home/);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    },
  );

  it('shows markdown, HTML and ${...} that end up in a card as typed: escaped, no binding, no link', async () => {
    const chat = new Chat(app.connector, { locale: 'en-US' });
    const sent = await chat.say(app, markup);
    expect(sent.status).toBe(200);
    const card = sent.replies.find((r) => r.card)?.card as { fallbackText?: string } | undefined;
    expect(card).toBeDefined();
    const json = JSON.stringify(card);
    // no template binding or card function survives, and nothing became a link or an action
    expect(json).not.toContain('${evil}');
    expect(json).not.toContain('{{DATE(');
    expect(json).not.toMatch(/"(url|Action\.OpenUrl)"[^}]*evil\.example/);
    // the quote is a plain TextRun (never read as markdown): as typed, bindings broken by an invisible space
    const runs = textRuns(card);
    expect(
      runs.some((run) =>
        run.includes('<script>alert(1)</script> **stars** [link](https://evil.example) $\u200B{evil}'),
      ),
    ).toBe(true);
    // where the card is markdown (the fallback text), the markup is escaped
    expect(card?.fallbackText).toContain('\\<script\\>');
    expect(card?.fallbackText).toContain('\\[link\\]');
    expect(card?.fallbackText).toContain('\\*\\*stars\\*\\*');
  });

  it('answers a message with only an attachment by asking for text', async () => {
    const chat = new Chat(app.connector, { locale: 'en-US' });
    const sent = await other({
      text: undefined,
      attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/x.png' }],
    })(chat, app);
    expect(shown(sent.replies)).toContain(en['input.attachmentOnly']);
  });

  it('answers an invoke it does not know with 200 and nothing else', async () => {
    const chat = new Chat(app.connector, { locale: 'en-US' });
    const sent = await other({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute' } },
    })(chat, app);
    expect(sent.status).toBe(200);
    expect(sent.replies).toHaveLength(0);
  });

  it('does not advance the dialog twice for a replayed activity id', async () => {
    const chat = new Chat(app.connector, { locale: 'en-US' });
    expect(asks((await chat.say(app, '80180003')).replies, 'windows-edition')).toBe(true);
    const home = chat.activity({ text: 'Home' });
    const answered = await chat.send(app, home);
    expect(likelyCause(answered.replies)).toMatch(/Windows 10 Home/);
    const replayed = await chat.send(app, home);
    expect(replayed.status).toBe(200);
    expect(replayed.replies).toHaveLength(0);
    const solved = answered.replies.flatMap((r) => r.buttons).find((b) => b.data.action === 'solved');
    expect(shown((await chat.press(app, solved?.data ?? {})).replies)).toContain(en['feedback.solved']);
  });

  it('handles a submit for a question that is no longer open without disturbing the dialog', async () => {
    const chat = new Chat(app.connector, { locale: 'en-US' });
    const asked = await chat.say(app, '80180003');
    const pro = asked.replies
      .flatMap((r) => r.buttons)
      .find((b) => b.data.question === 'windows-edition' && b.data.value === 'pro');
    const home = asked.replies
      .flatMap((r) => r.buttons)
      .find((b) => b.data.question === 'windows-edition' && b.data.value === 'home');
    expect(pro && home).toBeTruthy();
    const answered = await chat.press(app, home?.data ?? {});
    expect(likelyCause(answered.replies)).toMatch(/Windows 10 Home/);
    const stale = await chat.press(app, pro?.data ?? {});
    expect(stale.status).toBe(200);
    expect(likelyCause(stale.replies)).toBeUndefined();
    const solved = answered.replies.flatMap((r) => r.buttons).find((b) => b.data.action === 'solved');
    expect(shown((await chat.press(app, solved?.data ?? {})).replies)).toContain(en['feedback.solved']);
  });

  it('refuses a body that is binary junk with a 4xx and keeps serving', async () => {
    const response = await app.postRaw(junkBytes);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
