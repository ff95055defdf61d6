import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';

/**
 * Edits between two words, an adjacent swap counting as one. natural's unrestricted Damerau-Levenshtein is wrong
 * for some pairs (0 for "enrolment" / "enrollment" in natural 8.1): the restricted form (optimal string alignment)
 * is the one for typing slips.
 */
export function editDistance(a: string, b: string): number {
  return DamerauLevenshteinDistance(a, b, { restricted: true });
}

/** The word with each one letter left out: the keys of a symmetric-delete spelling index. */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** QWERTY rows with their stagger: a key's neighbours are the keys at most one key-width away. */
const ROWS: readonly (readonly [string, number])[] = [
  ['qwertyuiop', 0],
  ['asdfghjkl', 0.5],
  ['zxcvbnm', 1],
];
const POSITION = new Map<string, [number, number]>(
  ROWS.flatMap(([keys, offset], row) =>
    [...keys].map((k, col): [string, [number, number]] => [k, [row, col + offset]]),
  ),
);

/** Two letters next to each other on the keyboard: the substitutions people actually type. */
export function neighbouringKeys(a: string, b: string): boolean {
  const pa = POSITION.get(a);
  const pb = POSITION.get(b);
  if (!pa || !pb || a === b) return false;
  return Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] - pb[1]) <= 1;
}

/**
 * Whether `typed` is a slip of the fingers for `known`: one letter left out, added or swapped with its neighbour, or
 * one letter replaced by a key next to it. "enrolment" is a typo of "enrollment"; "teams" is not one of "terms".
 */
export function isTypoOf(typed: string, known: string): boolean {
  if (typed.length === known.length) {
    let i = 0;
    while (i < typed.length && typed[i] === known[i]) i++;
    if (i === typed.length) return false;
    if (typed.slice(i + 1) === known.slice(i + 1)) return neighbouringKeys(typed[i] as string, known[i] as string);
    return typed[i] === known[i + 1] && typed[i + 1] === known[i] && typed.slice(i + 2) === known.slice(i + 2);
  }
  const [short, long] = typed.length < known.length ? [typed, known] : [known, typed];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
