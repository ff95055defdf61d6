import type { TurnContext } from 'botbuilder';
import type { Entry, Question } from '../core/kb/schema.js';
import type { Diagnosis, Match } from '../core/diagnosis/diagnose.js';
import type { PhraseKey } from '../i18n/index.js';

/**
 * How the bot shows things: dialogs decide what to say, the presenter turns it into cards or text in the
 * turn's language. Methods that send a card return the sent activity's id (for updating it later).
 */
export interface Presenter {
  say(context: TurnContext, key: PhraseKey, vars?: Record<string, string | number>): Promise<void>;
  welcome(context: TurnContext): Promise<void>;
  answer(context: TurnContext, match: Match, diagnosis: Diagnosis): Promise<void>;
  question(context: TurnContext, question: Question, retry: boolean): Promise<string | undefined>;
  questionAnswered(
    context: TurnContext,
    question: Question,
    value: string,
    activityId: string | undefined,
  ): Promise<void>;
  disambiguation(context: TurnContext, candidates: readonly Entry[], retry: boolean): Promise<void>;
  noMatch(context: TurnContext, diagnosis: Diagnosis): Promise<void>;
  dsregReport(context: TurnContext, diagnosis: Diagnosis): Promise<void>;
}
