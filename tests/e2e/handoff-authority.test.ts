import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import {
  ANNE,
  HELPDESK_CHANNEL,
  MALLORY,
  PIET,
  answerChecklist,
  button,
  postedId,
  posts,
  shown,
  startHandoffBot,
  teams,
  updates,
  type HandoffBot,
} from '../handoff/harness.js';

const PERSONAL = 'a:1anne-personal-chat';
const EVIL_CHANNEL = '19:mallory-team@thread.tacv2';

let bot: HandoffBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const inChannel = (b: HandoffBot, channel: string, from: typeof PIET, text: string, value?: unknown) =>
  teams({
    serviceUrl: b.connector.url,
    conversationId: `${channel};messageid=${Date.now()}${Math.floor(Math.random() * 1000)}`,
    channel: true,
    from,
    text,
    ...(value !== undefined ? { value } : {}),
  });

/** Anne's problem handed off to whatever helpdesk channel there is; returns the calls of the confirming turn. */
async function handOff(b: HandoffBot, first = 'mijn laptop blijft hangen op 80180014') {
  const say = (text: string) => teams({ serviceUrl: b.connector.url, conversationId: PERSONAL, text });
  const press = (value: Record<string, unknown>) =>
    teams({ serviceUrl: b.connector.url, conversationId: PERSONAL, text: '', value });
  const answer = await b.send(say(first));
  const notSolved = await b.send(press(button(answer, 'not-solved')));
  const summary = await answerChecklist(b, say, notSolved);
  return b.send(press(button(summary, 'confirm-handoff')));
}

describe('the helpdesk channel cannot be taken over', () => {
  it('without HELPDESK_AGENTS: the first registration stands; another channel is refused, tickets stay', async () => {
    bot = await startHandoffBot();
    const first = inChannel(bot, HELPDESK_CHANNEL, PIET, 'registreer helpdesk');
    expect(posts(await bot.send(first), first.conversation!.id)[0]?.body.text).toBe(nl['register.done']);

    const attempt = inChannel(bot, EVIL_CHANNEL, MALLORY, 'register helpdesk');
    attempt.locale = 'en-US';
    const refused = await bot.send(attempt);
    expect(posts(refused, attempt.conversation!.id)[0]?.body.text).toBe(en['register.taken']);

    // registering again in the registered channel itself is fine
    const again = inChannel(bot, HELPDESK_CHANNEL, PIET, 'registreer helpdesk');
    expect(posts(await bot.send(again), again.conversation!.id)[0]?.body.text).toBe(nl['register.done']);

    const created = await handOff(bot);
    expect(posts(created, HELPDESK_CHANNEL)).toHaveLength(1);
    expect(posts(created, EVIL_CHANNEL)).toEqual([]);
  });

  it('with HELPDESK_AGENTS: only agents register or move it, a move is announced in the old channel', async () => {
    bot = await startHandoffBot({ agents: PIET.aadObjectId! });
    const outsider = inChannel(bot, EVIL_CHANNEL, MALLORY, 'registreer helpdesk');
    expect(posts(await bot.send(outsider), outsider.conversation!.id)[0]?.body.text).toBe(nl['register.notAgent']);

    await bot.send(inChannel(bot, HELPDESK_CHANNEL, PIET, 'registreer helpdesk'));
    const NEW_CHANNEL = '19:helpdesk-2nd-line@thread.tacv2';
    const moved = await bot.send(inChannel(bot, NEW_CHANNEL, PIET, 'registreer helpdesk'));
    expect(posts(moved, HELPDESK_CHANNEL)[0]?.body.text).toBe(nl['register.moved'].replace('{name}', 'Piet Jansen'));
    expect(posts(await handOff(bot), NEW_CHANNEL)).toHaveLength(1);
  });

  it('with HELPDESK_AGENTS: a press by someone else in the helpdesk channel changes nothing and tells nobody', async () => {
    bot = await startHandoffBot({ helpdeskChannel: HELPDESK_CHANNEL, agents: PIET.aadObjectId! });
    const created = await handOff(bot);
    const card = posts(created, HELPDESK_CHANNEL)[0];
    const thread = `${HELPDESK_CHANNEL};messageid=${postedId(bot, card)}`;
    const press = (from: typeof PIET, value: Record<string, unknown>) =>
      teams({ serviceUrl: bot!.connector.url, conversationId: thread, channel: true, from, text: '', value });

    const forged = await bot.send(
      press(MALLORY, { ...button([card!], 'ticket-resolve'), note: 'https://evil.example/reset' }),
    );
    expect(updates(forged)).toEqual([]);
    expect(posts(forged, PERSONAL)).toEqual([]);
    expect(posts(forged, thread)[0]?.body.text).toBe(nl['ticket.notAgent']);

    const resolved = await bot.send(
      press(PIET, { ...button([card!], 'ticket-resolve'), note: 'Zie https://aka.ms/enroll' }),
    );
    // an agent's link stays a link
    expect(posts(resolved, PERSONAL)[0]?.body.text).toContain('https://aka.ms/enroll');
  });
});

describe('user text is never markup', () => {
  it("the ticket card shows the user's first message as typed: no link, no markdown", async () => {
    bot = await startHandoffBot({ helpdeskChannel: HELPDESK_CHANNEL });
    const created = await handOff(bot, '[inloggen](https://evil.example/login) **80180014**');
    const card = posts(created, HELPDESK_CHANNEL)[0]?.body.attachments?.[0]?.content as Record<string, unknown>;
    const json = JSON.stringify(card);
    // nowhere a TextBlock (markdown) holds the link; the summary is a TextRun
    const blocks = JSON.stringify(
      JSON.parse(json, (_k, v: unknown) =>
        v && typeof v === 'object' && (v as { type?: string }).type === 'TextRun' ? null : v,
      ),
    );
    expect(blocks).not.toContain('](https://evil.example');
    expect(json).toContain('[inloggen](https://evil.example/login) **80180014**');
    expect(String(card.fallbackText)).not.toContain('https://evil.example');
  });

  it("a note on a card shown in the user's own chat never links, and a name is escaped", async () => {
    bot = await startHandoffBot();
    const created = await handOff(bot);
    const cardCall = posts(created, PERSONAL).find((c) => shown(c).cardText.includes('Ticket HD-1001'));
    const pressed = await bot.send(
      teams({
        serviceUrl: bot.connector.url,
        conversationId: PERSONAL,
        from: { ...ANNE, name: '**Anne** [x](https://evil.example)' },
        text: '',
        value: { ...button([cardCall!], 'ticket-resolve'), note: 'reset via https://evil.example/reset' },
      }),
    );
    const told = posts(pressed, PERSONAL)
      .map((c) => c.body.text ?? '')
      .join('\n');
    expect(told).toContain('opgelost');
    expect(told).not.toContain('https://evil.example');
    expect(told).not.toContain('**Anne**');
  });
});
