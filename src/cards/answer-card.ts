import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import type { CardLabels } from '../i18n/cards.js';
import { plainText } from './escape.js';
import { renderCard } from './render.js';
import {
  capped,
  fallback,
  fill,
  httpsUrl,
  labelsFor,
  markdownList,
  moreText,
  submit,
  trusted,
  trustedOptional,
  type FactRow,
  type Fit,
} from './view.js';

/** A code recognised in the user's text. */
export interface RecognisedCode {
  /** Canonical: `0x801C0003`, `DSREG_E_DIRECTORY_FAILURE`. */
  code: string;
  /** Set when the text was corrected to `code`: what the user wrote ("0x801c003"); the card asks "did you mean?". */
  wrote?: string;
}

export interface AnswerCause {
  text: string;
  /** A known fact rules this cause out; it is shown struck off as "ruled out". */
  ruledOut?: boolean;
}

export interface AnswerResolution {
  title: string;
  steps: string[];
}

export interface AnswerSource {
  /** The article's title. */
  article: string;
  /** The section's heading, when it says more than the answer's title. */
  section?: string;
  /** The article's https address; any other scheme is dropped. */
  url: string;
  /** The section's anchor (`this-user-is-not-authorized-to-enroll`), appended as `#anchor`. */
  anchor?: string;
}

/** An answer from the knowledge base, in the user's language. Knowledge-base text may use markdown. */
export interface AnswerCardData {
  lang: Lang;
  /** The knowledge-base entry; goes back with the feedback buttons. */
  entryId: string;
  triageId?: string;
  title: string;
  /** One line: what is wrong. */
  summary?: string;
  /** Codes recognised in the user's text, in order. */
  codes?: RecognisedCode[];
  /** Shown first, highlighted, with the known facts that point to it (values may be the user's own words). */
  likelyCause?: { text: string; facts?: FactRow[] };
  /** The other causes, most likely first (all causes, when none is likely). */
  otherCauses?: AnswerCause[];
  /** The first is shown open; the others are folded alternatives. */
  resolutions?: AnswerResolution[];
  warnings?: string[];
  source?: AnswerSource;
}

const MAX = {
  title: 200,
  summary: 400,
  codes: 8,
  cause: 600,
  causes: 6,
  facts: 6,
  resolutions: 4,
  resolutionTitle: 160,
  steps: 12,
  step: 600,
  warnings: 4,
  warning: 800,
};

export function answerCard(data: AnswerCardData): Attachment {
  return renderCard('answer', (fit) => answerView(data, fit));
}

function answerView(d: AnswerCardData, fit: Fit): object {
  const labels = labelsFor(d.lang);
  const codes = capped(d.codes, fit.count(MAX.codes));
  const causes = capped(d.otherCauses, fit.count(MAX.causes));
  const facts = capped(d.likelyCause?.facts, fit.count(MAX.facts));
  const resolutions = capped(d.resolutions, fit.count(MAX.resolutions));
  const warnings = capped(d.warnings, fit.count(MAX.warnings));
  const [first, ...rest] = resolutions.shown.map((r, i) => resolutionView(r, i, labels, fit));
  const likelyText = trustedOptional(d.likelyCause?.text, fit.text(MAX.cause));

  return {
    lang: d.lang,
    labels,
    title: trusted(d.title, fit.text(MAX.title)),
    summary: trustedOptional(d.summary, fit.text(MAX.summary)),
    codes:
      codes.shown.length > 0
        ? plainText(codes.shown.map((c) => c.code).join(', ') + (codes.hidden > 0 ? ', …' : ''))
        : undefined,
    corrections: codes.shown
      .filter((c) => c.wrote !== undefined && c.wrote !== c.code)
      .map((c) => ({
        question: plainText(fill(labels.didYouMean, { code: c.code })),
        wrote: plainText(fill(labels.youWrote, { raw: c.wrote ?? '' }), { maxLength: 80 }),
      })),
    likely: likelyText && {
      text: likelyText,
      facts: facts.shown.map((f) => ({ label: trusted(f.label, 80), value: plainText(f.value, { maxLength: 120 }) })),
    },
    causesHeading: d.likelyCause ? labels.otherCauses : labels.possibleCauses,
    causes: causes.shown.map((c) => ({
      text: trusted(c.text, fit.text(MAX.cause)),
      ruledOut: c.ruledOut === true,
      marker: c.ruledOut === true ? '✕' : '•',
      markerColor: c.ruledOut === true ? 'Attention' : 'Default',
    })),
    causesMore: moreText(labels, causes.hidden),
    resolution: first,
    alternatives: rest,
    alternativesMore: moreText(labels, resolutions.hidden),
    warnings: warnings.shown.map((w) => trusted(w, fit.text(MAX.warning))),
    source: d.source && sourceView(d.source, labels),
    actions: {
      solved: submit({ action: 'solved', entryId: d.entryId, triageId: d.triageId }),
      notSolved: submit({ action: 'not-solved', entryId: d.entryId, triageId: d.triageId }),
      otherProblem: submit({ action: 'other-problem', triageId: d.triageId }),
    },
    fallbackText: fallback([
      trusted(d.title, MAX.title),
      likelyText && `${labels.likelyCause}: ${likelyText}`,
      first && `${first.heading}\n${first.steps}`,
    ]),
  };
}

function resolutionView(r: AnswerResolution, index: number, labels: CardLabels, fit: Fit) {
  const steps = capped(r.steps, fit.count(MAX.steps));
  const title = trusted(r.title, MAX.resolutionTitle);
  const heading =
    index === 0 ? `${labels.resolution}: ${title}` : `${fill(labels.alternative, { number: index + 1 })}: ${title}`;
  return {
    id: `alternative-${index + 1}`,
    heading,
    toggleTitle: `${heading} (${labels.showSteps.replace(/[▾▴]\s*$/, '').trimEnd()})`,
    steps: markdownList(
      steps.shown.map((s) => trusted(s, fit.text(MAX.step))),
      true,
    ),
    more: steps.hidden > 0 ? fill(labels.moreSteps, { count: steps.hidden }) : undefined,
  };
}

function sourceView(s: AnswerSource, labels: CardLabels) {
  const name = s.section ? `${trusted(s.article, 200)} › ${trusted(s.section, 200)}` : trusted(s.article, 200);
  return { text: `${labels.source} ${name}`, url: httpsUrl(s.url, s.anchor) };
}
