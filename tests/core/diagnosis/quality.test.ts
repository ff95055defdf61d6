import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import type { SourceLabel } from '../../../src/core/kb/schema.js';
import { buildDiagnosisIndex } from '../../../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../../../src/core/diagnosis/diagnose.js';
import { sourceKey } from '../../../src/core/diagnosis/diagnosis-index.js';
import { learnedIndex, type LearnedIndex } from '../../../src/core/diagnosis/learned-phrasings.js';

interface Case {
  id: string;
  lang?: string;
  text: string;
  expect: SourceLabel[];
  soft?: boolean;
}

const index = buildDiagnosisIndex(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));

function load(file: string | URL): Case[] {
  return readFileSync(typeof file === 'string' ? new URL(`../../fixtures/${file}`, import.meta.url) : file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

const same = (got: SourceLabel, want: SourceLabel): boolean =>
  got.doc === want.doc &&
  got.anchor === want.anchor &&
  (!want.key || (got.key ?? '').toLowerCase() === want.key.toLowerCase());

/** Scored as the shared evaluation does: top-k right when one of the first k matches is expected; abstain right on []. */
function score(cases: Case[], k: number, learned?: LearnedIndex): { share: number; misses: string } {
  const misses: string[] = [];
  for (const c of cases) {
    const matches = diagnose(index, { text: c.text, ...(learned ? { learned } : {}) }).matches.map(
      (m) => m.entry.source,
    );
    const ok =
      c.expect.length === 0
        ? matches.length === 0
        : (c.soft && matches.length === 0) || matches.slice(0, k).some((m) => c.expect.some((e) => same(m, e)));
    if (!ok) misses.push(`${c.id}: ${c.text.slice(0, 80)}`);
  }
  return { share: 1 - misses.length / cases.length, misses: misses.join('\n') };
}

function abstention(cases: Case[], learned?: LearnedIndex): { share: number; misses: string } {
  const oos = cases.filter((c) => c.expect.length === 0);
  const answered = oos
    .filter((c) => diagnose(index, { text: c.text, ...(learned ? { learned } : {}) }).matches.length > 0)
    .map((c) => c.id);
  return { share: 1 - answered.length / oos.length, misses: answered.join(', ') };
}

const main = load('utterances.jsonl');

/** Each labelled set's floors, just under what the engine reaches; with learned phrasings present they hold too. */
const FLOORS = {
  'utterances.jsonl': { top1: 0.95, top3: 0.99, abstain: 0.9 },
  'utterances-holdout-a.jsonl': { top1: 0.95, top3: 0.96, abstain: 0.9 },
  'utterances-holdout-b.jsonl': { top1: 0.94, top3: 0.95, abstain: 0.9 },
  // measured once before anyone read its misses: top-1 96.0%, top-3 96.5%, abstention 23 of 25
  'utterances-blind.jsonl': { top1: 0.95, top3: 0.96, abstain: 0.9 },
  // written after all of the above, measured once before anyone read its misses: 96.5%, 98.5%, 24 of 24
  'utterances-blind-2.jsonl': { top1: 0.95, top3: 0.97, abstain: 0.9 },
  'real-style.jsonl': { top1: 0.75, top3: 0.85, abstain: 0.7 },
  'real-style-blind.jsonl': { top1: 0.9, top3: 0.95, abstain: 0.85 },
} as const;
type SetFile = keyof typeof FLOORS;
const floorsOf = (...files: SetFile[]) => files.map((file) => ({ file, ...FLOORS[file] }));
const MAIN = FLOORS['utterances.jsonl'];

describe(`answer quality on ${main.length} labelled messages (tests/fixtures/utterances.jsonl)`, () => {
  it('has a varied test set: at least 250 messages, both languages, out-of-scope and small talk', () => {
    expect(main.length).toBeGreaterThanOrEqual(250);
    expect(main.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it(`top-1 is right for at least ${MAIN.top1 * 100}%`, () => {
    const { share, misses } = score(main, 1);
    expect(share, misses).toBeGreaterThanOrEqual(MAIN.top1);
  });

  it(`top-3 holds the right answer for at least ${MAIN.top3 * 100}%`, () => {
    const { share, misses } = score(main, 3);
    expect(share, misses).toBeGreaterThanOrEqual(MAIN.top3);
  });

  it(`abstains on at least ${MAIN.abstain * 100}% of out-of-scope messages and small talk`, () => {
    const { share, misses } = abstention(main);
    expect(share, misses).toBeGreaterThanOrEqual(MAIN.abstain);
  });
});

/**
 * Sets written later, from the articles alone, by writers who saw neither the knowledge base nor the engine: they
 * measure how the engine does on text it was not built around (the figures in bench/README.md). Their misses were
 * used to find general weaknesses, never to add their texts; the floors guard against going back.
 */
describe.each(
  floorsOf(
    'utterances-holdout-a.jsonl',
    'utterances-holdout-b.jsonl',
    'utterances-blind.jsonl',
    'utterances-blind-2.jsonl',
  ),
)('answer quality on the held-out set $file', ({ file, top1, top3, abstain }) => {
  const cases = load(file);

  it(`top-1 is right for at least ${top1 * 100}%, top-3 for ${top3 * 100}%`, () => {
    const first = score(cases, 1);
    expect(first.share, first.misses).toBeGreaterThanOrEqual(top1);
    const three = score(cases, 3);
    expect(three.share, three.misses).toBeGreaterThanOrEqual(top3);
  });

  it(`abstains on at least ${abstain * 100}% of its out-of-scope messages`, () => {
    const { share, misses } = abstention(cases);
    expect(share, misses).toBeGreaterThanOrEqual(abstain);
  });
});

/**
 * Written by us in the styles of the real reports (admins' long reports, dsregcmd /join /debug and Previous
 * Registration pastes, codes the articles lack, near-domain questions), Dutch first: real reports must not do worse
 * in Dutch. The blind set was measured once before its misses were read: top-1 88.9%, top-3 97.2%, 9 of 9 left
 * alone (Dutch 94.4%, English 83.3%).
 */
describe.each(floorsOf('real-style.jsonl', 'real-style-blind.jsonl'))(
  'answer quality on the real-style set $file',
  ({ file, top1, top3, abstain }) => {
    const cases = load(file);

    it('has Dutch and English messages', () => {
      expect(cases.some((c) => c.lang === 'nl') && cases.some((c) => c.lang === 'en')).toBe(true);
    });

    it(`top-1 is right for at least ${top1 * 100}%, top-3 for ${top3 * 100}%, abstains on ${abstain * 100}%`, () => {
      const first = score(cases, 1);
      expect(first.share, first.misses).toBeGreaterThanOrEqual(top1);
      const three = score(cases, 3);
      expect(three.share, three.misses).toBeGreaterThanOrEqual(top3);
      const alone = abstention(cases);
      expect(alone.share, alone.misses).toBeGreaterThanOrEqual(abstain);
    });
  },
);

/** The 65 real reports in the shared evaluation data (outside the repo): a floor just under what we reach. */
const REAL_DEV = new URL('../../../../shared/eval/real-dev.jsonl', import.meta.url);
const REAL_DEV_THERE = existsSync(REAL_DEV);

describe('answer quality on the real reports of ../shared/eval/real-dev.jsonl', () => {
  it.skipIf(!REAL_DEV_THERE)(
    REAL_DEV_THERE
      ? 'top-1 at least 76%, top-3 at least 80%, abstains on at least 5 of its 7 out-of-scope reports'
      : `skipped: ${REAL_DEV.pathname} is not there (the shared evaluation data lives outside the repo)`,
    () => {
      const cases = load(REAL_DEV);
      const first = score(cases, 1);
      expect(first.share, first.misses).toBeGreaterThanOrEqual(0.76);
      const three = score(cases, 3);
      expect(three.share, three.misses).toBeGreaterThanOrEqual(0.8);
      const alone = abstention(cases);
      expect(alone.share, alone.misses).toBeGreaterThanOrEqual(5 / 7);
    },
  );
});

/**
 * What a helpdesk would teach: every miss of the main set, linked to the entry it expects, as an agent resolving its
 * ticket would (a message the bot answered wrongly or not at all). With those present every floor above still holds:
 * a learned phrasing adds evidence for its entry, it does not pull other messages away from theirs.
 */
describe('answer quality with learned phrasings present', () => {
  const bySource = new Map(index.entries.map((e) => [sourceKey(e.source), e.id]));
  const taught = main.flatMap((c, i) => {
    const want = c.expect[0];
    const entryId = want && bySource.get(sourceKey(want));
    const diagnosis = diagnose(index, { text: c.text });
    if (!entryId || diagnosis.matches[0]?.entry.id === entryId) return [];
    return [{ entryId, text: c.text, lang: diagnosis.language, ticketId: `HD-${2000 + i}` }];
  });
  const learned = learnedIndex(taught);

  it('teaches something (the main set has misses to link)', () => {
    expect(taught.length).toBeGreaterThan(0);
  });

  it.each(floorsOf(...(Object.keys(FLOORS) as SetFile[])))(
    '$file keeps its floors',
    ({ file, top1, top3, abstain }) => {
      const cases = load(file);
      const first = score(cases, 1, learned);
      expect(first.share, first.misses).toBeGreaterThanOrEqual(top1);
      const three = score(cases, 3, learned);
      expect(three.share, three.misses).toBeGreaterThanOrEqual(top3);
      const alone = abstention(cases, learned);
      expect(alone.share, alone.misses).toBeGreaterThanOrEqual(abstain);
    },
  );
});
