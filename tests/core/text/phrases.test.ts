import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/text/normalize.js';
import { contentTokens } from '../../../src/core/text/tokens.js';

const tokens = (text: string): string[] => contentTokens(normalize(text));
const shared = (a: string, b: string): string[] => tokens(a).filter((t) => tokens(b).includes(t));

describe('phrases that mean one thing', () => {
  it('lets the Dutch and English product names meet', () => {
    expect(shared('De Bedrijfsportal-app', 'the Company Portal')).not.toEqual([]);
    expect(shared('beleid voor voorwaardelijke toegang', 'a Conditional Access policy')).not.toEqual([]);
    expect(shared('een DEM-account', 'a device enrollment manager account')).toContain('dem');
  });

  it('keeps the words as typed next to the phrase, so a misspelt phrase still matches word by word', () => {
    expect(tokens('company portal')).toEqual(expect.arrayContaining(['company', 'portal']));
  });

  it('reads "no error" as its own symptom, in either language', () => {
    for (const text of [
      'fails with no error',
      'zonder enige foutmelding',
      'er komt geen enkele foutcode',
      'without any error shown',
    ])
      expect(shared(text, 'join fails silently, geen fout')).not.toEqual([]);
    expect(tokens('fails with an error')).not.toContain(tokens('no error').at(-1));
  });

  it('writes British spellings and contractions the one way', () => {
    expect(tokens('organisation licence enrolment')).toEqual(['organization', 'license', 'enrollment']);
    expect(tokens("it doesn't enrol")).toEqual(['enroll']);
  });

  it('keeps "om te" apart: it means "in order to", not a separable verb', () => {
    expect(tokens('een manier om te checken')).toContain('checken');
    expect(tokens('lukt niet om in te schrijven')).toContain('inschrijven');
  });

  it('writes a time zone one way in both languages', () => {
    expect(shared('wrong timezone on the tablet', 'de tijdzone klopt niet')).toEqual(['tijdzone']);
  });
});
