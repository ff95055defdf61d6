import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import {
  ANNE,
  BRAM,
  TEAMS_BOT,
  at,
  teamsMessage,
  teamsSubmit,
  threadId,
  type TeamsOptions,
} from '../helpers/teams-activities.js';
import { startTeamsBot, type TeamsBot, type Turn } from '../helpers/teams-driver.js';

const WINDOWS_NOT_SUPPORTED = {
  nl: 'Uw organisatie biedt geen ondersteuning voor deze versie van Windows',
  en: 'Your organization does not support this version of Windows',
};
/** 0x80180003 asks for the Windows edition first: a question card with buttons. */
const ASKS_A_QUESTION = '0x80180003';

let teams: TeamsBot;
let url: string;
beforeEach(async () => {
  teams = await startTeamsBot();
  url = teams.bot.connector.url;
});
afterEach(async () => {
  await teams.stop();
});

type Say = Omit<TeamsOptions, 'serviceUrl' | 'scope'>;
const inChannel = (conversationId: string, o: Say) =>
  teams.send(teamsMessage({ serviceUrl: url, scope: 'channel', conversationId, ...o }));
const inGroup = (conversationId: string, o: Say) =>
  teams.send(teamsMessage({ serviceUrl: url, scope: 'groupChat', conversationId, ...o }));
const personal = (conversationId: string, o: Say) =>
  teams.send(teamsMessage({ serviceUrl: url, scope: 'personal', conversationId, ...o }));
const press = (scope: TeamsOptions['scope'], conversationId: string, from: TeamsOptions['from'], value: unknown) =>
  teams.send(teamsSubmit({ serviceUrl: url, scope, conversationId, from, value }));
/** The bot mentioned in `text`, as Teams sends it. */
const mentioning = (text: string, from = ANNE): Say => ({ text, from, mentions: [TEAMS_BOT] });

function onlyCard(turn: Turn) {
  const cards = turn.sent.filter((s) => s.card);
  expect(cards).toHaveLength(1);
  return cards[0]!;
}
const button = (turn: Turn, title: string) => {
  const found = turn.sent.flatMap((s) => s.buttons).find((b) => b.title === title);
  if (!found)
    throw new Error(
      `no button "${title}" in ${JSON.stringify(turn.sent.flatMap((s) => s.buttons.map((b) => b.title)))}`,
    );
  return found.data;
};

describe('personal chat', () => {
  it('needs no mention: a bare code gets the answer card, as a reply in the same conversation', async () => {
    const activity = teamsMessage({
      serviceUrl: url,
      scope: 'personal',
      conversationId: 'a:1personal-anne',
      text: '0x80180014',
    });
    const turn = await teams.send(activity);
    expect(onlyCard(turn).cardText).toContain(WINDOWS_NOT_SUPPORTED.nl);
    expect(turn.calls[0]?.conversationId).toBe('a:1personal-anne');
    expect(turn.calls[0]?.body.replyToId).toBe(activity.id);
  });

  it.each([
    ['activity.locale en-US', { locale: 'en-US' }, 'en'],
    ['no activity.locale, clientInfo en-US', { locale: null, clientLocale: 'en-US' }, 'en'],
    ['activity.locale nl-NL', { locale: 'nl-NL' }, 'nl'],
    ['no activity.locale, clientInfo nl-BE', { locale: null, clientLocale: 'nl-BE' }, 'nl'],
  ] as const)('takes the Teams locale as the language prior (%s)', async (_name, locale, lang) => {
    const turn = await personal(`a:1personal-${lang}-${Math.random()}`, { text: '80180014', ...locale });
    expect(onlyCard(turn).cardText).toContain(WINDOWS_NOT_SUPPORTED[lang]);
  });

  it('lets the words beat the locale: Dutch typed in an en-US client gets Dutch', async () => {
    const turn = await personal('a:1personal-words', { text: 'mijn laptop geeft foutcode 80180014', locale: 'en-US' });
    expect(onlyCard(turn).cardText).toContain(WINDOWS_NOT_SUPPORTED.nl);
  });
});

