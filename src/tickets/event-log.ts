import type { Storage } from 'botbuilder';
import { readItem, updateItem } from './stored-item.js';

/** What happened in a conversation, for the report. Codes are canonical; texts only where a gap needs them. */
export type BotEvent =
  /** A triage started: a question was asked. `unknownCodes`: codes in it that the knowledge base lacks. */
  | { kind: 'asked'; codes: string[]; unknownCodes: string[] }
  /** An answer was shown; `first` with `questions: 0` and not picked from a list = answered at once. */
  | {
      kind: 'answered';
      entryId: string;
      codes: string[];
      first: boolean;
      questions: number;
      picked: boolean;
      /** What the helpdesk taught was evidence for this answer. */
      learned?: boolean;
    }
  | { kind: 'solved'; entryId: string; codes: string[] }
  | { kind: 'not-solved'; entryId: string; codes: string[] }
  /** Nothing in the knowledge base fits: the text (cut short) is a gap. */
  | { kind: 'no-match'; text: string; codes: string[] }
  | { kind: 'handed-off'; ticketId: string; reason: string; codes: string[] };

/** `tenantId`: the Entra tenant of the conversation (lower case), when it names one. */
export type LoggedEvent = BotEvent & { at: number; conversationId: string; tenantId?: string };

interface Bucket {
  events: LoggedEvent[];
  /** Set when the bucket holds its maximum: the next events go to the next bucket of the day. */
  full?: boolean;
}

/** Events per stored item: every event rewrites its bucket, so a bucket stays a few kilobytes. */
const BUCKET_SIZE = 50;
/** A range the report may read at most (a year), so a typo cannot read for ever. */
export const MAX_DAYS = 366;

/** The UTC day of a timestamp, `2026-11-22`. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Every day from `from` to `to` (inclusive), as `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length <= MAX_DAYS; t += 86_400_000)
    days.push(dayOf(t));
  return days;
}

const bucketKey = (day: string, n: number) => `events/${day}/${n}`;

/**
 * An append-only event log in botbuilder Storage, which has no list or query: events are kept by UTC day in
 * numbered buckets (`events/2026-11-22/0`, `/1`, ...), so a report reads exactly the days of its range.
 */
export class EventLog {
  /** Where this process last appended, per day: only a hint that saves reading the full buckets before it. */
  private readonly openBucket = new Map<string, number>();

  constructor(
    private readonly storage: Storage,
    private readonly bucketSize = BUCKET_SIZE,
  ) {}

  async append(event: LoggedEvent): Promise<void> {
    const day = dayOf(event.at);
    for (let n = this.openBucket.get(day) ?? 0; ; n++) {
      const { written } = await updateItem<Bucket>(this.storage, bucketKey(day, n), (bucket) => {
        if (bucket?.full) return undefined;
        const events = [...(bucket?.events ?? []), event];
        return { events, ...(events.length >= this.bucketSize ? { full: true } : {}) };
      });
      if (written) {
        if (this.openBucket.size > 3) this.openBucket.clear();
        this.openBucket.set(day, n);
        return;
      }
    }
  }

  /** The events of the days from `from` to `to` (inclusive, UTC), oldest bucket first. */
  async read(from: string, to: string): Promise<LoggedEvent[]> {
    const days = daysBetween(from, to);
    if (days.length === 0) return [];
    const first = await this.storage.read(days.map((d) => bucketKey(d, 0)));
    const events: LoggedEvent[] = [];
    for (const day of days) {
      let bucket = first[bucketKey(day, 0)] as Bucket | undefined;
      for (let n = 1; bucket; n++) {
        events.push(...bucket.events);
        bucket = bucket.full ? await readItem<Bucket>(this.storage, bucketKey(day, n)) : undefined;
      }
    }
    return events;
  }
}
