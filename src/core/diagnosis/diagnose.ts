import type { Lang } from '../lang.js';
import type { Entry, FactId } from '../kb/schema.js';
import { parseDsregcmd, type DsregStatus } from '../dsregcmd/parse.js';
import { dsregFindings, type Finding } from '../dsregcmd/findings.js';
import { mentionedField } from '../dsregcmd/mentioned-field.js';
import { extractCodes, type FoundCode } from '../text/extract-codes.js';
import { extractFacts, type Facts } from '../text/extract-facts.js';
import { detectLanguage } from '../text/language.js';
import { isGeneralQuestion, isHowToQuestion } from '../text/intent.js';
import { withoutArticleRecap } from '../text/article-recap.js';
import { rankCauses, type RankedCause } from './conditions.js';
import { sourceKey, type DiagnosisIndex } from './diagnosis-index.js';
import { questionsFor } from './questions.js';
import { convincing, textConfidence } from './text-gate.js';
import { applyFacts, causeEvidence, isForDevice } from './fact-evidence.js';
import { quotedFragments } from './message-index.js';
import { topicWords } from './domain-words.js';
import { normalize } from '../text/normalize.js';
import { contentTokens } from '../text/tokens.js';
import type { TextScore } from './text-index.js';
import { WEIGHTS } from './ranking-weights.js';
import { confidenceOf } from './confidence.js';
import { learnedScore, matchLearned, type LearnedIndex } from './learned-phrasings.js';

export type Reason =
  | { kind: 'code'; code: string; corrected?: string }
  | { kind: 'words'; words: string[] }
  | { kind: 'message'; share: number }
  | { kind: 'dsregcmd'; field: string; value: string }
  | { kind: 'fact'; fact: FactId; value: string; effect: 'supports' | 'contradicts' }
  | { kind: 'learned'; ticketId: string; share: number };

export interface Match {
  entry: Entry;
  /** 0..1: above 0.75 an error code matched; text-only matches stay below. */
  score: number;
  reasons: Reason[];
  causes: RankedCause[];
}

export interface Diagnosis {
  language: Lang;
  codes: FoundCode[];
  events: number[];
  facts: Facts;
  dsregcmd?: { status: DsregStatus; findings: Finding[] };
  matches: Match[];
  questions: FactId[];
  /**
   * How likely the first match is the right answer, 0..1 (0 when there is none): the first match's score, lowered
   * when the evidence behind it is the kind that proved unreliable on real reports (see confidence.ts). Below
   * `WEIGHTS.confidence.abstain` the matches are dropped: the knowledge base has no answer it can stand behind.
   */
  confidence: number;
  /** Codes in the text that no knowledge-base entry lists (canonical, in order): the no-match card names them. */
  unknownCodes: string[];
}

export interface DiagnoseInput {
  text: string;
  locale?: string;
  /** Facts already known in this conversation (answers to earlier questions). */
  facts?: Facts;
  defaultLanguage?: Lang;
  /** The confidence below which nothing is answered; `WEIGHTS.confidence.abstain` unless measuring the trade-off. */
  abstainBelow?: number;
  /** What the helpdesk taught for this tenant (resolved tickets linked to entries); none when absent. */
  learned?: LearnedIndex;
}

const W = WEIGHTS;

