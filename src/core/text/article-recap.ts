/**
 * "This article explains how to read the join status, but not how to reset it": an admin's recap of what the article
 * already covers is not their problem; what follows the contrast is. Up to the end of the sentence, bounded, so the
 * scan stays linear.
 */
const RECAP = [
  /\b(?:this|the) (?:article|page|doc|docs|document|documentation|section|guide)\b[^.!?\n]{0,200}?\b(?:but|however)\b/giu,
  /\b(?:dit|het|deze|de) (?:artikel|pagina|document|documentatie|sectie|handleiding)\b[^.!?\n]{0,200}?\b(?:maar|echter)\b/giu,
];

/** The text without the recaps of what the article says (the words after "but" stay). */
export function withoutArticleRecap(text: string): string {
  return RECAP.reduce((t, pattern) => t.replace(pattern, ' '), text);
}
