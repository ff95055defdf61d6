import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import { CardFactory, type Attachment } from 'botbuilder';
import { PROJECT_ROOT } from '../core/project-root.js';
import { neutraliseBindings } from './escape.js';
import { CardSizeError, TemplateError } from './errors.js';
import { fitAt, type Fit } from './view.js';

export const CARD_KINDS = [
  'answer',
  'question',
  'question-answered',
  'disambiguation',
  'welcome',
  'no-match',
  'dsregcmd-report',
  'checklist-summary',
  'ticket',
  'notice',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Teams refuses a message over about 28 KB. */
export const MAX_CARD_BYTES = 28 * 1024;
/** What a card may take, leaving room for the activity around it. */
export const CARD_BUDGET_BYTES = 24 * 1024;
/** Tried in turn until the card fits the budget. */
const SCALES = [1, 0.6, 0.35, 0.2];

const TEMPLATE_DIR = join(PROJECT_ROOT, 'cards');

export type CardJson = Record<string, unknown>;

let templates: ReadonlyMap<CardKind, unknown> | undefined;

/** Reads and checks every template; the first card built calls it, `index.ts` may call it to fail at start. */
export function loadCardTemplates(): ReadonlyMap<CardKind, unknown> {
  if (templates) return templates;
  const loaded = new Map<CardKind, unknown>();
  for (const kind of CARD_KINDS) {
    const file = templateFile(kind);
    let text: string;
    try {
      text = readFileSync(join(TEMPLATE_DIR, `${kind}.json`), 'utf8');
    } catch (err) {
      throw new TemplateError(`cannot be read (${(err as Error).message}); every card kind needs its template`, file);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new TemplateError(`is not valid JSON: ${(err as Error).message}`, file);
    }
    checkTemplate(json, file);
    loaded.set(kind, deepFreeze(json));
  }
  templates = loaded;
  return loaded;
}

function templateFile(kind: CardKind): string {
  return `cards/${kind}.json`;
}

/** What every card must be: Adaptive Cards 1.5, full width in Teams, with a fallback text. */
function checkTemplate(json: unknown, file: string): void {
  const card = json as { type?: unknown; version?: unknown; msteams?: { width?: unknown }; fallbackText?: unknown };
  const problems: string[] = [];
  if (card?.type !== 'AdaptiveCard') problems.push('"type" must be "AdaptiveCard"');
  if (card?.version !== '1.5') problems.push('"version" must be "1.5"');
  if (card?.msteams?.width !== 'Full') problems.push('"msteams": { "width": "Full" } is missing');
  if (typeof card?.fallbackText !== 'string') problems.push('"fallbackText" is missing');
  checkExpressions(json, '', problems);
  if (problems.length > 0) throw new TemplateError('is not a Teams card template', file, problems);
}

/** Every binding parses, and every `$when` is a binding: a typo fails at load, not as a silently hidden block. */
function checkExpressions(node: unknown, path: string, problems: string[]): void {
  if (typeof node === 'string') {
    if (!node.includes('${')) return;
    try {
      Template.parseInterpolatedString(node);
    } catch (err) {
      problems.push(`${path}: ${node}: ${(err as Error).message}`);
    }
  } else if (Array.isArray(node)) {
    node.forEach((item, i) => checkExpressions(item, `${path}[${i}]`, problems));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$when' && (typeof value !== 'string' || !/^\$\{.*\}$/s.test(value))) {
        problems.push(`${path}.$when must be one binding, "\${...}"`);
      }
      checkExpressions(value, `${path}.${key}`, problems);
    }
  }
}

/**
 * adaptivecards-templating 2.3 reports every `$when` that is false as "Unable to parse the Adaptive Expression";
 * the expressions were parsed at load, so those reports are only hidden blocks.
 */
const FALSE_WHEN =
  /^WARN: Unable to parse the Adaptive Expression .* The \$when condition has been set to false by default\.$/s;

const prepared = new Map<CardKind, Template>();

/** One prepared Template per kind: expansion is synchronous, so one instance serves every card of its kind. */
function preparedTemplate(kind: CardKind): Template {
  let template = prepared.get(kind);
  if (!template) {
    template = new Template(loadCardTemplates().get(kind));
    prepared.set(kind, template);
  }
  return template;
}

/**
 * Expands a template with its data. Throws a TemplateError on an expansion warning or a binding left unexpanded
 * (`${...}` stays in the output when the data lacks a field the template uses without `$when`).
 */
export function expandCard(kind: CardKind, data: object): CardJson {
  return expand(kind, data).card;
}

/** The expanded card and its JSON, serialised once for the leftover check and the size. */
function expand(kind: CardKind, data: object): { card: CardJson; json: string } {
  const file = templateFile(kind);
  const template = preparedTemplate(kind);
  const card = template.expand({ $root: neutraliseAll(data) }) as CardJson;
  const warnings = template.getLastTemplateExpansionWarnings().filter((w) => !FALSE_WHEN.test(w));
  if (warnings.length > 0) throw new TemplateError('template expansion warned', file, warnings);
  const json = JSON.stringify(card);
  const leftovers = json.includes('${') ? [...new Set(json.match(/\$\{[^}]*\}?/g))] : [];
  if (leftovers.length > 0) {
    throw new TemplateError(
      'bindings left unexpanded: the data lacks these fields (give them a value or guard them with $when)',
      file,
      leftovers,
    );
  }
  return { card, json };
}

/** The card's size as Teams counts it: UTF-8 bytes of its JSON. */
export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/**
 * Builds the card from the view `view(fit)` returns, with less and less of the data until it fits the size
 * budget, and wraps it as an attachment.
 */
export function renderCard(kind: CardKind, view: (fit: Fit) => object): Attachment {
  let bytes = 0;
  for (const scale of SCALES) {
    const { card, json } = expand(kind, view(fitAt(scale)));
    bytes = Buffer.byteLength(json, 'utf8');
    if (bytes <= CARD_BUDGET_BYTES) return CardFactory.adaptiveCard(card);
  }
  throw new CardSizeError(templateFile(kind), bytes, CARD_BUDGET_BYTES);
}

/**
 * The data with `${` and `{{` broken in every string, so no text can act as a binding or a date function, and
 * without undefined fields. Copies only what changes: most views have neither, and come back as they are.
 */
function neutraliseAll(value: unknown): unknown {
  if (typeof value === 'string') return neutraliseBindings(value);
  if (Array.isArray(value)) {
    const list = value as unknown[];
    let copy: unknown[] | undefined;
    list.forEach((item, i) => {
      const safe = neutraliseAll(item);
      if (safe !== item) (copy ??= [...list])[i] = safe;
    });
    return copy ?? value;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const safe = neutraliseAll(item);
      if (safe === item && item !== undefined) continue;
      copy ??= { ...value };
      if (item === undefined) delete copy[key];
      else copy[key] = safe;
    }
    return copy ?? value;
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
