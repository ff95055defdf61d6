import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { TicketStore } from '../../src/tickets/ticket-store.js';
import { assignTicket, resolveTicket, type Person, type TicketDraft } from '../../src/tickets/ticket.js';
import { updateItem } from '../../src/tickets/stored-item.js';

/** The same store behind another object, like a second bot process on one database. */
const view = (storage: Storage): Storage => ({
  read: (keys) => storage.read(keys),
  write: (changes) => storage.write(changes),
  delete: (keys) => storage.delete(keys),
});

const ANNE: Person = { id: '29:anne', name: 'Anne' };
const PIET: Person = { id: '29:piet', name: 'Piet' };
const KEES: Person = { id: '29:kees', name: 'Kees' };

function draft(requester: Person = ANNE): TicketDraft {
  return {
    reason: 'asked',
    requester,
    lang: 'nl',
    channelId: 'msteams',
    facts: { platform: 'windows' },
    codes: ['0x80180014'],
    turns: [{ from: 'user', text: 'mijn laptop', at: 1 }],
    tried: [],
    createdAt: Date.parse('2026-11-10T09:00:00Z'),
    userReference: { conversation: { id: 'a:1', isGroup: false, conversationType: 'personal', name: '' } },
  };
}

describe('the ticket store', () => {
  it("numbers tickets HD-1001, HD-1002, ... and lists a user's own, newest first", async () => {
    const store = new TicketStore(new MemoryStorage());
    const first = await store.create(draft());
    const second = await store.create(draft(PIET));
    const third = await store.create(draft());
    expect([first, second, third].map((r) => r.ticket.id)).toEqual(['HD-1001', 'HD-1002', 'HD-1003']);
    expect(first.ticket.status).toBe('open');
    expect((await store.forUser(ANNE.id)).map((t) => t.id)).toEqual(['HD-1003', 'HD-1001']);
    expect(await store.forUser('29:nobody')).toEqual([]);
  });

  it('gives every ticket its own id when two bots open many at once', async () => {
    const storage = new MemoryStorage();
    const stores = [new TicketStore(view(storage)), new TicketStore(view(storage))];
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => stores[i % 2]!.create(draft())));
    expect(new Set(made.map((m) => m.ticket.id)).size).toBe(20);
    expect(await stores[0]!.forUser(ANNE.id)).toHaveLength(20);
  });

  it('opens one ticket per activity, however often the activity comes through', async () => {
    const store = new TicketStore(new MemoryStorage());
    const source = { conversationId: 'a:1', activityId: 'act-7' };
    const once = await store.create(draft(), source);
    const twice = await store.create(draft(), source);
    expect(twice).toEqual({ ticket: once.ticket, created: false });
    expect(await store.forUser(ANNE.id)).toHaveLength(1);
  });

  it('reads only well-formed ticket ids (they arrive in card submits)', async () => {
    const store = new TicketStore(new MemoryStorage());
    await store.create(draft());
    expect(await store.get('HD-1001')).toBeDefined();
    expect(await store.get('counter')).toBeUndefined();
    expect(await store.get('by-user/29%3Aanne')).toBeUndefined();
    expect(await store.change('../counter', (t) => ({ ok: true, ticket: t }))).toBeUndefined();
  });

  it('lets one of two agents who press "Ik pak dit op" at once (on two bots) have it', async () => {
    const storage = new MemoryStorage();
    const [one, two] = [new TicketStore(view(storage)), new TicketStore(view(storage))];
    const { ticket } = await one.create(draft());
    const [a, b] = await Promise.all([
      one.change(ticket.id, (t) => assignTicket(t, PIET, 2)),
      two.change(ticket.id, (t) => assignTicket(t, KEES, 3)),
    ]);
    expect([a?.ok, b?.ok].sort()).toEqual([false, true]);
    const winner = a?.ok ? PIET : KEES;
    expect([a, b].find((r) => r?.ok === false)).toMatchObject({
      ok: false,
      why: 'assigned',
      ticket: { assignee: winner },
    });
    expect((await one.get(ticket.id))?.assignee).toEqual(winner);
  });
});

describe('ticket changes', () => {
  const open = { ...draft(), id: 'HD-1', status: 'open' as const };

  it('assigns an open ticket, keeps it for the same agent, refuses another', () => {
    const assigned = assignTicket(open, PIET, 5);
    expect(assigned).toMatchObject({ ok: true, ticket: { status: 'assigned', assignee: PIET, assignedAt: 5 } });
    if (!assigned.ok) throw new Error('not assigned');
    expect(assignTicket(assigned.ticket, PIET, 6)).toEqual({ ok: true, ticket: assigned.ticket });
    expect(assignTicket(assigned.ticket, KEES, 6)).toMatchObject({ ok: false, why: 'assigned' });
  });

  it('resolves with the note, assigning an open ticket to the resolver, and only once', () => {
    const resolved = resolveTicket(open, KEES, { note: '  licentie toegewezen  ' }, 9);
    expect(resolved).toMatchObject({
      ok: true,
      ticket: {
        status: 'resolved',
        assignee: KEES,
        resolvedBy: KEES,
        resolvedAt: 9,
        resolutionNote: 'licentie toegewezen',
      },
    });
    if (!resolved.ok) throw new Error('not resolved');
    expect(resolveTicket(resolved.ticket, PIET, { note: 'again' }, 10)).toMatchObject({ ok: false, why: 'resolved' });
    expect(assignTicket(resolved.ticket, PIET, 10)).toMatchObject({ ok: false, why: 'resolved' });
  });
});

describe('read-modify-write', () => {
  it('retries on an eTag conflict and gives up on other errors', async () => {
    const inner = new MemoryStorage();
    let conflicts = 2;
    const flaky: Storage = {
      read: (keys) => inner.read(keys),
      delete: (keys) => inner.delete(keys),
      write: async (changes: StoreItems) => {
        if (conflicts-- > 0) throw new Error('Storage: error writing "k" due to eTag conflict.');
        return inner.write(changes);
      },
    };
    await expect(updateItem<{ n: number }>(flaky, 'k', (c) => ({ n: (c?.n ?? 0) + 1 }))).resolves.toEqual({
      value: { n: 1 },
      written: true,
    });
    const broken: Storage = { ...flaky, write: () => Promise.reject(new Error('disk full')) };
    await expect(updateItem<{ n: number }>(broken, 'k', () => ({ n: 0 }))).rejects.toThrow('disk full');
  });
});
