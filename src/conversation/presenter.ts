import type { Activity, TurnContext } from 'botbuilder';
import type { Entry, Question } from '../core/kb/schema.js';
import type { Diagnosis, Match } from '../core/diagnosis/diagnose.js';
import type { Lang } from '../core/lang.js';
import type { Facts } from '../core/text/extract-facts.js';
import type { PhraseKey } from '../i18n/index.js';
import type { Ticket } from '../tickets/ticket.js';

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
  /** After "none of these": tell me in other words, with the hand-off one press away. */
  rephrase(context: TurnContext): Promise<void>;
  dsregReport(context: TurnContext, diagnosis: Diagnosis): Promise<void>;
  /**
   * The hand-off checklist with what is known; `confirmable` adds the note box and the send button. With
   * `replaceId` the card sent earlier is updated instead.
   */
  checklistSummary(
    context: TurnContext,
    checklist: { facts: Facts; codes: readonly string[] },
    options: { confirmable: boolean; replaceId?: string },
  ): Promise<string | undefined>;
  /** "mijn tickets": the user's tickets and their status. */
  tickets(context: TurnContext, tickets: readonly Ticket[]): Promise<void>;
  /** The ticket card as an activity for any conversation; `shownHere` marks it as shown in the user's own chat. */
  ticketActivity(ticket: Ticket, lang: Lang, options?: { shownHere?: boolean }): Partial<Activity>;
  /** What the user is told in their own chat when an agent picks up or resolves their ticket (their language). */
  ticketNotice(ticket: Ticket, change: 'assigned' | 'resolved'): Partial<Activity>;
}
