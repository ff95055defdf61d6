import type { Lang } from '../lang.js';
import { normalize } from '../text/normalize.js';
import { contentTokens, stem } from '../text/tokens.js';
import { deletions, isTypoOf } from '../text/typo.js';

/** One field of a document, in one language, with how much a word in it counts. */
export interface Field {
  text: string;
  lang: Lang;
  weight: number;
}

interface Posting {
  doc: number;
  tf: number;
  /** The BM25 term-frequency part, tf saturated and length-normalised; times idf it is the term's score. */
  impact: number;
}

/** What a query word matched: the word as typed, the term it became, and its share of the score. */
export interface TermHit {
  word: string;
  term: string;
  weight: number;
}

export interface TextScore {
  doc: number;
  /** Raw BM25 (per query word, the best of its terms). */
  bm25: number;
  /** The part of the query the document explains, 0..1 (BM25 over the query's best possible score). */
  coverage: number;
  hits: TermHit[];
}

const K1 = 1.2;
const B = 0.6;
const MIN_COMPOUND_PART = 4;
const MIN_TYPO_LENGTH = 5;
/** Longer "words" are pasted junk or identifiers, not typos, and their edits cost quadratic time. */
const MAX_TYPO_LENGTH = 30;
/** Postings read per query term, best first (more than the real KB has entries: only at scale does it cut). */
const MAX_POSTINGS = 100;
/** Unknown words weigh as half a rare word: a message full of other things is not explained by the KB. */
const UNKNOWN_WORD_SHARE = 0.5;
const TERM_CACHE_SIZE = 50_000;

/**
 * BM25 over fielded, bilingual documents. Dutch fields are stemmed as Dutch, English as English; a query word is
 * stemmed both ways and counts once, with the better of its terms. Dutch compounds are split into known words on
 * both sides, and a word the index does not know is read as the known word one edit away (typos).
 */
