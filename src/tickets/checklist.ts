import type { KnowledgeBase } from '../core/kb/load.js';
import type { FactId, Question } from '../core/kb/schema.js';
import type { Facts } from '../core/text/extract-facts.js';

/** Questions that only mean something on one platform. */
const ONLY_ON: Partial<Record<FactId, string>> = { 'windows-updated': 'windows' };

/**
 * The article's prerequisite checklist (`checklist: true` in the catalogue) as it applies here: a Windows-only
 * question is left out once the platform is known to be another.
 */
export function checklistQuestions(kb: KnowledgeBase, facts: Facts): Question[] {
  return [...kb.questions.values()].filter((q) => {
    if (!q.checklist) return false;
    const platform = ONLY_ON[q.id];
    return platform === undefined || facts.platform === undefined || facts.platform === platform;
  });
}

/** What the conversation already tells for the checklist: its facts, and the codes as the exact error. */
export function checklistFacts(facts: Facts, codes: readonly string[]): Facts {
  const known: Facts = { ...facts };
  if (known['error-message'] === undefined && codes.length > 0) known['error-message'] = codes.join(', ');
  return known;
}

/** The next checklist question nobody answered yet ("weet ik niet" is an answer), in catalogue order. */
export function nextChecklistQuestion(kb: KnowledgeBase, facts: Facts): FactId | undefined {
  return checklistQuestions(kb, facts).find((q) => facts[q.id] === undefined)?.id;
}

export function missingChecklistCount(kb: KnowledgeBase, facts: Facts): number {
  return checklistQuestions(kb, facts).filter((q) => facts[q.id] === undefined).length;
}
