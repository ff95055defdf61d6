import { normalize } from '../core/text/normalize.js';
import { readCardAction } from './card-actions.js';

// The short replies people give the bot's cards, Dutch and English, after normalising (lower case, no accents or
// punctuation). Commands ("help", "stop", "medewerker") are in commands.ts.

export type Feedback =
  | { kind: 'solved' }
  | { kind: 'not-solved' }
  | { kind: 'other-problem' }
  /** Something else was typed: more detail or a new problem, for the caller to read. */
  | { kind: 'text'; text: string };

const SOLVED = new Set([
  'ja',
  'jep',
  'yes',
  'yep',
  'y',
  'j',
  'opgelost',
  'solved',
  'gelukt',
  'het werkt',
  'werkt',
  'werkt weer',
  'it works',
  'works',
  'fixed',
  'top',
  'super',
  'bedankt',
  'dank je',
  'dankjewel',
  'thanks',
  'thank you',
  'ja opgelost',
  'ja dank je',
  'yes thanks',
  'ok',
  'oke',
  'thx',
  'dank',
]);
const NOT_SOLVED = new Set([
  'nee',
  'neen',
  'no',
  'nope',
  'n',
  'niet opgelost',
  'not solved',
  'werkt niet',
  'werkt nog steeds niet',
  'helpt niet',
  'hielp niet',
  'didnt help',
  'did not help',
  'not fixed',
  'still broken',
  'nog steeds',
  'nee helaas',
  'no luck',
  'nope still',
  'still not working',
  'dat was het niet',
  'that wasnt it',
  'klopt niet',
]);
/** Short replies that start or contain a verdict ("nee helaas, nog steeds dezelfde fout", "yes that fixed it"). */
const NOT_SOLVED_HINT =
  /^(?:nee|neen|no|nope|helaas)\b|niet opgelost|not solved|(?:did not|didnt|doesnt|does not) (?:help|work)|helpt niet|hielp niet|werkt (?:nog )?(?:steeds )?niet|still (?:not|broken|fail)|no luck|zelfde fout|same error/;
const SOLVED_HINT = /^(?:ja|jep|yes|yep|top|super)\b|opgelost|solved|fixed|werkt weer|works now|it works|gelukt/;
const OTHER = new Set(['ander probleem', 'other problem', 'another problem', 'nieuw probleem', 'new problem']);

/** Reads the user's verdict on an answer: a card button or a typed "ja", "nee", "werkt niet". */
export function readFeedback(text: string, value: unknown, entryId: string): Feedback {
  const action = readCardAction(value);
  if (action?.action === 'solved' && action.entryId === entryId) return { kind: 'solved' };
  if (action?.action === 'not-solved' && action.entryId === entryId) return { kind: 'not-solved' };
  if (action?.action === 'other-problem') return { kind: 'other-problem' };
  const said = normalize(text)
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (NOT_SOLVED.has(said) || (said.length < 60 && NOT_SOLVED_HINT.test(said))) return { kind: 'not-solved' };
  if (SOLVED.has(said) || (said.length < 60 && SOLVED_HINT.test(said))) return { kind: 'solved' };
  if (OTHER.has(said)) return { kind: 'other-problem' };
  return { kind: 'text', text };
}

export interface HandoffConfirmation {
  confirmed: boolean;
  /** What the user typed in the card's note box. */
  note?: string;
}

const YES = new Set([
  'ja',
  'yes',
  'j',
  'y',
  'ok',
  'oke',
  'okay',
  'ja graag',
  'yes please',
  'graag',
  'prima',
  'klopt',
  'doe maar',
  'versturen',
  'verstuur',
  'verstuur maar',
  'doorsturen',
  'stuur door',
  'stuur maar',
  'send',
  'send it',
  'confirm',
  'bevestig',
  'bevestigen',
  'akkoord',
]);
const NO = new Set([
  'nee',
  'no',
  'n',
  'nope',
  'nee hoor',
  'niet versturen',
  'niet doorsturen',
  'hoeft niet',
  'dont send',
  'do not send',
  'no thanks',
  'nee dank je',
  'nee bedankt',
]);

/** The press on the summary card, or a typed yes or no; undefined for anything else. */
export function readConfirmation(text: string, value: unknown): HandoffConfirmation | undefined {
  const action = readCardAction(value);
  if (action?.action === 'confirm-handoff') {
    const note = action.note?.trim();
    return { confirmed: true, ...(note ? { note } : {}) };
  }
  if (action) return undefined;
  const said = normalize(text)
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (YES.has(said)) return { confirmed: true };
  if (NO.has(said)) return { confirmed: false };
  return undefined;
}

const ORDINALS: Record<string, number> = {
  '1': 0,
  een: 0,
  eerste: 0,
  first: 0,
  one: 0,
  '2': 1,
  twee: 1,
  tweede: 1,
  second: 1,
  two: 1,
  '3': 2,
  drie: 2,
  derde: 2,
  third: 2,
  three: 2,
  '4': 3,
  vier: 3,
  vierde: 3,
  fourth: 3,
  four: 3,
};

/** The option a typed ordinal names ("2", "de tweede", "second"), 0-based. */
export function ordinalOf(word: string): number | undefined {
  return ORDINALS[word];
}

/** "None of these" typed (normalised text). */
const NONE_TYPED =
  /^(?:geen (?:van (?:deze|allen|beide)|daarvan)|none(?: of (?:these|them|those))?|neither|geen|niets daarvan)$/;

export function saysNoneOfThese(text: string): boolean {
  return NONE_TYPED.test(text);
}
