import type { Storage } from 'botbuilder';
import { readItem, updateItem } from './stored-item.js';
import {
  FIRST_TICKET_NUMBER,
  isTicketId,
  ticketId,
  type Ticket,
  type TicketChange,
  type TicketDraft,
} from './ticket.js';

interface Counter {
  next: number;
}

interface UserIndex {
  ids: string[];
}

/** Tickets a user can list; older ones stay stored, only the index forgets them. */
const MAX_PER_USER = 50;

const KEYS = {
  counter: 'tickets/counter',
  ticket: (id: string) => `tickets/${id}`,
  user: (userId: string) => `tickets/by-user/${encodeURIComponent(userId)}`,
  source: (conversationId: string, activityId: string) =>
    `tickets/by-activity/${encodeURIComponent(conversationId)}/${encodeURIComponent(activityId)}`,
};

interface SourceMark {
  ticketId: string;
}

/**
 * Tickets in the bot's own Storage (the same as its state): one item per ticket, a counter for the short ids and,
 * per user, the ids of their tickets (Storage cannot list or query, so "mijn tickets" reads that index).
 */
export class TicketStore {
  constructor(private readonly storage: Storage) {}

  /**
   * A new ticket with the next id. `source` (the conversation and activity that asked for it) makes this idempotent:
   * the same activity processed again (a turn run once more after a state conflict) gets the same ticket back.
   */
  async create(
    draft: TicketDraft,
    source?: { conversationId: string; activityId: string },
  ): Promise<{ ticket: Ticket; created: boolean }> {
    const sourceKey = source ? KEYS.source(source.conversationId, source.activityId) : undefined;
    if (sourceKey) {
      const mark = await readItem<SourceMark>(this.storage, sourceKey);
      const earlier = mark ? await this.get(mark.ticketId) : undefined;
      if (earlier) return { ticket: earlier, created: false };
    }
    const { value: counter } = await updateItem<Counter>(this.storage, KEYS.counter, (c) => ({
      next: (c?.next ?? FIRST_TICKET_NUMBER) + 1,
    }));
    const ticket: Ticket = { ...draft, id: ticketId((counter?.next ?? FIRST_TICKET_NUMBER + 1) - 1), status: 'open' };
    await this.storage.write({ [KEYS.ticket(ticket.id)]: { ...ticket } });
    await updateItem<UserIndex>(this.storage, KEYS.user(ticket.requester.id), (index) => ({
      ids: [...(index?.ids ?? []).filter((id) => id !== ticket.id), ticket.id].slice(-MAX_PER_USER),
    }));
    if (sourceKey) await this.storage.write({ [sourceKey]: { ticketId: ticket.id } satisfies SourceMark });
    return { ticket, created: true };
  }

  /** The ticket, or undefined for an unknown or malformed id (ids arrive in card submits). */
  async get(id: string): Promise<Ticket | undefined> {
    return isTicketId(id) ? readItem<Ticket>(this.storage, KEYS.ticket(id)) : undefined;
  }

  /** Applies a change to the stored ticket (guarded by its eTag); undefined when there is no such ticket. */
  async change(id: string, apply: (ticket: Ticket) => TicketChange): Promise<TicketChange | undefined> {
    if (!isTicketId(id)) return undefined;
    let outcome: TicketChange | undefined;
    await updateItem<Ticket>(this.storage, KEYS.ticket(id), (current) => {
      if (!current) {
        outcome = undefined;
        return undefined;
      }
      outcome = apply(current);
      return outcome.ok && outcome.ticket !== current ? outcome.ticket : undefined;
    });
    return outcome;
  }

  /** Stores where the ticket card went. */
  async placeCard(id: string, card: NonNullable<Ticket['card']>): Promise<void> {
    await updateItem<Ticket>(this.storage, KEYS.ticket(id), (current) => (current ? { ...current, card } : undefined));
  }

  /** The user's tickets, newest first. */
  async forUser(userId: string): Promise<Ticket[]> {
    const index = await readItem<UserIndex>(this.storage, KEYS.user(userId));
    const ids = [...(index?.ids ?? [])].reverse();
    if (ids.length === 0) return [];
    const items = await this.storage.read(ids.map(KEYS.ticket));
    return ids.flatMap((id) => {
      const item = items[KEYS.ticket(id)] as (Ticket & { eTag?: string }) | undefined;
      if (!item) return [];
      const { eTag: _eTag, ...ticket } = item;
      return [ticket];
    });
  }
}
