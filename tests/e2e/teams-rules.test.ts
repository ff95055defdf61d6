import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { guardTurn, type GuardDecision, type GuardInput } from '../../src/bot/channel-guard.js';
import { mentionsBot, stripBotMention } from '../../src/bot/mention-text.js';
import { clientLocale, conversationScope } from '../../src/bot/teams-context.js';
import { greetingFor } from '../../src/bot/welcome-rules.js';

/** The channel rules as plain functions: the HTTP tests in teams.test.ts show them at work. */

const bot = { id: '28:bot', name: 'Inschrijfhulp' };
const mention = (account = bot) => ({ type: 'mention', mentioned: account, text: `<at>${account.name}</at>` });
const msg = (text: string | undefined, extra: Partial<Activity> = {}): Partial<Activity> => ({
  channelId: 'msteams',
  recipient: bot,
  text,
  entities: [mention()],
  ...extra,
});

describe('stripBotMention', () => {
  it.each([
    ['<at>Inschrijfhulp</at> 0x80180014', '0x80180014'],
    ['<at>Inschrijfhulp</at>: 0x80180014', '0x80180014'],
    ['mijn laptop <at>Inschrijfhulp</at> geeft 80180014', 'mijn laptop geeft 80180014'],
    ['mijn laptop&nbsp;<at>Inschrijfhulp</at>&nbsp;geeft 80180014', 'mijn laptop geeft 80180014'],
    ['<at>Inschrijfhulp</at> help <at>Inschrijfhulp</at>', 'help'],
    ['<at>Inschrijfhulp</at>', ''],
    ['fout &lt;0x80180014&gt; &amp; meer&#33; &#x263A;', 'fout <0x80180014> & meer! ☺'],
    ['<p><at>Inschrijfhulp</at> regel een</p><p>regel twee<br>drie</p>', 'regel een\nregel twee\ndrie'],
    ['<at>Inschrijfhulp</at> vraag het <at>Bram</at>', 'vraag het Bram'],
    ['&unknown; blijft', '&unknown; blijft'],
    ['een <tag> die de gebruiker typte', 'een <tag> die de gebruiker typte'],
  ])('%j -> %j', (text, expected) => {
    expect(stripBotMention(msg(text))).toBe(expected);
  });

  it('keeps the layout of a pasted dsregcmd /status', () => {
    const paste = '+----+\n| Device State |\n+----+\n\n             AzureAdJoined : NO\n          DomainJoined : YES';
    expect(stripBotMention(msg(`<at>Inschrijfhulp</at>\n${paste}`))).toBe(paste.trim());
  });

  it('finds the tag by the bot name when the entity is missing, and reads odd names literally', () => {
    const odd = { id: '28:bot', name: 'Help (IT) + Desk' };
    expect(stripBotMention({ channelId: 'msteams', recipient: odd, text: '<at>Help (IT) + Desk</at> hoi' })).toBe(
      'hoi',
    );
    expect(mentionsBot({ channelId: 'msteams', recipient: odd, text: '<at>Help (IT) + Desk</at> hoi' })).toBe(true);
  });

  it('leaves other channels alone apart from the mention (no HTML decoding in the Emulator)', () => {
    expect(stripBotMention(msg('<at>Inschrijfhulp</at> a &amp; b', { channelId: 'emulator' }))).toBe('a &amp; b');
    expect(stripBotMention(msg('gewoon tekst', { channelId: 'emulator', entities: [] }))).toBe('gewoon tekst');
  });

  it('does not strip a leading comma when there was no mention', () => {
    expect(stripBotMention(msg(', los', { entities: [] }))).toBe(', los');
  });

  it('is empty for a card submit (no text)', () => {
    expect(stripBotMention(msg(undefined))).toBe('');
  });
});

describe('mentionsBot', () => {
  it('is true for a mention entity of the bot, false for someone else only', () => {
    expect(mentionsBot(msg('<at>Inschrijfhulp</at> hoi'))).toBe(true);
    const bram = { id: '29:bram', name: 'Bram' };
    expect(mentionsBot(msg('<at>Bram</at> hoi', { entities: [mention(bram)] }))).toBe(false);
    expect(mentionsBot(msg('hoi', { entities: [] }))).toBe(false);
  });
});

describe('conversationScope and clientLocale', () => {
  it('reads the scope from conversationType, else from isGroup and the channel', () => {
    expect(
      conversationScope({ conversation: { id: 'a', conversationType: 'personal', isGroup: false, name: '' } }),
    ).toBe('personal');
    expect(
      conversationScope({ conversation: { id: 'a', conversationType: 'groupChat', isGroup: true, name: '' } }),
    ).toBe('groupChat');
    expect(conversationScope({ conversation: { id: 'a', conversationType: 'channel', isGroup: true, name: '' } })).toBe(
      'channel',
    );
    expect(
      conversationScope({
        conversation: { id: 'a', isGroup: true } as Activity['conversation'],
        channelData: { channel: { id: 'c' } },
      }),
    ).toBe('channel');
    expect(conversationScope({ conversation: { id: 'a', isGroup: true } as Activity['conversation'] })).toBe(
      'groupChat',
    );
    expect(conversationScope({})).toBe('personal');
  });

  it('takes activity.locale, else the clientInfo entity', () => {
    expect(clientLocale({ locale: 'en-US', entities: [{ type: 'clientInfo', locale: 'nl-NL' }] })).toBe('en-US');
    expect(clientLocale({ entities: [{ type: 'clientInfo', locale: 'nl-NL' }] })).toBe('nl-NL');
    expect(clientLocale({ entities: [{ type: 'clientInfo' }] })).toBeUndefined();
    expect(clientLocale({})).toBeUndefined();
  });
});

