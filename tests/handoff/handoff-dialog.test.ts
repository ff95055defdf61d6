import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { EventLog } from '../../src/tickets/event-log.js';
import { TicketStore } from '../../src/tickets/ticket-store.js';
import { conversation, type Conversation, type Seen } from '../helpers/conversation.js';
import { realKnowledgeBase } from '../helpers/bot-harness.js';

const asked = (replies: Seen[]) =>
  replies
    .flatMap((r) => r.buttons.filter((b) => b.data.action === 'answer').map((b) => String(b.data.question)))
    .filter((q, i, all) => all.indexOf(q) === i);
const button = (replies: Seen[], action: string) => {
  const found = replies.flatMap((r) => r.buttons).find((b) => b.data.action === action);
  if (!found)
    throw new Error(`no ${action} button in ${JSON.stringify(replies.map((r) => r.text || r.cardText.slice(0, 60)))}`);
  return found.data;
};
const texts = (replies: Seen[]) => replies.map((r) => r.text).join('\n');

/** Answers every checklist question with `answer`; returns the questions asked and the replies holding the summary. */
async function completeChecklist(
  c: Conversation,
  first: Seen[],
  answer: string,
): Promise<{ questions: string[]; summary: Seen[] }> {
  const questions: string[] = [];
  let replies = first;
  for (let i = 0; i < 12; i++) {
    if (replies.some((r) => r.buttons.some((b) => b.data.action === 'confirm-handoff')))
      return { questions, summary: replies };
    questions.push(...asked(replies));
    replies = await c.say(answer);
  }
  throw new Error('the checklist never ended');
}

describe.each([
  {
    locale: 'nl-NL',
    person: 'medewerker',
    dontKnow: 'weet ik niet',
    yes: 'ja',
    intro: 'Ik geef het door aan de helpdesk',
    created: 'Je melding HD-1001 staat bij de helpdesk',
    notSent: 'Oké, ik stuur niets door',
    mine: 'mijn tickets',
    listed: '**HD-1001** · open',
  },
  {
    locale: 'en-US',
    person: 'talk to a human',
    dontKnow: "don't know",
    yes: 'yes',
    intro: "I'll pass this to the helpdesk",
    created: 'Your ticket HD-1001 is with the helpdesk',
    notSent: "OK, I won't send anything",
    mine: 'my tickets',
    listed: '**HD-1001** · open',
  },
])('the hand-off in $locale', ({ locale, person, dontKnow, yes, intro, created, notSent, mine, listed }) => {
  it('asks the checklist, shows the summary, and opens a ticket on a typed yes', async () => {
    const c = conversation({ locale });
    const first = await c.say(person);
    expect(texts(first)).toContain(intro);
    const { questions, summary } = await completeChecklist(c, first, dontKnow);
    expect(questions[0]).toBe('platform');
    expect(questions).toContain('license-assigned');
    expect(summary.find((r) => r.buttons.length > 0)?.cardText).toMatch(
      locale === 'nl-NL' ? /Weet ik niet/ : /Don't know/,
    );

    const done = await c.say(yes);
    const card = done.find((r) => r.cardText.includes('Ticket HD-1001'));
    expect(card?.text).toMatch(locale === 'nl-NL' ? /helpdeskkanaal/ : /helpdesk channel/);
    expect(texts(done)).toContain(created);
    expect(texts(await c.say(mine))).toContain(listed);
  });

  it('sends nothing when the user says no', async () => {
    const c = conversation({ locale });
    const { summary } = await completeChecklist(c, await c.say(person), dontKnow);
    expect(summary.length).toBeGreaterThan(0);
    expect(texts(await c.say(locale === 'nl-NL' ? 'nee' : 'no'))).toContain(notSent);
    expect(texts(await c.say(mine))).not.toContain('HD-1001');
  });
});

