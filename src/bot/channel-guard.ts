import type { DiagnosisIndex } from '../core/diagnosis/diagnosis-index.js';
import { diagnose } from '../core/diagnosis/diagnose.js';
import type { CardAction } from '../conversation/card-actions.js';
import type { ConversationMemory } from '../conversation/conversation-memory.js';
import type { Scope } from './teams-context.js';

/**
 * What to do with a turn in a shared conversation (group chat, channel thread) while someone's triage is open:
 * - `go`: handle it as usual.
 * - `ignore`: not for the bot (people talking among themselves without mentioning it).
 * - `not-starter`: someone else pressed a button or typed into the triage: a polite note, nothing changes.
 * - `new-thread`: someone else @mentioned the bot with a problem of their own in a channel thread: ask them to start
 *   a new post (a thread per problem keeps the first person's triage intact, and threads are cheap in a channel).
 * - `take-over`: the same in a group chat, where there are no threads: the open triage is closed and theirs starts.
 */
export type GuardDecision = 'go' | 'ignore' | 'not-starter' | 'new-thread' | 'take-over';

export interface GuardInput {
  scope: Scope;
  fromId: string | undefined;
  /** Whether a dialog is waiting for an answer in this conversation. */
  dialogActive: boolean;
  starterId: string | undefined;
  /** The turn is a card submit (`activity.value`), ours or not. */
  submit: boolean;
  action: CardAction | undefined;
  /** The message @mentions the bot. */
  mentioned: boolean;
  /** Whether the typed text is clearly a new problem (asked only when it matters). */
  newProblem: () => boolean;
}

/** Buttons meant for people other than the triage's starter: helpdesk agents on a ticket card. */
const ANYONE: ReadonlySet<CardAction['action']> = new Set(['ticket-assign', 'ticket-resolve', 'ticket-forget']);

export function guardTurn(input: GuardInput): GuardDecision {
  if (input.scope === 'personal') return 'go';
  const starter = input.dialogActive ? input.starterId : undefined;
  const isStarter = starter === undefined || input.fromId === starter;
  if (input.submit) return isStarter || (input.action && ANYONE.has(input.action.action)) ? 'go' : 'not-starter';
  if (isStarter) return input.dialogActive || input.mentioned ? 'go' : 'ignore';
  if (!input.mentioned) return 'ignore';
  if (!input.newProblem()) return 'not-starter';
  return input.scope === 'channel' ? 'new-thread' : 'take-over';
}

/**
 * A message that is clearly a problem of its own, not an answer or a remark on the open one: an error code not seen
 * in this conversation, a pasted `dsregcmd /status`, or a description that matches an answer other than the ones
 * already shown.
 */
export function looksLikeNewProblem(index: DiagnosisIndex, text: string, memory: ConversationMemory): boolean {
  if (!text.trim()) return false;
  const diagnosis = diagnose(index, { text });
  if (diagnosis.codes.some((c) => !memory.codes.includes(c.code))) return true;
  if (diagnosis.dsregcmd) return true;
  const best = diagnosis.matches[0];
  if (!best || diagnosis.codes.length > 0) return false;
  return !memory.tried.some((t) => t.entryId === best.entry.id);
}
