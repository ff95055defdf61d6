import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import { buildDiagnosisIndex } from '../../../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../../../src/core/diagnosis/diagnose.js';
import {
  learnedIndex,
  matchLearned,
  refuseToLearn,
  type LearnedPhrasing,
} from '../../../src/core/diagnosis/learned-phrasings.js';

const index = buildDiagnosisIndex(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
const SAMSUNG = 'intune-android-samsung-smart-manager-check-in';
const CAP = 'intune-device-cap-reached';

const taught: LearnedPhrasing = {
  entryId: SAMSUNG,
  text: 'de telefoon van onze stagiair meldt zich niet meer, de app lijkt na een paar uur vanzelf dicht te gaan',
  lang: 'nl',
  ticketId: 'HD-1001',
};
const learned = learnedIndex([taught]);
const firstOf = (text: string, withLearned = true) =>
  diagnose(index, { text, ...(withLearned ? { learned } : {}) }).matches.map((m) => m.entry.id);

describe('learned phrasings in the diagnosis', () => {
  it('a colleague saying it in other words gets the entry the helpdesk linked, where the articles gave nothing', () => {
    const paraphrase = 'bij mijn collega gaat die app steeds vanzelf dicht na een paar uur, telefoon meldt zich niet';
    expect(firstOf(paraphrase, false)).toEqual([]);
    expect(firstOf(paraphrase)[0]).toBe(SAMSUNG);
    const reasons = diagnose(index, { text: paraphrase, learned }).matches[0]?.reasons;
    expect(reasons).toContainEqual(expect.objectContaining({ kind: 'learned', ticketId: 'HD-1001' }));
  });

  it('counts only in the language it was written in', () => {
    expect(matchLearned(learned, taught.text, 'en')).toEqual([]);
    expect(matchLearned(learned, taught.text, 'nl')).toHaveLength(1);
  });

  it('one word in common is chance, not a match', () => {
    expect(firstOf('de app doet het niet')).not.toContain(SAMSUNG);
    expect(firstOf('mijn printer is dicht')).toEqual([]);
  });

  it('never takes away an answer the articles give: a code still names its entry first, the learned one comes beside it', () => {
    const text = 'telefoon meldt zich niet, app gaat na een paar uur vanzelf dicht, en mijn laptop geeft 80180014';
    const before = firstOf(text, false);
    const after = firstOf(text);
    for (const id of before) expect(after).toContain(id);
    expect(after[0]).toBe(before[0]);
    expect(after).toContain(SAMSUNG);
  });

  it('adds evidence for its own entry only: an entry the words already found keeps its rank among the others', () => {
    const capWords = 'ik kan geen apparaten meer toevoegen, het maximum aantal apparaten is bereikt';
    const cap = learnedIndex([{ ...taught, entryId: CAP, text: capWords }]);
    const plain = diagnose(index, { text: capWords }).matches.map((m) => m.entry.id);
    const withCap = diagnose(index, { text: capWords, learned: cap }).matches.map((m) => m.entry.id);
    expect(withCap[0]).toBe(CAP);
    expect(new Set(withCap)).toEqual(new Set(plain.includes(CAP) ? plain : [...plain, CAP]));
  });
});

describe('what may be learned', () => {
  it("refuses words that name another entry's code, naming the code and that entry", () => {
    const refusal = refuseToLearn(index, SAMSUNG, '0x80180014');
    expect(refusal).toMatchObject({ why: 'code-of-other-entry', entryId: 'win-windows-version-not-supported' });
    expect(refusal?.why === 'code-of-other-entry' ? refusal.code : '').toMatch(/80180014/i);
    expect(refuseToLearn(index, 'win-windows-version-not-supported', 'laptop geeft 0x80180014 bij inschrijven')).toBe(
      undefined,
    );
  });

  it('refuses too few words, and entries that do not exist', () => {
    expect(refuseToLearn(index, SAMSUNG, 'kapot')).toEqual({ why: 'no-words' });
    expect(refuseToLearn(index, 'no-such-entry', taught.text)).toEqual({ why: 'unknown-entry' });
    expect(refuseToLearn(index, SAMSUNG, taught.text)).toBe(undefined);
  });
});