/** From what a user typed (and what is already known) to ranked knowledge-base answers and the questions to ask. */
export function diagnose(index: DiagnosisIndex, input: DiagnoseInput): Diagnosis {
  const max = W.input.maxTextLength;
  const text = input.text.length > max ? input.text.slice(0, max) : input.text;
  const language = detectLanguage(text, input.locale, input.defaultLanguage ?? 'nl');
  const status = parseDsregcmd(text);
  const mentioned = status ? null : mentionedField(text);
  const findings = status ? dsregFindings(status) : mentioned ? dsregFindings(mentioned) : [];
  const { codes, events } = extractCodes(text, index.knownCodes);
  const facts: Facts = { ...extractFacts(text), ...dsregFacts(status), ...input.facts };

  const scored = new Map<number, { score: number; reasons: Reason[] }>();
  const bump = (doc: number, score: number, reason: Reason): void => {
    const current = scored.get(doc);
    if (current) {
      current.score = Math.max(current.score, score);
      current.reasons.push(reason);
    } else scored.set(doc, { score, reasons: [reason] });
  };

  // what the user's own problem is, without their recap of what the article already says
  const problem = withoutArticleRecap(text);
  const text_ = index.text.search(problem);
  const byDoc = new Map<number, TextScore>(text_.map((t) => [t.doc, t]));
  const messages = new Map(index.messages.search(text).map((m) => [m.doc, m.fraction]));
  scoreCodes(index, codes, subErrorCodes(text, codes), byDoc, messages, bump);
  // entries showing the same message (the device cap shows "Company Portal Temporarily Unavailable" too): text decides
  const messageText = textShares(messages.keys(), byDoc);
  for (const [doc, share] of messages) {
    if (share >= W.message.share)
      bump(doc, W.message.base + W.message.perShare * share + W.message.text * messageText(doc), {
        kind: 'message',
        share: round(share),
      });
  }
  scoreQuotes(index, text, bump);
  scoreFindings(index, findings, bump);
  const topic = topicWords(problem);
  // a question about what something is or costs gets no text answer: the knowledge base troubleshoots
  const general = isGeneralQuestion(problem);
  for (const t of text_.slice(0, general ? 0 : W.input.textCandidates)) {
    const confidence = textConfidence(t);
    const forDevice = isForDevice(index.entries[t.doc] as Entry, facts);
    if (scored.has(t.doc) || convincing(t, topic, forDevice)) {
      bump(t.doc, Math.min(W.text.cap, confidence), { kind: 'words', words: [...new Set(t.hits.map((h) => h.word))] });
    }
  }

  const howTo = isHowToQuestion(problem);
  const matches = [...scored.entries()]
    .map(([doc, { score, reasons }]) => {
      const entry = index.entries[doc] as Entry;
      const causes = rankCauses(entry, facts);
      const asked = howTo ? W.text.howTo * (index.howTo[doc] ?? 0) : 0;
      const raw =
        applyFacts(entry, facts, score, reasons) + causeEvidence(causes, reasons) + corroboration(reasons) + asked;
      return { raw, entry, score: round(Math.min(1, raw)), reasons: mergeWords(reasons), causes };
    })
    .sort((a, b) => b.raw - a.raw)
    .map(({ raw: _raw, ...match }) => match);
  const best = matches[0]?.score ?? 0;
  const unknownCodes = codes.filter((c) => !index.byCode.has(c.code)).map((c) => c.code);
  const confidence = confidenceOf(matches[0], { text, codes, unknownCodes });
  const fromArticles =
    confidence < (input.abstainBelow ?? W.confidence.abstain)
      ? []
      : matches.filter((m) => m.score >= best * W.input.keepShareOfBest).slice(0, W.input.maxMatches);
  const learned = input.learned
    ? withLearned(index, fromArticles, matches, input.learned, { text, language, facts })
    : [];
  const kept = learned.length > 0 ? learned : fromArticles;
  return {
    language,
    codes,
    events,
    facts,
    ...(status ? { dsregcmd: { status, findings: findings.map((f) => withEntry(f, kept)) } } : {}),
    matches: kept,
    questions: questionsFor(kept, facts, index.kb.questions),
    // a first answer the helpdesk taught is as sure as its score; the articles' own keeps its measured confidence
    confidence: kept[0] ? round(taught(kept[0]) ? Math.max(confidence, kept[0].score) : confidence) : 0,
    unknownCodes,
  };
}

type Bump = (doc: number, score: number, reason: Reason) => void;

const taught = (match: Match): boolean => match.reasons.some((r) => r.kind === 'learned');

/**
 * The articles' answers with what the helpdesk taught added: a learned hit raises its own entry (or adds it, with its
 * causes ranked on the facts) and leaves every other answer where the articles put it. Empty when nothing was hit.
 */
function withLearned(
  index: DiagnosisIndex,
  kept: readonly Match[],
  all: readonly Match[],
  learned: LearnedIndex,
  message: { text: string; language: Lang; facts: Facts },
): Match[] {
  const hits = matchLearned(learned, message.text, message.language);
  if (hits.length === 0) return [];
  const out = new Map(kept.map((m) => [m.entry.id, m]));
  for (const hit of hits) {
    const entry = index.byId.get(hit.entryId);
    if (!entry) continue;
    const article = out.get(hit.entryId) ??
      all.find((m) => m.entry.id === hit.entryId) ?? {
        entry,
        score: 0,
        reasons: [],
        causes: rankCauses(entry, message.facts),
      };
    const reason: Reason = { kind: 'learned', ticketId: hit.ticketId, share: round(hit.share) };
    out.set(hit.entryId, {
      ...article,
      score: round(Math.max(article.score, learnedScore(hit))),
      reasons: [...article.reasons, reason],
    });
  }
  return [...out.values()].sort((a, b) => b.score - a.score);
}

/**
 * Exact codes first. Entries that list more of the message's codes rank higher; a sub-error (the second code
 * of `0x801c0021/0x80072ee2`) is more specific than its parent; text decides between entries sharing a code.
 */
