import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import { MessageIndex, quotedFragments } from '../../../src/core/diagnosis/message-index.js';

const entries = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR).entries;
const index = new MessageIndex(entries);
const share = (text: string, id: string): number =>
  index.search(text).find((hit) => entries[hit.doc]?.id === id)?.fraction ?? 0;

describe('on-screen messages', () => {
  it('knows a message typed whole', () => {
    const message = entries.find((e) => e.id === 'win-account-not-allowed-on-phone')?.messages.en[0] ?? '';
    expect(share(message, 'win-account-not-allowed-on-phone')).toBe(1);
  });

  it('counts one sentence of a longer message, typed whole, for most of it', () => {
    expect(
      share('op de telefoon: Dit account is niet toegestaan op deze telefoon.', 'win-account-not-allowed-on-phone'),
    ).toBeGreaterThanOrEqual(0.75);
  });

  it('counts a few words in a row for little', () => {
    expect(share('niet toegestaan op deze telefoon', 'win-account-not-allowed-on-phone')).toBeLessThan(0.5);
  });
});

describe('quoted text', () => {
  it('finds what is quoted, in any quote marks', () => {
    expect(
      quotedFragments(`laptop says 'device not supported here' and "try again later" or “iets anders hier”`),
    ).toEqual(["'device not supported here'", '"try again later"', '“iets anders hier”']);
  });

  it('does not read apostrophes as quotes', () => {
    expect(quotedFragments("they haven't checked in and users can't get to mail")).toEqual([]);
  });
});
