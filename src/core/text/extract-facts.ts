import type { FactId } from '../kb/schema.js';
import { CLOCK_RULES, HISTORY_RULES, LICENSE_RULES, TPM_RULES, UPDATE_RULES, VM_RULES } from './facts-device.js';
import { agreed, findMentions, type Mention, type Rule } from './facts-engine.js';
import { EDITION_RULES, PLATFORM_RULES, resolvePlatform, resolveVersion, VERSION_RULES } from './facts-platform.js';
import { COUNT_RULES, SCOPE_RULES } from './facts-scope.js';
import { ACCOUNT_RULES, MDM_RULES, METHOD_RULES, NETWORK_RULES, PHASE_RULES } from './facts-setup.js';
import { prepare } from './facts-text.js';

/** Known facts; values are catalogue choice values, 'yes' | 'no' | 'unknown' for yes-no questions, digits for numbers, text for text. */
export type Facts = Partial<Record<FactId, string>>;

const RULES: readonly Rule[] = [
  ...PLATFORM_RULES,
  ...EDITION_RULES,
  ...VERSION_RULES,
  ...METHOD_RULES,
  ...MDM_RULES,
  ...PHASE_RULES,
  ...NETWORK_RULES,
  ...ACCOUNT_RULES,
  ...LICENSE_RULES,
  ...TPM_RULES,
  ...VM_RULES,
  ...CLOCK_RULES,
  ...UPDATE_RULES,
  ...HISTORY_RULES,
  ...SCOPE_RULES,
  ...COUNT_RULES,
];
const RULES_BY_FACT = new Map<FactId, Rule[]>();
for (const rule of RULES) RULES_BY_FACT.set(rule.fact, [...(RULES_BY_FACT.get(rule.fact) ?? []), rule]);

/** How the mentions of a fact become its value; by default only when they all agree. */
const RESOLVERS: Partial<Record<FactId, (mentions: readonly Mention[]) => string | undefined>> = {
  platform: resolvePlatform,
  'windows-version': resolveVersion,
};

/**
 * Facts stated in a free-text message (a problem description), Dutch or English. Only what the text clearly says:
 * a negated statement counts as its opposite where that is clear ("geen VM"), a question or a hedge counts as
 * nothing ("is het een VM?", "weet niet of hij een licentie heeft"), and contradicting statements cancel out.
 */
export function extractFacts(text: string): Facts {
  return resolve(findMentions(prepare(text), RULES));
}

/**
 * One fact read from an answer to the question about it: like `extractFacts`, but the text need not say that
 * something fails ("alleen bij mij" answers "how many users?").
 */
export function readFact(fact: FactId, text: string): string | undefined {
  const rules = RULES_BY_FACT.get(fact);
  return rules === undefined ? undefined : resolve(findMentions(prepare(text), rules, true))[fact];
}

function resolve(mentions: readonly Mention[]): Facts {
  const byFact = new Map<FactId, Mention[]>();
  for (const mention of mentions) {
    const list = byFact.get(mention.fact);
    if (list) list.push(mention);
    else byFact.set(mention.fact, [mention]);
  }
  const facts: Facts = {};
  for (const [fact, found] of byFact) {
    const value = (RESOLVERS[fact] ?? agreed)(found);
    if (value !== undefined) facts[fact] = value;
  }
  return facts;
}