describe('@mentions are stripped before the bot reads the message', () => {
  const cases: [string, string, string][] = [
    ['at the start', `${at()} 0x80180014`, '0x80180014'],
    ['at the start, followed by a comma', `${at()}, 0x80180014`, '0x80180014'],
    ['in the middle', `mijn laptop ${at()} geeft 80180014`, 'mijn laptop geeft 80180014'],
    [
      'in the middle, with &nbsp; around it',
      `mijn laptop&nbsp;${at()}&nbsp;geeft 80180014`,
      'mijn laptop geeft 80180014',
    ],
    ['at the end', `mijn laptop geeft 80180014 ${at()}`, 'mijn laptop geeft 80180014'],
    [
      'with HTML-ish leftovers',
      `${at()}&nbsp;<p>fout 80180014 &amp; &quot;niet ondersteund&quot;</p>`,
      'fout 80180014 & "niet ondersteund"',
    ],
  ];

  it.each(cases)('%s', async (_name, text, understood) => {
    const conversationId = threadId(`17000000${Math.floor(Math.random() * 1e5)}`);
    const turn = await inChannel(conversationId, mentioning(text));
    expect(onlyCard(turn).cardText).toContain(WINDOWS_NOT_SUPPORTED.nl);
    const { memory } = await teams.state(conversationId);
    expect((memory?.turns as { text: string }[])[0]?.text).toBe(understood);
  });

  it("keeps a colleague's name when the colleague is mentioned too", async () => {
    const conversationId = threadId('1700000000777');
    await inChannel(conversationId, {
      text: `${at()} ${at(BRAM)} krijgt 0x80180014`,
      from: ANNE,
      mentions: [TEAMS_BOT, BRAM],
    });
    const { memory } = await teams.state(conversationId);
    expect((memory?.turns as { text: string }[])[0]?.text).toBe('Bram Visser krijgt 0x80180014');
  });

  it('reads a command after the mention ("@bot help" shows the help card)', async () => {
    const turn = await inChannel(threadId('1700000000778'), mentioning(`${at()} help`));
    expect(onlyCard(turn).buttons.map((b) => b.data.action)).toContain('example');
  });

  it('removes a long name Teams split into several mention tags', async () => {
    const conversationId = threadId('1700000000779');
    const bot = { ...TEAMS_BOT, name: 'Inschrijfhulp IT' };
    await teams.send({
      ...teamsMessage({
        serviceUrl: url,
        scope: 'channel',
        conversationId,
        text: '<at>Inschrijfhulp</at> <at>IT</at> 0x80180014',
      }),
      recipient: bot,
      entities: [
        { type: 'mention', mentioned: { id: bot.id, name: bot.name }, text: '<at>Inschrijfhulp</at>' },
        { type: 'mention', mentioned: { id: bot.id, name: bot.name }, text: '<at>IT</at>' },
      ],
    });
    const { memory } = await teams.state(conversationId);
    expect((memory?.turns as { text: string }[])[0]?.text).toBe('0x80180014');
  });
});

