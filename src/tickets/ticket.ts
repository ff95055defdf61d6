import type { ConversationReference } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import type { Facts } from '../core/text/extract-facts.js';

export type TicketStatus = 'open' | 'assigned' | 'resolved';

/** Why the conversation went to people. */
export type HandoffReason = 'not-solved' | 'no-match' | 'asked';

export interface Person {
  /** The channel's id for the person (Teams: `29:...`). */
  id: string;
  name: string;
  aadObjectId?: string;
}

export interface TicketTurn {
  from: 'user' | 'bot';
  text: string;
  at: number;
}

export interface TicketAttempt {
  entryId: string;
  /** The answer's title when it was shown, in the user's language (kept in case the entry goes away). */
  title: string;
  outcome?: 'solved' | 'not-solved';
}

/** Where the ticket card was posted, so each change can update it in place. */
export interface TicketCardPlace {
  reference: Partial<ConversationReference>;
  activityId: string;
  /** The card went to the user's own conversation (Emulator, or no helpdesk channel). */
  inConversation: boolean;
  /** The card's language (the helpdesk's, or the user's when shown in their conversation). */
  lang: Lang;
}

/** A hand-off to the helpdesk, with everything the bot learnt, so nobody starts over. */
export interface Ticket {
  id: string;
  status: TicketStatus;
  reason: HandoffReason;
  requester: Person;
  lang: Lang;
  /** The user's channel (`msteams`, `emulator`, ...). */
  channelId: string;
  /** The Entra tenant of the user's conversation (lower case), when it names one: what the ticket teaches stays there. */
  tenantId?: string;
  /** The entries the bot found nearest the user's words (even below its own answer threshold), best first. */
  candidates?: string[];
  /** The problem in one line: the user's first message. */
  summary?: string;
  /** What the user added on the summary card. */
  note?: string;
  facts: Facts;
  codes: string[];
  turns: TicketTurn[];
  tried: TicketAttempt[];
  createdAt: number;
  assignedAt?: number;
  resolvedAt?: number;
  assignee?: Person;
  resolvedBy?: Person;
  resolutionNote?: string;
  /** The knowledge-base entry the agent said fixed it (the user was sent its card, its words were learned). */
  linkedEntryId?: string;
  /** The user's conversation, for telling them proactively. */
  userReference: Partial<ConversationReference>;
  card?: TicketCardPlace;
}

export type TicketDraft = Omit<Ticket, 'id' | 'status'>;

/** Ids people can say on the phone: HD-1001, HD-1002, ... */
export const FIRST_TICKET_NUMBER = 1001;
const TICKET_ID = /^HD-\d{1,9}$/;

export function ticketId(n: number): string {
  return `HD-${n}`;
}

export function isTicketId(id: string): boolean {
  return TICKET_ID.test(id);
}

export type TicketChange = { ok: true; ticket: Ticket } | { ok: false; why: 'resolved' | 'assigned'; ticket: Ticket };

/** An agent takes an open ticket; taking one you already have changes nothing. */
export function assignTicket(ticket: Ticket, agent: Person, at: number): TicketChange {
  if (ticket.status === 'resolved') return { ok: false, why: 'resolved', ticket };
  if (ticket.status === 'assigned') {
    return ticket.assignee?.id === agent.id ? { ok: true, ticket } : { ok: false, why: 'assigned', ticket };
  }
  return { ok: true, ticket: { ...ticket, status: 'assigned', assignee: agent, assignedAt: at } };
}

/** Resolving an open ticket assigns it too: the card then says who did it; `entryId` links the answer that fixed it. */
export function resolveTicket(
  ticket: Ticket,
  agent: Person,
  resolution: { note?: string | undefined; entryId?: string | undefined },
  at: number,
): TicketChange {
  if (ticket.status === 'resolved') return { ok: false, why: 'resolved', ticket };
  const trimmed = resolution.note?.trim();
  return {
    ok: true,
    ticket: {
      ...ticket,
      status: 'resolved',
      assignee: ticket.assignee ?? agent,
      assignedAt: ticket.assignedAt ?? at,
      resolvedBy: agent,
      resolvedAt: at,
      ...(trimmed ? { resolutionNote: trimmed.slice(0, 2000) } : {}),
      ...(resolution.entryId ? { linkedEntryId: resolution.entryId } : {}),
    },
  };
}
