/**
 * What kind of question a message asks. A how-to question ("hoe zie ik of…", "how do I check…") is answered by the
 * knowledge base's how-to sections; a question about what something is, costs or how two things differ is not a
 * problem to troubleshoot, unless the message also says something fails.
 */
const HOW_TO =
  /\b(?:hoe|how|waar|where|welke?|which|wat moet|what (?:should|do) (?:i|we)|what (?:info|information|details)|wat (?:voor )?(?:info|informatie|gegevens)|is er (?:een )?manier|is there (?:a )?way|kan ik (?:zien|checken|controleren|nagaan)|can i (?:see|check|tell|find))\b/i;
const GENERAL = [
  /\b(?:difference|differences|verschil|verschillen)\b/i,
  /\b(?:how much|cost|costs|kost|kosten|price|pricing|prijs|prijzen)\b/i,
  /\b(?:curious|nieuwsgierig|benieuwd|presentation|presentatie)\b/i,
  /\b(?:what(?:'s| is| are)|wat (?:is|zijn))\b[^?.!\n]{1,40}\b(?:exactly|precies|eigenlijk)\b/i,
  // apps installed from the Company Portal are app deployment, not enrollment
  /\b(?:install\w*|installeer\w*|update\w*)\b[^?.!\n]{0,40}\b(?:uit|vanuit|via|from|through|van) (?:de |het |the )?(?:bedrijfsportal|company ?portal)\b/i,
];
const FAILING =
  /\b(?:fail\w*|faal\w*|gefaald|gaat (?:fout|mis)|misgegaan|error\w*|fout\w*|mislukt\w*|lukt\w* niet|werkt niet|not working|stuck|hangt|hangen|blijft|melding|says|zegt|unable|cannot|can'?t|won'?t|kan niet|kunnen niet)\b/i;

const head = (text: string): string => (text.length > 2_000 ? text.slice(0, 2_000) : text);

export function isHowToQuestion(text: string): boolean {
  return HOW_TO.test(head(text));
}

/** "what is Autopilot exactly?", "wat kost een licentie?", "difference between X and Y": knowledge, not a problem. */
export function isGeneralQuestion(text: string): boolean {
  const t = head(text);
  return GENERAL.some((re) => re.test(t)) && !FAILING.test(t);
}

/** The message says something fails or goes wrong ("lukt niet", "error", "stuck"), not only asks. */
export function describesFailure(text: string): boolean {
  return FAILING.test(head(text));
}
