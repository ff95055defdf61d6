import { describe, expect, it } from 'vitest';
import { audienceClaim, decideAudience } from '../../src/conversation/audience.js';
import { readCommand } from '../../src/conversation/commands.js';
import { conversation, type Seen } from '../helpers/conversation.js';

const AGENT = '6b1f8a52-3c4d-4e5f-9a0b-1c2d3e4f5a6b';
const buttons = (replies: Seen[]) => replies.flatMap((r) => r.buttons);
const answered = (replies: Seen[]) => buttons(replies).find((b) => b.data.action === 'solved');
const handoff = (replies: Seen[]) => buttons(replies).find((b) => b.data.action === 'handoff');
const text = (replies: Seen[]) => replies.map((r) => `${r.text}\n${r.cardText}`).join('\n');

describe('who is asking, from what they say', () => {
  it.each([
    ['ik ben van IT', 'it'],
    ['Ik ben beheerder', 'it'],
    ['ik werk bij de servicedesk', 'it'],
    ["I'm from IT", 'it'],
    ['I am an admin', 'it'],
    ['im the sysadmin', 'it'],
    ['ik ben een gewone gebruiker', 'user'],
    ['ik ben geen beheerder', 'user'],
    ["I'm an end user", 'user'],
    ["I'm not IT", 'user'],
    ['I am just a user', 'user'],
  ])('"%s" says %s', (said, audience) => {
    expect(readCommand(said)).toBe(audience === 'it' ? 'i-am-it' : 'i-am-user');
  });

  it.each([
    'ik ben gebruiker en krijg 80180014 bij het inschrijven',
    'i am stuck at the company portal',
    'ik ben het wachtwoord vergeten',
    'i m getting 0x80180014',
    'the IT admin says my device is not compliant',
  ])('"%s" is no claim', (said) => {
    expect(audienceClaim(said.toLowerCase())).toBeUndefined();
    expect(readCommand(said) ?? '').not.toMatch(/^i-am-/);
  });

  it('what a person says wins over the list and the channel; otherwise agents and the helpdesk channel are IT', () => {
    expect(decideAudience({ agent: false, inHelpdeskChannel: false })).toBe('user');
    expect(decideAudience({ agent: true, inHelpdeskChannel: false })).toBe('it');
    expect(decideAudience({ agent: false, inHelpdeskChannel: true })).toBe('it');
    expect(decideAudience({ declared: 'user', agent: true, inHelpdeskChannel: true })).toBe('user');
    expect(decideAudience({ declared: 'it', agent: false, inHelpdeskChannel: false })).toBe('it');
  });
});

describe.each([
  {
    locale: 'nl-NL',
    problem: 'mijn laptop geeft 80180014 bij het inschrijven',
    itSays: 'ik ben van IT',
    itNoted: /beheerportals/,
  },
  {
    locale: 'en-US',
    problem: 'my laptop shows 80180014 when enrolling',
    itSays: "I'm from IT",
    itNoted: /admin portals/,
  },
])('the same problem, end user or IT, in $locale', ({ locale, problem, itSays, itNoted }) => {
  it('an end user gets their own card with the hand-off to IT one press away', async () => {
    const replies = await conversation({ locale }).say(problem);
    expect(answered(replies)).toBeDefined();
    expect(handoff(replies)).toBeDefined();
  });

  it('someone in HELPDESK_AGENTS gets the admin steps first and no hand-off to themselves', async () => {
    const replies = await conversation({ locale, agents: [AGENT], aadObjectId: AGENT }).say(problem);
    expect(answered(replies)).toBeDefined();
    expect(handoff(replies)).toBeUndefined();
    expect(text(replies)).toMatch(/Intune/);
  });

  it('a person not on the list is an end user, whatever their object id', async () => {
    const replies = await conversation({
      locale,
      agents: [AGENT],
      aadObjectId: 'ffffffff-0000-4000-8000-000000000000',
    }).say(problem);
    expect(handoff(replies)).toBeDefined();
  });

  it('saying "I am from IT" is remembered for the next problem, and saying otherwise undoes it', async () => {
    const c = conversation({ locale });
    expect(text(await c.say(itSays))).toMatch(itNoted);
    const asIt = await c.say(problem);
    expect(answered(asIt)).toBeDefined();
    expect(handoff(asIt)).toBeUndefined();
    await c.say(locale === 'nl-NL' ? 'ik ben een eindgebruiker' : "I'm an end user");
    await c.say(locale === 'nl-NL' ? 'opnieuw' : 'start over');
    expect(handoff(await c.say(problem))).toBeDefined();
  });
});
