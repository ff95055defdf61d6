import type { TurnContext } from 'botbuilder';
import type { Audience } from '../core/kb/schema.js';
import type { Lang } from '../core/lang.js';
import type { CardAction } from './card-actions.js';
import type { LearnedIndex } from '../core/diagnosis/learned-phrasings.js';

/** Where a conversation happens: a one-to-one chat, a group chat, or a thread in a team's channel. */
export type Scope = 'personal' | 'groupChat' | 'channel';

/**
 * One turn as the bot reads it, once, at the edge: everything after this reads the Turn, never the raw activity's
 * text or locale.
 */
export interface Turn {
  /** What the user wrote, without the bot's @mention and markup, cut to what a chat message can hold. */
  text: string;
  /** Decided once: the message's words, then what the user wrote before, then the Teams locale, then the default. */
  lang: Lang;
  /** The client's locale (the activity's, else Teams' clientInfo). */
  locale?: string;
  /** The card button pressed, when the turn is a card submit of ours. */
  action?: CardAction;
  scope: Scope;
  from: { id?: string; name?: string };
  /** The bot was @mentioned (in a channel it only answers then, or in its own thread). */
  mentioned: boolean;
  /** Who is asking: IT staff get the admin steps first, end users their own (see `decideAudience`). */
  audience: Audience;
  /** What the helpdesk taught for this turn's tenant, read at the start of the turn: the diagnosis uses it. */
  learned?: LearnedIndex;
}

const TURN = Symbol('turn');

export function setTurn(context: TurnContext, turn: Turn): void {
  context.turnState.set(TURN, turn);
}

/** The turn as read at the edge; a turn the edge did not read is a bug, said clearly. */
export function turnOf(context: TurnContext): Turn {
  const turn = context.turnState.get<Turn | undefined>(TURN);
  if (!turn) throw new Error('the turn was not read (setTurn) before the dialogs ran');
  return turn;
}

export const turnLang = (context: TurnContext): Lang => turnOf(context).lang;

export const turnAction = (context: TurnContext): CardAction | undefined => turnOf(context).action;
