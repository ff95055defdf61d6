import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadKnowledgeBase, buildKnowledgeBase, type KnowledgeBase } from '../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/core/kb/location.js';
import type { Article, Entry } from '../src/core/kb/schema.js';
import { buildDiagnosisIndex, type DiagnosisIndex } from '../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../src/core/diagnosis/diagnose.js';
import { ms, summarize } from './stats.js';

/**
 * Per-message diagnosis time over our labelled utterances, on the real knowledge base and on one multiplied to
 * 100x its size by generated entries. Targets: p99 < 2 ms on the real KB; at 100x, less than 5x slower.
 */
const FIXTURES = new URL('../tests/fixtures/', import.meta.url);
const ROUNDS = Number(process.argv[2] ?? 5);

/** Every labelled set's messages (tests/fixtures/utterances*.jsonl), or two examples without the tests. */
const texts: string[] = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((f) => /^utterances.*\.jsonl$/.test(f))
      .flatMap((f) => readFileSync(new URL(f, FIXTURES), 'utf8').split('\n'))
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text)
  : ['80180014', 'mijn laptop blijft hangen bij inschrijven'];

/** Per-message times; `first` is each message's first sight (the stem and term caches still cold for its words). */
function time(index: DiagnosisIndex): ReturnType<typeof summarize> & { first: ReturnType<typeof summarize> } {
  const firstSamples: number[] = [];
  for (const text of texts) {
    const t0 = performance.now();
    diagnose(index, { text });
    firstSamples.push(performance.now() - t0);
  }
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const text of texts) {
      const t0 = performance.now();
      diagnose(index, { text });
      samples.push(performance.now() - t0);
    }
  }
  return { ...summarize(samples), first: summarize(firstSamples) };
}

/** A deterministic pseudo-random word generator, so every run builds the same big KB. */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** The real KB plus (factor - 1) generated copies of every entry: new ids, new codes, words shuffled in. */
export function multiply(kb: KnowledgeBase, factor: number): KnowledgeBase {
  const random = generator(42);
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ten',
    'ver',
    'dra',
    'bo',
    'sin',
    'pex',
    'rul',
    'gat',
    'fon',
    'quo',
    'zen',
    'wi',
  ];
  const word = (): string =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(
      '',
    );
  const hex = (): string =>
    `0x${Math.floor(0x80000000 + random() * 0x7fffffff)
      .toString(16)
      .toUpperCase()
      .padStart(8, '0')}`;
  const vary = (text: string): string => `${text} ${word()} ${word()}`;
  const articles: Article[] = kb.articles.map((a) => ({ ...a, entries: [...a.entries] }));
  for (let copy = 1; copy < factor; copy++) {
    for (const article of articles) {
      for (const original of kb.articles.find((a) => a.doc === article.doc)?.entries ?? []) {
        const entry: Entry = {
          ...original,
          id: `${original.id}-gen-${copy}`,
          source: { ...original.source, key: `${original.source.key ?? 'gen'}-${copy}` },
          codes: original.codes.map(() => hex()),
          title: { nl: vary(original.title.nl), en: vary(original.title.en) },
          symptoms: { nl: original.symptoms.nl.map(vary), en: original.symptoms.en.map(vary) },
          messages: { nl: original.messages.nl.map(vary), en: original.messages.en.map(vary) },
        };
        article.entries.push(entry);
      }
    }
  }
  return buildKnowledgeBase(articles, [...kb.questions.values()]);
}

const kb = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);
const real = time(buildDiagnosisIndex(kb));
const bigKb = multiply(kb, 100);
const t0 = performance.now();
const bigIndex = buildDiagnosisIndex(bigKb);
const buildBig = performance.now() - t0;
const big = time(bigIndex);
console.log(`messages: ${texts.length} x ${ROUNDS} rounds`);
console.log(
  `real KB (${kb.entries.length} entries): p50 ${ms(real.p50)}, p99 ${ms(real.p99)}, mean ${ms(real.mean)}, max ${ms(real.max)}`,
);
console.log(
  `100x KB (${bigKb.entries.length} entries, index built in ${ms(buildBig)}): p50 ${ms(big.p50)}, p99 ${ms(big.p99)}, mean ${ms(big.mean)}`,
);
console.log(`slowdown at 100x: p50 ${(big.p50 / real.p50).toFixed(2)}x, p99 ${(big.p99 / real.p99).toFixed(2)}x`);
console.log(
  `first sight of each message (cold caches, JIT warming up): real KB p99 ${ms(real.first.p99)}, 100x KB p99 ${ms(big.first.p99)}`,
);
console.log(
  JSON.stringify({ bench: 'diagnose', real, big, entries: { real: kb.entries.length, big: bigKb.entries.length } }),
);
