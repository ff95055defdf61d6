import { performance } from 'node:perf_hooks';
import { loadKnowledgeBase } from '../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/core/kb/location.js';
import { buildDiagnosisIndex } from '../src/core/diagnosis/diagnosis-index.js';
import { ms, summarize } from './stats.js';

/** Load time of the whole knowledge base: parse + validate + index. Target < 150 ms. */
const RUNS = Number(process.argv[2] ?? 20);
const cold: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const kb = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);
  buildDiagnosisIndex(kb);
  cold.push(performance.now() - t0);
}
const first = cold[0] ?? NaN;
const rest = summarize(cold.slice(1));
console.log(
  `kb load (parse + validate + index): first ${ms(first)}, then p50 ${ms(rest.p50)}, p99 ${ms(rest.p99)} over ${rest.n} runs`,
);
console.log(JSON.stringify({ bench: 'kb-load', firstMs: first, p50Ms: rest.p50, p99Ms: rest.p99, runs: RUNS }));
