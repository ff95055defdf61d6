import {
  CUE_FILLERS,
  DECIMAL,
  HEX,
  canonicalHex,
  cueOf,
  indexKnownCodes,
  isWordChar,
  looksLikeHresult,
  type Cue,
  type KnownCodes,
} from './code-forms.js';
import { gapIs, inUrl, type Reader, type Scan, type Token } from './code-scan.js';
import { readEvents } from './read-events.js';

export { KnownCodes, indexKnownCodes } from './code-forms.js';

export interface FoundCode {
  /** Canonical: '0x' + 8 upper-case hex ('0x801C0003', '0x00000AB2'), or a symbolic name as canonically written. */
  code: string;
  /** The text as it stood. */
  raw: string;
  /** Position in the input. */
  index: number;
  /** Set when a near miss was resolved to a known code: the canonical form it was read as before correction. */
  corrected?: string;
}

export interface CodeExtraction {
  codes: FoundCode[];
  events: number[];
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
const URL = /(?:https?:\/\/|www\.)[^\s<>"'`)\]]+/gi;

/** `known`: the canonical codes of the knowledge base, for case-insensitive names and one-edit corrections. */
export function extractCodes(text: string, known?: Iterable<string>): CodeExtraction {
  const scan: Scan = {
    text,
    tokens: Array.from(text.matchAll(WORD), (m) => ({
      text: m[0],
      lower: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
    })),
    known: indexKnownCodes(known),
    urls: Array.from(text.matchAll(URL), (m): [number, number] => [m.index, m.index + m[0].length]),
    codes: new Map(),
    events: new Set(),
  };
  for (let i = 0; i < scan.tokens.length;) i += readToken(scan, i);
  return { codes: [...scan.codes.values()], events: [...scan.events] };
}

const READERS: Reader[] = [readEvents, readFailed3, readPrefixedHex, readAadsts, readName, readSigned, readBareHex];

function readToken(scan: Scan, i: number): number {
  for (const read of READERS) {
    const used = read(scan, i);
    if (used > 0) return used;
  }
  return 1;
}

function addCode(scan: Scan, code: string, from: number, to: number, corrected?: string): void {
  if (scan.codes.has(code)) return;
  const raw = scan.text.slice(from, to);
  scan.codes.set(code, corrected === undefined ? { code, raw, index: from } : { code, raw, index: from, corrected });
}

function readFailed3(scan: Scan, i: number): number {
  const token = scan.tokens[i];
  const three = scan.tokens[i + 1];
  if (token?.lower !== 'failed' || three?.text !== '3' || three.start !== token.end + 1) return 0;
  if (scan.text[token.end] !== ':') return 0;
  addCode(scan, 'Failed:3', token.start, three.end);
  return 2;
}

const PARTIAL = /^(?:\.\.|…|\*)/;

function readPrefixedHex(scan: Scan, i: number): number {
  const token = scan.tokens[i];
  if (token === undefined || !token.lower.startsWith('0x') || !HEX.test(token.text.slice(2))) return 0;
  const digits = token.text.slice(2);
  const rest = splitRest(scan, i, digits.length);
  if (rest !== undefined) {
    addCode(scan, canonicalHex(digits + rest.text), token.start, rest.end);
    return 2;
  }
  // "begon met 0x801c00..", "0x8018xxxx": the start of a code someone did not write down, not a short code
  if (digits.length < 8 && PARTIAL.test(scan.text.slice(token.end, token.end + 3))) return 1;
  const read = readHexDigits(scan.known, digits);
  if (read !== undefined) addCode(scan, read.code, token.start, token.end, read.corrected);
  return 1;
}

/** The second half of a code split by one space ('0x8018 0026'), when the halves make exactly 8 digits. */
function splitRest(scan: Scan, i: number, have: number): Token | undefined {
  const token = scan.tokens[i];
  const rest = scan.tokens[i + 1];
  if (token === undefined || rest === undefined || have < 2 || have > 6) return undefined;
  if (rest.start !== token.end + 1 || !/[ \u00a0]/.test(scan.text.charAt(token.end))) return undefined;
  const fits = rest.text.length === 8 - have && HEX.test(rest.text) && /[0-9]/.test(rest.text);
  return fits && !chainedAfter(scan, rest) ? rest : undefined;
}

/** Hex digits after 0x: padded when short, corrected against `known` when one digit is lost or doubled. */
function readHexDigits(known: KnownCodes, typed: string): { code: string; corrected?: string } | undefined {
  let digits = typed;
  while (digits.length > 8 && digits.startsWith('0')) digits = digits.slice(1);
  if (digits.length === 9) {
    const code = known.correct(digits);
    return code === undefined ? undefined : { code, corrected: `0x${digits.toUpperCase()}` };
  }
  // 0x0 is success, not an error to diagnose
  if (digits.length > 8 || /^0+$/.test(digits)) return undefined;
  const padded = canonicalHex(digits);
  const code = digits.length === 7 && !known.hasHex(padded.slice(2)) ? known.correct(digits) : undefined;
  return code === undefined ? { code: padded } : { code, corrected: padded };
}

function readAadsts(scan: Scan, i: number): number {
  const token = scan.tokens[i];
  if (token === undefined || !token.lower.startsWith('aadsts')) return 0;
  if (DECIMAL.test(token.text.slice(6))) {
    addCode(scan, `AADSTS${token.text.slice(6)}`, token.start, token.end);
    return 1;
  }
  const number = scan.tokens[i + 1];
  if (token.text.length !== 6 || number === undefined || number.start !== token.end + 1) return 0;
  if (scan.text[token.end] !== ' ' || !DECIMAL.test(number.text)) return 0;
  addCode(scan, `AADSTS${number.text}`, token.start, number.end);
  return 2;
}

function readName(scan: Scan, i: number): number {
  const token = scan.tokens[i];
  const found = token === undefined ? undefined : scan.known.name(token.text);
  if (token === undefined || found === undefined) return 0;
  addCode(scan, found.name, token.start, token.end, found.corrected);
  return 1;
}

/** -2145648611 is how .NET and event logs print 0x801C001D: a negative 32-bit HRESULT. */
function readSigned(scan: Scan, i: number): number {
  const token = scan.tokens[i];
  if (token === undefined || !DECIMAL.test(token.text) || token.text.length < 9 || token.text.length > 10) return 0;
  const minus = token.start - 1;
  if (!'-\u2212'.includes(scan.text.charAt(minus)) || minus < 0 || isWordChar(scan.text[minus - 1])) return 0;
  const value = Number(token.text);
  if (token.text.startsWith('0') || value > 2 ** 31 || inUrl(scan, minus) || chainedAfter(scan, token)) return 0;
  const cue = cueBefore(scan, i, minus);
  const hex = (2 ** 32 - value).toString(16);
  if (cue === 'not-code' || (cue !== 'code' && !looksLikeHresult(hex))) return 0;
  addCode(scan, canonicalHex(hex), minus, token.end);
  return 1;
}

function readBareHex(scan: Scan, i: number): number {
  const token = scan.tokens[i];
  const split = token ? readSplitBareHex(scan, i, token) : 0;
  if (split > 0) return split;
  if (token === undefined || !HEX.test(token.text) || token.text.length < 7 || token.text.length > 9) return 0;
  if (!bareBoundaries(scan, token) || inUrl(scan, token.start)) return 0;
  const cue = cueBefore(scan, i, token.start);
  if (cue === 'not-code') return 0;
  if (token.text.length === 8) {
    if (cue === 'code' || (looksLikeHresult(token.text) && !phoneGroup(scan, i))) {
      addCode(scan, canonicalHex(token.text), token.start, token.end);
    }
    return 1;
  }
  // without 0x, a 7- or 9-digit number is a code only when a cue word says so and the KB knows it
  const read = cue === 'code' ? readHexDigits(scan.known, token.text) : undefined;
  if (read !== undefined && (read.corrected !== undefined || scan.known.hasHex(read.code.slice(2)))) {
    addCode(scan, read.code, token.start, token.end, read.corrected);
  } else if (looksLikeHresult(token.text) && (token.text.length === 9 || /[a-f]/i.test(token.text))) {
    // or when it is a known HRESULT with one digit lost or doubled in a run ("801c006", "800180026"): the common
    // slip; seven decimal digits alone are too often some other number
    const code = scan.known.correct(token.text, { inRunOnly: true });
    if (code !== undefined) addCode(scan, code, token.start, token.end, `0x${token.text.toUpperCase()}`);
  }
  return 1;
}

/**
 * "fout 8018 0014", "8018 000a bij toevoegen": two groups of four that make a code the KB knows, after a cue word or
 * starting as an HRESULT does.
 */
function readSplitBareHex(scan: Scan, i: number, token: Token): number {
  if (token.text.length !== 4 || !HEX.test(token.text)) return 0;
  const cue = cueBefore(scan, i, token.start);
  if (cue === 'not-code' || (cue !== 'code' && !/^(?:80|c0)/i.test(token.text))) return 0;
  const rest = scan.tokens[i + 1];
  if (!rest || rest.text.length !== 4 || !HEX.test(rest.text) || scan.text.slice(token.end, rest.start) !== ' ')
    return 0;
  const digits = `${token.text}${rest.text}`.toUpperCase();
  if (!scan.known.hasHex(digits)) return 0;
  addCode(scan, `0x${digits}`, token.start, rest.end);
  return 2;
}

/** GUIDs, dates, versions, IPs, e-mail, paths, phone and ticket numbers glue digits to their neighbours. */
function bareBoundaries(scan: Scan, token: Token): boolean {
  const { text } = scan;
  const before = text.charAt(token.start - 1);
  if ('#+@\\$€£'.includes(before) && before !== '') return false;
  if ('-.'.includes(before) && before !== '' && isWordChar(text[token.start - 2])) return false;
  if (before === ':' && /[0-9]/.test(text.charAt(token.start - 2))) return false;
  return !chainedAfter(scan, token) && text.charAt(token.end) !== '%';
}

function chainedAfter(scan: Scan, token: Token): boolean {
  const after = scan.text.charAt(token.end);
  if (after === ':') return /[0-9]/.test(scan.text.charAt(token.end + 1));
  return after !== '' && '-.@'.includes(after) && isWordChar(scan.text[token.end + 1]);
}

/** "06 80180014", "020 80180014": an all-decimal block after a dialling prefix is a phone number. */
function phoneGroup(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  const prev = scan.tokens[i - 1];
  if (token === undefined || prev === undefined || !DECIMAL.test(token.text) || prev.end + 1 !== token.start)
    return false;
  return (
    DECIMAL.test(prev.text) && prev.text.length <= 4 && (prev.text.startsWith('0') || scan.text[prev.start - 1] === '+')
  );
}

/** What the word(s) just before position `at` say about the number there: "foutcode …", "serienummer …". */
function cueBefore(scan: Scan, i: number, at: number): Cue | undefined {
  const prev = scan.tokens[i - 1];
  if (prev === undefined || !gapIs(scan, prev.end, at, /^[\s:=("'[]+$/)) return undefined;
  const cue = cueOf(prev.lower);
  if (cue !== undefined || !CUE_FILLERS.has(prev.lower)) return cue;
  const word = scan.tokens[i - 2];
  return word !== undefined && gapIs(scan, word.end, prev.start, /^[\s-]+$/) ? cueOf(word.lower) : undefined;
}
