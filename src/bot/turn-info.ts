import type { TurnContext } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import type { CardAction } from './card-actions.js';

const LANG = Symbol('lang');
const ACTION = Symbol('cardAction');

/** What the bot worked out about this turn before the dialogs run. */
export interface TurnInfo {
  lang: Lang;
  /** The card button pressed, when the turn is a card submit of ours. */
  action?: CardAction;
}

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(LANG, info.lang);
  context.turnState.set(ACTION, info.action);
}

export function turnLang(context: TurnContext): Lang {
  return context.turnState.get<Lang | undefined>(LANG) ?? 'nl';
}

export function turnAction(context: TurnContext): CardAction | undefined {
  return context.turnState.get<CardAction | undefined>(ACTION);
}
