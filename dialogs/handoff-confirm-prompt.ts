import {
  Prompt,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { Facts } from '../src/core/text/extract-facts.js';
import { normalize } from '../src/core/text/normalize.js';
import { readCardAction } from '../src/conversation/card-actions.js';
import type { Presenter } from '../src/conversation/presenter.js';
import { DialogIds } from './dialog-ids.js';
import { turnOf } from '../src/conversation/turn.js';

export const HANDOFF_CONFIRM = `${DialogIds.handoff}-confirm`;

/** What the summary card shows. */
export interface HandoffConfirmOptions extends PromptOptions {
  validations: { facts: Facts; codes: string[] };
}

export interface HandoffConfirmation {
  confirmed: boolean;
  /** What the user typed in the card's note box. */
  note?: string;
}

interface ConfirmState {
  cardActivityId?: string;
}

const YES = new Set([
  'ja',
  'yes',
  'j',
  'y',
  'ok',
  'oke',
  'okay',
  'ja graag',
  'yes please',
  'graag',
  'prima',
  'klopt',
  'doe maar',
  'versturen',
  'verstuur',
  'verstuur maar',
  'doorsturen',
  'stuur door',
  'stuur maar',
  'send',
  'send it',
  'confirm',
  'bevestig',
  'bevestigen',
  'akkoord',
]);
const NO = new Set([
  'nee',
  'no',
  'n',
  'nope',
  'nee hoor',
  'niet versturen',
  'niet doorsturen',
  'hoeft niet',
  'dont send',
  'do not send',
  'no thanks',
  'nee dank je',
  'nee bedankt',
]);

/**
 * Shows the checklist summary with a note box and "Doorsturen naar de helpdesk", and waits for the press (or a typed
 * "ja" / "nee"). The card then loses its button, so it cannot be sent twice. After three answers it cannot read,
 * nothing is sent.
 */
export class HandoffConfirmPrompt extends Prompt<HandoffConfirmation> {
  constructor(private readonly present: Presenter) {
    super(HANDOFF_CONFIRM, (prompt: PromptValidatorContext<HandoffConfirmation>) => {
      if (prompt.recognized.succeeded) return Promise.resolve(true);
      if (prompt.attemptCount >= 3) {
        prompt.recognized.value = { confirmed: false };
        return Promise.resolve(true);
      }
      return Promise.resolve(false);
    });
  }

  protected async onPrompt(
    context: TurnContext,
    state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    if (isRetry) return this.present.say(context, 'handoff.confirmRetry');
    const id = await this.present.checklistSummary(context, summaryOf(options), { confirmable: true });
    if (id) (state as ConfirmState).cardActivityId = id;
  }

  protected async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<HandoffConfirmation>> {
    const value = readConfirmation(turnOf(context).text, context.activity.value);
    const cardActivityId = (state as ConfirmState).cardActivityId;
    if (value && cardActivityId)
      await this.present.checklistSummary(context, summaryOf(options), {
        confirmable: false,
        replaceId: cardActivityId,
      });
    return value ? { succeeded: true, value } : { succeeded: false };
  }
}

/** The press on the summary card, or a typed yes or no; undefined for anything else. */
export function readConfirmation(text: string, value: unknown): HandoffConfirmation | undefined {
  const action = readCardAction(value);
  if (action?.action === 'confirm-handoff') {
    const note = action.note?.trim();
    return { confirmed: true, ...(note ? { note } : {}) };
  }
  if (action) return undefined;
  const said = normalize(text)
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (YES.has(said)) return { confirmed: true };
  if (NO.has(said)) return { confirmed: false };
  return undefined;
}

function summaryOf(options: PromptOptions): { facts: Facts; codes: string[] } {
  return (options as HandoffConfirmOptions).validations;
}
