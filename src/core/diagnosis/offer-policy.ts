import type { FactId } from '../kb/schema.js';
import type { Facts } from '../text/extract-facts.js';
import type { Diagnosis, Match } from './diagnose.js';

/** What the bot does next with a diagnosis: the CLI and the dialogs decide it here, the same way. */
export type Offer =
  | { kind: 'no-match' }
  | { kind: 'ask'; question: FactId }
  | { kind: 'choose'; options: Match[] }
  | { kind: 'answer'; match: Match };

export interface OfferState {
  /** Entries already shown in this triage (after "not solved"). */
  tried?: readonly string[];
  /** Questions asked so far. */
  asked?: number;
  /** Facts known in the conversation: a known fact is never asked. */
  facts?: Facts;
}

export const OFFER = {
  /** Questions before the first useful answer, at most. */
  maxQuestions: 3,
  /** Candidates this close to the best are offered to pick from. */
  close: 0.04,
  /** At most this many options on a choice card. */
  maxOptions: 4,
  /** Only candidates this close to the best are worth offering (first or after "not solved"). */
  plausible: 0.3,
  /** After "not solved", never one below this: a weak text match is no answer worth trying. */
  minNext: 0.55,
} as const;

/** The candidates still worth offering, best first: not tried, and plausible beside the best. */
export function openCandidates(diagnosis: Diagnosis, tried: readonly string[] = []): Match[] {
  const best = diagnosis.matches[0]?.score ?? 0;
  const floor = tried.length > 0 ? Math.max(best - OFFER.plausible, OFFER.minNext) : best - OFFER.plausible;
  return diagnosis.matches.filter((m) => !tried.includes(m.entry.id) && m.score >= floor);
}

/** The next question worth asking, when questions may still be asked. */
export function nextQuestion(diagnosis: Diagnosis, state: OfferState = {}): FactId | undefined {
  if ((state.asked ?? 0) >= OFFER.maxQuestions || diagnosis.matches.length === 0) return undefined;
  return diagnosis.questions.find((q) => state.facts?.[q] === undefined);
}

/** No match, a question, a choice between candidates too close to call, or one answer. */
export function offerFor(diagnosis: Diagnosis, state: OfferState = {}): Offer {
  if (diagnosis.matches.length === 0) return { kind: 'no-match' };
  const question = nextQuestion(diagnosis, state);
  if (question !== undefined) return { kind: 'ask', question };
  const open = openCandidates(diagnosis, state.tried);
  const [best] = open;
  if (!best) return { kind: 'no-match' };
  const close = open.filter((m) => m.score >= best.score - OFFER.close).slice(0, OFFER.maxOptions);
  return close.length > 1 ? { kind: 'choose', options: close } : { kind: 'answer', match: best };
}
