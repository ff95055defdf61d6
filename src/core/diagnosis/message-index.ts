import type { Entry } from '../kb/schema.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';

const N = 4;
/** A word run shared by more entries than this says nothing about which one it is ("contact opnemen met de"). */
const MAX_ENTRIES_PER_RUN = 3;
/** A quoted fragment of at least N words found whole in a message counts as this share of it. */
const QUOTED_SHARE = 0.75;
/** A sentence of a longer message, typed whole, counts as this share of the message. */
const SENTENCE_SHARE = 0.8;
const MIN_SENTENCE_WORDS = 5;
const SENTENCE_END = /(?<=[.!?])\s+/;
/** Quoted text; a single quote inside a word is an apostrophe ("haven't ... can't" is not a quote). */
const QUOTE = /(?<!\p{L})'[^'\n]{8,300}'(?!\p{L})|"[^"\n]{8,300}"|“[^”\n]{8,300}”|‘[^’\n]{8,300}’/gu;

export interface MessageHit {
  doc: number;
  /** The share of the best-matching message's word runs found in the text, 0..1. */
  fraction: number;
}

/**
 * On-screen messages, matched as runs of four words in a row: a pasted or retyped error dialog names its entry even
 * when it holds no code and no domain word ("You can't get there from here").
 */
export class MessageIndex {
  private readonly runs = new Map<string, { doc: number; message: number }[]>();
  private readonly runsPerMessage: number[] = [];
  /** What a message fully found counts for: 1 for a whole message, less for one of its sentences. */
  private readonly sharePerMessage: number[] = [];

  constructor(entries: readonly Entry[]) {
    entries.forEach((entry, doc) => {
      for (const text of [...entry.messages.nl, ...entry.messages.en]) {
        this.add(doc, text, 1);
        // people retype the sentence that matters ("Dit account is niet toegestaan op deze telefoon"), not the rest
        const sentences = text.split(SENTENCE_END).filter((t) => wordCount(t) >= MIN_SENTENCE_WORDS);
        if (sentences.length > 1) for (const sentence of sentences) this.add(doc, sentence, SENTENCE_SHARE);
      }
    });
    for (const [g, list] of this.runs)
      if (new Set(list.map((l) => l.doc)).size > MAX_ENTRIES_PER_RUN) this.runs.delete(g);
  }

  private add(doc: number, text: string, share: number): void {
    const message = this.runsPerMessage.length;
    const grams = new Set(wordRuns(text, [N]));
    if (grams.size === 0) return;
    this.runsPerMessage.push(grams.size);
    this.sharePerMessage.push(share);
    for (const g of grams) {
      const list = this.runs.get(g) ?? [];
      list.push({ doc, message });
      this.runs.set(g, list);
    }
  }

  /** Entries one of whose messages holds a whole quoted fragment of the text ("'not allowed to enroll'"). */
  private quotedFrom(text: string): Set<number> {
    const docs = new Set<number>();
    for (const quote of quotedFragments(text)) {
      const runs = [...new Set(wordRuns(quote, [N]))];
      if (runs.length === 0 || runs[0]?.split(' ').length !== N) continue;
      const perMessage = new Map<number, { doc: number; hits: number }>();
      for (const g of runs) {
        for (const { doc, message } of this.runs.get(g) ?? []) {
          const h = perMessage.get(message) ?? { doc, hits: 0 };
          h.hits++;
          perMessage.set(message, h);
        }
      }
      for (const { doc, hits } of perMessage.values()) if (hits === runs.length) docs.add(doc);
    }
    return docs;
  }

  search(text: string): MessageHit[] {
    const found = new Map<number, { doc: number; hits: number }>();
    for (const g of new Set(wordRuns(text, [2, 3, N]))) {
      for (const { doc, message } of this.runs.get(g) ?? []) {
        const h = found.get(message) ?? { doc, hits: 0 };
        h.hits++;
        found.set(message, h);
      }
    }
    const best = new Map<number, number>();
    for (const [message, { doc, hits }] of found) {
      const fraction = (hits / Math.max(1, this.runsPerMessage[message] ?? 1)) * (this.sharePerMessage[message] ?? 1);
      best.set(doc, Math.max(best.get(doc) ?? 0, fraction));
    }
    for (const doc of this.quotedFrom(text)) best.set(doc, Math.max(best.get(doc) ?? 0, QUOTED_SHARE));
    return [...best.entries()].map(([doc, fraction]) => ({ doc, fraction })).sort((a, b) => b.fraction - a.fraction);
  }
}

function wordCount(text: string): number {
  return tokenize(normalize(text)).length;
}

/** What the text quotes ('...', "...", “...”): usually what the screen said, retyped. */
export function quotedFragments(text: string): string[] {
  return text.slice(0, 20_000).match(QUOTE) ?? [];
}

/** Runs of `sizes` words in a row; a message shorter than the longest size is one run of all its words. */
function wordRuns(text: string, sizes: number[]): string[] {
  const words = tokenize(normalize(text.length > 20_000 ? text.slice(0, 20_000) : text)).filter(
    (w) => !/^\d+$/.test(w) || w.length < 6,
  );
  const longest = Math.max(...sizes);
  if (sizes.length === 1 && words.length < longest) return words.length >= 2 ? [words.join(' ')] : [];
  const runs: string[] = [];
  for (const n of sizes) for (let i = 0; i + n <= words.length; i++) runs.push(words.slice(i, i + n).join(' '));
  return runs;
}
