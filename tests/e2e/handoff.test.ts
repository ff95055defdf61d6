import { afterEach, describe, expect, it } from 'vitest';
import { message } from '../helpers/activities.js';
import {
  ANNE,
  HELPDESK_CHANNEL,
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

let bot: HandoffBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** Anne, in her personal chat with the bot, from her problem to a confirmed hand-off; returns the ticket card's call. */
async function handOff(b: HandoffBot, note = 'Het is een nieuwe laptop') {
  const say = (text: string) => teams({ serviceUrl: b.connector.url, conversationId: PERSONAL, text });
  const press = (value: Record<string, unknown>) =>
    teams({ serviceUrl: b.connector.url, conversationId: PERSONAL, text: '', value });
  const answer = await b.send(say('mijn laptop blijft hangen op 80180014'));
  const notSolved = await b.send(press(button(answer, 'not-solved')));
  expect(
    posts(notSolved, PERSONAL)
      .map((c) => c.body.text)
      .join(' '),
  ).toContain('helpdesk');
  const summary = await answerChecklist(b, say, notSolved);
  return b.send(press({ ...button(summary, 'confirm-handoff'), note }));
}

describe('hand-off to a configured helpdesk channel (HELPDESK_CHANNEL_ID, HELPDESK_SERVICE_URL)', () => {
  it('posts the ticket card to the channel after "niet opgelost", and tells the user its id', async () => {
    bot = await startHandoffBot({ helpdeskChannel: HELPDESK_CHANNEL });
    const calls = await handOff(bot);

    const [post] = posts(calls, HELPDESK_CHANNEL);
    expect(post?.activityId).toBeUndefined(); // a new post in the channel, not a reply
    const card = shown(post);
    expect(card.cardText).toContain('Ticket HD-1001');
    expect(card.cardText).toContain('Anne de Boer');
    expect(card.cardText).toContain('0x80180014');
    expect(card.cardText).toContain('mijn laptop blijft hangen op 80180014');
    expect(card.cardText).toContain('Het is een nieuwe laptop');
    expect(card.cardText).toContain('hielp niet');
    expect(card.buttons.map((b) => b.data.action)).toEqual(['ticket-assign', 'ticket-resolve']);

    const told = posts(calls, PERSONAL).map((c) => c.body.text ?? '');
    expect(told.join('\n')).toContain('HD-1001');
    expect(told.join('\n')).not.toContain('helpdeskkanaal gekoppeld');
  });

  it('updates the card in place when an agent picks it up and resolves it, and tells the user each time', async () => {
    bot = await startHandoffBot({ helpdeskChannel: HELPDESK_CHANNEL });
    const created = await handOff(bot);
    const cardCall = posts(created, HELPDESK_CHANNEL)[0];
    const cardId = postedId(bot, cardCall);
    const thread = `${HELPDESK_CHANNEL};messageid=${cardId}`;
    const agent = (value: Record<string, unknown>) =>
      teams({
        serviceUrl: bot!.connector.url,
        conversationId: thread,
        channel: true,
        from: PIET,
        text: '',
        value,
        replyToId: cardId,
      });

    const assigned = await bot.send(agent(button([cardCall!], 'ticket-assign')));
    const [update] = updates(assigned);
    expect(update?.activityId).toBe(cardId);
    expect(shown(update).cardText).toContain('In behandeling');
    expect(shown(update).cardText).toContain('Piet Jansen');
    expect(shown(update).buttons.map((b) => b.data.action)).toEqual(['ticket-resolve']);
    const [toAnne] = posts(assigned, PERSONAL);
    expect(toAnne?.body.text).toBe('Piet Jansen is ermee bezig (melding HD-1001).');
    expect(toAnne?.activityId).toBeUndefined();

    const resolved = await bot.send(
      agent({
        ...button([update!], 'ticket-resolve'),
        note: 'Windows MDM weer toegestaan in de inschrijvingsbeperkingen',
      }),
    );
    const [second] = updates(resolved);
    expect(second?.activityId).toBe(cardId);
    expect(shown(second).cardText).toContain('Opgelost');
    expect(shown(second).cardText).toContain('Windows MDM weer toegestaan');
    expect(shown(second).buttons).toEqual([]);
    expect(posts(resolved, PERSONAL)[0]?.body.text).toContain(
      'Piet Jansen heeft je melding HD-1001 opgelost: Windows MDM weer toegestaan',
    );

    // a second press on a stale card changes nothing and says why
    const again = await bot.send(agent({ action: 'ticket-resolve', ticketId: 'HD-1001' }));
    expect(posts(again, PERSONAL)).toEqual([]);
    expect(posts(again, thread)[0]?.body.text).toBe('HD-1001 is al opgelost.');

    const mine = await bot.send(
      teams({ serviceUrl: bot.connector.url, conversationId: PERSONAL, text: 'mijn tickets' }),
    );
    expect(posts(mine, PERSONAL)[0]?.body.text).toMatch(/\*\*HD-1001\*\* · opgelost \(Piet Jansen\)/);
  });

  it("refuses ticket buttons pressed outside the ticket card's channel", async () => {
    bot = await startHandoffBot({ helpdeskChannel: HELPDESK_CHANNEL });
    await handOff(bot);
    const forged = await bot.send(
      teams({
        serviceUrl: bot.connector.url,
        conversationId: 'a:1someone-else',
        text: '',
        value: { action: 'ticket-assign', ticketId: 'HD-1001' },
      }),
    );
    expect(updates(forged)).toEqual([]);
    expect(posts(forged, 'a:1someone-else')[0]?.body.text).toBe('Tickets pak je op in het helpdeskkanaal.');
    expect(posts(forged, PERSONAL)).toEqual([]);
  });
});

describe('registering the helpdesk channel by command', () => {
  it('"@bot registreer helpdesk" in a channel makes it the helpdesk channel for the next tickets', async () => {
    bot = await startHandoffBot();
    const channelThread = `${HELPDESK_CHANNEL};messageid=1700000000001`;
    const registered = await bot.send(
      teams({
        serviceUrl: bot.connector.url,
        conversationId: channelThread,
        channel: true,
        from: PIET,
        text: 'registreer helpdesk',
      }),
    );
    expect(posts(registered, channelThread)[0]?.body.text).toBe(
      'Dit kanaal is nu het helpdeskkanaal: nieuwe meldingen komen hier binnen.',
    );

    const calls = await handOff(bot);
    const [post] = posts(calls, HELPDESK_CHANNEL);
    expect(shown(post).cardText).toContain('Ticket HD-1001');
    expect(post?.activityId).toBeUndefined();
  });

  it('is refused outside a channel, and when the channel is configured', async () => {
    bot = await startHandoffBot();
    const personal = await bot.send(
      teams({ serviceUrl: bot.connector.url, conversationId: PERSONAL, text: 'registreer helpdesk' }),
    );
    expect(posts(personal, PERSONAL)[0]?.body.text).toContain('Registreer de helpdesk in een Teams-kanaal');
    await bot.stop();

    bot = await startHandoffBot({ helpdeskChannel: HELPDESK_CHANNEL });
    const thread = '19:other@thread.tacv2;messageid=1';
    const configured = await bot.send(
      teams({
        serviceUrl: bot.connector.url,
        conversationId: thread,
        channel: true,
        from: PIET,
        text: 'register helpdesk',
        locale: 'en-US',
      }),
    );
    expect(posts(configured, thread)[0]?.body.text).toContain('HELPDESK_CHANNEL_ID');
  });
});

describe('in the Bot Framework Emulator', () => {
  it('shows the ticket card in the conversation itself, marked as such, even with a helpdesk channel configured', async () => {
    bot = await startHandoffBot({ helpdeskChannel: HELPDESK_CHANNEL });
    const conversationId = 'emulator-conv-1';
    const say = (text: string, value?: Record<string, unknown>) =>
      message({ serviceUrl: bot!.connector.url, conversationId, text, ...(value ? { value } : {}) });
    const first = await bot.send(say('ik wil een medewerker'));
    expect(posts(first, conversationId)[0]?.body.text).toBe(
      'Ik geef het door aan de helpdesk, met alles wat we al weten.',
    );
    const summary = await answerChecklist(bot, say, first);
    const created = await bot.send(say('', button(summary, 'confirm-handoff')));

    expect(posts(created, HELPDESK_CHANNEL)).toEqual([]);
    const cardCall = posts(created, conversationId).find((c) => shown(c).cardText.includes('Ticket HD-1001'));
    expect(shown(cardCall).text).toBe(
      'Er is nog geen helpdeskkanaal gekoppeld, dus je ziet de melding hier, zoals de helpdesk hem krijgt.',
    );
    // the summary card lost its send button: it cannot be sent twice
    const summaryUpdate = updates(created).find((c) => shown(c).cardText.includes('Samenvatting voor de helpdesk'));
    expect(shown(summaryUpdate).buttons).toEqual([]);

    const assigned = await bot.send(say('', button([cardCall!], 'ticket-assign')));
    const [update] = updates(assigned);
    expect(update?.conversationId).toBe(conversationId);
    expect(update?.activityId).toBe(postedId(bot, cardCall));
    expect(shown(update).text).toContain('helpdeskkanaal');
    expect(shown(update).cardText).toContain('In behandeling');
    expect(posts(assigned, conversationId).map((c) => c.body.text)).toContain(
      'Jan de Vries is ermee bezig (melding HD-1001).',
    );
  });
});

describe('without a helpdesk channel', () => {
  it('shows the ticket card in a Teams chat itself, marked as such', async () => {
    bot = await startHandoffBot();
    const calls = await handOff(bot);
    const here = posts(calls, PERSONAL).map(shown);
    const card = here.find((s) => s.cardText.includes('Ticket HD-1001'));
    expect(card?.text).toBe(
      'Er is nog geen helpdeskkanaal gekoppeld, dus je ziet de melding hier, zoals de helpdesk hem krijgt.',
    );
  });
});

describe('"mijn tickets" / "my tickets"', () => {
  it("lists the user's own tickets with their status, newest first", async () => {
    bot = await startHandoffBot({ helpdeskChannel: HELPDESK_CHANNEL });
    const none = await bot.send(
      teams({ serviceUrl: bot.connector.url, conversationId: PERSONAL, text: 'my tickets', locale: 'en-US' }),
    );
    expect(posts(none, PERSONAL)[0]?.body.text).toBe('You have no tickets with the helpdesk.');

    await handOff(bot);
    const other = 'a:1anne-second-chat';
    const say = (text: string) => teams({ serviceUrl: bot!.connector.url, conversationId: other, text });
    const first = await bot.send(say('medewerker'));
    const summary = await answerChecklist(bot, say, first);
    await bot.send(
      teams({
        serviceUrl: bot.connector.url,
        conversationId: other,
        text: '',
        value: button(summary, 'confirm-handoff'),
      }),
    );

    const mine = await bot.send(
      teams({ serviceUrl: bot.connector.url, conversationId: PERSONAL, text: 'mijn tickets' }),
    );
    const text = posts(mine, PERSONAL)[0]?.body.text ?? '';
    expect(text.split('\n')[0]).toBe('Je meldingen bij de helpdesk:');
    expect(text.indexOf('HD-1002')).toBeLessThan(text.indexOf('HD-1001'));
    expect(text).toContain('**HD-1001** · open');

    const someoneElse = await bot.send(
      teams({ serviceUrl: bot.connector.url, conversationId: 'a:1piet-chat', from: PIET, text: 'mijn tickets' }),
    );
    expect(posts(someoneElse, 'a:1piet-chat')[0]?.body.text).toBe('Je hebt geen meldingen bij de helpdesk.');
    expect(ANNE.id).not.toBe(PIET.id);
  });
});
