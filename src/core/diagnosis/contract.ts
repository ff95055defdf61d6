import type { Diagnosis } from './diagnose.js';

/** One result of the `diagnose` command, per "The diagnose contract" in the design. */
export function toContract(id: unknown, d: Diagnosis): Record<string, unknown> {
  return {
    id,
    language: d.language,
    codes: d.codes.map((c) => c.code),
    events: d.events,
    facts: d.facts,
    matches: d.matches.map((m) => ({
      id: m.entry.id,
      title: m.entry.title[d.language],
      score: m.score,
      source: m.entry.source,
      reasons: m.reasons,
    })),
    questions: d.questions,
    // additions to the contract's fields: how sure the first match is, and the codes the knowledge base lacks
    confidence: d.confidence,
    unknownCodes: d.unknownCodes,
  };
}
