import type { Entry, FactId } from '../kb/schema.js';
import type { Facts } from '../text/extract-facts.js';
import type { RankedCause } from './conditions.js';
import type { Reason } from './diagnose.js';
import { WEIGHTS } from './ranking-weights.js';

const W = WEIGHTS.facts;

/** An entry written for one platform, the one the user's device runs. */
export function isForDevice(entry: Entry, facts: Facts): boolean {
  return facts.platform !== undefined && (entry.platforms as string[]).includes(facts.platform);
}

/** A known fact that contradicts an entry pushes it down; one that fits it lifts it a little. */
export function applyFacts(entry: Entry, facts: Facts, score: number, reasons: Reason[]): number {
  let s = score;
  const platform = facts.platform;
  if (platform && entry.platforms.length > 0) {
    const fits = isForDevice(entry, facts);
    reasons.push({ kind: 'fact', fact: 'platform', value: platform, effect: fits ? 'supports' : 'contradicts' });
    s = fits ? s + W.platformFits : s * W.platformContradicts;
  }
  const phase = facts['error-phase'];
  if (phase && entry.phase) {
    const fits = entry.phase === phase;
    reasons.push({ kind: 'fact', fact: 'error-phase', value: phase, effect: fits ? 'supports' : 'contradicts' });
    s = fits ? s + W.phaseFits : s * W.phaseContradicts;
  }
  const method = facts['enrollment-method'];
  if (method && entry.methods.length > 0) {
    const fits = (entry.methods as string[]).includes(method);
    if (!fits) s *= W.methodContradicts;
  }
  return s;
}

/** Known facts that make one of the entry's causes likely lift it; facts that rule out every cause push it down. */
export function causeEvidence(causes: RankedCause[], reasons: Reason[]): number {
  const likely = causes.filter((c) => c.status === 'likely');
  for (const c of likely)
    for (const b of c.because)
      reasons.push({ kind: 'fact', fact: b.fact as FactId, value: b.value, effect: 'supports' });
  if (likely.length > 0) return W.causeLikely;
  return causes.length > 0 && causes.every((c) => c.status === 'ruled-out') ? W.causesRuledOut : 0;
}
