import type { Lang } from '../core/lang.js';
import { en } from './en.js';
import { nl, type PhraseKey } from './nl.js';

export type { PhraseKey };

const phrases: Record<Lang, Record<PhraseKey, string>> = { nl, en };

/** A phrase in the given language, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: PhraseKey, vars: Record<string, string | number> = {}): string {
  return phrases[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}
