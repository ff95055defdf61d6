import type { Condition, Entry } from '../kb/schema.js';
import type { Facts } from '../text/extract-facts.js';

/** True when the fact is known and satisfies the condition; unknown facts satisfy nothing. */
export function holds(condition: Condition, facts: Facts): boolean {
  const value = facts[condition.fact];
  if (value === undefined || value === 'unknown') return false;
  if (condition.in && !condition.in.includes(value)) return false;
  if (condition.gte !== undefined || condition.lte !== undefined) {
    const n = Number(value);
    if (!Number.isFinite(n)) return false;
    if (condition.gte !== undefined && n < condition.gte) return false;
    if (condition.lte !== undefined && n > condition.lte) return false;
  }
  return true;
}

export type CauseStatus = 'likely' | 'possible' | 'ruled-out';

export interface RankedCause {
  id: string;
  status: CauseStatus;
  /** The facts that made it likely or ruled it out. */
  because: { fact: string; value: string }[];
}

/** The entry's causes, likely first and ruled-out last, each with the facts behind its status. */
export function rankCauses(entry: Entry, facts: Facts): RankedCause[] {
  const ranked = entry.causes.map((cause, order) => {
    const against = cause.ruledOutIf.filter((c) => holds(c, facts));
    const for_ = cause.likelyIf.filter((c) => holds(c, facts));
    const status: CauseStatus = against.length > 0 ? 'ruled-out' : for_.length > 0 ? 'likely' : 'possible';
    const because = (status === 'ruled-out' ? against : for_).map((c) => ({
      fact: c.fact,
      value: facts[c.fact] ?? '',
    }));
    return { order, support: for_.length, cause: { id: cause.id, status, because } };
  });
  const weight = { likely: 0, possible: 1, 'ruled-out': 2 } as const;
  ranked.sort((a, b) => weight[a.cause.status] - weight[b.cause.status] || b.support - a.support || a.order - b.order);
  return ranked.map((r) => r.cause);
}
