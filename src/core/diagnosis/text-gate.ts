import type { TopicWords } from './domain-words.js';
import type { TextScore } from './text-index.js';

/** A long report's matched weight that names its problem among many other words. */
const LONG_REPORT_BM25 = 20;
/** A text match this strong needs only one of the message's domain words. */
const STRONG_BM25 = 10;
/** The share of a message an entry explains that answers it even without a domain word. */
const CLOSE_MATCH_COVERAGE = 0.38;

/**
 * Without a code, a text match must be convincing. An entry that explains much of the message is (the device it
 * names counts, beside two other words: "ipad: profiel niet geïnstalleerd"); else the message must be about this
 * domain and the entry must explain enough of it and some of its own domain words and devices: mostly, for a weak
 * match not written for the user's device ("intune rapport laadt traag" is not a network timeout).
 * Anything else gets no answer rather than a wrong one.
 */
export function convincing(t: TextScore, topic: TopicWords, forDevice: boolean): boolean {
  const onDevice = t.hits.some((h) => topic.devices.has(h.word));
  if ((t.hits.length >= 4 || (onDevice && t.hits.length >= 3)) && t.coverage >= CLOSE_MATCH_COVERAGE) return true;
  if (topic.domain.size === 0) return false;
  // a long report explains its problem among many other words: there the matched weight itself counts
  if (t.hits.length >= 8 && t.bm25 >= LONG_REPORT_BM25) return true;
  const own = (word: string): boolean => topic.domain.has(word) || topic.devices.has(word);
  const domainWeight = t.hits.reduce((sum, h) => (own(h.word) ? sum + h.weight : sum), 0);
  const onTopic = domainWeight >= t.bm25 / 2 || (domainWeight > 0 && (t.bm25 >= STRONG_BM25 || forDevice));
  return onTopic && t.bm25 >= 5 && t.coverage >= 0.2;
}

/** How well the text fits one entry without a code: mostly the share of the message it explains. */
export function textConfidence(t: TextScore): number {
  const strength = 1 - Math.exp(-t.bm25 / 12);
  return Math.sqrt(t.coverage * strength);
}
