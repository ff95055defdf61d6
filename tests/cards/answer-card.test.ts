import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/lang.js';
import { cardText } from '../../src/i18n/cards.js';
import { answerCard, type AnswerCardData } from '../../src/cards/index.js';
import { CARD_BUDGET_BYTES, cardBytes } from '../../src/cards/render.js';
import { contentOf, nodes, ofType, visibleTexts, type CardNode } from './walk.js';

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
    },
    { title: 'Sta het platform toe', steps: ['Ga naar **Apparaten**.', 'Sta het platform toe.'] },
    { title: 'Stel de MDM-instantie in', steps: ['Stel Intune in als MDM-instantie.'] },
  ],
  warnings: ['Een nieuwe licentie kan een uur duren.'],
  source: {
    article: 'Problemen met inschrijving van Windows-apparaten oplossen',
    url: 'https://learn.microsoft.com/nl-nl/mem/intune/enrollment/troubleshoot-windows-enrollment-errors',
    anchor: 'this-user-is-not-authorized-to-enroll',
  },
};

const card = (data: AnswerCardData = base) => contentOf(answerCard(data));
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

  it('marks ruled-out causes', () => {
    const others = body(card()).find((b) => textsOf(b).includes('Andere mogelijke oorzaken'));
    const rows = ofType(others, 'ColumnSet');
    expect(textsOf(rows[1])).toContain('uitgesloten');
    expect(textsOf(rows[0])).not.toContain('uitgesloten');
  });

  it('calls the causes "possible causes" when none is likely', () => {
    const texts = textsOf(card({ ...base, likelyCause: undefined }));
    expect(texts).toContain('Mogelijke oorzaken');
    expect(texts).not.toContain('Waarschijnlijke oorzaak');
  });

  it('shows the first resolution open as numbered steps and folds the alternatives', () => {
    const c = card();
    const steps = ofType(c, 'TextBlock').find((t) => String(t.text).startsWith('1. Open het beheercentrum.'));
    expect(steps?.text).toBe('1. Open het beheercentrum.\n2. Kies de gebruiker.\n3. Vink de licentie aan.');
    const folded = nodes(c).filter((n) => n.isVisible === false && String(n.id).endsWith('-steps'));
    expect(folded.map((n) => n.id)).toEqual(['alternative-2-steps', 'alternative-3-steps']);
    expect(textsOf(folded[0])).toContain('1. Ga naar **Apparaten**.');
    const toggles = ofType(c, 'Action.ToggleVisibility');
    expect(toggles).toHaveLength(2);
    expect(textsOf(c)).toContain('Alternatief 2: Sta het platform toe');
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
