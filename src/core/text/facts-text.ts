import { normalize } from './normalize.js';
import { deletions, editDistance } from './typo.js';

/** A stretch of text between punctuation (or "maar"/"but"): the scope of a negation and of a question. */
export interface Clause {
  /** Offsets in `Prepared.text`, end exclusive. */
  start: number;
  end: number;
  /** Ends with a question mark: "Is het een VM?" states nothing. */
  question: boolean;
  /** "weet niet of", "misschien", "not sure whether": states nothing either. */
  hedged: boolean;
  /** Says something goes wrong ("lukt niet", "error", "can't"). */
  failure: boolean;
  /** Says something works ("werkt wel", "works fine") and nothing fails. */
  ok: boolean;
}

/**
 * Normalised words joined by single spaces, clauses separated by the token `|`, `:` kept as a token. Patterns run on
 * this text, so a word boundary is a space and a pattern never crosses a clause.
 */
export interface Prepared {
  text: string;
  clauses: Clause[];
}

const ACCENTED_ONE = /(?<![\p{L}\p{N}])(?:één|eén|éen|ééntje)(?![\p{L}\p{N}])/giu;
const DOTTED_ABBREVIATION = /(?<![\p{L}\p{N}])([a-z])\.([a-z])\.(?:([a-z])\.)?/gu;
const PIECE = /([\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*(?:\.\p{N}+)*)|([.!?;\n\r()[\]{}<>|,"]+)|([:=])/gu;
const BREAK_WORDS = new Set('maar but however echter terwijl while whereas although hoewel though'.split(' '));

const HEDGE =
  /(?:^| )(?:weet (?:ik |het )?niet|geen (?:flauw )?idee|niet zeker|not sure|unsure|no idea|(?:don't|dont|do not) know|misschien|maybe|perhaps|possibly|wellicht|whether|of dat|zou kunnen|could be|might|kan het zijn|is het mogelijk|mogelijk dat|vraag me af|wonder|(?:als|indien|if) (?:het|de|er|we|ze|hij|zij|je|u|it|it's|the|there|they|he|she|you)|(?:check|checken|controleren|controleer|nagaan|nakijken|bepalen|zien|weten|vragen|testen|kijken) of|(?:check|determine|tell|know|see|ask|test) (?:if|whether)|verify)(?= |$)/;
const FAILURE =
  /(?:^| )(?:niet|not|geen|no|niemand|nobody|never|nooit|can't|cant|cannot|fout\S*|error\S*|fail\S*|mislukt\S*|faalt|probleem|problemen|problem|problems|issue|issues|stuck|vast|hangt|hangen|geblokkeerd|blocked|blokkeert|blocks|geweigerd|denied|rejected|krijg|krijgt|krijgen|kreeg|kregen|gets|get|getting|got|hetzelfde|dezelfde|zelfde|same|doesn't|doesnt|won't|wont|don't|dont|isn't|aren't|affected|getroffen|melding|meldingen|message|0x[0-9a-f]+)(?= |$)/;
const SUCCESS =
  /(?:^| )(?:werkt|werken|lukt|lukte|gelukt|works|work|worked|working|succeeds|succeeded|successful|succesvol|prima|fine|(?:gaat|gaan|ging|gingen) (?:gewoon |wel |prima )?door|go(?:es)? (?:fine |just )?through)(?= |$)/;
const NO_PROBLEM =
  /(?:geen|no|zonder|without) (?:enkel |enkele |any )?(?:problemen|probleem|problems|problem|issues|issue)/g;

/** Misspellings of these (one edit) are read as the word: "andriod", "autopliot", "entreprise", "labtop". */
const KEYWORDS = (
  'android samsung iphone iphones ipados macbook windows laptop laptops autopilot enterprise education professional ' +
  'bedrijfsportal groepsbeleid inrichtingspakket provisioning virtuele virtueel virtual vmware federatief federated ' +
  'zscaler licentie licenties license licenses licensed licence iedereen everyone everybody gebruikers gebruiker ' +
  'apparaten hybride dsregcmd galaxy computer'
).split(' ');
/** Real words one edit away from a keyword. */
const NOT_TYPOS = new Set(['window', 'widows', 'phone', 'phones', 'parallel', 'computers', 'computed', 'compute']);
const TYPO_INDEX = buildTypoIndex(KEYWORDS);

/** Normalises the text and splits it into clauses of words, with misspelt keywords corrected. Linear in the input. */
export function prepare(raw: string): Prepared {
  const text = normalize(raw.normalize('NFC').replace(ACCENTED_ONE, ' 1 ')).replace(DOTTED_ABBREVIATION, '$1$2$3');
  const words: string[] = [];
  const clauses: Clause[] = [];
  let length = 0;
  let clauseStart = -1;
  const push = (word: string): void => {
    if (words.length > 0) length += 1;
    if (clauseStart < 0) clauseStart = length;
    words.push(word);
    length += word.length;
  };
  const close = (question: boolean): void => {
    if (clauseStart < 0) return;
    clauses.push({ start: clauseStart, end: length, question, hedged: false, failure: false, ok: false });
    clauseStart = -1;
    push('|');
    clauseStart = -1;
  };
  for (const match of text.matchAll(PIECE)) {
    const [, word, stop] = match;
    if (word !== undefined) {
      if (BREAK_WORDS.has(word)) close(false);
      push(correctTypo(word));
    } else if (stop !== undefined) close(stop.includes('?'));
    else push(':');
  }
  close(false);
  const joined = words.join(' ');
  for (const clause of clauses) {
    const body = joined.slice(clause.start, clause.end);
    clause.hedged = HEDGE.test(body);
    clause.failure = FAILURE.test(body);
    clause.ok = SUCCESS.test(body) && !FAILURE.test(body.replace(NO_PROBLEM, ' '));
  }
  return { text: joined, clauses };
}

/** The clause holding offset `index` (binary search). */
export function clauseAt(prepared: Prepared, index: number): Clause | undefined {
  const { clauses } = prepared;
  let low = 0;
  let high = clauses.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const clause = clauses[mid];
    if (clause === undefined) return undefined;
    if (index < clause.start) high = mid - 1;
    else if (index >= clause.end) low = mid + 1;
    else return clause;
  }
  return undefined;
}

const NEGATORS = new Set(
  "niet geen not no never nooit zonder without isn't isnt aren't arent doesn't doesnt don't dont didn't didnt wasn't wasnt weren't werent hasn't hasnt haven't havent hadn't nor noch none".split(
    ' ',
  ),
);
/** Words that may stand between a negation and what it negates: "not running in a VM", "heeft nog geen licentie". */
const FILLERS = new Set(
  "een a an de het the 'n via met with through using door by in op on any enige ook also even eens is it's its er there it have has had heb heeft hebben use uses used gebruik gebruiken gebruikt running run runs draait draaien ons onze our mijn my mn zijn his haar her hun their your je jouw uw echt really behind achter nog yet be been being are was were zit zitten staat".split(
    ' ',
  ),
);
const INSTEAD = /(?:^| )(?:ipv|in plaats van|instead of|rather than|behalve|except|apart from)$/;
/** "het probleem is niet de proxy" says nothing about whether there is one. */
const NOT_THE_CAUSE =
  /(?:^| )(?:probleem|problem|oorzaak|cause|issue|reden|reason|het ligt|dat ligt)(?: (?:is|was|ligt|zit|lijkt|seems))?$/;

const FAILING_VERBS = new Set(
  'werkt werken werkte werkten lukt lukte gaat ging works work worked working kan kon kunnen can could wil wilde will would start starts boot boots loopt'.split(
    ' ',
  ),
);

export type Polarity = 'positive' | 'negated' | 'void';

/**
 * Whether the words just before `index` negate what starts there: "geen VM", "is not a virtual machine", "heeft
 * nog geen licentie" -> negated; "in plaats van autopilot", "het probleem is niet de proxy" -> void (says nothing).
 * `strict`: any negation among the three words before, fillers or not ("werkt niet bij alle gebruikers").
 */
export function polarityAt(prepared: Prepared, clause: Clause, index: number, strict = false): Polarity {
  const from = Math.max(clause.start, index - 100);
  const before = prepared.text.slice(from, index).trim().split(' ');
  if (from > clause.start) before.shift();
  const limit = strict ? 2 : 3;
  let skipped = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i] ?? '';
    if (INSTEAD.test(before.slice(0, i + 1).join(' '))) return 'void';
    if (NEGATORS.has(word)) {
      if (NOT_THE_CAUSE.test(before.slice(0, i).join(' '))) return 'void';
      // "het werkt niet via autopilot", "it does not work on a VM": the verb is negated, not what follows.
      return (word === 'niet' || word === 'not') && FAILING_VERBS.has(before[i - 1] ?? '') ? 'positive' : 'negated';
    }
    if (skipped >= limit || (!strict && !FILLERS.has(word))) break;
    skipped += 1;
  }
  return 'positive';
}

/** Memo of corrections: a long text repeats its words. */
const corrected = new Map<string, string>();

function correctTypo(word: string): string {
  if (word.length < 5 || word.length > 18 || NOT_TYPOS.has(word) || TYPO_INDEX.exact.has(word)) return word;
  let result = corrected.get(word);
  if (result === undefined) {
    if (corrected.size > 10_000) corrected.clear();
    result = nearestKeyword(word);
    corrected.set(word, result);
  }
  return result;
}

function nearestKeyword(word: string): string {
  const found = new Set<string>();
  for (const variant of [word, ...deletions(word)]) {
    for (const keyword of TYPO_INDEX.variants.get(variant) ?? []) found.add(keyword);
  }
  const close = [...found].filter((keyword) => editDistance(word, keyword) <= 1);
  return close.length === 1 && close[0] !== undefined ? close[0] : word;
}

function buildTypoIndex(keywords: readonly string[]): { exact: Set<string>; variants: Map<string, string[]> } {
  const variants = new Map<string, string[]>();
  for (const keyword of keywords) {
    for (const variant of [keyword, ...deletions(keyword)])
      variants.set(variant, [...(variants.get(variant) ?? []), keyword]);
  }
  return { exact: new Set(keywords), variants };
}
