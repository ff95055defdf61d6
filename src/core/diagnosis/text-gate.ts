import type { TopicWords } from './domain-words.js';
import type { TextScore } from './text-index.js';
import { WEIGHTS } from './ranking-weights.js';

const W = WEIGHTS.text;

/**
 * Without a code, a text match must be convincing. An entry that explains much of the message is (the device it
 * names counts, beside two other words: "ipad: profiel niet geïnstalleerd"); else the message must be about this
 * domain and the entry must explain enough of it and some of its own domain words and devices: mostly, for a weak
 * match not written for the user's device ("intune rapport laadt traag" is not a network timeout).
 * Anything else gets no answer rather than a wrong one.
 */
export function convincing(t: TextScore, topic: TopicWords, forDevice: boolean): boolean {
  const onDevice = t.hits.some((h) => topic.devices.has(h.word));
  const closeHits = onDevice ? W.closeMatchHits - 1 : W.closeMatchHits;
  if (t.hits.length >= closeHits && t.coverage >= W.closeMatchCoverage) return true;
  if (topic.domain.size === 0) return false;
  // a long report explains its problem among many other words: there the matched weight itself counts
  if (t.hits.length >= W.longReportHits && t.bm25 >= W.longReportBm25) return true;
  const own = (word: string): boolean => topic.domain.has(word) || topic.devices.has(word);
  const domainWeight = t.hits.reduce((sum, h) => (own(h.word) ? sum + h.weight : sum), 0);
  const onTopic = domainWeight >= t.bm25 * W.domainShare || (domainWeight > 0 && (t.bm25 >= W.strongBm25 || forDevice));
  return onTopic && t.bm25 >= W.minBm25 && t.coverage >= W.minCoverage;
}

/** How well the text fits one entry without a code: mostly the share of the message it explains. */
export function textConfidence(t: TextScore): number {
  const strength = 1 - Math.exp(-t.bm25 / W.strengthScale);
  return Math.sqrt(t.coverage * strength);
}
