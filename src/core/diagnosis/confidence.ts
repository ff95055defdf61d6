import type { FoundCode } from '../text/extract-codes.js';
import { describesFailure } from '../text/intent.js';
import { namesOtherProduct, namesOtherTopic } from '../text/other-products.js';
import type { Match } from './diagnose.js';
import { WEIGHTS } from './ranking-weights.js';

const W = WEIGHTS.confidence;

export interface ConfidenceContext {
  text: string;
  codes: readonly FoundCode[];
  unknownCodes: readonly string[];
}

/**
 * How likely the first match is the answer, 0..1. Its score already grades the evidence (a code above 0.75, an
 * on-screen message about 0.7, words alone below 0.74 by how much of the message they explain); two kinds of
 * message proved that score too high on real reports and are lowered here:
 * - every code in it is one the articles lack, and only words found the entry: the words resemble an entry, the code
 *   says the problem is another one (a message or dsregcmd field that names the entry still counts in full);
 * - it is about another vendor's product (another MDM, a password manager) and names none of the articles';
 * - only words found the entry, and the message asks about a neighbouring topic the articles don't cover (MFA policy,
 *   importing hardware hashes) without saying anything fails: the words are the topic's, not a symptom's.
 */
export function confidenceOf(best: Match | undefined, context: ConfidenceContext): number {
  if (!best) return 0;
  let confidence = best.score;
  const named = best.reasons.some((r) => r.kind === 'code' || r.kind === 'message' || r.kind === 'dsregcmd');
  const onlyUnknownCodes = context.codes.length > 0 && context.unknownCodes.length === context.codes.length;
  if (onlyUnknownCodes && !named) confidence *= W.unknownCodeText;
  if (namesOtherProduct(context.text)) confidence *= W.otherProduct;
  else if (!named && namesOtherTopic(context.text) && !describesFailure(context.text)) confidence *= W.otherTopic;
  return confidence;
}
