// npm run bench:learning: what linking resolved tickets teaches. The misses of ../shared/eval/real-dev.jsonl (real
// reports, not used to tune the learning) are linked to their right entries, as an agent resolving their tickets
// would (the first 300 characters, as a ticket keeps them); then top-1 is measured on paraphrases of those reports,
// written apart from them (bench/learning/real-dev-paraphrases.jsonl), and on the rest of the set, before and after.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/core/kb/location.js';
import type { SourceLabel } from '../src/core/kb/schema.js';
import { buildDiagnosisIndex, sourceKey } from '../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../src/core/diagnosis/diagnose.js';
import { learnedIndex, type LearnedIndex } from '../src/core/diagnosis/learned-phrasings.js';
import { redact } from '../src/logger.js';
import { ms, summarize } from './stats.js';

interface Case {
  id: string;
  text: string;
  expect: SourceLabel[];
}

const index = buildDiagnosisIndex(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
const lines = (file: string | URL) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);
const cases = lines(fileURLToPath(new URL('../../shared/eval/real-dev.jsonl', import.meta.url))) as Case[];
const paraphrases = lines(new URL('learning/real-dev-paraphrases.jsonl', import.meta.url)) as {
  of: string;
  text: string;
}[];

const same = (got: SourceLabel, want: SourceLabel): boolean =>
  got.doc === want.doc &&
  got.anchor === want.anchor &&
  (!want.key || (got.key ?? '').toLowerCase() === want.key.toLowerCase());
const right = (text: string, expect: SourceLabel[], learned?: LearnedIndex): boolean => {
  const first = diagnose(index, { text, ...(learned ? { learned } : {}) }).matches[0]?.entry.source;
  return expect.length === 0 ? first === undefined : first !== undefined && expect.some((e) => same(first, e));
};

const bySource = new Map(index.entries.map((e) => [sourceKey(e.source), e.id]));
const misses = cases.filter((c) => c.expect.length > 0 && !right(c.text, c.expect));
const learned = learnedIndex(
  misses.flatMap((c, i) => {
    const entryId = bySource.get(sourceKey(c.expect[0] as SourceLabel));
    const text = redact(c.text.slice(0, 300));
    return entryId ? [{ entryId, text, lang: diagnose(index, { text }).language, ticketId: `HD-${1001 + i}` }] : [];
  }),
);
const missed = new Map(misses.map((c) => [c.id, c]));
const para = paraphrases.flatMap((p) => {
  const c = missed.get(p.of);
  return c ? [{ text: p.text, expect: c.expect }] : [];
});
const rest = cases.filter((c) => !missed.has(c.id));

const share = (items: { text: string; expect: SourceLabel[] }[], learnedIndex?: LearnedIndex) =>
  items.filter((c) => right(c.text, c.expect, learnedIndex)).length;
const row = (name: string, items: { text: string; expect: SourceLabel[] }[]) => {
  const before = share(items);
  const after = share(items, learned);
  const pct = (n: number) => `${((100 * n) / items.length).toFixed(1)}%`;
  return `| ${name} | ${items.length} | ${before} (${pct(before)}) | ${after} (${pct(after)}) |`;
};

process.stdout.write(
  [
    `real-dev: ${cases.length} reports, ${misses.length} misses linked to their entries; ${para.length} paraphrases of them`,
    '',
    '| top-1 right | messages | before | after |',
    '|---|---|---|---|',
    row('paraphrases of the misses', para),
    row('the misses themselves', misses),
    row('the rest of the set (out-of-scope: nothing answered)', rest),
    '',
  ].join('\n'),
);

// what learning costs a message: the diagnosis with a tenant's full store (2,000 phrasings, the store's cap) against
// none, over the labelled messages; the index is built once per change of the store, not per message
const fixtures = new URL('../tests/fixtures/', import.meta.url);
const messages = ['utterances.jsonl', 'utterances-holdout-a.jsonl', 'utterances-holdout-b.jsonl'].flatMap(
  (f) => lines(new URL(f, fixtures)) as Case[],
);
const many = learnedIndex(
  Array.from({ length: 2000 }, (_, i) => {
    const c = messages[i % messages.length] as Case;
    const entryId = index.entries[i % index.entries.length]?.id ?? '';
    return { entryId, text: `${c.text} ${i}`, lang: i % 3 ? ('nl' as const) : ('en' as const), ticketId: `HD-${i}` };
  }),
);
const time = (learnedIndex?: LearnedIndex): ReturnType<typeof summarize> => {
  const samples: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const c of messages) {
      const start = performance.now();
      diagnose(index, { text: c.text, ...(learnedIndex ? { learned: learnedIndex } : {}) });
      if (round > 0) samples.push(performance.now() - start);
    }
  return summarize(samples);
};
const buildStart = performance.now();
learnedIndex(
  Array.from({ length: 2000 }, (_, i) => ({
    entryId: 'x',
    text: (messages[i % messages.length] as Case).text,
    lang: 'nl' as const,
    ticketId: `HD-${i}`,
  })),
);
const buildMs = performance.now() - buildStart;
const none = time();
const full = time(many);
process.stdout.write(
  [
    `diagnose per message, no learned phrasings: p50 ${ms(none.p50)}, p99 ${ms(none.p99)} (${none.n} messages)`,
    `diagnose per message, 2,000 learned:       p50 ${ms(full.p50)}, p99 ${ms(full.p99)}`,
    `building the index of 2,000 phrasings:     ${ms(buildMs)} (once per change of the tenant's store)`,
    '',
  ].join('\n'),
);
