import type { CardAction } from '../conversation/card-actions.js';
import { cardText, type CardLabels } from '../i18n/cards.js';
import type { Lang } from '../core/lang.js';
import { neutraliseBindings, truncate } from './escape.js';

/** The submit data of one kind of button, exactly as `readCardAction` accepts it. */
export type ActionData<K extends CardAction['action']> = Extract<CardAction, { action: K }>;

/** A label and what is known for it, e.g. "Licentie toegewezen" / "nee" (the value may be what the user typed). */
export interface FactRow {
  label: string;
  value: string;
}

/**
 * How much of the data a card shows. A card that comes out over the size budget is built again with a smaller
 * scale: shorter texts, shorter lists.
 */
export interface Fit {
  /** At most this many characters of a text that can be `max` long at full scale. */
  text(max: number): number;
  /** At most this many items of a list that can be `max` long at full scale. */
  count(max: number): number;
}

export function fitAt(scale: number): Fit {
  return {
    text: (max) => Math.max(40, Math.floor(max * scale)),
    count: (max) => Math.max(1, Math.floor(max * scale)),
  };
}

export function labelsFor(lang: Lang): CardLabels {
  return cardText[lang];
}

/** Fills `{name}` placeholders, like the bot's own phrases. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

/** Text the bot trusts (knowledge base, its own phrases): markdown kept, only cut to size. */
export function trusted(text: string, max: number): string {
  return neutraliseBindings(truncate(text.trim(), max));
}

/** Like `trusted`, for an optional text: undefined (its block hidden) when absent or blank. */
export function trustedOptional(text: string | undefined, max: number): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : trusted(text, max);
}

/** The first `max` items, and how many were left out. */
export function capped<T>(items: readonly T[] | undefined, max: number): { shown: T[]; hidden: number } {
  const all = items ?? [];
  return { shown: all.slice(0, max), hidden: Math.max(0, all.length - max) };
}

/** `labels.moreItems` for a capped list, or undefined when nothing was left out. */
export function moreText(labels: CardLabels, hidden: number): string | undefined {
  return hidden > 0 ? fill(labels.moreItems, { count: hidden }) : undefined;
}

/** A markdown list in one TextBlock: Teams renders `1. a\n2. b` and `- a\n- b` as lists. */
export function markdownList(items: readonly string[], ordered: boolean): string {
  return items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${oneLine(item)}`).join('\n');
}

/** A text's lines joined by single spaces, so it stays one list item (split, not a backtracking pattern). */
export function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/** Submit data without undefined fields (a missing `triageId` is left out, not sent as null). */
export function submit<A extends CardAction>(data: A): A {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as A;
}

/** An https link (optionally to a section), or undefined for anything else: a card never links to other schemes. */
export function httpsUrl(url: string | undefined, anchor?: string): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  if (anchor !== undefined && /^[A-Za-z0-9_-]+$/.test(anchor)) parsed.hash = anchor;
  return parsed.toString();
}

/** The card's `fallbackText`: what clients without Adaptive Cards show, and what notifications preview. */
export function fallback(parts: ReadonlyArray<string | undefined>, max = 1000): string {
  return truncate(
    parts
      .filter((p): p is string => p !== undefined && p.trim() !== '')
      .map((p) => p.trim())
      .join('\n\n'),
    max,
  );
}