describe('channel threads', () => {
  it('replies into the thread: the same `;messageid=` conversation, as a reply to the message', async () => {
    const conversationId = threadId('1700000000100');
    const activity = teamsMessage({
      serviceUrl: url,
      scope: 'channel',
      conversationId,
      ...mentioning(`${at()} 0x80180014`),
    });
    const turn = await teams.send(activity);
    expect(turn.calls).toHaveLength(1);
    const [call] = turn.calls;
    expect(call?.method).toBe('POST');
    expect(call?.conversationId).toBe(conversationId);
    expect(call?.activityId).toBe(activity.id);
    expect(call?.body.replyToId).toBe(activity.id);
    expect(call?.body.conversation?.id).toBe(conversationId);
  });

  it('asks questions as cards: a button press answers without a mention, and everything stays in the thread', async () => {
    const conversationId = threadId('1700000000200');
    const asked = await inChannel(conversationId, mentioning(`${at()} ${ASKS_A_QUESTION}`));
    expect(onlyCard(asked).cardText).toContain('Welke Windows-editie');
    const pressed = await press('channel', conversationId, ANNE, button(asked, 'Pro'));
    expect(pressed.calls.length).toBeGreaterThan(0);
    expect(pressed.calls.every((c) => c.conversationId === conversationId)).toBe(true);
    // the question card is updated in place with the answer, and the bot goes on
    expect(pressed.calls.some((c) => c.method === 'PUT')).toBe(true);
    expect(pressed.sent.some((s) => s.card)).toBe(true);
    const { memory } = await teams.state(conversationId);
    expect((memory?.facts as Record<string, string>)['windows-edition']).toBe('pro');
  });

  it('keeps several threads in one channel apart: separate state, each for its own starter', async () => {
    const first = threadId('1700000000301');
    const second = threadId('1700000000302');
    const anneAsked = await inChannel(first, mentioning(`${at()} ${ASKS_A_QUESTION}`, ANNE));
    const bramAsked = await inChannel(second, mentioning(`${at()} ${ASKS_A_QUESTION}`, BRAM));
    const anneBefore = await teams.state(first);

    // Bram answers his own question in his thread: it goes on there, and Anne's thread is untouched
    const bramPressed = await press('channel', second, BRAM, button(bramAsked, 'Home'));
    expect(bramPressed.sent.map((s) => s.text)).not.toContain(t('nl', 'channel.notStarter', { name: 'Anne de Boer' }));
    expect(bramPressed.calls.every((c) => c.conversationId === second)).toBe(true);
    expect(await teams.state(first)).toEqual(anneBefore);
    expect((await teams.state(second)).memory?.starterId).toBe(BRAM.id);
    expect(((await teams.state(second)).memory?.facts as Record<string, string>)['windows-edition']).toBe('home');

    // and Anne answers hers
    const annePressed = await press('channel', first, ANNE, button(anneAsked, 'Enterprise'));
    expect(annePressed.calls.every((c) => c.conversationId === first)).toBe(true);
    expect(((await teams.state(first)).memory?.facts as Record<string, string>)['windows-edition']).toBe('enterprise');
    expect(((await teams.state(second)).memory?.facts as Record<string, string>)['windows-edition']).toBe('home');
  });
});