export class TextIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly docLength: number[] = [];
  private avgLength = 1;
  /** Raw words of the documents (for compounds and typos). */
  private readonly words = new Map<string, number>();
  /** Single-deletion variants -> the raw words they come from (a symmetric-delete spelling index). */
  private readonly deletions = new Map<string, string[]>();
  private readonly termCache = new Map<string, string[]>();

  constructor(documents: readonly (readonly Field[])[]) {
    const tokenised = documents.map((fields) => fields.map((f) => ({ ...f, words: contentTokens(normalize(f.text)) })));
    for (const fields of tokenised)
      for (const f of fields) for (const w of f.words) this.words.set(w, (this.words.get(w) ?? 0) + 1);
    tokenised.forEach((fields, doc) => this.addDocument(doc, fields));
    const total = this.docLength.reduce((a, b) => a + b, 0);
    this.avgLength = Math.max(1, total / Math.max(1, documents.length));
    for (const list of this.postings.values()) {
      for (const p of list)
        p.impact = (p.tf * (K1 + 1)) / (p.tf + K1 * (1 - B + (B * (this.docLength[p.doc] ?? 0)) / this.avgLength));
      list.sort((a, b) => b.impact - a.impact);
    }
    for (const word of this.words.keys()) {
      if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) continue;
      for (const variant of deletions(word)) {
        const list = this.deletions.get(variant);
        if (list) list.push(word);
        else this.deletions.set(variant, [word]);
      }
    }
  }

  get size(): number {
    return this.docLength.length;
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Scores every document that shares a term with the text, best first. */
  search(text: string): TextScore[] {
    const queryWords = [...new Set(contentTokens(normalize(text)))].slice(0, 400);
    const scores: (TextScore | undefined)[] = new Array<TextScore | undefined>(this.size);
    const results: TextScore[] = [];
    // per query word, the best of its terms in each document (arrays by document: no allocation per posting)
    const bestWeight = new Float64Array(this.size);
    const bestTerm: string[] = new Array<string>(this.size);
    const touched: number[] = [];
    let possible = 0;
    const rareIdf = this.idf('\u0000');
    for (const typed of queryWords) {
      const known = this.knownTerms(typed);
      if (known.length === 0) {
        possible += UNKNOWN_WORD_SHARE * rareIdf * (K1 + 1);
        continue;
      }
      possible += Math.max(...known.map((t) => this.idf(t))) * (K1 + 1);
      for (const term of known) {
        const idf = this.idf(term);
        // impact-ordered: a common term contributes through its best documents only, so a query costs the same
        // however many entries share its words
        const list = this.postings.get(term) ?? [];
        for (let i = 0; i < Math.min(list.length, MAX_POSTINGS); i++) {
          const { doc, impact } = list[i] as Posting;
          const weight = idf * impact;
          if (bestWeight[doc] === 0) touched.push(doc);
          if ((bestWeight[doc] ?? 0) < weight) {
            bestWeight[doc] = weight;
            bestTerm[doc] = term;
          }
        }
      }
      for (const doc of touched) {
        const weight = bestWeight[doc] ?? 0;
        let score = scores[doc];
        if (!score) {
          score = { doc, bm25: 0, coverage: 0, hits: [] };
          scores[doc] = score;
          results.push(score);
        }
        score.bm25 += weight;
        score.hits.push({ word: typed, term: bestTerm[doc] ?? '', weight });
        bestWeight[doc] = 0;
      }
      touched.length = 0;
    }
    for (const r of results) r.coverage = possible > 0 ? Math.min(1, r.bm25 / possible) : 0;
    return results.sort((a, b) => b.bm25 - a.bm25);
  }

  private addDocument(doc: number, fields: readonly (Field & { words: string[] })[]): void {
    const tf = new Map<string, number>();
    let length = 0;
    for (const field of fields) {
      for (const word of field.words) {
        length += field.weight;
        for (const term of this.termsOf(word, field.lang)) tf.set(term, (tf.get(term) ?? 0) + field.weight);
      }
    }
    this.docLength[doc] = length;
    for (const [term, count] of tf) {
      const list = this.postings.get(term);
      if (list) list.push({ doc, tf: count, impact: 0 });
      else this.postings.set(term, [{ doc, tf: count, impact: 0 }]);
    }
  }

  /**
   * The indexed terms a typed word stands for, typo corrected. Cached: people use few words, and correcting and
   * splitting an unknown word is the costly part of a query.
   */
  private knownTerms(typed: string): string[] {
    let known = this.termCache.get(typed);
    if (known === undefined) {
      const word = this.words.has(typed) || /\d/.test(typed) ? typed : (this.correct(typed) ?? typed);
      known = this.termsOf(word).filter((t) => this.postings.has(t));
      if (this.termCache.size >= TERM_CACHE_SIZE) this.termCache.clear();
      this.termCache.set(typed, known);
    }
    return known;
  }

  /** The terms a word stands for: its stem(s) and, for a compound, the stems of its parts. */
  private termsOf(word: string, lang?: Lang): string[] {
    const terms = new Set<string>();
    const langs: Lang[] = lang ? [lang] : ['nl', 'en'];
    for (const l of langs) terms.add(stem(word, l));
    for (const part of this.compoundParts(word)) terms.add(stem(part, 'nl'));
    return [...terms];
  }

  /**
   * "inschrijvingsbeperkingen" -> ["inschrijving", "beperkingen"], "inschrijfscherm" -> ["inschrijven", "scherm"]:
   * the split whose both parts are known words (a head may be a verb's stem).
   */
  private compoundParts(word: string): string[] {
    if (word.length < 2 * MIN_COMPOUND_PART + 1 || word.length > MAX_TYPO_LENGTH || /\d/.test(word)) return [];
    for (let i = word.length - MIN_COMPOUND_PART; i >= MIN_COMPOUND_PART; i--) {
      const tail = word.slice(i);
      if (!this.words.has(tail)) continue;
      for (const head of [word.slice(0, i), word.slice(0, i - 1)]) {
        const link = word.slice(head.length, i);
        const known = head.length >= MIN_COMPOUND_PART && (link === '' || link === 's' || link === 'e');
        const headWord = known ? this.knownHead(head) : undefined;
        if (headWord) return [headWord, tail];
      }
    }
    return [];
  }

  /** A compound's head as a known word: the word itself or the verb whose stem it is (inschrijf- -> inschrijven). */
  private knownHead(head: string): string | undefined {
    const verbs = [
      `${head}en`,
      head.endsWith('f') ? `${head.slice(0, -1)}ven` : '',
      head.endsWith('s') ? `${head.slice(0, -1)}zen` : '',
    ];
    return [head, ...verbs].find((w) => w !== '' && this.words.has(w));
  }

  /** The known word one typing slip from `word` (the most frequent when several), if any. */
  private correct(word: string): string | undefined {
    if (word.length < MIN_TYPO_LENGTH || word.length > MAX_TYPO_LENGTH || /\d/.test(word)) return undefined;
    const candidates = new Set<string>();
    for (const variant of [word, ...deletions(word)]) {
      if (this.words.has(variant)) candidates.add(variant);
      for (const c of this.deletions.get(variant) ?? []) candidates.add(c);
    }
    let best: string | undefined;
    for (const c of candidates) {
      if (!isTypoOf(word, c)) continue;
      if (!best || (this.words.get(c) ?? 0) > (this.words.get(best) ?? 0)) best = c;
    }
    return best;
  }
}