describe('what the hand-off asks', () => {
  it('never asks what the conversation already told: platform, method and the code from the first message', async () => {
    const c = conversation();
    const answer = await c.say('mijn Windows laptop blijft bij Autopilot hangen op 80180014');
    const notSolved = await c.press(button(answer, 'not-solved'));
    expect(texts(notSolved)).toContain('Ik heb geen andere oplossing meer voor dit probleem.');
    const { questions, summary } = await completeChecklist(c, notSolved, 'weet ik niet');
    expect(questions).not.toContain('platform');
    expect(questions).not.toContain('enrollment-method');
    expect(questions).not.toContain('error-message');
    expect(questions).toContain('windows-updated');
    const card = summary.find((r) => r.buttons.length > 0)?.cardText ?? '';
    expect(card).toContain('Windows Autopilot');
    expect(card).toContain('0x80180014');
  });

  it('skips the Windows updates for an iPhone, and keeps commands out of the ticket', async () => {
    const storage = new MemoryStorage();
    const c = conversation({ storage });
    await c.say('iPhone inschrijven lukt niet');
    const { questions, summary } = await completeChecklist(c, await c.say('medewerker'), 'weet ik niet');
    expect(questions).not.toContain('platform');
    expect(questions).not.toContain('windows-updated');
    expect(questions).toContain('license-assigned');
    await c.press(button(summary, 'confirm-handoff'));
    const [ticket] = await new TicketStore(storage).forUser('user1');
    expect(ticket?.summary).toBe('iPhone inschrijven lukt niet');
    expect(ticket?.facts.platform).toBe('ios');
    expect(ticket?.turns.map((t) => t.text)).not.toContain('medewerker');
    expect(ticket?.turns.map((t) => t.text)).not.toContain('weet ik niet');
  });

  it('starts from a question in the middle of a triage when the user asks for a person', async () => {
    const c = conversation();
    const question = await c.say('0x80180003');
    expect(asked(question)).not.toEqual([]);
    const handoff = await c.say('medewerker');
    expect(texts(handoff)).toContain('Ik geef het door aan de helpdesk');
  });

  it('starts from the hand-off button of the no-match card', async () => {
    const c = conversation();
    const noMatch = await c.say('de koffieautomaat is kapot');
    const handoff = await c.press(button(noMatch, 'handoff'));
    expect(texts(handoff)).toContain('Ik geef het door aan de helpdesk');
    expect(asked(handoff)).toEqual(['platform']);
  });

  it('opens one ticket: a second press on the summary card is stale', async () => {
    const storage = new MemoryStorage();
    const c = conversation({ storage });
    const { summary } = await completeChecklist(c, await c.say('medewerker'), 'weet ik niet');
    const confirm = button(summary, 'confirm-handoff');
    expect(texts(await c.press({ ...confirm, note: 'spoed' }))).toContain('HD-1001');
    expect(texts(await c.press(confirm))).toContain('Die vraag is niet meer open');
    const tickets = await new TicketStore(storage).forUser('user1');
    expect(tickets.map((t) => [t.id, t.note, t.reason])).toEqual([['HD-1001', 'spoed', 'asked']]);
  });
});

describe('the ticket card shown in the conversation (no helpdesk channel)', () => {
  it('is updated in place when picked up and resolved, and the user is told', async () => {
    const storage = new MemoryStorage();
    const c = conversation({ storage });
    const { summary } = await completeChecklist(c, await c.say('medewerker'), 'weet ik niet');
    const done = await c.press(button(summary, 'confirm-handoff'));
    const assigned = await c.press(button(done, 'ticket-assign'));
    expect(texts(assigned)).toContain('Jan is ermee bezig (melding HD-1001).');
    const resolved = await c.press({ ...button(done, 'ticket-resolve'), note: 'Licentie toegewezen' });
    expect(texts(resolved)).toContain('Jan heeft je melding HD-1001 opgelost: Licentie toegewezen');
    const [ticket] = await new TicketStore(storage).forUser('user1');
    expect(ticket).toMatchObject({
      status: 'resolved',
      assignee: { name: 'Jan' },
      resolutionNote: 'Licentie toegewezen',
    });
    expect(ticket?.resolvedAt).toBeGreaterThanOrEqual(ticket?.assignedAt ?? Infinity);
  });
});

describe('feedback and events', () => {
  it('stores "Opgelost" / "Niet opgelost" on every answer with the entry, the codes, the time and the conversation', async () => {
    const storage = new MemoryStorage();
    const c = conversation({ storage });
    const first = await c.say('mijn laptop blijft hangen op 80180014');
    await c.press(button(first, 'not-solved'));
    const events = await new EventLog(storage).read('2026-11-22', '2026-11-22');
    expect(events.map((e) => e.kind)).toEqual(['asked', 'answered', 'not-solved']);
    expect(events[2]).toMatchObject({
      entryId: 'win-windows-version-not-supported',
      codes: ['0x80180014'],
      at: Date.parse('2026-11-22T09:00:00Z'),
      conversationId: expect.any(String) as unknown,
    });
    expect(events[1]).toMatchObject({ first: true, questions: 0, picked: false });
  });
});

describe.each([
  { locale: 'nl-NL', lang: 'nl' as const, dontKnow: 'weet ik niet', yes: 'ja' },
  { locale: 'en-US', lang: 'en' as const, dontKnow: "don't know", yes: 'yes' },
])('the hand-off from an answer card in $locale', ({ locale, lang, dontKnow, yes }) => {
  it("an end user's hand-off from the answer card opens a ticket whose card holds the IT steps", async () => {
    const c = conversation({ locale });
    const answer = await c.say('80180014');
    const entryId = String(button(answer, 'solved').entryId);
    const { summary } = await completeChecklist(c, await c.press(button(answer, 'handoff')), dontKnow);
    expect(summary.length).toBeGreaterThan(0);
    const card = (await c.say(yes)).find((r) => r.cardText.includes('Ticket HD-1001'));
    const entry = realKnowledgeBase().entries.find((e) => e.id === entryId)!;
    const [firstItStep] = entry.resolutions.flatMap((r) => r.steps[lang].filter((_, i) => r.doneBy[i] === 'it'));
    expect(firstItStep).toBeDefined();
    expect(card?.cardText).toContain(lang === 'nl' ? 'Stappen voor IT:' : 'Steps for IT:');
    expect(card?.cardText).toContain(`1. ${firstItStep!.slice(0, 40)}`);
  });
});
