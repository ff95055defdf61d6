import type { Question } from '../kb/schema.js';
import { readFact } from './extract-facts.js';
import { parseCount } from './facts-numbers.js';
import { normalize } from './normalize.js';
import { editDistance } from './typo.js';

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*(?:\.\p{N}+)*/gu;
const STOP = /[!?;,()\n]+|(?<!\d)\.|\.(?!\d)/;
/** Typed answers are short: past this many words the choices are not looked for word by word. */
const LISTED_WORDS = 64;
/** Past this many words no typo correction. */
const FUZZY_WORDS = 12;

/** Words people put around an answer that change nothing: "eh, ja hoor", "sorry, geen idee". */
const FILLERS = new Set(
  'eh ehm uh uhm um hmm hm nou well tja pff sorry helaas eigenlijk echt really honestly hoor ik i het it dat that'.split(
    ' ',
  ),
);
const strip = (words: readonly string[]): string => words.filter((w) => !FILLERS.has(w)).join(' ');
const phrases = (list: string): string[] => list.split('|');
const UNKNOWN = new Set(
  phrases(
    "weet niet|weet ook niet|weet niet zeker|weet het niet|geen idee|geen flauw idee|geen flauw benul|onbekend|niet zeker|kan niet zien|kan niet nagaan|misschien|dunno|don't know|dont know|do not know|not sure|i'm not sure|im not sure|unsure|no idea|no clue|not a clue|idk|unknown|can't tell|cannot tell|can't check|maybe|perhaps|beats me",
  ).map((p) => strip(p.split(' '))),
);
const YES = phrases(
  "ja|jep|jup|jaja|jawel|jazeker|ja zeker|ja klopt|klopt|dat klopt|zeker|zeker weten|zeker wel|uiteraard|natuurlijk|inderdaad|correct|juist|waar|wel|denk wel|denk het wel|volgens mij wel|yes|yep|yup|yeah|yea|ya|sure|of course|indeed|right|that's right|thats right|affirmative|absolutely|absoluut|definitely|true|think so|believe so|y|j",
);
const NO = phrases(
  "nee|neen|nope|no|nah|niet|nein|zeker niet|absoluut niet|natuurlijk niet|niet waar|klopt niet|dat klopt niet|niet echt|not really|not|no way|never|nooit|false|onwaar|geen|denk niet|denk het niet|volgens mij niet|don't think so|dont think so|do not think so|nog niet|not yet|not at all|helemaal niet|incorrect|negative|of course not|certainly not|definitely not|n",
);
const ANSWERS = new Map<string, 'yes' | 'no'>([
  ...YES.map((p) => [p, 'yes'] as const),
  ...NO.map((p) => [p, 'no'] as const),
]);
const SINGLE_LETTERS = new Set(['y', 'j', 'n']);
const NEGATORS = new Set(['niet', 'not', 'geen', 'no', 'never', 'nooit', 'zonder', 'without']);
const ARTICLES = new Set(['een', 'a', 'an', 'de', 'het', 'the']);

/** A typed answer to one catalogue question: the fact value, 'unknown' for "weet ik niet"/"no idea", undefined when not understood. */
export function parseAnswer(question: Question, text: string): string | undefined {
  const clauses = splitClauses(text);
  const words = clauses.flat();
  if (isUnknown(text, clauses)) return 'unknown';
  switch (question.type) {
    case 'text':
      return text.trim() === '' ? undefined : text.trim();
    case 'number':
      return parseNumber(words);
    case 'yes-no':
      return parseYesNo(question, clauses, text);
    case 'choice':
      return parseChoice(question, words, text);
  }
}

function splitClauses(text: string): string[][] {
  return normalize(text)
    .split(STOP)
    .map((part) => [...part.matchAll(WORD)].map((m) => m[0]))
    .filter((part) => part.length > 0);
}

function isUnknown(text: string, clauses: readonly string[][]): boolean {
  if (text.includes('?') && /^[\s?¿.!]*$/.test(text)) return true;
  const [first, second] = clauses;
  if (first === undefined) return false;
  if (UNKNOWN.has(strip(first))) return true;
  // "nee, weet ik niet" / "nee weet ik niet": a bare ja/nee before it is not the answer.
  const [head, ...rest] = first;
  const bare = head !== undefined && ANSWERS.has(head);
  return bare && (rest.length > 0 ? UNKNOWN.has(strip(rest)) : second !== undefined && UNKNOWN.has(strip(second)));
}

function parseYesNo(question: Question, clauses: readonly string[][], text: string): string | undefined {
  const first = (clauses[0] ?? []).filter((w) => !FILLERS.has(w));
  for (let length = Math.min(4, first.length); length > 0; length--) {
    const phrase = first.slice(0, length).join(' ');
    const answer = ANSWERS.get(phrase);
    if (answer === undefined || (SINGLE_LETTERS.has(phrase) && clauses.flat().length > 1)) continue;
    const opposite = first
      .slice(length)
      .some((w) => (answer === 'yes' ? /^(?:nee|no|nope)$/ : /^(?:ja|yes|yep)$/).test(w));
    return opposite ? undefined : answer;
  }
  if (/^\s*👍/u.test(text)) return 'yes';
  if (/^\s*👎/u.test(text)) return 'no';
  const read = readFact(question.id, text);
  return read === 'yes' || read === 'no' ? read : undefined;
}

