import type { Attachment } from 'botbuilder';
import type { Audience } from '../core/kb/schema.js';
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
  moreText,
  oneLine,
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
  /** Who does each step (the knowledge base's `doneBy`); a procedure without it counts as IT's. */
  doneBy?: readonly Audience[];
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
  /** Who is asking: an end user sees their own steps first and hands IT's work over; IT sees the admin steps. */
  audience?: Audience;
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
  /** Best first. The card opens one procedure (for an end user: the first they can do themselves) and folds the rest. */
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

/**
 * How much of the open procedure shows before any press: its first steps, up to this many and this many characters
 * (the first step always); the rest of the same numbered list folds out.
 */
/**
 * How much of the open procedure shows before "Verder met stap N": an end user's own steps are short; an admin's are
 * long (portal paths), so fewer of them fit one screen.
 */
const OPEN: Record<Audience, { steps: number; chars: number }> = {
  user: { steps: 4, chars: 240 },
  it: { steps: 3, chars: 140 },
};

export function answerCard(data: AnswerCardData): Attachment {
  return renderCard('answer', (fit) => answerView(data, fit));
}

const isUsers = (r: AnswerResolution): boolean => r.doneBy !== undefined && r.doneBy.every((by) => by === 'user');

/**
 * The procedure to open and the folded rest. An end user gets the first procedure they can do themselves, and
 * learns when the fix is IT's; IT gets the first admin procedure.
 */
function arrange(resolutions: readonly AnswerResolution[], audience: Audience) {
  const own = resolutions.filter(isUsers);
  const its = resolutions.filter((r) => !isUsers(r));
  if (audience === 'it') {
    const [open, ...rest] = [...its, ...own];
    return { open, itFolded: [], otherFolded: rest, fixIsIts: false };
  }
  const [open, ...otherOwn] = own;
  return { open, itFolded: its, otherFolded: otherOwn, fixIsIts: its.length > 0 };
}

function answerView(d: AnswerCardData, fit: Fit): object {
  const labels = labelsFor(d.lang);
  const audience = d.audience ?? 'user';
  const codes = capped(d.codes, fit.count(MAX.codes));
  const causes = capped(d.otherCauses, fit.count(MAX.causes));
  const facts = capped(d.likelyCause?.facts, fit.count(MAX.facts));
  const resolutions = capped(d.resolutions, fit.count(MAX.resolutions));
  const warnings = capped(d.warnings, fit.count(MAX.warnings));
  const likelyText = trustedOptional(d.likelyCause?.text, fit.text(MAX.cause));
  const [firstWarning, ...otherWarnings] = warnings.shown.map((w) => trusted(w, fit.text(MAX.warning)));
  const { open, itFolded, otherFolded, fixIsIts } = arrange(resolutions.shown, audience);
  const opened =
    open && openView(open, audience === 'user' ? labels.yourSteps : labels.resolution, labels, fit, OPEN[audience]);
  const procedures = (rs: readonly AnswerResolution[]) =>
    rs.map((r) => {
      const list = stepList(r.steps, 0, fit);
      const more = list.hidden > 0 ? `\n${fill(labels.moreSteps, { count: list.hidden })}` : '';
      return { heading: trusted(r.title, MAX.resolutionTitle), text: list.text + more };
    });
  const causeRows = causes.shown.map((c) => ({
    text: `${c.ruledOut === true ? '✕' : '•'} ${trusted(c.text, fit.text(MAX.cause))}${c.ruledOut === true ? ` (${labels.ruledOut})` : ''}`,
    subtle: c.ruledOut === true,
  }));
  const folds = [
    fold('it-steps', labels.itSteps, procedures(itFolded)),
    fold('other-fixes', labels.otherFixes, procedures(otherFolded), moreText(labels, resolutions.hidden)),
    fold(
      'causes',
      d.likelyCause ? labels.otherCauses : labels.possibleCauses,
      causeRows,
      moreText(labels, causes.hidden),
    ),
    // the first warning stays in sight; more of them would push the fix off the screen
    fold(
      'more-warnings',
      labels.moreWarnings,
      otherWarnings.map((text) => ({ text })),
      moreText(labels, warnings.hidden),
    ),
  ].filter((f) => f !== undefined);

  return {
    lang: d.lang,
    labels,
    title: trusted(d.title, fit.text(MAX.title)),
    // the summary says what is wrong when no cause is known to be likely; a likely cause says it better
    summary: likelyText ? undefined : trustedOptional(d.summary, fit.text(MAX.summary)),
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
    resolution: opened,
    handoff: fixIsIts
      ? { text: labels.fixIsIts, data: submit({ action: 'handoff', triageId: d.triageId }) }
      : undefined,
    folds,
    warning: firstWarning,
    source: d.source && sourceView(d.source, labels),
    actions: {
      solved: submit({ action: 'solved', entryId: d.entryId, triageId: d.triageId }),
      notSolved: submit({ action: 'not-solved', entryId: d.entryId, triageId: d.triageId }),
      otherProblem: submit({ action: 'other-problem', triageId: d.triageId }),
    },
    fallbackText: fallback([
      trusted(d.title, MAX.title),
      likelyText && `${labels.likelyCause}: ${likelyText}`,
      opened && `${opened.heading}\n${opened.steps}${opened.rest ? `\n${opened.rest.text}` : ''}`,
      fixIsIts ? labels.fixIsIts : undefined,
    ]),
  };
}

