import type { Diagnosis } from './diagnose.js';
import { diagnose } from './diagnose.js';
import type { DiagnosisIndex } from './diagnosis-index.js';

/** Another problem in the same message: the part of the text that describes it and the entry that answers it. */
export interface OtherProblem {
  text: string;
  entryId: string;
}

const SEGMENT =
  /(?<=[.!?])\s+|\n+|;\s*|,\s*(?:and|en)\s+|\b(?:en ook|and also|daarnaast|verder|ook nog|another (?:issue|problem|thing)|tweede probleem|second (?:issue|problem))\b/i;
/** Words by which people announce more than one problem; without them a message is one problem told at length. */
const SEVERAL =
  /\b(?:two|2|twee|drie|three|meerdere|several|multiple) (?:issues|problems|problemen|dingen|things|vragen|questions)\b|\b(?:also|ook nog|daarnaast|en ook|and another|another (?:issue|problem)|tweede probleem|second (?:issue|problem))\b/i;
/** Long reports repeat their one problem in many sentences: only short messages are split. */
const MAX_LENGTH = 400;
const MIN_SCORE = 0.6;

/**
 * "Two issues: our Galaxies show as not healthy, and a new MacBook says it looks like a virtual machine." Each part is
 * diagnosed on its own; a part whose clear answer is not among the whole message's top answers is another problem.
 */
export function otherProblems(index: DiagnosisIndex, whole: Diagnosis, text: string): OtherProblem[] {
  if (text.length > MAX_LENGTH || whole.dsregcmd || whole.matches.length === 0 || !SEVERAL.test(text)) return [];
  const parts = text
    .split(SEGMENT)
    .filter((p): p is string => typeof p === 'string' && p.trim().split(/\s+/).length >= 4);
  if (parts.length < 2) return [];
  const first = whole.matches[0]?.entry.id;
  const seen = new Set(first ? [first] : []);
  const found: OtherProblem[] = [];
  for (const part of parts) {
    const matches = diagnose(index, { text: part }).matches;
    const top = matches[0];
    // a part that still fits the first answer is that problem told in more words
    if (
      !top ||
      top.score < MIN_SCORE ||
      seen.has(top.entry.id) ||
      matches.slice(0, 3).some((m) => m.entry.id === first)
    )
      continue;
    seen.add(top.entry.id);
    found.push({ text: part.trim(), entryId: top.entry.id });
  }
  return found;
}
