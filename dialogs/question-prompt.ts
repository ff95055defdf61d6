import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../src/core/kb/load.js';
import type { Question } from '../src/core/kb/schema.js';
import { parseAnswer } from '../src/core/text/parse-answer.js';
import { readCardAction } from '../src/conversation/card-actions.js';
import type { Presenter } from '../src/conversation/presenter.js';
import { DialogIds } from './dialog-ids.js';
import { giveUpAfterAttempts } from './give-up-after.js';
import { turnOf } from '../src/conversation/turn.js';

/** Options of one question: which catalogue question. */
export interface QuestionOptions extends PromptOptions {
  validations: { questionId: string };
}

interface QuestionState {
  cardActivityId?: string;
}

/**
 * Asks one catalogue question as a card and recognises the answer typed ("ja", "Windows 10 Home", "weet ik niet")
 * or pressed (a card submit with empty text). After three answers it cannot read, it moves on with "unknown".
 */
export class QuestionPrompt extends Prompt<string> {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly present: Presenter,
  ) {
    super(
      DialogIds.question,
      giveUpAfterAttempts(() => 'unknown'),
    );
  }

  protected async onPrompt(
    context: TurnContext,
    state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const question = this.questionOf(options);
    const id = await this.present.question(context, question, isRetry);
    if (id) (state as QuestionState).cardActivityId = id;
  }

  protected async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<string>> {
    const question = this.questionOf(options);
    const action = readCardAction(context.activity.value);
    let value: string | undefined;
    if (action?.action === 'answer' && action.question === question.id) {
      value = parseAnswer(question, action.value);
    } else if (!action) {
      value = parseAnswer(question, turnOf(context).text);
    }
    const card = state as QuestionState;
    // botbuilder may recognise one turn twice (before bubbling events and to continue): update the card once
    if (value !== undefined && card.cardActivityId !== undefined) {
      await this.present.questionAnswered(context, question, value, card.cardActivityId);
      card.cardActivityId = undefined;
    }
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }

  private questionOf(options: PromptOptions): Question {
    const id = (options as QuestionOptions).validations.questionId;
    const question = this.kb.questions.get(id);
    if (!question) throw new Error(`unknown question ${id}`);
    return question;
  }
}
