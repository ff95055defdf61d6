import { ConversationState, MemoryStorage, type Middleware, type TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { TriageDialog } from '../../dialogs/triage-dialog.js';
import type { DialogDeps } from '../../dialogs/dialog-deps.js';
import type { DiagnoseInput, Diagnosis, Match } from '../../src/core/diagnosis/diagnose.js';
import type { DiagnosisIndex } from '../../src/core/diagnosis/diagnosis-index.js';
import type { Entry, Question } from '../../src/core/kb/schema.js';
import type { Lang } from '../../src/core/lang.js';
import { readCardAction } from '../../src/conversation/card-actions.js';
import type { ConversationMemory } from '../../src/conversation/conversation-memory.js';
import type { Presenter } from '../../src/conversation/presenter.js';
import { setTurn } from '../../src/conversation/turn.js';

// The triage dialog alone: a made-up knowledge base of three entries and a diagnosis the test decides, no bot,
// no real knowledge base, no cards. The presenter says what it was asked to show, as text.

const text = (s: string) => ({ nl: s, en: s });

function entry(id: string, causes: string[], options: { section?: string; fix?: string } = {}): Entry {
  return {
    id,
    source: { doc: '000_0000000000000000.txt', anchor: options.section ?? id },
    title: text(`Problem ${id}`),
    codes: [],
    codeNotes: [],
    messages: { nl: [], en: [] },
    symptoms: { nl: [], en: [] },
    platforms: ['windows'],
    methods: [],
    summary: text(id),
    causes: causes.map((c) => ({ id: c, text: text(c), likelyIf: [], ruledOutIf: [] })),
    resolutions: causes.map((c) => ({
      title: text(`fix ${options.fix ?? c}`),
      forCause: c,
      steps: text(`do ${options.fix ?? c}`),
    })),
    warnings: [],
    questions: [],
  } as unknown as Entry;
}

const proxy: Question = {
  id: 'proxy',
  label: text('Proxy'),
  text: text('Is there a proxy?'),
  type: 'yes-no',
  choices: [],
  checklist: false,
} as unknown as Question;

const A = entry('a', ['a-first', 'a-second']);
const B = entry('b', ['b-only']);
const C = entry('c', ['c-only'], { section: 'a' }); // the same section as A: one problem seen twice

function match(e: Entry, score: number): Match {
  return { entry: e, score, reasons: [], causes: e.causes.map((c) => ({ id: c.id, status: 'possible', because: [] })) };
}

function fakeIndex(): DiagnosisIndex {
  const entries = [A, B, C];
  return {
    kb: { questions: new Map([['proxy', proxy]]) },
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    byCode: new Map(),
  } as unknown as DiagnosisIndex;
}

/** Each test's diagnosis: a function of the facts it is given; every call is kept. */
function setup(lang: Lang, diagnosisOf: (input: DiagnoseInput) => Match[], questions: Diagnosis['questions'] = []) {
  const calls: DiagnoseInput[] = [];
  const shown: string[] = [];
  const state = new ConversationState(new MemoryStorage());
  const say = async (context: TurnContext, line: string) => {
    shown.push(line);
    await context.sendActivity(line);
    return undefined;
  };
  const present = {
    say: (context: TurnContext, key: string) => say(context, `say ${key}`),
    answer: (context: TurnContext, m: Match) =>
      say(
        context,
        `answer ${m.entry.id} ${m.causes
          .filter((c) => c.status !== 'ruled-out')
          .map((c) => c.id)
          .join(',')}`,
      ),
    question: (context: TurnContext, q: Question) => say(context, `question ${q.id}`),
    questionAnswered: () => Promise.resolve(),
    disambiguation: (context: TurnContext, entries: readonly Entry[]) =>
      say(context, `choose ${entries.map((e) => e.id).join(',')}`),
    noMatch: (context: TurnContext) => say(context, 'no-match'),
    rephrase: (context: TurnContext) => say(context, 'rephrase'),
    dsregReport: () => Promise.resolve(),
  } as unknown as Presenter;
  const deps: DialogDeps = {
    index: fakeIndex(),
    diagnose: (input) => {
      calls.push(input);
      const matches = diagnosisOf(input);
      const confidence = matches[0]?.score ?? 0;
      return { language: lang, codes: [], events: [], facts: {}, matches, questions, confidence, unknownCodes: [] };
    },
    present,
    memory: state.createProperty<ConversationMemory>('memory'),
    profile: state.createProperty('profile'),
    now: () => 0,
    events: { record: () => Promise.resolve() },
    helpdesk: {} as DialogDeps['helpdesk'],
  };
  const readTurn: Middleware = {
    onTurn: async (context, next) => {
      const action = readCardAction(context.activity.value);
      setTurn(context, {
        text: context.activity.text ?? '',
        lang,
        scope: 'personal',
        from: {},
        mentioned: false,
        audience: 'user',
        ...(action ? { action } : {}),
      });
      await next();
    },
  };
  const client = new DialogTestClient('test', new TriageDialog(deps), { text: 'it fails' }, [readTurn], state);
  const turn = async (activity: string | Record<string, unknown>) => {
    shown.length = 0;
    await client.sendActivity(typeof activity === 'string' ? activity : { type: 'message', value: activity });
    return [...shown];
  };
  return { client, calls, turn };
}

describe.each(['nl', 'en'] as const)('the triage dialog on its own (%s)', (lang) => {
  it('offers a choice only between different problems, and "none of these" asks for other words', async () => {
    const { client, turn } = setup(lang, () => [match(A, 0.9), match(C, 0.9), match(B, 0.89)]);
    expect(await turn('it fails')).toEqual(['choose a,b']);
    expect(await turn({ action: 'other-problem' })).toEqual(['rephrase']);
    expect(client.dialogTurnResult.result).toEqual({ outcome: 'rephrase' });
  });

  it('after "not solved": the next cause, then the next problem, then the hand-off', async () => {
    const { client, turn } = setup(lang, () => [match(A, 0.9), match(B, 0.7)]);
    expect(await turn('it fails')).toEqual(['answer a a-first,a-second']);
    expect(await turn({ action: 'not-solved', entryId: 'a' })).toEqual(['say feedback.nextCause', 'answer a a-second']);
    expect(await turn({ action: 'not-solved', entryId: 'a' })).toEqual(['say feedback.nextEntry', 'answer b b-only']);
    await turn({ action: 'not-solved', entryId: 'b' });
    expect(client.dialogTurnResult.result).toEqual({ outcome: 'not-solved', entryId: 'b' });
  });

  it('asks a question only when an answer changes what is shown first, and "don\'t know" is no evidence', async () => {
    const { calls, turn } = setup(
      lang,
      ({ facts }) => (facts?.proxy === 'yes' ? [match(B, 0.95), match(A, 0.9)] : [match(A, 0.9), match(B, 0.6)]),
      ['proxy'],
    );
    expect(await turn('it fails')).toEqual(['question proxy']);
    expect(await turn({ action: 'answer', question: 'proxy', value: 'unknown' })).toEqual([
      'answer a a-first,a-second',
    ]);
    expect(calls.some((c) => Object.values(c.facts ?? {}).includes('unknown'))).toBe(false);
  });

  it('asks nothing when no answer would change the first answer', async () => {
    const { turn } = setup(lang, () => [match(A, 0.9), match(B, 0.6)], ['proxy']);
    expect(await turn('it fails')).toEqual(['answer a a-first,a-second']);
  });
});
