import type { Storage } from 'botbuilder';
import { normalize } from '../core/text/normalize.js';
import { EventLog, dayOf, type LoggedEvent } from './event-log.js';
import { LearnedStore } from './learned-store.js';
import { readLearned } from './learned-review.js';

export interface Counted {
  /** A code, or a no-match text as first typed. */
  value: string;
  count: number;
}

export interface Report {
  from: string;
  to: string;
  /** The one tenant reported on; absent: every tenant. */
  tenant?: string;
  /** Triages started. */
  asked: number;
  /** The first answer came straight away: no question asked, nothing to pick from. */
  answeredAtOnce: number;
  /** "Opgelost" on an answer. */
  solved: number;
  /** "Niet opgelost" on an answer (one triage can say it more than once). */
  notSolved: number;
  handedOff: number;
  /** Messages nothing in the knowledge base fitted. */
  noMatch: number;
  /** The knowledge base's gaps, most frequent first: codes it does not know, and what people typed that matched nothing. */
  unknownCodes: Counted[];
  noMatchTexts: Counted[];
  /** The same per tenant (`(none)`: no tenant named), so one organisation's messages are read apart from another's. */
  noMatchByTenant: { tenant: string; texts: Counted[] }[];
  /** Answers that most often did not help. */
  unhelpful: Counted[];
  /** Phrasings the helpdesk taught in the range (linked on resolving a ticket) and still in use. */
  learned: number;
  /** Answers shown in the range that what the helpdesk taught was evidence for. */
  answeredFromLearned: number;
}

/** What the report lists of each gap, at most. */
const TOP = 20;

const NO_TENANT = '(none)';

/** Counts the events of a range, of one tenant when `tenant` is given. */
export function summarise(events: readonly LoggedEvent[], from: string, to: string, tenant?: string): Report {
  const wanted = tenant?.trim().toLowerCase();
  const counted = wanted ? events.filter((e) => (e.tenantId ?? NO_TENANT) === wanted) : events;
  const perTenant = new Map<string, Tally>();
  const codes = new Tally();
  const texts = new Tally();
  const unhelpful = new Tally();
  const report: Report = {
    from,
    to,
    asked: 0,
    answeredAtOnce: 0,
    solved: 0,
    notSolved: 0,
    handedOff: 0,
    noMatch: 0,
    unknownCodes: [],
    noMatchTexts: [],
    noMatchByTenant: [],
    unhelpful: [],
    learned: 0,
    answeredFromLearned: 0,
    ...(wanted ? { tenant: wanted } : {}),
  };
  for (const e of counted) {
    switch (e.kind) {
      case 'asked':
        report.asked++;
        // counted here only: a no-match event repeats the codes of its message
        for (const code of new Set(e.unknownCodes)) codes.add(code, code);
        break;
      case 'answered':
        if (e.first && e.questions === 0 && !e.picked) report.answeredAtOnce++;
        if (e.learned) report.answeredFromLearned++;
        break;
      case 'solved':
        report.solved++;
        break;
      case 'not-solved':
        report.notSolved++;
        unhelpful.add(e.entryId, e.entryId);
        break;
      case 'no-match':
        report.noMatch++;
        if (e.text.trim()) {
          texts.add(textKey(e.text), e.text.trim());
          const key = e.tenantId ?? NO_TENANT;
          if (!perTenant.has(key)) perTenant.set(key, new Tally());
          perTenant.get(key)?.add(textKey(e.text), e.text.trim());
        }
        break;
      case 'handed-off':
        report.handedOff++;
        break;
    }
  }
  const noMatchByTenant = [...perTenant].map(([t, tally]) => ({ tenant: t, texts: tally.top(TOP) }));
  return {
    ...report,
    unknownCodes: codes.top(TOP),
    noMatchTexts: texts.top(TOP),
    noMatchByTenant: noMatchByTenant.sort((a, b) => a.tenant.localeCompare(b.tenant)),
    unhelpful: unhelpful.top(TOP),
  };
}

/** Reads the range from storage and counts it, with the phrasings the helpdesk taught in it. */
export async function buildReport(storage: Storage, from: string, to: string, tenant?: string): Promise<Report> {
  const report = summarise(await new EventLog(storage).read(from, to), from, to, tenant);
  const taught = await readLearned(new LearnedStore(storage), report.tenant);
  const inRange = (at: number): boolean => dayOf(at) >= from && dayOf(at) <= to;
  const learned = taught.reduce((n, t) => n + t.phrasings.filter((p) => inRange(p.at)).length, 0);
  return { ...report, learned };
}

/** The report for a person at a terminal. */
export function formatReport(r: Report): string {
  const pct = (n: number) => (r.asked > 0 ? ` (${Math.round((100 * n) / r.asked)}%)` : '');
  const list = (title: string, items: Counted[]) =>
    items.length === 0
      ? [`${title}: none`]
      : [`${title}:`, ...items.map((i) => `  ${String(i.count).padStart(4)}  ${i.value}`)];
  return [
    `Helpdesk bot report ${r.from} to ${r.to} (UTC days)${r.tenant ? `, tenant ${r.tenant}` : ', every tenant'}`,
    '',
    `questions asked        ${r.asked}`,
    `answered at once       ${r.answeredAtOnce}${pct(r.answeredAtOnce)}`,
    `solved by the bot      ${r.solved}${pct(r.solved)}`,
    `handed off             ${r.handedOff}${pct(r.handedOff)}`,
    `not solved (feedback)  ${r.notSolved}`,
    `nothing matched        ${r.noMatch}`,
    `learned from tickets   ${r.learned}`,
    `answered by learning   ${r.answeredFromLearned}`,
    '',
    'Gaps in the knowledge base, most frequent first',
    ...list('unknown codes', r.unknownCodes),
    // one tenant's messages, or each tenant's apart: people of one organisation never read another's
    ...(r.tenant || r.noMatchByTenant.length === 0
      ? list('messages nothing matched', r.noMatchTexts)
      : r.noMatchByTenant.flatMap((t) => list(`messages nothing matched, tenant ${t.tenant}`, t.texts))),
    ...list('answers that did not help', r.unhelpful),
    '',
  ].join('\n');
}

/** The same message typed twice counts once, however it was capitalised, accented or punctuated. */
function textKey(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

class Tally {
  private readonly counts = new Map<string, Counted>();

  add(key: string, shown: string): void {
    const current = this.counts.get(key);
    if (current) current.count++;
    else this.counts.set(key, { value: shown, count: 1 });
  }

  /** Most frequent first; ties in the order first seen. */
  top(n: number): Counted[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count).slice(0, n);
  }
}
