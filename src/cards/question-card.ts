import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { renderCard } from './render.js';
import {
  capped,
  fallback,
  fill,
  labelsFor,
  submit,
  trusted,
  trustedOptional,
  type ActionData,
  type Fit,
} from './view.js';

export interface QuestionChoice {
  /** Goes back as the answer's value. */
  value: string;
  label: string;
}

/** A catalogue question, in the user's language. */
export interface QuestionCardData {
  lang: Lang;
  triageId?: string;
  /** The catalogue question's id (a fact id); goes back with every answer. */
  questionId: string;
  text: string;
  /** Why it is asked, or what to look for. */
  hint?: string;
  /** One button each; a yes/no question passes its two choices ('yes', 'no') here. */
  choices?: QuestionChoice[];
  /** A text box for an answer in the user's own words (a version number, a count, a message). */
  freeText?: boolean;
  /** A "Don't know" button (value 'unknown'); on unless false. */
  allowUnknown?: boolean;
  /** "Question 2 of 3". */
  progress?: { number: number; total: number };
}

const MAX = { text: 500, hint: 500, choices: 12, label: 60 };
/** Buttons in one row; long labels get fewer per row so Teams does not cut them off. */
const ROW = { short: 3, long: 2, longLabel: 18 };

/** The text box's id is `value`: the client puts what was typed into the submit data under that name. */
function withoutValue(data: ActionData<'answer'>): Omit<ActionData<'answer'>, 'value'> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'value')) as Omit<
    ActionData<'answer'>,
    'value'
  >;
}

export function questionCard(data: QuestionCardData): Attachment {
  return renderCard('question', (fit) => questionView(data, fit));
}

function questionView(d: QuestionCardData, fit: Fit): object {
  const labels = labelsFor(d.lang);
  const choices = capped(d.choices, MAX.choices);
  const buttons = choices.shown.map((c) => ({
    label: trusted(c.label, MAX.label),
    data: submit({ action: 'answer', question: d.questionId, value: c.value, triageId: d.triageId }),
  }));
  const perRow = buttons.some((b) => b.label.length > ROW.longLabel) ? ROW.long : ROW.short;
  const choiceRows: { choices: typeof buttons }[] = [];
  for (let i = 0; i < buttons.length; i += perRow) choiceRows.push({ choices: buttons.slice(i, i + perRow) });
  const text = trusted(d.text, fit.text(MAX.text));

  return {
    lang: d.lang,
    labels,
    progress: d.progress && fill(labels.questionProgress, { number: d.progress.number, total: d.progress.total }),
    text,
    hint: trustedOptional(d.hint, fit.text(MAX.hint)),
    choiceRows,
    // choices that did not fit can still be typed
    choicesMore: choices.hidden > 0 ? labels.moreChoices : undefined,
    freeText:
      d.freeText || choices.hidden > 0
        ? {
            label: buttons.length > 0 ? labels.typeAnswer : labels.yourAnswer,
            placeholder: labels.answerPlaceholder,
            required: labels.answerRequired,
            data: withoutValue(submit({ action: 'answer', question: d.questionId, value: '', triageId: d.triageId })),
          }
        : undefined,
    dontKnow:
      d.allowUnknown === false
        ? undefined
        : submit({ action: 'answer', question: d.questionId, value: 'unknown', triageId: d.triageId }),
    fallbackText: fallback([text, buttons.map((b) => b.label).join(' / ')]),
  };
}