const MORE_THAN = new Set(['meer dan', 'more than', 'over', 'ruim', 'boven']);
const AT_LEAST = new Set(['minstens', 'minimaal', 'tenminste', 'ten minste', 'at least']);
const LESS_THAN = new Set([
  'minder dan',
  'less than',
  'fewer than',
  'onder',
  'under',
  'hooguit',
  'at most',
  'maximaal',
  'tussen',
  'between',
]);
const ROUGHLY = new Set(['stuk', 'stuks', 'paar', 'aantal', 'handvol', 'keer', 'of', 'or', 'couple']);
const NONE =
  /^(?:geen|none|nothing|niks|nog geen|not any|no)(?: (?:enkel|enkele|one|apparaten|apparaat|devices|device|stuks))?$/;

function parseNumber(words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  if (NONE.test(words.join(' '))) return '0';
  const found: Array<{ value: number; at: number }> = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const pair = parseCount(`${word} ${words[i + 1] ?? ''}`);
    if (pair !== undefined) {
      found.push({ value: pair, at: i });
      i += 1;
      continue;
    }
    const value = /^\d+$/.test(word) ? (word.length <= 6 ? Number(word) : undefined) : parseCount(word);
    if (value !== undefined) found.push({ value, at: i });
  }
  // "een stuk of 6", "a couple of": "een" is an article there, not a count.
  const real = found.filter((f) => !(/^(?:een|one)$/.test(words[f.at] ?? '') && ROUGHLY.has(words[f.at + 1] ?? '')));
  const [only, ...others] = real;
  if (only === undefined || others.some((f) => f.value !== only.value)) return undefined;
  const before = words.slice(Math.max(0, only.at - 2), only.at);
  const qualifier = [before.join(' '), before.at(-1) ?? ''];
  if (qualifier.some((q) => LESS_THAN.has(q))) return undefined;
  if (qualifier.some((q) => MORE_THAN.has(q))) return String(only.value + 1);
  if (qualifier.some((q) => AT_LEAST.has(q))) return String(only.value);
  return String(only.value);
}

interface Candidate {
  value: string;
  words: string[];
}
const candidatesCache = new WeakMap<Question, Candidate[]>();

/** A choice's value, labels (and their parts: "Zelf (BYOD / Bedrijfsportal)") and synonyms, as word lists. */
function candidates(question: Question): Candidate[] {
  let list = candidatesCache.get(question);
  if (list) return list;
  list = [];
  const seen = new Set<string>();
  for (const choice of question.choices) {
    const labels = [choice.label.nl, choice.label.en];
    const forms = [
      choice.value,
      ...labels,
      ...labels.flatMap((l) => l.split(/[()/]| - /)),
      ...choice.synonyms.nl,
      ...choice.synonyms.en,
    ];
    for (const form of forms) {
      const words = [...normalize(form).matchAll(WORD)].map((m) => m[0]);
      const key = `${choice.value}\u0000${words.join(' ')}`;
      if (words.length === 0 || seen.has(key)) continue;
      seen.add(key);
      list.push({ value: choice.value, words });
    }
  }
  candidatesCache.set(question, list);
  return list;
}

function parseChoice(question: Question, words: readonly string[], text: string): string | undefined {
  const all = candidates(question);
  const named = words.length <= LISTED_WORDS ? namedChoices(all, words) : undefined;
  if (named) {
    const phrase = words.join(' ');
    const exact = agreed(all.filter((c) => c.words.join(' ') === phrase).map((c) => c.value));
    if (exact !== undefined) return exact;
    const contained = agreed(named.values);
    if (contained !== undefined) return contained;
  }
  const read = readFact(question.id, text);
  if (read !== undefined && question.choices.some((c) => c.value === read)) return read;
  // Typos only when no choice is named as written: "Pro of Enterprise" and "niet iedereen" are no typos.
  return named?.any === false && words.length <= FUZZY_WORDS ? agreed(fuzzyValues(all, words)) : undefined;
}

/**
 * Choices named in the answer, longest matches first; negated ones ("niet iedereen") left out of `values`.
 * `any`: whether any choice was named at all, negated or not.
 */
function namedChoices(all: readonly Candidate[], words: readonly string[]): { values: string[]; any: boolean } {
  const spans: Array<{ value: string; start: number; end: number }> = [];
  for (const candidate of all) {
    const n = candidate.words.length;
    for (let start = 0; start + n <= words.length; start++) {
      if (candidate.words.every((w, k) => words[start + k] === w))
        spans.push({ value: candidate.value, start, end: start + n });
    }
  }
  const maximal = spans.filter(
    (s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start),
  );
  return { values: maximal.filter((s) => !negatedAt(words, s.start)).map((s) => s.value), any: spans.length > 0 };
}

function negatedAt(words: readonly string[], start: number): boolean {
  let i = start - 1;
  while (i >= 0 && ARTICLES.has(words[i] ?? '')) i -= 1;
  return i >= 0 && NEGATORS.has(words[i] ?? '');
}

/** Small typos: "entreprise", "andriod", "windos 10 home". Yes/no words are never read as a choice ("nope" is not "none"). */
function fuzzyValues(all: readonly Candidate[], words: readonly string[]): string[] {
  const values: string[] = [];
  const phrase = words.join(' ');
  for (const candidate of all) {
    const target = candidate.words.join(' ');
    if (candidate.words.length > 1) {
      if (target.length >= 6 && close(phrase, target)) values.push(candidate.value);
      continue;
    }
    for (const word of words) {
      if (word.length >= 4 && target.length >= 4 && !ANSWERS.has(word) && close(word, target))
        values.push(candidate.value);
    }
  }
  return values;
}

function close(a: string, b: string): boolean {
  const allowed = Math.min(a.length, b.length) >= 9 ? 2 : 1;
  return Math.abs(a.length - b.length) <= allowed && editDistance(a, b) <= allowed;
}

function agreed(values: readonly string[]): string | undefined {
  const distinct = new Set(values);
  return distinct.size === 1 ? values[0] : undefined;
}