describe('guardTurn', () => {
  const base: GuardInput = {
    scope: 'channel',
    fromId: 'anne',
    dialogActive: true,
    starterId: 'anne',
    submit: false,
    action: undefined,
    mentioned: true,
    newProblem: () => false,
  };
  const answer = { action: 'answer', question: 'windows-edition', value: 'pro' } as const;
  const cases: [string, Partial<GuardInput>, GuardDecision][] = [
    ['personal chat: always', { scope: 'personal', fromId: 'bram', submit: true, action: answer }, 'go'],
    ['the starter types', {}, 'go'],
    ['the starter answers without a mention', { mentioned: false }, 'go'],
    ['the starter presses', { submit: true, action: answer, mentioned: false }, 'go'],
    ['someone else presses', { fromId: 'bram', submit: true, action: answer, mentioned: false }, 'not-starter'],
    [
      'someone else presses a button that is not ours',
      { fromId: 'bram', submit: true, mentioned: false },
      'not-starter',
    ],
    [
      'a helpdesk agent presses a ticket button',
      { fromId: 'agent', submit: true, action: { action: 'ticket-assign', ticketId: 't1' }, mentioned: false },
      'go',
    ],
    ['someone else types an answer', { fromId: 'bram' }, 'not-starter'],
    ['someone else, a new problem, channel', { fromId: 'bram', newProblem: () => true }, 'new-thread'],
    [
      'someone else, a new problem, group chat',
      { scope: 'groupChat', fromId: 'bram', newProblem: () => true },
      'take-over',
    ],
    ['someone else, no mention', { fromId: 'bram', mentioned: false, newProblem: () => true }, 'ignore'],
    ['no triage open, a mention', { dialogActive: false, fromId: 'bram' }, 'go'],
    ['no triage open, no mention', { dialogActive: false, fromId: 'bram', mentioned: false }, 'ignore'],
    ['no triage open, a button', { dialogActive: false, fromId: 'bram', submit: true, mentioned: false }, 'go'],
    ['a triage without a known starter', { starterId: undefined, fromId: 'bram' }, 'go'],
  ];
  it.each(cases)('%s -> %s', (_name, input, expected) => {
    expect(guardTurn({ ...base, ...input })).toBe(expected);
  });

  it('only asks whether the text is a new problem when it matters', () => {
    let asked = 0;
    const newProblem = () => (asked++, true);
    guardTurn({ ...base, newProblem });
    guardTurn({ ...base, fromId: 'bram', submit: true, newProblem });
    expect(asked).toBe(0);
  });
});

describe('greetingFor', () => {
  const conv = (conversationType: string) => ({
    id: 'c',
    conversationType,
    isGroup: conversationType !== 'personal',
    name: '',
  });
  const update = (
    channelId: string,
    conversationType: string,
    members: string[],
    channelData: object = {},
  ): Partial<Activity> => ({
    channelId,
    recipient: bot,
    conversation: conv(conversationType),
    membersAdded: members.map((id) => ({ id, name: id })),
    channelData,
  });
  const team = { team: { id: '19:team' }, eventType: 'teamMemberAdded' };
  it.each([
    ['Teams personal install (bot and user)', update('msteams', 'personal', ['29:anne', '28:bot']), 'welcome'],
    ['Teams personal install (bot only)', update('msteams', 'personal', ['28:bot']), 'welcome'],
    ['bot added to a team', update('msteams', 'channel', ['28:bot'], team), 'team-intro'],
    [
      'bot and members added to a team at once',
      update('msteams', 'channel', ['29:anne', '28:bot', '29:bram'], team),
      'team-intro',
    ],
    ['members added to a team later', update('msteams', 'channel', ['29:carol'], team), undefined],
    ['bot added to a group chat', update('msteams', 'groupChat', ['28:bot']), 'group-intro'],
    ['members added to a group chat later', update('msteams', 'groupChat', ['29:carol']), undefined],
    ['Emulator: the user joins', update('emulator', 'personal', ['28:bot', 'user-1']), 'welcome'],
    ['Emulator: only the bot joins', update('emulator', 'personal', ['28:bot']), undefined],
  ] as const)('%s -> %s', (_name, activity, expected) => {
    expect(greetingFor(activity)).toBe(expected);
  });
});
