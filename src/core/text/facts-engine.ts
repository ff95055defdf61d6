import type { FactId } from '../kb/schema.js';
import { clauseAt, polarityAt, type Clause, type Prepared } from './facts-text.js';

/** One way a fact is said. Patterns run on prepared text (see `Prepared`); build them with `words`. */
export interface Rule {
  fact: FactId;
  re: RegExp;
  /** The value stated; a function to read it from the match. Undefined: only the negated form says something. */
  value?: string | ((match: RegExpExecArray) => string | undefined);
  /** The value when negated ("geen VM" -> 'no'). Without it a negated match says nothing. */
  negated?: string;
  /** A hint that loses to a named platform ("laptop" could be a MacBook). */
  weak?: boolean;
  /** Ignore the match when the clause text before it, after it, or the whole clause matches. */
  notBefore?: RegExp;
  notAfter?: RegExp;
  notIn?: RegExp;
  /** Only when the whole clause matches. */
  onlyIn?: RegExp;
  /** Ignore the match when the matched text itself matches (a gap swallowed "niet"). */
  reject?: RegExp;
  /** Only in a clause that says something goes wrong ("alle gebruikers hebben een licentie" is no scope). */
  needsFailure?: boolean;
  /**
   * How a negation before it counts. Default: across filler words ("is not a VM"). 'strict': any negation among the
   * three words before voids it ("werkt niet bij alle gebruikers"). 'ignore': the rule handles negation itself.
   */
  negation?: 'strict' | 'ignore';
  /** "proxy staat uit", "pc agent is verwijderd": the words after it turn it to `negated`. */
  offAfter?: boolean;
}

export interface Mention {
  fact: FactId;
  value: string;
  clause: Clause;
  index: number;
  weak: boolean;
}

const WINDOW = 160;
/** Facts a question or a hedge voids ("Is het een VM?", "weet niet of hij een licentie heeft"). */
const HEDGE_FREE = new Set<FactId>(['platform', 'enrollment-method', 'windows-version', 'error-phase']);
const OFF =
  /^(?: [^ |]+){0,2} (?:uit|uitgeschakeld|disabled|off|verwijderd|removed|uninstalled|gedeinstalleerd|weg|deleted|niet geinstalleerd|not installed|niet meer|no longer|niet aanwezig|not present)(?= |$)/;

/** A pattern matching whole words only: `words('geen vm')` does not match inside "geen vmware". */
export function words(source: string): RegExp {
  return new RegExp(`(?<![^ ])(?:${source})(?![^ ])`, 'g');
}

/** `asked`: the text answers a question about the fact, so it need not say that something fails. */
export function findMentions(prepared: Prepared, rules: readonly Rule[], asked = false): Mention[] {
  const mentions: Mention[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let match = rule.re.exec(prepared.text); match !== null; match = rule.re.exec(prepared.text)) {
      if (match[0].length === 0) rule.re.lastIndex += 1;
      const clause = clauseAt(prepared, match.index);
      const value = clause && readMention(prepared, clause, rule, match, asked);
      if (clause && value !== undefined) {
        mentions.push({ fact: rule.fact, value, clause, index: match.index, weak: rule.weak === true });
      }
    }
  }
  return mentions;
}

function readMention(
  prepared: Prepared,
  clause: Clause,
  rule: Rule,
  match: RegExpExecArray,
  asked: boolean,
): string | undefined {
  const { text } = prepared;
  if (!HEDGE_FREE.has(rule.fact) && (clause.question || clause.hedged)) return undefined;
  if (rule.needsFailure === true && !asked && !clause.failure) return undefined;
  if (rule.reject?.test(match[0])) return undefined;
  // Look at the words around the match, not at the whole clause: 100 KB without punctuation is one clause.
  const end = match.index + match[0].length;
  const from = match.index - WINDOW > clause.start ? text.indexOf(' ', match.index - WINDOW) + 1 : clause.start;
  const to = end + WINDOW < clause.end ? text.lastIndexOf(' ', end + WINDOW) : clause.end;
  const after = text.slice(end, to);
  if (rule.notBefore?.test(text.slice(from, match.index).trimEnd())) return undefined;
  if (rule.notAfter?.test(after)) return undefined;
  const around = text.slice(from, to);
  if (rule.notIn?.test(around) === true || rule.onlyIn?.test(around) === false) return undefined;
  const polarity =
    rule.negation === 'ignore' ? 'positive' : polarityAt(prepared, clause, match.index, rule.negation === 'strict');
  if (polarity === 'void') return undefined;
  const off = rule.offAfter === true && OFF.test(after);
  if (polarity === 'negated' && off) return undefined;
  if (polarity === 'negated' || off) return rule.negated;
  return typeof rule.value === 'function' ? rule.value(match) : rule.value;
}

/** The one value the mentions agree on; undefined when they disagree. */
export function agreed(mentions: readonly Mention[]): string | undefined {
  const values = new Set(mentions.map((m) => m.value));
  return values.size === 1 ? values.values().next().value : undefined;
}

/** "vm : nee", "proxy = ja": a yes/no fact the user filled in as a form. */
export const keyed = (fact: Rule['fact'], key: string): Rule => ({
  fact,
  re: words(`(?:${key}) : (ja|yes|true|nee|no|false)`),
  value: (m) => (/^(?:ja|yes|true)$/.test(m[1] ?? '') ? 'yes' : 'no'),
  notAfter: /^ ./,
});
/** Not followed by a colon: the word is a form's key, read by `keyed`. */
export const NOT_KEY = /^ :/;
