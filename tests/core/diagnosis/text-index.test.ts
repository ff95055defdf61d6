import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../../src/core/diagnosis/text-index.js';
import { domainWords } from '../../../src/core/diagnosis/domain-words.js';

const index = new TextIndex([
  [{ text: 'Inschrijven lukt niet op de iPad', lang: 'nl', weight: 1 }],
  [{ text: 'Het scherm blijft zwart', lang: 'nl', weight: 1 }],
  [{ text: 'Accept the terms of use', lang: 'en', weight: 1 }],
]);
const found = (text: string): number[] => index.search(text).map((s) => s.doc);

describe('text index', () => {
  it('splits a compound whose head is a verb stem: inschrijfscherm -> inschrijven + scherm', () => {
    expect(found('inschrijfscherm')).toEqual(expect.arrayContaining([0, 1]));
  });

  it('reads a typing slip as the word meant, but not another real word', () => {
    expect(found('temrs')).toEqual([2]);
    expect(found('teams')).toEqual([]);
  });
});

describe('domain words', () => {
  it('finds words about enrollment, and the pair that is only one together', () => {
    expect([...domainWords('Company Portal zegt tijdelijk niet beschikbaar')]).toEqual(
      expect.arrayContaining(['company', 'portal']),
    );
    expect([...domainWords('inschrijven mislukt')]).toEqual(['inschrijven']);
  });

  it('counts a device only beside a word about enrollment', () => {
    expect(domainWords('mijn iPhone is gestolen').size).toBe(0);
    expect([...domainWords('iPhone wil niet inschrijven')]).toEqual(['inschrijven', 'iphone']);
  });
});
