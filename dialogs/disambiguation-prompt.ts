import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { DiagnosisIndex } from '../src/core/diagnosis/diagnosis-index.js';
import { normalize } from '../src/core/text/normalize.js';
import { readCardAction } from '../src/conversation/card-actions.js';
import type { Presenter } from '../src/conversation/presenter.js';
import { DialogIds } from './dialog-ids.js';
import { giveUpAfterAttempts } from './give-up-after.js';
import { turnOf } from '../src/conversation/turn.js';
import { ordinalOf, saysNoneOfThese } from '../src/conversation/words.js';

export interface DisambiguationOptions extends PromptOptions {
  validations: { entryIds: string[] };
}

/** What the prompt returns for "none of these". */
export const NONE_OF_THESE = '';

/**
 * Several answers fit: one card lets the user pick by the message they see. A press, a number ("2", "de tweede")
 * or the message's words typed all work; "none of these" (or three misses) returns NONE_OF_THESE.
 */
export class DisambiguationPrompt extends Prompt<string> {
  constructor(
    private readonly index: DiagnosisIndex,
    private readonly present: Presenter,
  ) {
    super(
      DialogIds.disambiguation,
      giveUpAfterAttempts(() => NONE_OF_THESE),
    );
  }

  protected async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const entries = idsOf(options).flatMap((id) => this.index.byId.get(id) ?? []);
    await this.present.disambiguation(context, entries, isRetry);
  }

  protected onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<string>> {
    const ids = idsOf(options);
    const action = readCardAction(context.activity.value);
    if (action?.action === 'other-problem') return Promise.resolve({ succeeded: true, value: NONE_OF_THESE });
    if (action?.action === 'pick')
      return Promise.resolve(
        ids.includes(action.entryId) ? { succeeded: true, value: action.entryId } : { succeeded: false },
      );
    const text = normalize(turnOf(context).text)
      .replace(/[^\p{L}\p{N} ]+/gu, ' ')
      .trim();
    if (saysNoneOfThese(text)) return Promise.resolve({ succeeded: true, value: NONE_OF_THESE });
    const ordinal = text
      .split(/\s+/)
      .map(ordinalOf)
      .find((n) => n !== undefined);
    if (ordinal !== undefined && ordinal < ids.length && text.split(/\s+/).length <= 3)
      return Promise.resolve({ succeeded: true, value: ids[ordinal] as string });
    const picked = text ? this.byWords(text, ids) : undefined;
    return Promise.resolve(picked ? { succeeded: true, value: picked } : { succeeded: false });
  }

  /** The candidate whose words the typed text matches best, if it clearly leads. */
  private byWords(text: string, ids: string[]): string | undefined {
    const scores = this.index.text
      .search(text)
      .map((s) => ({ id: this.index.entries[s.doc]?.id ?? '', bm25: s.bm25 }))
      .filter((s) => ids.includes(s.id));
    const [first, second] = scores;
    if (!first) return undefined;
    return !second || first.bm25 > second.bm25 * 1.2 ? first.id : undefined;
  }
}

function idsOf(options: PromptOptions): string[] {
  return (options as DisambiguationOptions).validations.entryIds;
}
