import { describe, expect, it } from 'vitest';
import { editDistance, isTypoOf, neighbouringKeys } from '../../../src/core/text/typo.js';

describe('typing slips', () => {
  it('knows which keys lie next to each other', () => {
    expect(neighbouringKeys('a', 's')).toBe(true);
    expect(neighbouringKeys('e', 'r')).toBe(true);
    expect(neighbouringKeys('g', 'b')).toBe(true);
    expect(neighbouringKeys('a', 'r')).toBe(false);
    expect(neighbouringKeys('q', 'p')).toBe(false);
    expect(neighbouringKeys('a', 'a')).toBe(false);
  });

  it.each([
    ['enrolment', 'enrollment'],
    ['inschrjving', 'inschrijving'],
    ['regsitratie', 'registratie'],
    ['certifcate', 'certificate'],
    ['tempotarily', 'temporarily'],
  ])('reads %j as a slip for %j', (typed, known) => {
    expect(isTypoOf(typed, known)).toBe(true);
  });

  it.each([
    ['teams', 'terms'],
    ['licence', 'license'],
    ['enrollment', 'enrollment'],
    ['enrlment', 'enrollment'],
  ])('does not read %j as a slip for %j', (typed, known) => {
    expect(isTypoOf(typed, known)).toBe(false);
  });
});

describe('edit distance', () => {
  it('counts one edit for one slip, and two for two (natural 8.1 answers 0 and 1 here)', () => {
    expect(editDistance('enrolment', 'enrollment')).toBe(1);
    expect(editDistance('enrlment', 'enrollment')).toBe(2);
    expect(editDistance('regsitratie', 'registratie')).toBe(1);
  });
});
