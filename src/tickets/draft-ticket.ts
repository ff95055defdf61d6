import { TurnContext, type Activity } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import type { Entry } from '../core/kb/schema.js';
import type { ConversationMemory } from '../conversation/conversation-memory.js';
import { tenantOf } from '../bot/tenant-gate.js';
import { checklistFacts } from './checklist.js';
import type { HandoffReason, TicketDraft, TicketTurn } from './ticket.js';

export interface DraftInput {
  activity: Partial<Activity>;
  memory: ConversationMemory;
  /** The conversation as it stood when the hand-off began (the checklist answers add nothing an agent needs). */
  turns: readonly TicketTurn[];
  lang: Lang;
  reason: HandoffReason;
  note?: string;
  entries: ReadonlyMap<string, Entry>;
  now: number;
}

/** A ticket from what the conversation gathered: who, facts and codes, key turns, answers tried and how they went. */
export function draftTicket({ activity, memory, turns, lang, reason, note, entries, now }: DraftInput): TicketDraft {
  const from = activity.from;
  const reference = TurnContext.getConversationReference(activity);
  // a later proactive message replies to nothing in particular
  delete reference.activityId;
  const summary = turns.find((t) => t.from === 'user')?.text;
  const trimmedNote = note?.trim();
  const tenantId = tenantOf(activity);
  return {
    reason,
    requester: {
      id: from?.id ?? '',
      name: from?.name?.trim() || (from?.id ?? ''),
      ...(from?.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
    },
    lang,
    channelId: activity.channelId ?? '',
    ...(tenantId ? { tenantId } : {}),
    ...(summary ? { summary: summary.slice(0, 300) } : {}),
    ...(trimmedNote ? { note: trimmedNote.slice(0, 2000) } : {}),
    facts: checklistFacts(memory.facts, memory.codes),
    codes: [...memory.codes],
    turns: turns.map((t) => ({ ...t })),
    tried: memory.tried.map((t) => ({
      entryId: t.entryId,
      title: entries.get(t.entryId)?.title[lang] ?? t.entryId,
      ...(t.outcome ? { outcome: t.outcome } : {}),
    })),
    createdAt: now,
    userReference: reference,
  };
}
