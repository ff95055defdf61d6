import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import type { SourceLabel } from '../../../src/core/kb/schema.js';
import { buildDiagnosisIndex } from '../../../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../../../src/core/diagnosis/diagnose.js';

interface Case {
  id: string;
  text: string;
  expect: SourceLabel[];
  soft?: boolean;
}

const index = buildDiagnosisIndex(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
const cases = readFileSync(new URL('../../fixtures/utterances.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const same = (got: SourceLabel, want: SourceLabel): boolean =>
  got.doc === want.doc &&
  got.anchor === want.anchor &&
  (!want.key || (got.key ?? '').toLowerCase() === want.key.toLowerCase());

/** Scored as the shared evaluation does: top-k right when one of the first k matches is expected; abstain right on []. */
function score(k: number): { right: number; total: number; misses: string[] } {
  const misses: string[] = [];
  let right = 0;
  for (const c of cases) {
    const matches = diagnose(index, { text: c.text }).matches.map((m) => m.entry.source);
    const ok =
      c.expect.length === 0
        ? matches.length === 0
        : (c.soft && matches.length === 0) || matches.slice(0, k).some((m) => c.expect.some((e) => same(m, e)));
    if (ok) right++;
    else misses.push(`${c.id}: ${c.text.slice(0, 80)}`);
  }
  return { right, total: cases.length, misses };
}

describe(`answer quality on ${cases.length} labelled messages (tests/fixtures/utterances.jsonl)`, () => {
  it('has a varied test set: at least 250 messages, both languages, out-of-scope and small talk', () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it('top-1 is right for at least 95%', () => {
    const { right, total, misses } = score(1);
    expect(right / total, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('top-3 holds the right answer for at least 99%', () => {
    const { right, total, misses } = score(3);
    expect(right / total, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('abstains on at least 90% of out-of-scope messages and small talk', () => {
    const oos = cases.filter((c) => c.expect.length === 0);
    const answered = oos.filter((c) => diagnose(index, { text: c.text }).matches.length > 0).map((c) => c.id);
    expect(1 - answered.length / oos.length, answered.join(', ')).toBeGreaterThanOrEqual(0.9);
  });
});
