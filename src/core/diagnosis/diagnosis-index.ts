import type { KnowledgeBase } from '../kb/load.js';
import type { Lang } from '../lang.js';
import type { Entry, SourceLabel } from '../kb/schema.js';
import { KnownCodes } from '../text/extract-codes.js';
import { isHowToQuestion } from '../text/intent.js';
import { TextIndex, type Field } from './text-index.js';
import { MessageIndex } from './message-index.js';
import { WEIGHTS } from './ranking-weights.js';

const F = WEIGHTS.index;

/** Everything diagnosis needs of the knowledge base, built once at start. */
export interface DiagnosisIndex {
  kb: KnowledgeBase;
  entries: readonly Entry[];
  text: TextIndex;
  messages: MessageIndex;
  knownCodes: KnownCodes;
  /** Canonical code (names as written) -> the entries that list it. */
  byCode: ReadonlyMap<string, readonly number[]>;
  /** `doc#anchor#key` -> entry. */
  bySource: ReadonlyMap<string, number>;
  byId: ReadonlyMap<string, Entry>;
  /** Per entry, the share of its symptom phrasings that are how-to questions: 0 for a problem, near 1 for a how-to. */
  howTo: readonly number[];
}

export function sourceKey(source: SourceLabel): string {
  return `${source.doc}#${source.anchor}#${source.key?.toLowerCase() ?? ''}`;
}

/** Symbolic code names (ERROR_ADAL_OPERATION_PENDING) are matched as codes, not as the words they are made of. */
const CODE_NAME = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/** Field weights (WEIGHTS.index): what the user sees on screen and the entry's title count most, then how people describe it. */
function fieldsOf(entry: Entry): Field[] {
  const fields: Field[] = [];
  const add = (text: string, lang: Lang, weight: number): void => {
    fields.push({ text: text.replace(CODE_NAME, ' '), lang, weight });
  };
  for (const lang of ['nl', 'en'] as const) {
    add(entry.title[lang], lang, F.title);
    for (const m of entry.messages[lang]) add(m, lang, F.message);
    for (const s of entry.symptoms[lang]) add(s, lang, F.symptom);
    add(entry.summary[lang], lang, F.summary);
    for (const c of entry.causes) add(c.text[lang], lang, F.cause);
    for (const r of entry.resolutions) add(r.title[lang], lang, F.resolution);
  }
  return fields;
}

export function buildDiagnosisIndex(kb: KnowledgeBase): DiagnosisIndex {
  const byCode = new Map<string, number[]>();
  const bySource = new Map<string, number>();
  kb.entries.forEach((entry, i) => {
    for (const code of entry.codes) {
      const list = byCode.get(code);
      if (list) list.push(i);
      else byCode.set(code, [i]);
    }
    bySource.set(sourceKey(entry.source), i);
  });
  return {
    kb,
    entries: kb.entries,
    text: new TextIndex(kb.entries.map(fieldsOf)),
    messages: new MessageIndex(kb.entries),
    knownCodes: new KnownCodes(byCode.keys()),
    byCode,
    bySource,
    byId: new Map(kb.entries.map((e) => [e.id, e])),
    howTo: kb.entries.map((e) => {
      const phrasings = [...e.symptoms.nl, ...e.symptoms.en];
      return phrasings.filter(isHowToQuestion).length / Math.max(1, phrasings.length);
    }),
  };
}
