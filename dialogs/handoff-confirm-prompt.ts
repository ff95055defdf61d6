import {
  Prompt,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { Facts } from '../src/core/text/extract-facts.js';
import { readConfirmation, type HandoffConfirmation } from '../src/conversation/words.js';
import type { Presenter } from '../src/conversation/presenter.js';
import { DialogIds } from './dialog-ids.js';
import { turnOf } from '../src/conversation/turn.js';

export const HANDOFF_CONFIRM = `${DialogIds.handoff}-confirm`;

/** What the summary card shows. */
export interface HandoffConfirmOptions extends PromptOptions {
  validations: { facts: Facts; codes: string[] };
}

export type { HandoffConfirmation } from '../src/conversation/words.js';

interface ConfirmState {
  cardActivityId?: string;
}

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

function summaryOf(options: PromptOptions): { facts: Facts; codes: string[] } {
  return (options as HandoffConfirmOptions).validations;
}
