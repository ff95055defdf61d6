export type { Feedback } from '../src/conversation/words.js';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { readFeedback } from '../src/conversation/words.js';
import { DialogIds } from './dialog-ids.js';
import { turnOf } from '../src/conversation/turn.js';

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
