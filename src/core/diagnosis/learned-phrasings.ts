import type { Lang } from '../lang.js';
import { extractCodes } from '../text/extract-codes.js';
import { normalize } from '../text/normalize.js';
import { contentTokens, stem } from '../text/tokens.js';
import type { DiagnosisIndex } from './diagnosis-index.js';
import { WEIGHTS } from './ranking-weights.js';

/** A user's own words an agent linked to the entry that fixed their problem (a resolved ticket). */
export interface LearnedPhrasing {
  entryId: string;
  /** The user's first message, redacted as the logs are. */
  text: string;
  lang: Lang;
  ticketId: string;
}

/** A message that reads like a learned phrasing: evidence for that phrasing's entry. */
export interface LearnedHit {
  entryId: string;
  ticketId: string;
  /** How much the two share, 0..1 (Dice over their stemmed content words). */
  share: number;
}

interface Indexed {
  phrasing: LearnedPhrasing;
  words: ReadonlySet<string>;
}

/** Learned phrasings made ready for matching: their stemmed content words, per language. */
export interface LearnedIndex {
  readonly byLang: Readonly<Record<Lang, readonly Indexed[]>>;
}

const W = WEIGHTS.learned;

function wordsOf(text: string, lang: Lang): Set<string> {
  return new Set(contentTokens(normalize(text)).map((t) => stem(t, lang)));
}

export function learnedIndex(phrasings: readonly LearnedPhrasing[]): LearnedIndex {
  const byLang: Record<Lang, Indexed[]> = { nl: [], en: [] };
  for (const phrasing of phrasings)
    byLang[phrasing.lang].push({ phrasing, words: wordsOf(phrasing.text, phrasing.lang) });
  return { byLang };
}

/**
 * The entries whose learned phrasings (in the message's language) the message reads like, best first, one hit per
 * entry: at least `minShared` words in common and a Dice share of at least `minShare`.
 */
export function matchLearned(index: LearnedIndex, text: string, lang: Lang): LearnedHit[] {
  const phrasings = index.byLang[lang];
  if (phrasings.length === 0) return [];
  const words = wordsOf(text, lang);
  const best = new Map<string, LearnedHit>();
  for (const { phrasing, words: learned } of phrasings) {
    let shared = 0;
    for (const w of learned) if (words.has(w)) shared++;
    const share = (2 * shared) / (words.size + learned.size || 1);
    if (shared < W.minShared || share < W.minShare) continue;
    const current = best.get(phrasing.entryId);
    if (!current || share > current.share)
      best.set(phrasing.entryId, { entryId: phrasing.entryId, ticketId: phrasing.ticketId, share });
  }
  return [...best.values()].sort((a, b) => b.share - a.share);
}

/** The score a learned hit gives its entry: about an on-screen message's, more the closer the words. */
export function learnedScore(hit: LearnedHit): number {
  return W.base + W.perShare * hit.share;
}

/** Why a phrasing may not be learned for an entry; undefined when it may. */
export type LearnRefusal =
  { why: 'unknown-entry' } | { why: 'no-words' } | { why: 'code-of-other-entry'; code: string; entryId: string };

/**
 * A phrasing that names a code of another entry (and not of the linked one) would teach the bot that code's
 * answer is another: refused, with the code and its entry. So is a phrasing with too few words to match anything.
 */
export function refuseToLearn(index: DiagnosisIndex, entryId: string, text: string): LearnRefusal | undefined {
  const entry = index.byId.get(entryId);
  if (!entry) return { why: 'unknown-entry' };
  for (const found of extractCodes(text, index.knownCodes).codes) {
    if (entry.codes.includes(found.code)) continue;
    const other = index.byCode.get(found.code)?.[0];
    const owner = other === undefined ? undefined : index.entries[other];
    if (owner) return { why: 'code-of-other-entry', code: found.code, entryId: owner.id };
  }
  if (contentTokens(normalize(text)).length < W.minShared) return { why: 'no-words' };
  return undefined;
}
