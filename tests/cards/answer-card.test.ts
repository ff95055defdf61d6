import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/lang.js';
import { cardText } from '../../src/i18n/cards.js';
import { answerCard, type AnswerCardData } from '../../src/cards/index.js';
import { CARD_BUDGET_BYTES, cardBytes } from '../../src/cards/render.js';
import { contentOf, nodes, ofType, textBeforePress, visibleTexts, type CardNode } from './walk.js';

const base: AnswerCardData = {
  lang: 'nl',
  entryId: 'win-user-not-authorized-to-enroll',
  triageId: 'triage-1',
  title: 'Deze gebruiker mag geen apparaten inschrijven',
  codes: [{ code: '0x801C0003', wrote: '0x801c003' }, { code: '0x80180014' }],
  likelyCause: { text: 'Geen **Intune-licentie**.', facts: [{ label: 'Licentie toegewezen', value: 'nee' }] },
  otherCauses: [{ text: 'Platform geblokkeerd.' }, { text: 'Geen MDM-instantie.', ruledOut: true }],
  resolutions: [
    {
      title: 'Wijs een licentie toe',
      steps: ['Open het beheercentrum.', 'Kies de gebruiker.', 'Vink de licentie aan.'],
      doneBy: ['it', 'it', 'it'],
    },
    { title: 'Sta het platform toe', steps: ['Ga naar **Apparaten**.', 'Sta het platform toe.'], doneBy: ['it', 'it'] },
    { title: 'Stel de MDM-instantie in', steps: ['Stel Intune in als MDM-instantie.'], doneBy: ['it'] },
  ],
  warnings: ['Een nieuwe licentie kan een uur duren.'],
  source: {
    article: 'Problemen met inschrijving van Windows-apparaten oplossen',
    url: 'https://learn.microsoft.com/nl-nl/mem/intune/enrollment/troubleshoot-windows-enrollment-errors',
    anchor: 'this-user-is-not-authorized-to-enroll',
  },
};

const restart = {
  title: 'Start opnieuw',
  steps: ['Start het apparaat opnieuw.', 'Meld je weer aan.'],
  doneBy: ['user', 'user'] as const,
};

const card = (data: AnswerCardData = base) => contentOf(answerCard(data));
/** The hidden body of a folded section (`causes`, `it-steps`, `other-fixes`, `more-warnings`). */
const foldBody = (c: unknown, id: string) => nodes(c).find((n) => n.id === `${id}-body`);
const body = (c: Record<string, unknown>) => c.body as CardNode[];
const textsOf = (node: unknown) => visibleTexts(node).join(' | ');

