import type { FoundCode } from './extract-codes.js';
import type { KnownCodes } from './code-forms.js';

/** How the code readers see the text: its word tokens, the spans of URLs, and what was found so far. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export interface Scan {
  text: string;
  tokens: Token[];
  known: KnownCodes;
  urls: Array<[number, number]>;
  codes: Map<string, FoundCode>;
  events: Set<number>;
}

/** Reads the token at `i`; returns how many tokens it used, 0 when the token is not of its kind. */
export type Reader = (scan: Scan, i: number) => number;

const MAX_GAP = 16;

/** The text between two positions, when it is short and made only of `allowed` characters. */
export function gapIs(scan: Scan, from: number, to: number, allowed: RegExp): boolean {
  return to > from && to - from <= MAX_GAP && allowed.test(scan.text.slice(from, to));
}

/** Binary search: the spans are sorted and disjoint, and a long paste may hold thousands of them. */
export function inUrl(scan: Scan, pos: number): boolean {
  let low = 0;
  let high = scan.urls.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = scan.urls[mid] ?? [0, 0];
    if (pos < from) high = mid - 1;
    else if (pos >= to) low = mid + 1;
    else return true;
  }
  return false;
}