/** One procedure as one numbered list, from step `from` on (a continuation keeps the numbers going). */
function stepList(steps: readonly string[], from: number, fit: Fit) {
  const shown = capped(steps, fit.count(MAX.steps));
  const text = shown.shown
    .map((s, i) => ({ s, n: i + 1 }))
    .slice(from)
    .map(({ s, n }) => `${n}. ${oneLine(trusted(s, fit.text(MAX.step)))}`)
    .join('\n');
  return { text, count: Math.max(0, shown.shown.length - from), hidden: shown.hidden };
}

/** The open procedure: its first steps visible, the rest of the same list behind one toggle. */
function openView(
  r: AnswerResolution,
  lead: string,
  labels: CardLabels,
  fit: Fit,
  budget: { steps: number; chars: number },
) {
  const all = stepList(r.steps, 0, fit);
  const lines = all.text.split('\n');
  let visible = 1;
  let length = lines[0]?.length ?? 0;
  while (visible < Math.min(lines.length, budget.steps) && length + (lines[visible]?.length ?? 0) <= budget.chars) {
    length += lines[visible]?.length ?? 0;
    visible += 1;
  }
  const rest = stepList(r.steps, visible, fit);
  return {
    heading: `${lead}: ${trusted(r.title, MAX.resolutionTitle)}`,
    steps: lines.slice(0, visible).join('\n'),
    rest:
      rest.count > 0
        ? {
            title: fill(labels.moreStepsToggle, { from: visible + 1 }),
            text: rest.text,
          }
        : undefined,
    more: all.hidden > 0 ? fill(labels.moreSteps, { count: all.hidden }) : undefined,
  };
}

/** A folded section: a header row that opens it, its items hidden until then; nothing to fold gives no section. */
function fold(
  id: string,
  heading: string,
  items: ReadonlyArray<{ heading?: string; text: string; subtle?: boolean }>,
  more?: string,
) {
  if (items.length === 0) return undefined;
  return { id, heading: `${heading} (${items.length})`, items, more };
}

function sourceView(s: AnswerSource, labels: CardLabels) {
  const name = s.section ? `${trusted(s.article, 200)} › ${trusted(s.section, 200)}` : trusted(s.article, 200);
  return { text: `${labels.source} ${name}`, url: httpsUrl(s.url, s.anchor) };
}
