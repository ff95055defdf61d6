import type { Entry, FactId, Question } from '../kb/schema.js';
import type { Facts } from '../text/extract-facts.js';
import type { Diagnosis, Match } from './diagnose.js';
import { sourceKey } from './diagnosis-index.js';
import { answersOf } from './questions.js';

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
  /** Facts known in the conversation, "don't know" answers included: neither is asked again. */
  facts?: Facts;
  /**
   * The diagnosis with one more fact known. A question is asked only when one of its answers changes what is shown
   * first; without this nothing is asked.
   */
  withFact?: (fact: FactId, value: string) => Diagnosis;
  /** The question catalogue: which answers a question has. */
  questions?: ReadonlyMap<string, Question>;
}

export const OFFER = {
  /** Questions before the first answer, at most. */
  maxQuestions: 2,
  /** Candidates this close to the best are offered to pick from. */
  close: 0.04,
  /** At most this many options on a choice card. */
  maxOptions: 3,
  /** Only candidates this close to the best are worth offering (first or after "not solved"). */
  plausible: 0.3,
  /** After "not solved", never one below this: a weak text match is no answer worth trying. */
  minNext: 0.55,
} as const;

/**
 * One problem seen twice: the same section of the article, or the same fix. A choice between them is no choice, and
 * after one did not help, the other will not either.
 */
export function sameProblem(a: Entry, b: Entry): boolean {
  return sourceKey(a.source) === sourceKey(b.source) || fixOf(a) === fixOf(b);
}

const fixOf = (entry: Entry): string => JSON.stringify(entry.resolutions.map((r) => r.steps.en));

/** The candidates still worth offering, best first: not tried (nor the same problem as one tried), plausible. */
export function openCandidates(diagnosis: Diagnosis, tried: readonly string[] = []): Match[] {
  const best = diagnosis.matches[0]?.score ?? 0;
  const floor = tried.length > 0 ? Math.max(best - OFFER.plausible, OFFER.minNext) : best - OFFER.plausible;
  const triedEntries = diagnosis.matches.filter((m) => tried.includes(m.entry.id)).map((m) => m.entry);
  return diagnosis.matches.filter(
    (m) => !tried.includes(m.entry.id) && m.score >= floor && !triedEntries.some((e) => sameProblem(e, m.entry)),
  );
}

/** The first offer without questions: a choice between different problems too close to call, or one answer. */
function firstOffer(diagnosis: Diagnosis, tried: readonly string[]): Offer {
  const [best, ...rest] = openCandidates(diagnosis, tried);
  if (!best) return { kind: 'no-match' };
  const options = [best];
  for (const m of rest) {
    if (options.length >= OFFER.maxOptions || m.score < best.score - OFFER.close) break;
    if (!options.some((o) => sameProblem(o.entry, m.entry))) options.push(m);
  }
  return options.length > 1 ? { kind: 'choose', options } : { kind: 'answer', match: best };
}

/**
 * What the user sees first, as a key: the entry (or the entries to choose from) and, when a code names the entry and
 * its causes have fixes of their own, the first open cause. An entry found by its words is answered first: its card
 * lists the other causes and their fixes.
 */
function shownFirst(diagnosis: Diagnosis, tried: readonly string[]): string {
  const offer = firstOffer(diagnosis, tried);
  if (offer.kind === 'choose') return offer.options.map((m) => m.entry.id).join('|');
  if (offer.kind !== 'answer') return offer.kind;
  const { entry, causes, reasons } = offer.match;
  const cause = causes.find((c) => c.status !== 'ruled-out')?.id;
  const named = reasons.some((r) => r.kind === 'code');
  const ownFix = named && cause !== undefined && entry.resolutions.some((r) => r.forCause === cause);
  return ownFix ? `${entry.id}/${cause}` : entry.id;
}

/**
 * The next question worth asking: not known (nor answered "don't know"), and one of its answers would change what
 * the bot shows first. At most OFFER.maxQuestions before the first answer.
 */
export function nextQuestion(diagnosis: Diagnosis, state: OfferState = {}): FactId | undefined {
  const { withFact, questions } = state;
  if ((state.asked ?? 0) >= OFFER.maxQuestions || diagnosis.matches.length === 0 || !withFact || !questions)
    return undefined;
  const tried = state.tried ?? [];
  const now = shownFirst(diagnosis, tried);
  return diagnosis.questions.find((id) => {
    const question = questions.get(id);
    if (!question || state.facts?.[id] !== undefined || diagnosis.facts[id] !== undefined) return false;
    return answersOf(question).some((value) => shownFirst(withFact(id, value), tried) !== now);
  });
}

/** No match, a question, a choice between different problems too close to call, or one answer. */
export function offerFor(diagnosis: Diagnosis, state: OfferState = {}): Offer {
  if (diagnosis.matches.length === 0) return { kind: 'no-match' };
  const question = nextQuestion(diagnosis, state);
  if (question !== undefined) return { kind: 'ask', question };
  return firstOffer(diagnosis, state.tried ?? []);
}
