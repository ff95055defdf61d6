/**
 * Phrases that mean one thing however they are written, in either language, read as one token before matching.
 * Applied to user text and the knowledge base alike (on normalised text), so "Company Portal" and "bedrijfsportal"
 * meet, and "no error" stops looking like "error".
 */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  // a failure without any error is its own symptom, not an error
  [
    /\b(?:no|without|zero|geen|zonder)\s+(?:(?:any|visible|enige|enkele|zichtbare)\s+)?(?:error|fout)\p{L}*/gu,
    'geenfout',
  ],
  [
    /\b(?:hoeveel|te ?veel|maximum aantal|max(?:imaal)?|how many|too many|max(?:imum)?(?: number of)?)\s+(?:apparaten|devices|toestellen)\b|\bdevice[\s-]?(?:limit|cap)\b/gu,
    'apparaatlimiet',
  ],
  [/\b(?:company[\s-]*portal|bedrijfs[\s-]?portal|cp(?=[\s-]+app\b))(?:[\s-]+app)?\b/gu, 'bedrijfsportal'],
  [/\b(?:conditional[\s-]+access|voorwaardelijke[\s-]+toegang)\b/gu, 'voorwaardelijketoegang'],
  [
    /\b(?:device[\s-]+enrollment[\s-]+manager|apparaatinschrijvingsmanager)(?:[\s-]*(?:account|user|gebruiker))?\b/gu,
    'dem',
  ],
];

/** British spellings, contractions and chat short forms, written the one way the knowledge base writes them. */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\btime[\s-]?zones?\b/gu, 'tijdzone'],
  [/\bmsg\b/gu, 'message'],
  [/\b(\p{L}+)isation/gu, '$1ization'],
  [/\blicenc(e|es|ed|ing)\b/gu, 'licens$1'],
  [/\benrol(ment|ments|s)?\b/gu, 'enroll$1'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)n'?t\b/gu, '$1 not'],
  [/\bcan'?t\b/gu, 'cannot'],
  [/\bwon'?t\b/gu, 'will not'],
  // admins' short and new names for what the articles call otherwise: Entra ID is Azure AD, a DC a domain controller
  [/\b(?:aad|azure active directory|(?:microsoft[\s-]+)?entra(?:[\s-]+id)?)\b/gu, 'azure ad'],
  [/\bhaadj\b/gu, 'hybrid azure ad join'],
  [/\bdcs?\b/gu, 'domain controller'],
  [/\blan\b/gu, 'corporate network'],
];

export function canonicalPhrases(normalised: string): string {
  let text = normalised;
  for (const [pattern, written] of SPELLINGS) text = text.replace(pattern, written);
  for (const [pattern, token] of PHRASES) text = text.replace(pattern, `$& ${token}`);
  return text;
}
