import type { TurnContext } from 'botbuilder';

/** What the server needs of a bot: one turn at a time. */
export interface BotLogic {
  run(context: TurnContext): Promise<void>;
}
