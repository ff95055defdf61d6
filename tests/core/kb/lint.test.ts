import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

  // Real reports are long: a phrasing copied from one would share a run of words with it, not the whole text.
  it.skipIf(!existsSync(REAL_DEV))(
    existsSync(REAL_DEV)
      ? 'has no phrasing that shares a run of eight words with a real report or our real-style sets'
      : `skipped: ${REAL_DEV.pathname} is not there (the shared evaluation data lives outside the repo)`,
    () => {
      const onScreen = kb.entries.flatMap((e) => [...e.messages.nl, ...e.messages.en]).map((m) => normalize(m));
      const dir = new URL('../../fixtures/', import.meta.url);
      const files = [
        REAL_DEV,
        ...readdirSync(dir)
          .filter((f) => /^real-style.*\.jsonl$/.test(f))
          .map((f) => new URL(f, dir)),
      ];
      const reports = files.flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as { id: string; text: string }),
      );
      const phrasings = kb.entries.flatMap((e) => [...e.symptoms.nl, ...e.symptoms.en, e.title.nl, e.title.en]);
      const copied = phrasings.flatMap((p) => {
        const run = sharedRun(p, reports, onScreen);
        return run ? [`${run.id}: "${run.words}" in "${p}"`] : [];
      });
      expect(copied).toEqual([]);
    },
  );
});

const REAL_DEV = new URL('../../../../shared/eval/real-dev.jsonl', import.meta.url);
const RUN = 8;

/** The first run of RUN words a phrasing shares with one of the reports, outside the on-screen messages. */
function sharedRun(
  phrasing: string,
  reports: readonly { id: string; text: string }[],
  onScreen: readonly string[],
): { id: string; words: string } | undefined {
  const words = normalize(phrasing)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  for (let i = 0; i + RUN <= words.length; i++) {
    const run = ` ${words.slice(i, i + RUN).join(' ')} `;
    if (onScreen.some((m) => wordsOf(m).includes(run))) continue;
    const report = reports.find((r) => wordsOf(r.text).includes(run));
    if (report) return { id: report.id, words: run };
  }
  return undefined;
}

const wordsCache = new Map<string, string>();
function wordsOf(text: string): string {
  let w = wordsCache.get(text);
  if (w === undefined) {
    w = ` ${normalize(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(' ')} `;
    wordsCache.set(text, w);
  }
  return w;
}
