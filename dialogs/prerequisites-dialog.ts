import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { FactId } from '../src/core/kb/schema.js';
import type { Facts } from '../src/core/text/extract-facts.js';
import { DialogIds } from './dialog-ids.js';
import type { QuestionOptions, QuestionPrompt } from './question-prompt.js';

const STEPS = `${DialogIds.prerequisites}-steps`;

export interface PrerequisitesOptions {
  questions: FactId[];
  /** Filled in as the dialog goes; returned when all are answered. */
  answers?: Facts;
  index?: number;
}

/**
 * Asks the catalogue questions it is given, one at a time, and returns the answers as facts. The caller decides
 * which questions matter; this dialog skips any that got answered meanwhile.
 */
export class PrerequisitesDialog extends ComponentDialog {
  constructor(questionPrompt: QuestionPrompt) {
    super(DialogIds.prerequisites);
    this.addDialog(
      new WaterfallDialog<PrerequisitesOptions>(STEPS, [this.askStep.bind(this), this.recordStep.bind(this)]),
    );
    this.addDialog(questionPrompt);
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext<PrerequisitesOptions>): Promise<DialogTurnResult> {
    const { questions, answers = {}, index = 0 } = step.options;
    const next = questions.slice(index).find((q) => answers[q] === undefined);
    if (next === undefined) return step.endDialog(answers);
    (step.values as { questionId?: FactId }).questionId = next;
    const options: QuestionOptions = { validations: { questionId: next } };
    return step.prompt(DialogIds.question, options);
  }

  private async recordStep(step: WaterfallStepContext<PrerequisitesOptions>): Promise<DialogTurnResult> {
    const { questions, answers = {} } = step.options;
    const id = (step.values as { questionId: FactId }).questionId;
    const updated: Facts = { ...answers, [id]: String(step.result) };
    return step.replaceDialog(STEPS, { questions, answers: updated, index: questions.indexOf(id) + 1 });
  }
}
