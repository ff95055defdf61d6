/**
 * The one normaliser for matching: Unicode NFD, combining marks removed, lower case, typographic quotes and dashes
 * made plain. Applied to user text and to the knowledge base alike, before any tokenizer (natural's Dutch
 * tokenizer would split "geïnstalleerd" at the ï).
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201A\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}
