import type { PromptOptions, PromptValidator, PromptValidatorContext } from 'botbuilder-dialogs';

/** Answers a prompt cannot read before it moves on. */
export const MAX_ATTEMPTS = 3;

/** A validator that accepts what was recognised, and after MAX_ATTEMPTS misses moves on with `fallback`. */
export function giveUpAfterAttempts(fallback: (options: PromptOptions) => string): PromptValidator<string> {
  return (prompt: PromptValidatorContext<string>) => {
    if (!prompt.recognized.succeeded && prompt.attemptCount >= MAX_ATTEMPTS) {
      prompt.recognized.value = fallback(prompt.options);
      return Promise.resolve(true);
    }
    return Promise.resolve(prompt.recognized.succeeded);
  };
}
