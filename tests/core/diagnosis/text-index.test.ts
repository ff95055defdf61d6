import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../../src/core/diagnosis/text-index.js';
import { topicWords } from '../../../src/core/diagnosis/domain-words.js';

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

describe('topic words', () => {
  it('finds words about enrollment, and the pair that is only one together', () => {
    expect([...topicWords('Company Portal zegt tijdelijk niet beschikbaar').domain]).toEqual(
      expect.arrayContaining(['company', 'portal']),
    );
    expect([...topicWords('inschrijven mislukt').domain]).toEqual(['inschrijven']);
  });

  it('keeps devices apart from enrollment words', () => {
    expect(topicWords('mijn iPhone is gestolen')).toEqual({ domain: new Set(), devices: new Set(['iphone']) });
    expect(topicWords('iPhone wil niet inschrijven')).toEqual({
      domain: new Set(['inschrijven']),
      devices: new Set(['iphone']),
    });
  });
});

describe('joining', () => {
  it('a meeting or a call is not joining a device', () => {
    expect(topicWords('teams crasht als ik join de meeting').domain.size).toBe(0);
    expect(topicWords('can not join a call on my ipad').domain.size).toBe(0);
    expect([...topicWords('join azure ad faalt').domain]).toContain('join');
  });
});
