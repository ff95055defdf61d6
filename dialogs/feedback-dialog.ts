import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { normalize } from '../src/core/text/normalize.js';
import { readCardAction } from '../src/conversation/card-actions.js';
import { DialogIds } from './dialog-ids.js';
import { turnOf } from '../src/conversation/turn.js';

export type Feedback =
  | { kind: 'solved' }
  | { kind: 'not-solved' }
  | { kind: 'other-problem' }
  /** Something else was typed: more detail or a new problem, for the caller to read. */
  | { kind: 'text'; text: string };

const SOLVED = new Set([
  'ja',
  'jep',
  'yes',
  'yep',
  'y',
  'j',
  'opgelost',
  'solved',
  'gelukt',
  'het werkt',
  'werkt',
  'werkt weer',
  'it works',
  'works',
  'fixed',
  'top',
  'super',
  'bedankt',
  'dank je',
  'dankjewel',
  'thanks',
  'thank you',
  'ja opgelost',
  'ja dank je',
  'yes thanks',
  'ok',
  'oke',
  'thx',
  'dank',
]);
const NOT_SOLVED = new Set([
  'nee',
  'neen',
  'no',
  'nope',
  'n',
  'niet opgelost',
  'not solved',
  'werkt niet',
  'werkt nog steeds niet',
  'helpt niet',
  'hielp niet',
  'didnt help',
  'did not help',
  'not fixed',
  'still broken',
  'nog steeds',
  'nee helaas',
  'no luck',
  'nope still',
  'still not working',
  'dat was het niet',
  'that wasnt it',
  'klopt niet',
]);
/** Short replies that start or contain a verdict ("nee helaas, nog steeds dezelfde fout", "yes that fixed it"). */
const NOT_SOLVED_HINT =
  /^(?:nee|neen|no|nope|helaas)\b|niet opgelost|not solved|(?:did not|didnt|doesnt|does not) (?:help|work)|helpt niet|hielp niet|werkt (?:nog )?(?:steeds )?niet|still (?:not|broken|fail)|no luck|zelfde fout|same error/;
const SOLVED_HINT = /^(?:ja|jep|yes|yep|top|super)\b|opgelost|solved|fixed|werkt weer|works now|it works|gelukt/;
const OTHER = new Set(['ander probleem', 'other problem', 'another problem', 'nieuw probleem', 'new problem']);

/** Reads the user's verdict on an answer: a card button or a typed "ja", "nee", "werkt niet". */
export function readFeedback(text: string, value: unknown, entryId: string): Feedback {
  const action = readCardAction(value);
  if (action?.action === 'solved' && action.entryId === entryId) return { kind: 'solved' };
  if (action?.action === 'not-solved' && action.entryId === entryId) return { kind: 'not-solved' };
  if (action?.action === 'other-problem') return { kind: 'other-problem' };
  const said = normalize(text)
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (NOT_SOLVED.has(said) || (said.length < 60 && NOT_SOLVED_HINT.test(said))) return { kind: 'not-solved' };
  if (SOLVED.has(said) || (said.length < 60 && SOLVED_HINT.test(said))) return { kind: 'solved' };
  if (OTHER.has(said)) return { kind: 'other-problem' };
  return { kind: 'text', text };
}

interface FeedbackOptions {
  entryId: string;
}

/** Waits for the user's next turn after an answer card and returns it as Feedback. */
export class FeedbackDialog extends Dialog<FeedbackOptions> {
  constructor() {
    super(DialogIds.feedback);
  }

  override async beginDialog(dc: DialogContext, options?: FeedbackOptions): Promise<DialogTurnResult> {
    dc.activeDialog!.state = { entryId: options?.entryId ?? '' };
    return Promise.resolve(Dialog.EndOfTurn);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const { entryId } = dc.activeDialog!.state as FeedbackOptions;
    return dc.endDialog(readFeedback(turnOf(dc.context).text, dc.context.activity.value, entryId));
  }
}
