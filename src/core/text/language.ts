import { isLang, type Lang } from '../lang.js';
import { letterModel } from './letter-model.js';

/** Words that mark a language even in a three-word chat message (not words both write: of, me, was, had). */
const MARKERS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(
    'de het een en ik mijn mn je jij we wij ze zij niet geen wel bij op van voor naar met maar ook nog al dan als dat die dit deze wat waarom hoe wie waar krijg krijgt krijgen kan kun kunnen lukt werkt blijft staat zegt zie is er heeft hebben heb ben zijn wordt worden moet moeten mag graag hallo hoi goedemorgen bedankt dank ja nee fout foutcode foutmelding melding apparaat inschrijven collega telefoon tel weet hulp opnieuw tot toegang werk mislukt faalt tijdens probleem annuleren stoppen alle iedereen gebruikers nieuwe sinds toch even'.split(
      ' ',
    ),
  ),
  en: new Set(
    "the a an and i my you we they it not no yes but also still when what why how who where get gets getting got can cannot cant can't could doesn't don't won't isn't works working stuck says shows is are has have be been being will would should must please hello hi thanks thank error device enroll enrolling enrollment user users colleague phone help restart cancel all everyone new since with from for to on this that these there".split(
      ' ',
    ),
  ),
};

const QUOTED = /"[^"\n]{0,400}"|'[^'\n]{4,400}'|“[^”\n]{0,400}”/g;
const WORD = /[\p{L}\p{N}_']+/gu;
/** Lines of pasted output (dsregcmd's "Field : value" lines and box borders) are the tool's words, not the user's. */
const PASTED_LINE = /^[ \t]*(?:[|+].*|[\w .()/-]{2,40}[ \t]:[ \t].*)$/gm;

/**
 * Dutch or English. Marker words decide first (the user's own words, outside quoted error texts and pasted output),
 * then how the letters run (trigrams of the knowledge base's own Dutch and English), then the channel's locale, then
 * the default.
 */
export function detectLanguage(text: string, locale?: string, fallback: Lang = 'nl'): Lang {
  const prior = localeLanguage(locale) ?? fallback;
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const own = sample.replace(QUOTED, ' ').replace(PASTED_LINE, ' ');
  const byMarkers = markerVote(own.split(/\s+/).length >= 2 ? own : sample);
  if (byMarkers) return byMarkers;
  return letterModel().guess(sample) ?? prior;
}

function markerVote(text: string): Lang | undefined {
  let nl = 0;
  let en = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    // the letters of a code ("000a", DSREG_E_DEVICE_INTERNALSERVICE_ERROR) are not words
    if (/[\p{N}_]/u.test(word)) continue;
    if (MARKERS.nl.has(word)) nl++;
    if (MARKERS.en.has(word)) en++;
  }
  if (nl === en) return undefined;
  return nl > en ? 'nl' : 'en';
}

/** 'nl-NL', 'nl-BE', 'en-US' -> the language; anything else -> undefined. */
export function localeLanguage(locale: string | undefined): Lang | undefined {
  const code = locale?.slice(0, 2).toLowerCase();
  return isLang(code) ? code : undefined;
}