describe('only the person who started the triage answers its questions', () => {
  const note = (name: string) => t('nl', 'channel.notStarter', { name });

  it.each(['channel', 'groupChat'] as const)(
    '%s: a second user pressing a question button gets a polite note, and nothing changes',
    async (scope) => {
      const conversationId = scope === 'channel' ? threadId('1700000000400') : '19:group-anne-bram@thread.v2';
      const say = scope === 'channel' ? inChannel : inGroup;
      const asked = await say(conversationId, mentioning(`${at()} ${ASKS_A_QUESTION}`, ANNE));
      const before = await teams.state(conversationId);

      const bram = await press(scope, conversationId, BRAM, button(asked, 'Pro'));
      expect(bram.sent.map((s) => s.text)).toEqual([note('Anne de Boer')]);
      expect(bram.calls.filter((c) => c.method === 'PUT')).toEqual([]);
      const after = await teams.state(conversationId);
      expect(after.memory).toEqual(before.memory);
      expect(after.dialogState).toEqual(before.dialogState);

      // Anne's own press still works
      const anne = await press(scope, conversationId, ANNE, button(asked, 'Pro'));
      expect(anne.sent.map((s) => s.text)).not.toContain(note('Anne de Boer'));
      expect(((await teams.state(conversationId)).memory?.facts as Record<string, string>)['windows-edition']).toBe(
        'pro',
      );
    },
  );

  it('a second user pressing "Opgelost" on the answer card gets the note; the starter\'s press closes it', async () => {
    const conversationId = threadId('1700000000500');
    const answered = await inChannel(conversationId, mentioning(`${at()} 0x80180014`, ANNE));
    const solved = button(answered, 'Opgelost');
    const before = await teams.state(conversationId);
    const bram = await press('channel', conversationId, BRAM, solved);
    expect(bram.sent.map((s) => s.text)).toEqual([note('Anne de Boer')]);
    expect((await teams.state(conversationId)).dialogState).toEqual(before.dialogState);
    const anne = await press('channel', conversationId, ANNE, solved);
    expect(anne.sent.map((s) => s.text)).toContain(t('nl', 'feedback.solved'));
  });

  it('answers the note in the language of the person pressing', async () => {
    const conversationId = threadId('1700000000550');
    const asked = await inChannel(conversationId, mentioning(`${at()} ${ASKS_A_QUESTION}`, ANNE));
    const bram = await teams.send(
      teamsSubmit({
        serviceUrl: url,
        scope: 'channel',
        conversationId,
        from: BRAM,
        value: button(asked, 'Pro'),
        locale: 'en-US',
      }),
    );
    expect(bram.sent.map((s) => s.text)).toEqual([t('en', 'channel.notStarter', { name: 'Anne de Boer' })]);
  });

  it('channel: someone else typing an answer into the thread gets the note', async () => {
    const conversationId = threadId('1700000000600');
    await inChannel(conversationId, mentioning(`${at()} ${ASKS_A_QUESTION}`, ANNE));
    const before = await teams.state(conversationId);
    const bram = await inChannel(conversationId, mentioning(`${at()} Pro`, BRAM));
    expect(bram.sent.map((s) => s.text)).toEqual([note('Anne de Boer')]);
    expect((await teams.state(conversationId)).memory).toEqual(before.memory);
  });

  it('channel: someone else with a problem of their own is asked to start a new post; the open triage stays', async () => {
    const conversationId = threadId('1700000000700');
    await inChannel(conversationId, mentioning(`${at()} ${ASKS_A_QUESTION}`, ANNE));
    const before = await teams.state(conversationId);
    const bram = await inChannel(conversationId, mentioning(`${at()} bij mij is het 0x80180014`, BRAM));
    expect(bram.sent.map((s) => s.text)).toEqual([t('nl', 'channel.newThread', { name: 'Anne de Boer' })]);
    const after = await teams.state(conversationId);
    expect(after.memory).toEqual(before.memory);
    expect(after.dialogState).toEqual(before.dialogState);
  });

  it('group chat (no threads): someone else with a clear new problem takes over; the first starter then gets the note', async () => {
    const conversationId = '19:group-takeover@thread.v2';
    const anneAsked = await inGroup(conversationId, mentioning(`${at()} ${ASKS_A_QUESTION}`, ANNE));
    const bram = await inGroup(conversationId, mentioning(`${at()} ik krijg 0x80180014`, BRAM));
    expect(bram.sent[0]?.text).toBe(t('nl', 'channel.takeOver', { name: 'Anne de Boer' }));
    expect(onlyCard(bram).cardText).toContain(WINDOWS_NOT_SUPPORTED.nl);
    const { memory } = await teams.state(conversationId);
    expect(memory?.starterId).toBe(BRAM.id);
    expect(memory?.facts).not.toHaveProperty('windows-edition');
    const anne = await press('groupChat', conversationId, ANNE, button(anneAsked, 'Pro'));
    expect(anne.sent.map((s) => s.text)).toEqual([note('Bram Visser')]);
  });

  it('group chat: the starter answers without a mention; messages that do not mention the bot are otherwise left alone', async () => {
    const conversationId = '19:group-quiet@thread.v2';
    // a message delivered without a mention (resource-specific consent) with no triage open: not for the bot
    expect((await inGroup(conversationId, { text: 'koffie iemand?', from: BRAM })).calls).toEqual([]);
    await inGroup(conversationId, mentioning(`${at()} ${ASKS_A_QUESTION}`, ANNE));
    expect((await inGroup(conversationId, { text: 'ik haal wel', from: BRAM })).calls).toEqual([]);
    const anne = await inGroup(conversationId, { text: 'Pro', from: ANNE });
    expect(anne.calls.length).toBeGreaterThan(0);
    expect(((await teams.state(conversationId)).memory?.facts as Record<string, string>)['windows-edition']).toBe(
      'pro',
    );
  });

  it("the thread is everyone's again once the triage is over", async () => {
    const conversationId = threadId('1700000000800');
    const answered = await inChannel(conversationId, mentioning(`${at()} 0x80180014`, ANNE));
    await press('channel', conversationId, ANNE, button(answered, 'Opgelost'));
    const bram = await inChannel(conversationId, mentioning(`${at()} ${ASKS_A_QUESTION}`, BRAM));
    expect(onlyCard(bram).cardText).toContain('Welke Windows-editie');
    expect((await teams.state(conversationId)).memory?.starterId).toBe(BRAM.id);
  });
});
