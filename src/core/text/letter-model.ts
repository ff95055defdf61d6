import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { PROJECT_ROOT } from '../project-root.js';
import { LANGS, type Lang } from '../lang.js';

/** How sure the model must be, in log-probability per trigram, before it names a language. */
const MARGIN_PER_TRIGRAM = 0.1;
/** Fewer trigrams than this (a bare code, "ok") tell nothing. */
const MIN_TRIGRAMS = 4;

export interface LetterModel {
  /** The language whose letter trigrams fit the text clearly better, or undefined when neither does. */
  guess(text: string): Lang | undefined;
}

/**
 * Letter trigrams of each language (" in", "ijn", "ng "), counted over every Dutch and English text of the project's
 * knowledge base: the titles, symptoms, messages, causes and steps we wrote in both languages. Scored as naive
 * Bayes with add-one smoothing. A few hundred KB of our own text is enough to tell two languages apart, where a
 * general detector's database of 60 languages costs 44 MB of heap and 0.6 s to load.
 */
export function trainLetterModel(texts: Readonly<Record<Lang, readonly string[]>>): LetterModel {
  const logP = new Map<string, Float64Array>();
  const unseen = new Float64Array(LANGS.length);
  LANGS.forEach((lang, i) => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const text of texts[lang])
      for (const tri of trigrams(text)) {
        counts.set(tri, (counts.get(tri) ?? 0) + 1);
        total++;
      }
    const denominator = total + counts.size + 1;
    unseen[i] = Math.log(1 / denominator);
    for (const [tri, n] of counts) {
      let row = logP.get(tri);
      if (!row) logP.set(tri, (row = new Float64Array(LANGS.length).fill(Number.NaN)));
      row[i] = Math.log((n + 1) / denominator);
    }
  });
  return {
    guess(text) {
      const score = new Float64Array(LANGS.length);
      let n = 0;
      for (const tri of trigrams(text)) {
        const row = logP.get(tri);
        if (!row) continue;
        n++;
        for (let i = 0; i < LANGS.length; i++) score[i]! += Number.isNaN(row[i]) ? unseen[i]! : row[i]!;
      }
      if (n < MIN_TRIGRAMS) return undefined;
      const nl = score[LANGS.indexOf('nl')]!;
      const en = score[LANGS.indexOf('en')]!;
      if (Math.abs(nl - en) < MARGIN_PER_TRIGRAM * n) return undefined;
      return nl > en ? 'nl' : 'en';
    },
  };
}

/** Words; one with a digit is a code ("0x801c0021", "80CF3006"), whose letters are no language's. */
const WORDS = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;

/** Trigrams of each word with its edges marked by spaces ("  de" is not " de "); words are lower-cased. */
function* trigrams(text: string): Generator<string> {
  for (const match of text.toLowerCase().matchAll(WORDS)) {
    if (DIGIT.test(match[0])) continue;
    const word = ` ${match[0]} `;
    for (let i = 0; i + 3 <= word.length; i++) yield word.slice(i, i + 3);
  }
}

let model: LetterModel | undefined;

/** The model of the project's knowledge base, trained on first use (some 20 ms) and kept. */
export function letterModel(): LetterModel {
  return (model ??= trainLetterModel(knowledgeTexts(join(PROJECT_ROOT, 'knowledge'))));
}

/** Every string under an `nl:` or `en:` key of the knowledge files. */
function knowledgeTexts(dir: string): Record<Lang, string[]> {
  const texts: Record<Lang, string[]> = { nl: [], en: [] };
  const visit = (value: unknown, lang?: Lang): void => {
    if (typeof value === 'string') {
      if (lang) texts[lang].push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, lang);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value))
        visit(item, (LANGS as readonly string[]).includes(key) ? (key as Lang) : lang);
    }
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')))
    visit(parseYaml(readFileSync(join(dir, file), 'utf8')));
  return texts;
}