describe('answer card', () => {
  it('shows the codes and asks "did you mean" for a corrected one', () => {
    const texts = textsOf(card());
    expect(texts).toContain('0x801C0003, 0x80180014');
    expect(texts).toContain('Bedoel je 0x801C0003?');
    expect(texts).toContain('(je schreef 0x801c003)');
    expect(textsOf(card({ ...base, lang: 'en' }))).toContain('Did you mean 0x801C0003?');
  });

  it('puts the likely cause first, highlighted, with the facts that point to it', () => {
    const c = card();
    const blocks = body(c);
    const likely = blocks.findIndex((b) => textsOf(b).includes('Waarschijnlijke oorzaak'));
    const others = blocks.findIndex((b) => textsOf(b).includes('Andere mogelijke oorzaken'));
    expect(likely).toBeGreaterThan(-1);
    expect(likely).toBeLessThan(others);
    expect(blocks[likely]?.style).toBe('emphasis');
    expect(textsOf(blocks[likely])).toContain('Licentie toegewezen');
    expect(textsOf(blocks[likely])).toContain('nee');
  });

  it('folds the other causes, marking the ruled-out ones', () => {
    const folded = foldBody(card(), 'causes');
    expect(folded?.isVisible).toBe(false);
    expect(textsOf(folded)).toContain('• Platform geblokkeerd.');
    expect(textsOf(folded)).toContain('✕ Geen MDM-instantie. (uitgesloten)');
    expect(textsOf(card())).toContain('Andere mogelijke oorzaken (2)');
  });

  it('calls the causes "possible causes" when none is likely', () => {
    const texts = textsOf(card({ ...base, likelyCause: undefined }));
    expect(texts).toContain('Mogelijke oorzaken');
    expect(texts).not.toContain('Waarschijnlijke oorzaak');
  });

  it('tells an end user the fix is IT work, with one hand-off button, and folds the steps for IT', () => {
    const c = card();
    expect(textsOf(c)).not.toContain('Oplossing:');
    const handoff = ofType(c, 'Action.Submit').filter((a) => (a.data as { action?: string }).action === 'handoff');
    expect(handoff.map((a) => [a.title, a.data])).toEqual([
      ['Doorsturen naar de helpdesk', { action: 'handoff', triageId: 'triage-1' }],
    ]);
    expect(textsOf(c)).toContain('De oplossing is werk voor je IT-afdeling.');
    const forIt = foldBody(c, 'it-steps');
    expect(forIt?.isVisible).toBe(false);
    expect(textsOf(forIt)).toContain('1. Open het beheercentrum.\n2. Kies de gebruiker.\n3. Vink de licentie aan.');
    expect(textsOf(forIt)).toContain('Sta het platform toe | 1. Ga naar **Apparaten**.\n2. Sta het platform toe.');
    expect(textsOf(c)).not.toMatch(/Alternati/);
  });

  it("shows an end user's own steps first, even when an IT fix ranks higher", () => {
    const c = card({ ...base, resolutions: [...(base.resolutions ?? []), restart] });
    const open = ofType(c, 'TextBlock').find((t) => String(t.text).startsWith('Wat je zelf kunt doen'));
    expect(open?.text).toBe('Wat je zelf kunt doen: Start opnieuw');
    expect(textsOf(c)).toContain('1. Start het apparaat opnieuw.\n2. Meld je weer aan.');
    expect(textsOf(c)).toContain('Doorsturen naar de helpdesk');
    expect(textsOf(foldBody(c, 'it-steps'))).toContain('Wijs een licentie toe');
  });

  it('says nothing of IT when the user can do every fix', () => {
    const c = card({ ...base, resolutions: [restart] });
    expect(textsOf(c)).not.toContain('helpdesk');
    expect(foldBody(c, 'it-steps')).toBeUndefined();
  });

  it('gives IT the admin steps first and no hand-off, the other fixes folded', () => {
    const c = card({ ...base, audience: 'it', resolutions: [restart, ...(base.resolutions ?? [])] });
    expect(textsOf(c)).toContain('Oplossing: Wijs een licentie toe | 1. Open het beheercentrum.');
    expect(textsOf(c)).not.toContain('Doorsturen naar de helpdesk');
    const others = foldBody(c, 'other-fixes');
    expect(textsOf(others)).toContain('Sta het platform toe');
    expect(textsOf(others)).toContain('Start opnieuw');
    expect(textsOf(c)).toContain('Andere oplossingen (3)');
  });

  it('keeps a long procedure one numbered list: its first steps open, the rest folded and numbered on', () => {
    const steps = Array.from({ length: 7 }, (_, i) => `Stap ${i + 1} van een lange procedure op het eigen apparaat.`);
    const c = card({ ...base, resolutions: [{ title: 'Lang', steps, doneBy: steps.map(() => 'user' as const) }] });
    const open = ofType(c, 'TextBlock').find((t) => String(t.text).startsWith('1. Stap 1'));
    const shown = String(open?.text).split('\n');
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.length).toBeLessThan(7);
    const rest = nodes(c).find((n) => n.id === 'open-rest');
    expect(rest?.isVisible).toBe(false);
    expect(String(rest?.text).split('\n')[0]).toBe(
      `${shown.length + 1}. Stap ${shown.length + 1} van een lange procedure op het eigen apparaat.`,
    );
    expect(textsOf(c)).toContain(`Verder met stap ${shown.length + 1}`);
  });

  it('keeps the first warning in sight and folds the others', () => {
    const c = card({ ...base, warnings: ['Eerste waarschuwing.', 'Tweede waarschuwing.'] });
    expect(textsOf(body(c).find((b) => b.style === 'warning'))).toContain('Eerste waarschuwing.');
    expect(textsOf(foldBody(c, 'more-warnings'))).toContain('Tweede waarschuwing.');
  });

  it('before any press shows the cause and the way to the fix, not the folded steps and causes', () => {
    const before = textBeforePress(card()).join(' | ');
    expect(before).toContain('Geen Intune-licentie.');
    expect(before).not.toContain('Open het beheercentrum.');
    expect(before).not.toContain('Platform geblokkeerd.');
    expect(before).toContain('Doorsturen naar de helpdesk');
    expect(visibleTexts(card()).join(' | ')).toContain('Open het beheercentrum.');
  });

  it('styles warnings as warnings', () => {
    const warning = body(card()).find((b) => b.style === 'warning');
    expect(textsOf(warning)).toContain('Een nieuwe licentie kan een uur duren.');
    expect(ofType(warning, 'TextBlock')[0]?.color).toBe('Warning');
  });

  it('links to the section of the source article', () => {
    const [open] = ofType(card(), 'Action.OpenUrl');
    expect(open?.url).toBe(
      'https://learn.microsoft.com/nl-nl/mem/intune/enrollment/troubleshoot-windows-enrollment-errors#this-user-is-not-authorized-to-enroll',
    );
    expect(open?.title).toBe('Open het artikel');
  });

  it('drops a link that is not https', () => {
    const c = card({ ...base, source: { article: 'x', url: 'javascript:alert(1)' } });
    expect(ofType(c, 'Action.OpenUrl')).toHaveLength(0);
    expect(textsOf(c)).toContain('Bron: x');
  });

  it('ends with the feedback buttons and their submit data', () => {
    for (const lang of LANGS) {
      const actions = card({ ...base, lang }).actions as CardNode[];
      const t = cardText[lang];
      expect(actions.map((a) => a.title)).toEqual([t.solved, t.notSolved, t.otherProblem]);
      expect(actions.map((a) => a.data)).toEqual([
        { action: 'solved', entryId: base.entryId, triageId: 'triage-1' },
        { action: 'not-solved', entryId: base.entryId, triageId: 'triage-1' },
        { action: 'other-problem', triageId: 'triage-1' },
      ]);
    }
    expect((card({ ...base, triageId: undefined }).actions as CardNode[])[2]?.data).toEqual({
      action: 'other-problem',
    });
  });

  it('hides the block of every missing optional field', () => {
    const c = card({ lang: 'nl', entryId: 'e', title: 'Alleen een titel' });
    const texts = textsOf(c);
    for (const label of [
      'Herkende codes',
      'Bedoel je',
      'Waarschijnlijke oorzaak',
      'oorzaken',
      'Oplossing',
      'Let op',
      'Bron',
    ]) {
      expect(texts).not.toContain(label);
    }
    expect(body(c).map((b) => b.type)).toEqual(['TextBlock', 'TextBlock']);
    expect(JSON.stringify(c)).not.toMatch(/\$\{|undefined|null/);
  });

  it('hides an empty summary and a likely cause without facts shows no "what points to it"', () => {
    const texts = textsOf(card({ ...base, summary: '  ', likelyCause: { text: 'Oorzaak' } }));
    expect(texts).toContain('Oorzaak');
    expect(texts).not.toContain('Wat hierop wijst');
  });

  it('shortens a huge entry to fit, saying what was left out', () => {
    const long = 'Een lange stap met **nadruk** en veel uitleg over wat er moet gebeuren. '.repeat(12);
    const huge: AnswerCardData = {
      ...base,
      otherCauses: Array.from({ length: 20 }, () => ({ text: long })),
      resolutions: Array.from({ length: 9 }, (_, i) => ({
        title: `Oplossing ${i}`,
        steps: Array.from({ length: 30 }, () => long),
      })),
      warnings: Array.from({ length: 9 }, () => long),
    };
    const c = card(huge);
    expect(cardBytes(c)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    const texts = textsOf(c);
    expect(texts).toMatch(/…en nog \d+ \(zie het bronartikel\)/);
    expect(texts).toMatch(/Nog \d+ stappen staan in het bronartikel\./);
  });
});
