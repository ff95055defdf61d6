import type { Entry, FactId, Question } from '../kb/schema.js';
import type { Facts } from '../text/extract-facts.js';
import type { RankedCause } from './conditions.js';

const MAX_QUESTIONS = 3;

interface Candidate {
  entry: Entry;
  score: number;
  causes: RankedCause[];
}

const known = (facts: Facts, fact: FactId): boolean => facts[fact] !== undefined;

/** Buttons are quicker to answer than typing. */
const EASE: Record<Question['type'], number> = { choice: 0.3, 'yes-no': 0.3, number: 0, text: -0.5 };

/**
 * The catalogue questions whose answers would change the diagnosis, most useful first: those that tell the top
 * entry's open causes apart (a fact that can rule a cause out counts double), then those that tell close candidates
 * apart. An entry with one open cause needs no questions; known facts are never asked again.
 */
export function questionsFor(
  candidates: readonly Candidate[],
  facts: Facts,
  types?: ReadonlyMap<string, Question>,
): FactId[] {
  const top = candidates[0];
  if (!top) return [];
  const weight = new Map<FactId, number>();
  const add = (fact: FactId, w: number): void => {
    if (!known(facts, fact)) weight.set(fact, (weight.get(fact) ?? 0) + w);
  };
  const open = top.causes.filter((c) => c.status !== 'ruled-out');
  if (open.length > 1 && !open.some((c) => c.status === 'likely')) {
    const openIds = new Set(open.map((c) => c.id));
    for (const cause of top.entry.causes) {
      if (!openIds.has(cause.id)) continue;
      for (const c of cause.likelyIf) add(c.fact, 1);
      for (const c of cause.ruledOutIf) add(c.fact, 2);
    }
    for (const q of top.entry.questions) add(q, 0.5);
  }
  const close = candidates.filter((c) => c.score >= top.score - 0.08).slice(0, 4);
  if (close.length > 1) {
    if (new Set(close.map((c) => c.entry.platforms.join(','))).size > 1) add('platform', 3);
    if (new Set(close.map((c) => c.entry.phase ?? '')).size > 1) add('error-phase', 3);
  }
  const ease = (fact: FactId): number => EASE[types?.get(fact)?.type ?? 'choice'];
  return [...weight.entries()]
    .sort((a, b) => b[1] + ease(b[0]) - (a[1] + ease(a[0])))
    .map(([fact]) => fact)
    .slice(0, MAX_QUESTIONS);
}

/** The answers a question can get that say something ("don't know" says nothing); free text and numbers have none. */
export function answersOf(question: Question): string[] {
  if (question.type === 'choice') return question.choices.map((c) => c.value);
  return question.type === 'yes-no' ? ['yes', 'no'] : [];
}