function scoreCodes(
  index: DiagnosisIndex,
  codes: FoundCode[],
  subErrors: ReadonlySet<string>,
  byDoc: ReadonlyMap<number, TextScore>,
  messages: ReadonlyMap<number, number>,
  bump: Bump,
): void {
  const hits = new Map<number, { weight: number; codes: FoundCode[] }>();
  for (const found of codes) {
    for (const doc of index.byCode.get(found.code) ?? []) {
      const h = hits.get(doc) ?? { weight: 0, codes: [] };
      h.weight +=
        (subErrors.has(found.code) ? W.code.subError : 1) * codeOwnership(index.entries[doc] as Entry, found.code);
      h.codes.push(found);
      hits.set(doc, h);
    }
  }
  if (hits.size === 0) return;
  const maxWeight = Math.max(...[...hits.values()].map((h) => h.weight));
  const textShare = textShares(hits.keys(), byDoc);
  for (const [doc, h] of hits) {
    const score =
      W.code.base +
      W.code.share * (h.weight / maxWeight) +
      W.code.text * textShare(doc) +
      W.code.message * (messages.get(doc) ?? 0);
    for (const c of h.codes)
      bump(doc, score, { kind: 'code', code: c.code, ...(c.corrected ? { corrected: c.corrected } : {}) });
  }
}

/** Each entry's text score as a share of the best among `docs`: the text decides between entries named alike. */
function textShares(docs: Iterable<number>, byDoc: ReadonlyMap<number, TextScore>): (doc: number) => number {
  const best = Math.max(1e-9, ...[...docs].map((d) => byDoc.get(d)?.bm25 ?? 0));
  return (doc) => (byDoc.get(doc)?.bm25 ?? 0) / best;
}

/**
 * An entry lists its own codes first (a name and its hex value) and after them the codes it is seen with (the client
 * code that goes with a server error): a code shared by several entries belongs most to the one listing it first.
 */
function codeOwnership(entry: Entry, code: string): number {
  return 1 - W.code.ownershipStep * Math.min(W.code.ownershipSteps, Math.max(0, entry.codes.indexOf(code) - 1));
}

/**
 * A quoted sentence is what the screen said, retyped from memory ('je organisatie ondersteunt deze versie van windows
 * niet'): the entry whose words explain most of the quote is named as if by its message.
 */
function scoreQuotes(index: DiagnosisIndex, text: string, bump: Bump): void {
  for (const quote of quotedFragments(text)) {
    if (namesAState(quote)) continue;
    const [best] = index.text.search(quote);
    if (best && best.hits.length >= W.message.quoteHits && best.coverage >= W.message.quoteCoverage)
      bump(best.doc, W.message.base, { kind: 'message', share: round(best.coverage) });
  }
}

/** A quote of nothing but the domain's own words ('Hybrid Azure AD joined', "pending") names a state, not a screen. */
function namesAState(quote: string): boolean {
  const { domain, devices } = topicWords(quote);
  return contentTokens(normalize(quote)).every((w) => domain.has(w) || devices.has(w));
}

/** A code written right after another with a slash or "sub" between them is a sub-error. */
function subErrorCodes(text: string, codes: FoundCode[]): Set<string> {
  const subs = new Set<string>();
  for (let i = 1; i < codes.length; i++) {
    const prev = codes[i - 1] as FoundCode;
    const cur = codes[i] as FoundCode;
    const between = text.slice(prev.index + prev.raw.length, cur.index);
    if (/^\s*\/\s*$/.test(between)) subs.add(cur.code);
  }
  for (const c of codes)
    if (/sub[\s-]?(?:fout|error|code)/i.test(text.slice(Math.max(0, c.index - 24), c.index))) subs.add(c.code);
  return subs;
}

/** Problems in a pasted dsregcmd output point at the answers that explain them (root cause first). */
function scoreFindings(index: DiagnosisIndex, findings: Finding[], bump: Bump): void {
  let rank = 0;
  for (const f of findings) {
    if (f.ok || !f.source) continue;
    const doc = index.bySource.get(sourceKey(f.source));
    if (doc === undefined) continue;
    bump(doc, W.dsregcmd.base - W.dsregcmd.step * rank++, { kind: 'dsregcmd', field: f.field, value: f.value });
  }
}

/**
 * A finding that names a section with many rows ("Error Phase : join") names the row the ranking chose within it
 * (by the client code beside it), so the findings card explains it with that row's answer.
 */
function withEntry(finding: Finding, matches: readonly Match[]): Finding {
  const source = finding.source;
  if (finding.ok || !source || source.key !== undefined) return finding;
  const row = matches.find((m) => m.entry.source.doc === source.doc && m.entry.source.anchor === source.anchor);
  return row?.entry.source.key === undefined ? finding : { ...finding, source: row.entry.source };
}

function dsregFacts(status: DsregStatus | null): Facts {
  const phase = status?.diagnostics.errorPhase;
  return phase ? { 'error-phase': phase, platform: 'windows' } : status ? { platform: 'windows' } : {};
}

/** An entry named by a code and also by the pasted dsregcmd output or the on-screen message ranks above one named once. */
function corroboration(reasons: Reason[]): number {
  const kinds = new Set(reasons.filter((r) => r.kind !== 'words' && r.kind !== 'fact').map((r) => r.kind));
  return W.facts.corroboration * Math.max(0, kinds.size - 1);
}

function mergeWords(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
