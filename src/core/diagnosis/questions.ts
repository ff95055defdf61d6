import type { Entry, FactId } from '../kb/schema.js';
import type { Facts } from '../text/extract-facts.js';
import type { RankedCause } from './conditions.js';

const MAX_QUESTIONS = 3;

interface Candidate {
  entry: Entry;
  score: number;
  causes: RankedCause[];
}

const known = (facts: Facts, fact: FactId): boolean => facts[fact] !== undefined;

/**
 * The catalogue questions whose answers would change the diagnosis, most useful first: those that tell the top
 * entry's open causes apart, then those that tell close candidates apart. Known facts are never asked again.
 */
export function questionsFor(candidates: readonly Candidate[], facts: Facts): FactId[] {
  const top = candidates[0];
  if (!top) return [];
  const asks = new Set<FactId>();
  const open = top.causes.filter((c) => c.status !== 'ruled-out');
  const decided = open.some((c) => c.status === 'likely');
  if (open.length > 1 && !decided) {
    const openIds = new Set(open.map((c) => c.id));
    for (const cause of top.entry.causes) {
      if (!openIds.has(cause.id)) continue;
      for (const condition of [...cause.likelyIf, ...cause.ruledOutIf]) if (!known(facts, condition.fact)) asks.add(condition.fact);
    }
  }
  if (!decided) for (const q of top.entry.questions) if (!known(facts, q)) asks.add(q);

  const close = candidates.filter((c) => c.score >= top.score - 0.08).slice(0, 4);
  if (close.length > 1) {
    const platforms = new Set(close.map((c) => c.entry.platforms.join(',')));
    if (platforms.size > 1 && !known(facts, 'platform')) asks.add('platform');
    const phases = new Set(close.map((c) => c.entry.phase ?? ''));
    if (phases.size > 1 && !known(facts, 'error-phase')) asks.add('error-phase');
  }
  return [...asks].slice(0, MAX_QUESTIONS);
}
