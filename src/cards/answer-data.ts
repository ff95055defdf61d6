import type { Diagnosis, Match } from '../core/diagnosis/diagnose.js';
import type { KnowledgeBase } from '../core/kb/load.js';
import type { Audience, Entry, Question } from '../core/kb/schema.js';
import type { Lang } from '../core/lang.js';
import type { AnswerCardData } from './answer-card.js';
import type { FactRow } from './view.js';

export interface AnswerFromMatch {
  kb: KnowledgeBase;
  match: Match;
  diagnosis: Diagnosis;
  lang: Lang;
  /** Who is asking; nobody told means an end user. */
  audience?: Audience;
  /** How an answer value reads in the user's language ('yes' -> 'Ja'). */
  answerLabel: (question: Question, value: string, lang: Lang) => string;
}

/** The answer card's data for a diagnosis' match: the likely cause first, resolutions for the likelier causes first. */
export function answerCardData({ kb, match, diagnosis, lang, audience, answerLabel }: AnswerFromMatch): AnswerCardData {
  const { entry } = match;
  const causeText = (id: string) => entry.causes.find((c) => c.id === id)?.text[lang] ?? id;
  const likely = match.causes.find((c) => c.status === 'likely');
  const article = kb.articles.find((a) => a.doc === entry.source.doc);
  // a cause ruled out (by a fact or by "not solved") is neither an alternative nor a fix
  const open = match.causes.filter((c) => c.status !== 'ruled-out');
  const ruledOut = new Set(match.causes.filter((c) => c.status === 'ruled-out').map((c) => c.id));
  const factRows = (because: readonly { fact: string; value: string }[]): FactRow[] =>
    because.flatMap(({ fact, value }) => {
      const question = kb.questions.get(fact);
      return question ? [{ label: question.label[lang], value: answerLabel(question, value, lang) }] : [];
    });
  return {
    lang,
    audience: audience ?? 'user',
    entryId: entry.id,
    title: entry.title[lang],
    summary: entry.summary[lang],
    codes: diagnosis.codes
      .filter((c) => entry.codes.includes(c.code))
      .map((c) => ({ code: c.code, ...(c.corrected ? { wrote: c.raw } : {}) })),
    ...(likely ? { likelyCause: { text: causeText(likely.id), facts: factRows(likely.because) } } : {}),
    otherCauses: open.filter((c) => c !== likely).map((c) => ({ text: causeText(c.id), ruledOut: false })),
    resolutions: orderResolutions(
      entry,
      open.map((c) => c.id),
    )
      .filter((r) => r.forCause === undefined || !ruledOut.has(r.forCause))
      .map((r) => ({ title: r.title[lang], steps: r.steps[lang], doneBy: r.doneBy })),
    warnings: entry.warnings.map((w) => w[lang]),
    ...(article ? { source: { article: article.title[lang], url: article.url, anchor: entry.source.anchor } } : {}),
  };
}

/** Resolutions for no particular cause first, then those for the likelier causes (a stable sort keeps the rest). */
function orderResolutions(entry: Entry, causeOrder: string[]): Entry['resolutions'] {
  const rank = (r: Entry['resolutions'][number]) => (r.forCause === undefined ? -1 : causeOrder.indexOf(r.forCause));
  return [...entry.resolutions].sort((a, b) => rank(a) - rank(b));
}
