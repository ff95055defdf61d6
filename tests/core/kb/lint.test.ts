import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import { CANONICAL_CODE } from '../../../src/core/kb/schema.js';
import { LANGS } from '../../../src/core/lang.js';
import { normalize } from '../../../src/core/text/normalize.js';

const kb = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);

describe('knowledge base lint', () => {
  it('holds the 116 answers of the five articles', () => {
    expect(kb.entries).toHaveLength(116);
  });

  it.each(kb.entries.map((e) => [e.id, e] as const))(
    '%s: both languages, canonical codes, steps that pair up',
    (_id, e) => {
      for (const lang of LANGS) {
        expect(e.title[lang].trim()).not.toBe('');
        expect(e.summary[lang].trim()).not.toBe('');
        expect(e.symptoms[lang].length).toBeGreaterThanOrEqual(3);
        for (const c of e.causes) expect(c.text[lang].trim()).not.toBe('');
      }
      expect(e.messages.nl.length > 0).toBe(e.messages.en.length > 0);
      for (const r of e.resolutions) expect(r.steps.nl.length).toBe(r.steps.en.length);
      for (const code of e.codes) expect(code).toMatch(CANONICAL_CODE);
      expect(new Set(e.codes).size).toBe(e.codes.length);
      expect(() => new URL(kb.link(e))).not.toThrow();
      expect(kb.link(e)).toMatch(/^https:\/\/learn\.microsoft\.com\/.+#[a-z0-9-]+$/);
    },
  );

  it('has unique ids and every referenced question in the catalogue', () => {
    const ids = kb.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of kb.entries) for (const q of e.questions) expect(kb.questions.has(q)).toBe(true);
  });

  it('every catalogue question is complete in both languages, choices included', () => {
    for (const q of kb.questions.values()) {
      for (const lang of LANGS) expect(q.text[lang].trim()).not.toBe('');
      if (q.type === 'choice') expect(q.choices.length).toBeGreaterThan(1);
      for (const c of q.choices) for (const lang of LANGS) expect(c.label[lang].trim()).not.toBe('');
    }
  });

  // On-screen messages and codes are the article's facts and users paste them word for word; the phrasings we
  // write ourselves (symptoms) must not be copied from the test set.
  it('has no symptom phrasing taken from our labelled test messages (the test set stays held out)', () => {
    const onScreen = new Set(
      kb.entries.flatMap((e) => [...e.messages.nl, ...e.messages.en]).map((m) => normalize(m).trim()),
    );
    const dir = new URL('../../fixtures/', import.meta.url);
    const fixtures = readdirSync(dir)
      .filter((f) => /^utterances.*\.jsonl$/.test(f))
      .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'))
      .filter((l) => l.trim())
      .map((l) => normalize((JSON.parse(l) as { text: string }).text).trim())
      // a short text (a code and a verb) says the same in any hand, and an on-screen message is the article's
      .filter((t) => t.split(/\s+/).length >= 5 && !onScreen.has(t));
    const kbText = normalize(kb.entries.flatMap((e) => [...e.symptoms.nl, ...e.symptoms.en]).join('\n'));
    expect(fixtures.filter((t) => kbText.includes(t))).toEqual([]);
  });
});
