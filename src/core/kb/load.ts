import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { z } from 'zod';
import { KnowledgeBaseError } from './errors.js';
import { article, questionCatalogue, type Article, type Entry, type Question } from './schema.js';

export interface KnowledgeBase {
  readonly articles: readonly Article[];
  readonly entries: readonly Entry[];
  readonly questions: ReadonlyMap<string, Question>;
  /** Link to the article section that owns the entry. */
  link(entry: Entry): string;
}

const QUESTIONS_FILE = 'questions.yaml';

/** Reads and validates every `*.yaml` file of a knowledge folder; throws KnowledgeBaseError on the first broken file. */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  if (!files.includes(QUESTIONS_FILE)) {
    throw new KnowledgeBaseError(
      `${QUESTIONS_FILE} is missing: the question catalogue is required`,
      join(dir, QUESTIONS_FILE),
    );
  }
  const catalogue = readYaml(join(dir, QUESTIONS_FILE), questionCatalogue);
  const articles = files.filter((f) => f !== QUESTIONS_FILE).map((f) => readYaml(join(dir, f), article));
  return buildKnowledgeBase(articles, catalogue.questions, dir);
}

export function buildKnowledgeBase(
  articles: readonly Article[],
  questionList: readonly Question[],
  where = '(memory)',
): KnowledgeBase {
  const questions = new Map(questionList.map((q) => [q.id, q]));
  const problems = crossCheck(articles, questions);
  if (problems.length > 0) throw new KnowledgeBaseError('the knowledge base is inconsistent', where, problems);
  const urls = new Map(articles.map((a) => [a.doc, a.url]));
  return {
    articles,
    entries: articles.flatMap((a) => a.entries),
    questions,
    link: (entry) => `${urls.get(entry.source.doc) ?? ''}#${entry.source.anchor}`,
  };
}

function crossCheck(articles: readonly Article[], questions: ReadonlyMap<string, Question>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const a of articles) {
    for (const e of a.entries) {
      const at = `${a.doc} > ${e.id}`;
      if (ids.has(e.id)) problems.push(`${at}: duplicate id`);
      ids.add(e.id);
      const label = `${e.source.doc}#${e.source.anchor}#${e.source.key ?? ''}`;
      if (labels.has(label)) problems.push(`${at}: source label ${label} is used twice`);
      labels.add(label);
      if (e.source.doc !== a.doc)
        problems.push(`${at}: source.doc ${e.source.doc} differs from the file's doc ${a.doc}`);
      for (const q of e.questions) if (!questions.has(q)) problems.push(`${at}: questions: unknown question ${q}`);
      const causeIds = new Set(e.causes.map((c) => c.id));
      for (const r of e.resolutions) {
        if (r.forCause !== undefined && !causeIds.has(r.forCause)) {
          problems.push(`${at}: resolutions: forCause ${r.forCause} is not a cause of this entry`);
        }
      }
      for (const c of e.causes) {
        for (const cond of [...c.likelyIf, ...c.ruledOutIf]) {
          if (!questions.has(cond.fact)) problems.push(`${at}: causes.${c.id}: fact ${cond.fact} has no question`);
        }
      }
    }
  }
  return problems;
}

function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KnowledgeBaseError(`cannot read ${basename(file)}: ${(error as Error).message}`, file);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new KnowledgeBaseError(
      `${basename(file)} does not match the knowledge-base schema`,
      file,
      result.error.issues.map((i) => `${describePath(data, i.path)}: ${i.message}`),
    );
  }
  return result.data;
}

/** "entries[3] (id win-already-enrolled).causes[0].text.en" — names the entry by its id, not only its index. */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = data;
  return path
    .map((part) => {
      const text = typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
      node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part] : undefined;
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      return typeof part === 'number' && typeof id === 'string' ? `${text} (id ${id})` : text;
    })
    .join('')
    .replace(/^\./, '');
}
