import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnosis/diagnose.js';
import { buildDiagnosisIndex } from '../../src/core/diagnosis/diagnosis-index.js';
import { realKnowledgeBase } from '../helpers/bot-harness.js';
import { conversation, type Seen } from '../helpers/conversation.js';

const index = buildDiagnosisIndex(realKnowledgeBase());
const all = (replies: Seen[]) => replies.map((r) => `${r.text}\n${r.cardText}`).join('\n');
const answered = (replies: Seen[]) =>
  replies.flatMap((r) => r.buttons).find((b) => b.data.action === 'solved')?.data.entryId as string | undefined;
const button = (replies: Seen[], action: string) =>
  replies.flatMap((r) => r.buttons).find((b) => b.data.action === action);
const questionsIn = (replies: Seen[]) =>
  replies.flatMap((r) => r.buttons).filter((b) => b.data.action === 'answer' && b.data.value === 'unknown');

const langs = [
  {
    locale: 'nl-NL',
    none: /andere woorden/i,
    person: 'ik wil een medewerker spreken',
    handoff: /helpdesk/,
    problem: 'mijn laptop geeft foutcode 80180003 bij het inschrijven',
    help: /Ik help bij|inschrijv/i,
    thanks: /Graag gedaan/,
  },
  {
    locale: 'en-US',
    none: /other words/i,
    person: 'I want to talk to a human',
    handoff: /helpdesk/,
    problem: 'my laptop shows error 80180003 when enrolling',
    help: /enrollment/i,
    thanks: /welcome/i,
  },
];

describe.each(langs)('conversations in $locale', (lang) => {
  it('a choice card is between different problems, at most three, each button titled by its problem', async () => {
    const c = conversation({ locale: lang.locale });
    const replies = await c.say('DSREG_E_DEVICE_AUTHENTICATION_ERROR');
    const picks = replies.flatMap((r) => r.buttons).filter((b) => b.data.action === 'pick');
    expect(picks.length).toBeGreaterThanOrEqual(2);
    expect(picks.length).toBeLessThanOrEqual(3);
    const titles = picks.map((b) => b.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const b of picks)
      expect(index.byId.get(b.data.entryId as string)?.title[lang.locale.slice(0, 2) as 'nl']).toBe(b.title);
  });

  it('"none of these" asks for other words with the hand-off one press away, never a rejected option', async () => {
    const c = conversation({ locale: lang.locale });
    const card = await c.say('DSREG_E_DEVICE_AUTHENTICATION_ERROR');
    const after = await c.press(button(card, 'other-problem')!.data);
    expect(all(after)).toMatch(lang.none);
    expect(answered(after)).toBeUndefined();
    expect(button(after, 'handoff')).toBeDefined();
  });

  it('"don\'t know" is no evidence: the answer is the one the message alone gives, and it is not asked again', async () => {
    const c = conversation({ locale: lang.locale });
    let replies = await c.say(lang.problem);
    const expected = diagnose(index, { text: lang.problem }).matches[0]?.entry.id;
    const asked = new Set<string>();
    for (let turn = 0; turn < 4 && !answered(replies); turn++) {
      const [dontKnow] = questionsIn(replies);
      expect(dontKnow).toBeDefined();
      expect(asked.has(dontKnow!.data.question as string)).toBe(false);
      asked.add(dontKnow!.data.question as string);
      replies = await c.press(dontKnow!.data);
    }
    expect(asked.size).toBeLessThanOrEqual(2);
    expect(answered(replies)).toBe(expected);
  });

  it('asking for a person in natural words starts the hand-off from the middle of a question', async () => {
    const c = conversation({ locale: lang.locale });
    await c.say('80180003');
    const replies = await c.say(lang.person);
    expect(all(replies)).toMatch(lang.handoff);
    expect(all(replies)).not.toMatch(/kan ik \(nog\) niet plaatsen|can't place that/);
  });

  it('after "not solved" the next open cause or candidate, then a hand-off of at most three questions', async () => {
    const c = conversation({ locale: lang.locale });
    let replies = await c.say('0x80180014');
    const shown: string[] = [];
    for (let turn = 0; turn < 6 && button(replies, 'not-solved'); turn++) {
      shown.push(all(replies.filter((r) => r.card)));
      replies = await c.press(button(replies, 'not-solved')!.data);
    }
    expect(new Set(shown).size).toBe(shown.length);
    let questions = 0;
    while (questionsIn(replies).length > 0 && questions < 10) {
      const [dontKnow] = questionsIn(replies);
      // 0x80180014 is a Windows code: the platform is not asked
      expect(dontKnow!.data.question).not.toBe('platform');
      questions++;
      replies = await c.press(dontKnow!.data);
    }
    expect(questions).toBeLessThanOrEqual(3);
    expect(button(replies, 'confirm-handoff')).toBeDefined();
  });

  it("help, greetings and thanks are answered in the conversation's language without repeating an open card", async () => {
    const c = conversation({ locale: lang.locale });
    const choice = await c.say('DSREG_E_DEVICE_AUTHENTICATION_ERROR');
    expect(button(choice, 'pick')).toBeDefined();
    const thanks = await c.say('thanks');
    expect(all(thanks)).toMatch(lang.thanks);
    expect(button(thanks, 'pick')).toBeUndefined();
    const help = await c.say('help');
    expect(all(help)).toMatch(lang.help);
    expect(button(help, 'pick')).toBeUndefined();
    // the choice is still open
    const picked = await c.press(button(choice, 'pick')!.data);
    expect(answered(picked)).toBe(button(choice, 'pick')!.data.entryId);
  });
});

describe('the language of a conversation', () => {
  it('"help" typed in a Dutch conversation gets the Dutch help, whatever the client locale', async () => {
    const c = conversation({ locale: 'en-US' });
    await c.say('mijn laptop kan zich niet inschrijven bij intune, er komt een foutmelding');
    expect(all(await c.say('help'))).toMatch(/Ik help bij|inschrijv/i);
  });
});
