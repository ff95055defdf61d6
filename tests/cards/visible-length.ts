import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerLabel } from '../../src/bot/card-presenter.js';
import { answerCard } from '../../src/cards/answer-card.js';
import { answerCardData } from '../../src/cards/answer-data.js';
import { buildDiagnosisIndex } from '../../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../../src/core/diagnosis/diagnose.js';
import { loadKnowledgeBase } from '../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/core/kb/location.js';
import type { Audience } from '../../src/core/kb/schema.js';
import type { Lang } from '../../src/core/lang.js';
import { PROJECT_DIR } from './browser-page.js';
import { charsBeforePress } from './walk.js';

/** Our written sample sets: the labelled messages we wrote, and the shared sample of helpdesk messages. */
export const SAMPLE_SETS = ['tests/fixtures/utterances.jsonl', '../shared/eval/sample.jsonl'];

export interface VisibleLength {
  cards: number;
  median: number;
  p90: number;
  max: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/**
 * Characters visible before any press on the answer card for each sample message in `lang` that the knowledge
 * base answers (its best match, built as the bot builds it), for one audience.
 */
export function answerCardLengths(audience: Audience): Record<Lang, VisibleLength> {
  const kb = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);
  const index = buildDiagnosisIndex(kb);
  const lengths: Record<Lang, number[]> = { nl: [], en: [] };
  for (const file of SAMPLE_SETS) {
    for (const line of readFileSync(join(PROJECT_DIR, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const diagnosis = diagnose(index, { text: (JSON.parse(line) as { text: string }).text });
      const [match] = diagnosis.matches;
      if (!match) continue;
      const lang = diagnosis.language;
      const card = answerCard(answerCardData({ kb, match, diagnosis, lang, audience, answerLabel }));
      lengths[lang].push(charsBeforePress(card.content));
    }
  }
  const summary = (values: number[]): VisibleLength => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      cards: sorted.length,
      median: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      max: sorted.at(-1) ?? 0,
    };
  };
  return { nl: summary(lengths.nl), en: summary(lengths.en) };
}
