import { DECIMAL } from './code-forms.js';
import { gapIs, inUrl, type Scan, type Token } from './code-scan.js';

const EVENT_WORDS = new Set(['event', 'events', 'eventid', 'eventids', 'gebeurtenis', 'gebeurtenissen']);
const EVENT_ID_WORDS = new Set(['id', 'ids', 'nr', 'nummer', 'number']);
const LIST_WORDS = new Set(['en', 'and', 'of', 'or']);

/** "Event 76", "gebeurtenis-id 304, 305 en 307": event ids, reported apart from error codes. */
export function readEvents(scan: Scan, i: number): number {
  const { tokens } = scan;
  const cue = tokens[i];
  if (cue === undefined || !EVENT_WORDS.has(cue.lower) || inUrl(scan, cue.start)) return 0;
  let j = i + 1;
  const idWord = tokens[j];
  if (idWord !== undefined && EVENT_ID_WORDS.has(idWord.lower) && gapIs(scan, cue.end, idWord.start, /^[\s-]+$/)) j++;
  const first = tokens[j];
  const before = tokens[j - 1];
  if (first === undefined || before === undefined || !gapIs(scan, before.end, first.start, /^[\s:#=-]+$/)) return 0;
  const ids: number[] = [];
  for (let k = j; ;) {
    const id = eventId(scan, tokens[k]);
    if (id === undefined) break;
    ids.push(id);
    j = k;
    k = nextInList(scan, k);
  }
  for (const id of ids) scan.events.add(id);
  return ids.length > 0 ? j + 1 - i : 0;
}

function eventId(scan: Scan, token: Token | undefined): number | undefined {
  if (token === undefined || token.text.length > 5 || !DECIMAL.test(token.text)) return undefined;
  // 10.0.19045, 12:30 and 304-307 are versions, times and ranges, not event ids
  if (/^[.:-][0-9]/.test(scan.text.slice(token.end, token.end + 2))) return undefined;
  const id = Number(token.text);
  return id >= 1 && id <= 65535 ? id : undefined;
}

/** The index of the next number of an event list ("304, 305 en 307"), or -1. */
function nextInList(scan: Scan, k: number): number {
  const here = scan.tokens[k];
  const next = scan.tokens[k + 1];
  if (here === undefined || next === undefined) return -1;
  if (!LIST_WORDS.has(next.lower)) return gapIs(scan, here.end, next.start, /^\s*(?:[,;&/]\s*)?$/) ? k + 1 : -1;
  const after = scan.tokens[k + 2];
  if (after === undefined) return -1;
  return gapIs(scan, here.end, next.start, /^\s+$/) && gapIs(scan, next.end, after.start, /^\s+$/) ? k + 2 : -1;
}
