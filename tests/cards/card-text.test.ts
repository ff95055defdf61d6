import { describe, expect, it } from 'vitest';
import { cardText } from '../../src/i18n/cards.js';

const placeholders = (value: unknown): string[] =>
  (Array.isArray(value) ? value.join(' ') : String(value)).match(/\{\w+\}/g)?.sort() ?? [];

describe('cardText', () => {
  it('has the same keys, the same placeholders and no empty label in Dutch and English', () => {
    expect(Object.keys(cardText.en).sort()).toEqual(Object.keys(cardText.nl).sort());
    for (const [key, nl] of Object.entries(cardText.nl)) {
      const en = (cardText.en as unknown as Record<string, unknown>)[key];
      expect(placeholders(en), key).toEqual(placeholders(nl));
      for (const value of [nl, en].flat()) expect(String(value).trim(), key).not.toBe('');
      if (Array.isArray(nl)) expect((en as unknown[]).length, key).toBe(nl.length);
    }
  });

  it('uses the words the helpdesk knows', () => {
    expect(cardText.nl).toMatchObject({
      likelyCause: 'Waarschijnlijke oorzaak',
      otherCauses: 'Andere mogelijke oorzaken',
      resolution: 'Oplossing',
      dontKnow: 'Weet ik niet',
      solved: 'Opgelost',
      notSolved: 'Niet opgelost',
      otherProblem: 'Ander probleem',
      assignToMe: 'Ik pak dit op',
    });
    expect(cardText.en).toMatchObject({
      likelyCause: 'Likely cause',
      resolution: 'Resolution',
      assignToMe: 'Assign to me',
    });
  });
});
