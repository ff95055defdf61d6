import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadKnowledgeBase } from '../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/core/kb/location.js';
import type { SourceLabel } from '../src/core/kb/schema.js';
import { buildDiagnosisIndex } from '../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../src/core/diagnosis/diagnose.js';
import { WEIGHTS } from '../src/core/diagnosis/ranking-weights.js';

/**
 * Precision against coverage at several abstention thresholds, per labelled set: how the threshold in
 * ranking-weights.ts was chosen. Coverage: the share of answerable messages that get an answer; precision: the share
 * of those answers whose first match is right; left alone: the out-of-scope messages that get none.
 */
interface Case {
  text: string;
  expect: SourceLabel[];
}

const THRESHOLDS = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
const FIXTURES = new URL('../tests/fixtures/', import.meta.url);
const REAL_DEV = new URL('../../shared/eval/real-dev.jsonl', import.meta.url);

const sets: [string, URL][] = readdirSync(FIXTURES)
  .filter((f) => /^(?:utterances|real-style).*\.jsonl$/.test(f))
  .map((f): [string, URL] => [f, new URL(f, FIXTURES)]);
if (existsSync(REAL_DEV)) sets.push(['../shared/eval/real-dev.jsonl', REAL_DEV]);

const index = buildDiagnosisIndex(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
const same = (got: SourceLabel, want: SourceLabel): boolean =>
  got.doc === want.doc &&
  got.anchor === want.anchor &&
  (!want.key || got.key?.toLowerCase() === want.key.toLowerCase());
const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

const rows: string[] = [];
for (const [name, url] of sets) {
  const cases = readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  // one diagnosis per message with nothing dropped: a threshold keeps a message's answer when its confidence reaches it
  const seen = cases.map((c) => {
    const d = diagnose(index, { text: c.text, abstainBelow: 0 });
    const first = d.matches[0]?.entry.source;
    return { c, confidence: d.confidence, right: first !== undefined && c.expect.some((e) => same(first, e)) };
  });
  const answerable = seen.filter((s) => s.c.expect.length > 0);
  const outOfScope = seen.filter((s) => s.c.expect.length === 0);
  const cells = THRESHOLDS.map((t) => {
    const answered = answerable.filter((s) => s.confidence > 0 && s.confidence >= t);
    const right = answered.filter((s) => s.right).length;
    const alone = outOfScope.filter((s) => !(s.confidence > 0 && s.confidence >= t)).length;
    return `${pct(right, answered.length)} / ${pct(answered.length, answerable.length)} / ${alone} of ${outOfScope.length}`;
  });
  rows.push(`| \`${name}\` | ${cells.join(' | ')} |`);
}

const mark = (t: number): string => (t === WEIGHTS.confidence.abstain ? ` **${t}** (chosen)` : ` ${t}`);
console.log(`| set | ${THRESHOLDS.map(mark).join(' |')} |`);
console.log(`|---|${THRESHOLDS.map(() => '---').join('|')}|`);
for (const r of rows) console.log(r);
