import { describe, expect, it } from 'vitest';
import type { BotEvent, LoggedEvent } from '../../src/tickets/event-log.js';
import { formatReport, summarise } from '../../src/tickets/report.js';

const base = { at: Date.parse('2026-11-10T10:00:00Z'), conversationId: 'c' };
const e = (event: BotEvent): LoggedEvent => ({ ...base, ...event });

describe('the report', () => {
  const events: LoggedEvent[] = [
    e({ kind: 'asked', codes: ['0x80180014'], unknownCodes: [] }),
    e({ kind: 'answered', entryId: 'a', codes: ['0x80180014'], first: true, questions: 0, picked: false }),
    e({ kind: 'solved', entryId: 'a', codes: ['0x80180014'] }),
    e({ kind: 'asked', codes: [], unknownCodes: [] }),
    e({ kind: 'answered', entryId: 'b', codes: [], first: true, questions: 1, picked: false }),
    e({ kind: 'not-solved', entryId: 'b', codes: [] }),
    e({ kind: 'answered', entryId: 'c', codes: [], first: false, questions: 3, picked: false }),
    e({ kind: 'not-solved', entryId: 'c', codes: [] }),
    e({ kind: 'handed-off', ticketId: 'HD-1001', reason: 'not-solved', codes: [] }),
    e({ kind: 'asked', codes: ['0x11111111', '0x11111111'], unknownCodes: ['0x11111111', '0x11111111'] }),
    e({ kind: 'no-match', text: 'Printer  kapot!', codes: ['0x11111111'] }),
    e({ kind: 'asked', codes: ['0x22222222', '0x11111111'], unknownCodes: ['0x22222222', '0x11111111'] }),
    e({ kind: 'no-match', text: 'printer kapot', codes: [] }),
    e({ kind: 'asked', codes: [], unknownCodes: [] }),
    e({ kind: 'answered', entryId: 'd', codes: [], first: true, questions: 0, picked: true }),
    e({ kind: 'not-solved', entryId: 'b', codes: [] }),
  ];

  it('counts each kind once, and "answered at once" only without questions or a pick', () => {
    const r = summarise(events, '2026-11-01', '2026-11-30');
    expect(r).toMatchObject({ asked: 5, answeredAtOnce: 1, solved: 1, notSolved: 3, handedOff: 1, noMatch: 2 });
  });

  it('lists the gaps most frequent first: a code counted once per message, the same words however typed', () => {
    const r = summarise(events, '2026-11-01', '2026-11-30');
    expect(r.unknownCodes).toEqual([
      { value: '0x11111111', count: 2 },
      { value: '0x22222222', count: 1 },
    ]);
    expect(r.noMatchTexts).toEqual([{ value: 'Printer  kapot!', count: 2 }]);
    expect(r.unhelpful).toEqual([
      { value: 'b', count: 2 },
      { value: 'c', count: 1 },
    ]);
  });

  it('prints shares of the questions asked, and says "none" for an empty list', () => {
    const text = formatReport(summarise(events, '2026-11-01', '2026-11-30'));
    expect(text).toContain('questions asked        5');
    expect(text).toContain('solved by the bot      1 (20%)');
    const empty = formatReport(summarise([], '2026-11-01', '2026-11-30'));
    expect(empty).toContain('answered at once       0\n');
    expect(empty).toContain('unknown codes: none');
  });

  it("reports one tenant with --tenant, and without it lists each tenant's unmatched messages apart", () => {
    const CONTOSO = '11111111-2222-3333-4444-555555555555';
    const FABRIKAM = '99999999-8888-7777-6666-555555555555';
    const of = (tenantId: string, event: BotEvent): LoggedEvent => ({ ...e(event), tenantId });
    const mixed = [
      of(CONTOSO, { kind: 'asked', codes: [], unknownCodes: [] }),
      of(CONTOSO, { kind: 'no-match', text: 'de printer van contoso', codes: [] }),
      of(FABRIKAM, { kind: 'asked', codes: [], unknownCodes: [] }),
      of(FABRIKAM, { kind: 'no-match', text: 'fabrikam vpn kapot', codes: [] }),
    ];
    const one = summarise(mixed, '2026-11-01', '2026-11-30', CONTOSO.toUpperCase());
    expect(one).toMatchObject({ tenant: CONTOSO, asked: 1, noMatch: 1 });
    expect(formatReport(one)).toContain('de printer van contoso');
    expect(formatReport(one)).not.toContain('fabrikam');
    const all = formatReport(summarise(mixed, '2026-11-01', '2026-11-30'));
    expect(all).toContain(`messages nothing matched, tenant ${CONTOSO}:\n     1  de printer van contoso`);
    expect(all).toContain(`messages nothing matched, tenant ${FABRIKAM}:\n     1  fabrikam vpn kapot`);
  });
});
