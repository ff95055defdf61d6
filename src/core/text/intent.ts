/**
 * A question about how to do or find something ("hoe zie ik of…", "how do I check…", "waar vind ik…"), as opposed
 * to a report of something failing. The knowledge base answers both: how-to sections (collect the basics, read the
 * join status) and problems.
 */
const HOW_TO = /\b(?:hoe|how|waar|where|welke?|which|wat moet|what (?:should|do) (?:i|we))\b/i;

export function isHowToQuestion(text: string): boolean {
  return HOW_TO.test(text.length > 2_000 ? text.slice(0, 2_000) : text);
}
