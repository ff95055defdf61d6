/**
 * Every weight and threshold the ranking uses, in one table, each with the reason it has its value. The text index's
 * own BM25 constants (k1, b) stay in text-index.ts: they shape the retrieval, not the decision.
 *
 * Scores live on one scale, 0..1: above `code.base` an error code named the entry, a typed or pasted on-screen
 * message scores just below it, a text-only match stays below `text.cap`.
 */
export const WEIGHTS = {
  input: {
    /** Longer input is cut here: a paste longer than this is noise around the part that matters. */
    maxTextLength: 20_000,
    /** At most this many candidates are returned. */
    maxMatches: 5,
    /** Candidates below this share of the best are dropped: they only lengthen the list. */
    keepShareOfBest: 0.5,
    /** Only the first text matches are weighed: below them the text explains too little to matter. */
    textCandidates: 20,
  },
  code: {
    /** An exact code outranks any text: the floor of a code match. */
    base: 0.76,
    /** Entries listing more of the message's codes rank higher. */
    share: 0.12,
    /** The text decides between entries sharing a code. */
    text: 0.05,
    /** An entry whose on-screen message is also in the text wins among those sharing a code. */
    message: 0.07,
    /** A sub-error (`0x801c0021/0x80072ee2`) is more specific than its parent. */
    subError: 1.5,
    /** A code listed late in an entry (seen with it, not its own) belongs less to it, per place. */
    ownershipStep: 0.1,
    /** ... down to at most this many steps. */
    ownershipSteps: 5,
  },
  message: {
    /** The share of an on-screen message that, typed or pasted, names its entry. */
    share: 0.5,
    /** A named message scores just below a code. */
    base: 0.7,
    /** More of the message typed lifts it a little. */
    perShare: 0.04,
    /** Entries showing the same message: the text decides. */
    text: 0.01,
    /** A quoted sentence must be explained this much by one entry to be the message the user saw. */
    quoteCoverage: 0.5,
    /** ... with at least this many of its words. */
    quoteHits: 4,
  },
  dsregcmd: {
    /** A failed field in a pasted dsregcmd output names its answer nearly as strongly as a code. */
    base: 0.86,
    /** Each later finding (root cause first) a little less. */
    step: 0.03,
  },
  text: {
    /** A text-only match never reaches a code's score. */
    cap: 0.74,
    /** bm25 at which the text's strength is 1 - 1/e: a sentence's worth of matched words. */
    strengthScale: 12,
    /** A long report's matched weight that names its problem among many other words. */
    longReportBm25: 20,
    /** ... with at least this many matched words. */
    longReportHits: 6,
    /** A text match this strong needs only one of the message's domain words. */
    strongBm25: 10,
    /** The share of a message an entry explains that answers it even without a domain word. */
    closeMatchCoverage: 0.38,
    /** Matched words needed for that close match (one fewer when one of them names the device). */
    closeMatchHits: 4,
    /** The share of the matched weight the message's own domain words must carry to be on topic. */
    domainShare: 0.5,
    /** The least matched weight and share of the message a domain-word match needs. */
    minBm25: 5,
    minCoverage: 0.2,
    /** A how-to question lifts an entry that answers how-to questions, by the share of its phrasings that are. */
    howTo: 0.2,
  },
  facts: {
    /** The user's platform fits the entry: a small lift. */
    platformFits: 0.02,
    /** The entry is for another platform: strongly down, it cannot be the answer. */
    platformContradicts: 0.6,
    /** The dsregcmd error phase is the entry's phase. */
    phaseFits: 0.03,
    /** Another phase: down, though an earlier attempt's phase may linger. */
    phaseContradicts: 0.8,
    /** Another enrollment method: a little down, people name methods loosely. */
    methodContradicts: 0.9,
    /** A known fact makes one of the entry's causes likely. */
    causeLikely: 0.05,
    /** Known facts rule out every cause of the entry. */
    causesRuledOut: -0.1,
    /** Each further kind of strong evidence (code, message, dsregcmd) beside the first. */
    corroboration: 0.02,
  },
  confidence: {
    /** Below this the diagnosis has no matches: "I don't know, I'll hand it to IT" (chosen on data, bench/README.md). */
    abstain: 0.3,
    /** The message's only codes are ones the articles lack and the entry is found by words alone: the code names
     * a problem the knowledge base doesn't have, the words only resemble one. */
    unknownCodeText: 0.6,
    /** The message is about another vendor's product and names none of ours: the nearest entry is not its answer. */
    otherProduct: 0.3,
    /** Words alone found the entry and the message is about MFA or hardware-hash import: the words are that topic's. */
    otherTopic: 0.5,
  },
  learned: {
    /** A learned phrasing counts from this many shared content words: one word in common is chance. */
    minShared: 2,
    /**
     * ... and this Dice share of both messages' words: a paraphrase shares about half its words. At 0.45 one real
     * report of another entry was pulled away by a learned one (bench:learning, bench/README.md); 0.5 leaves it.
     */
    minShare: 0.5,
    /** A helpdesk agent said these words meant this entry: as strong as a named on-screen message. */
    base: 0.7,
    /** The closer the words, the higher, up to just above a bare code match (never above a code and its text). */
    perShare: 0.1,
  },
  index: {
    /** Field weights in the text index: symptoms are written as people say them, causes and steps as we do. */
    title: 2,
    message: 2,
    symptom: 1.5,
    summary: 1,
    cause: 0.5,
    resolution: 0.5,
  },
} as const;
