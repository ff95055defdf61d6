import { PorterStemmer, PorterStemmerNl } from 'natural/lib/natural/stemmers/index.js';
import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import { words as dutchStopwords } from 'natural/lib/natural/util/stopwords_nl.js';
import { words as englishStopwords } from 'natural/lib/natural/util/stopwords.js';
import type { Lang } from '../lang.js';
import { canonicalPhrases } from './phrases.js';

const tokenizer = new RegexpTokenizer({ pattern: /[^\p{L}\p{N}]+/u });

/** Words that carry no meaning for matching, in either language (on normalised text). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...dutchStopwords,
  ...englishStopwords,
  // chat filler and words every enrollment message has
  ...'mn m ff effe even pls plz please graag hoi hallo hey hi thanks bedankt dank ok oke okay nou toch gewoon weer steeds nog al wel eens iemand someone anyone still just get got getting krijg krijgen krijgt kan kun kunnen can could cannot cant doesnt dont wont isnt lukt werkt works working no not niet nee ja yes did does do help hulp helpen problem probleem issue vraag question'.split(
    ' ',
  ),
  // when it happened: every report says it, no answer depends on it
  ...'vanochtend vanmorgen vanmiddag vanavond gisteren gisteravond eergisteren vandaag morgen ochtend middag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag yesterday today tomorrow morning afternoon evening monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
  // how a report talks about the article and asks for help: framing, not a symptom ("this section doesn't explain…")
  ...'article articles artikel artikelen section sectie documentation documentatie docs explains explain explained uitleg uitleggen mention mentioned vermeld appreciated insight insights ideas idee ideeen pointers advice advies suggestions suggesties clarify regards groet groeten anybody somebody'.split(
    ' ',
  ),
  // how people talk around a problem, in either language: reporting, hedging, knowing
  ...'zegt zeggen zei says say said shows geeft gaf staat stond onze our via sinds since tijdens during volgens according net denk denken think thought je jij you moeten must should wordt worden klopt kunt might willen want wanted using trying tried try proberen probeer betekent means mean eigenlijk actually really echt weet weten know knows knew anders otherwise paar couple ago allemaal doet doing lijkt seems seem verder further misschien maybe perhaps whether tell hoor waar wanneer komt komen zit zitten gaat gaan gedaan hebt ineens opeens plotseling suddenly us soms sometimes always guys jongens anything else iets'.split(
    ' ',
  ),
]);

/**
 * Dutch separable verbs written apart ("in te schrijven", "aan te melden") are read as one word; not "om te", which
 * is nearly always "in order to" ("om te checken").
 */
const SEPARATED_VERB = /\b(in|aan|toe|uit|af|op|mee|terug|door|over)\s+te\s+(\p{L}{3,}en)\b/gu;

/** Tokens of already-normalised text: letters and digits, no punctuation. */
export function tokenize(normalised: string): string[] {
  return tokenizer.tokenize(canonicalPhrases(normalised).replace(SEPARATED_VERB, '$1$2')) ?? [];
}

/**
 * Dutch forms the Snowball stemmer leaves apart: participles (geregistreerd, ingeschreven), -atie nouns
 * (registratie) and a few strong verbs. Mapped to the infinitive before stemming.
 */
const DUTCH_IRREGULAR: Record<string, string> = {
  schreven: 'schrijven',
  schreef: 'schrijven',
  bleven: 'blijven',
  bleef: 'blijven',
  kregen: 'krijgen',
  kreeg: 'krijgen',
  verlopen: 'verlopen',
  gegaan: 'gaan',
  ging: 'gaan',
  gedaan: 'doen',
  gezien: 'zien',
};
const NOT_PLURAL = new Set(['proces', 'adres', 'eerstes']);
const SEPARABLE_PREFIXES = ['in', 'aan', 'toe', 'uit', 'af', 'op', 'mee', 'terug', 'door', 'om', 'over', 'vast'];

export function dutchLemma(word: string): string {
  let w = word;
  for (const prefix of SEPARABLE_PREFIXES) {
    if (w.startsWith(`${prefix}ge`) && w.length > prefix.length + 5) {
      w = prefix + w.slice(prefix.length + 2);
      break;
    }
  }
  if (w.startsWith('ge') && w.length > 6 && /(?:eerd|eert|[^aeiou][dt])$/.test(w)) w = w.slice(2);
  const tail = SEPARABLE_PREFIXES.find((p) => w.startsWith(p) && DUTCH_IRREGULAR[w.slice(p.length)] !== undefined);
  if (tail !== undefined) return tail + (DUTCH_IRREGULAR[w.slice(tail.length)] ?? '');
  const irregular = DUTCH_IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length > 7 && (w.endsWith('eerd') || w.endsWith('eert'))) return `${w.slice(0, -4)}eren`;
  if (w.length > 7 && w.endsWith('atie')) return `${w.slice(0, -4)}eren`;
  if (w.length > 8 && w.endsWith('aties')) return `${w.slice(0, -5)}eren`;
  if (w.length > 5 && w.endsWith('es') && !NOT_PLURAL.has(w)) return w.slice(0, -1);
  return w;
}

const stemCache: Record<Lang, Map<string, string>> = { nl: new Map(), en: new Map() };

/** The stem of one normalised token in one language (cached: the vocabulary is small). */
export function stem(token: string, lang: Lang): string {
  if (/\d/.test(token) || token.length < 3 || token.length > 40) return token;
  const cache = stemCache[lang];
  let result = cache.get(token);
  if (result === undefined) {
    result = lang === 'nl' ? PorterStemmerNl.stem(dutchLemma(token)) : PorterStemmer.stem(token);
    if (cache.size < 100_000) cache.set(token, result);
  }
  return result;
}

/** Content tokens of normalised text: tokenised, stop words and one-letter tokens dropped. */
export function contentTokens(normalised: string): string[] {
  return tokenize(normalised).filter((t) => t.length > 1 && !STOPWORDS.has(t));
}
