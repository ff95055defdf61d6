import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/text/language.js';

interface Labelled {
  id: string;
  lang: string;
  text: string;
}

const dir = new URL('../../fixtures/', import.meta.url);
const labelled: Labelled[] = readdirSync(dir)
  .filter((f) => /^utterances.*\.jsonl$/.test(f))
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Labelled)
  // a language can be told from three words of the user's own; a bare code or "ok" has none
  .filter((c) => (c.lang === 'nl' || c.lang === 'en') && (c.text.match(/\b\p{L}{2,}\b/gu) ?? []).length >= 3);

describe('language', () => {
  it(`is right for at least 98% of ${labelled.length} labelled messages of three words or more`, () => {
    const wrong = labelled.filter((c) => detectLanguage(c.text, undefined, 'nl') !== c.lang);
    expect(1 - wrong.length / labelled.length, wrong.map((c) => c.id).join(', ')).toBeGreaterThanOrEqual(0.98);
  });

  it.each([
    ['8018 000a bij toegang tot werk of school', 'nl'],
    ['DSREG_E_DEVICE_INTERNALSERVICE_ERROR op twee machines', 'nl'],
    ['dsregcmd zegt dit:\n     AzureAdJoined : NO\n  EnterpriseJoined : NO\n      DomainJoined : YES', 'nl'],
    ['error 0x80180014 on my laptop', 'en'],
  ])('reads %j as %s: codes and pasted output are not the user’s words', (text, lang) => {
    expect(detectLanguage(text, undefined, 'nl')).toBe(lang);
  });

  it.each([
    ['beperkingen aangepast gisteravond', 'nl'],
    ['restrictions changed overnight', 'en'],
    ['ERROR_ADAL_INTERNET_CANNOT_CONNECT', 'en'],
    ['inschrijvingspakket verouderd??', 'nl'],
  ])('reads %j as %s by how its letters run, with no marker word in it', (text, lang) => {
    expect(detectLanguage(text, undefined, lang === 'nl' ? 'en' : 'nl')).toBe(lang);
  });

  it('falls back on the locale, then the default, when the words do not tell', () => {
    expect(detectLanguage('0x80180014', 'en-US', 'nl')).toBe('en');
    expect(detectLanguage('0x80180014', undefined, 'nl')).toBe('nl');
  });
});
