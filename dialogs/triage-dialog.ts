import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { Diagnosis, Match } from '../src/core/diagnosis/diagnose.js';
import type { Facts } from '../src/core/text/extract-facts.js';
import { emptyMemory, rememberTurn, type ConversationMemory } from '../src/conversation/conversation-memory.js';
import { turnLang, turnOf } from '../src/conversation/turn.js';
import { DialogIds } from './dialog-ids.js';
import type { DialogDeps } from './dialog-deps.js';
import { PrerequisitesDialog, type PrerequisitesOptions } from './prerequisites-dialog.js';
import { QuestionPrompt } from './question-prompt.js';
import { DisambiguationPrompt, NONE_OF_THESE, type DisambiguationOptions } from './disambiguation-prompt.js';
import { FeedbackDialog, type Feedback } from './feedback-dialog.js';
import { otherProblems } from '../src/core/diagnosis/several-problems.js';
import { nextQuestion, offerFor, openCandidates, OFFER } from '../src/core/diagnosis/offer-policy.js';

export interface TriageOptions {
  text: string;
  /** Entries already shown in this triage (after "not solved"). */
  tried?: string[];
  /** Set once the first pass (facts, codes, dsregcmd report) is done. */
  started?: boolean;
  /** Questions asked so far. */
  asked?: number;
  /** Show this entry again (its next cause, after "not solved"), without a question or a choice. */
  again?: string;
}

interface TriageValues {
  entryId?: string;
  /** The user picked the answer from several. */
  picked?: boolean;
}

const STEPS = `${DialogIds.triage}-steps`;
const DIAGNOSES = Symbol('diagnoses');

/**
 * One problem, from the user's words to an answer: diagnose, ask only the questions that change the diagnosis,
 * re-rank, let the user pick when several answers fit equally, show the answer, and act on "did this help?".
 */
export class TriageDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.triage);
    this.addDialog(
      new WaterfallDialog<TriageOptions>(STEPS, [
        this.startStep.bind(this),
        this.askStep.bind(this),
        this.afterAskStep.bind(this),
        this.rerankStep.bind(this),
        this.showAnswerStep.bind(this),
        this.feedbackStep.bind(this),
      ]),
    );
    this.addDialog(new PrerequisitesDialog(new QuestionPrompt(deps.index.kb, deps.present)));
    this.addDialog(new DisambiguationPrompt(deps.index, deps.present));
    this.addDialog(new FeedbackDialog());
    this.initialDialogId = STEPS;
  }

  private async startStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    if (step.options.started) return step.next();
    const memory = await this.memory(step.context);
    const diagnosis = this.diagnose(step, memory.facts);
    Object.assign(memory.facts, withoutUnknown(diagnosis.facts));
    for (const c of diagnosis.codes) if (!memory.codes.includes(c.code)) memory.codes.push(c.code);
    memory.starterId = step.context.activity.from?.id;
    memory.starterName = step.context.activity.from?.name;
    if (diagnosis.dsregcmd) await this.deps.present.dsregReport(step.context, diagnosis);
    memory.pending = otherProblems(this.deps.index, diagnosis, step.options.text).map((p) => p.text);
    const codes = diagnosis.codes.map((c) => c.code);
    await this.deps.events.record(step.context, {
      kind: 'asked',
      codes,
      unknownCodes: codes.filter((c) => !this.deps.index.byCode.has(c)),
    });
    return step.next();
  }

  /** One question at a time, re-diagnosing after each answer: a question that no longer matters is not asked. */
  private async askStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    const memory = await this.memory(step.context);
    const diagnosis = this.diagnose(step, memory.facts);
    if (diagnosis.matches.length === 0) {
      await this.deps.events.record(step.context, {
        kind: 'no-match',
        text: step.options.text.slice(0, 300),
        codes: diagnosis.codes.map((c) => c.code),
      });
      await this.deps.present.noMatch(step.context, diagnosis);
      return step.endDialog({ outcome: 'no-match' });
    }
    if (step.options.again) return step.next();
    const next = nextQuestion(diagnosis, {
      asked: step.options.asked ?? 0,
      facts: memory.facts,
      tried: step.options.tried ?? [],
      questions: this.deps.index.kb.questions,
      withFact: (fact, value) => this.diagnose(step, { ...memory.facts, [fact]: value }),
    });
    if (next === undefined) return step.next();
    const options: PrerequisitesOptions = { questions: [next] };
    return step.beginDialog(DialogIds.prerequisites, options);
  }

  private async afterAskStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    if (!step.result || typeof step.result !== 'object') return step.next();
    const memory = await this.memory(step.context);
    Object.assign(memory.facts, step.result as Facts);
    const options: TriageOptions = { ...step.options, started: true, asked: (step.options.asked ?? 0) + 1 };
    return step.replaceDialog(STEPS, options);
  }

  private async rerankStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    if (step.options.again) return step.next(step.options.again);
    const memory = await this.memory(step.context);
    const diagnosis = this.diagnose(step, memory.facts);
    const offer = offerFor(diagnosis, { tried: step.options.tried ?? [] });
    if (offer.kind === 'choose') {
      const options: DisambiguationOptions = { validations: { entryIds: offer.options.map((m) => m.entry.id) } };
      (step.values as TriageValues).picked = true;
      return step.prompt(DialogIds.disambiguation, options);
    }
    return step.next(offer.kind === 'answer' ? offer.match.entry.id : undefined);
  }

  private async showAnswerStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    if (step.result === NONE_OF_THESE) {
      await this.deps.present.rephrase(step.context);
      return step.endDialog({ outcome: 'rephrase' });
    }
    const entryId = typeof step.result === 'string' ? step.result : undefined;
    const memory = await this.memory(step.context);
    const diagnosis = this.diagnose(step, memory.facts);
    const found = diagnosis.matches.find((m) => m.entry.id === entryId) ?? matchFor(this.deps, entryId, diagnosis);
    const match = found && withRejected(found, memory.rejected?.[found.entry.id] ?? []);
    if (!match) {
      await this.deps.present.say(step.context, 'triage.exhausted');
      return step.endDialog({ outcome: 'exhausted' });
    }
    (step.values as TriageValues).entryId = match.entry.id;
    if (!step.options.again) memory.tried.push({ entryId: match.entry.id });
    rememberTurn(memory, 'bot', match.entry.title[turnLang(step.context)], this.deps.now());
    await this.deps.events.record(step.context, {
      kind: 'answered',
      entryId: match.entry.id,
      codes: [...memory.codes],
      first: (step.options.tried ?? []).length === 0,
      questions: step.options.asked ?? 0,
      picked: (step.values as TriageValues).picked === true,
      ...(match.reasons.some((r) => r.kind === 'learned') ? { learned: true } : {}),
    });
    await this.deps.present.answer(step.context, match, diagnosis);
    return step.beginDialog(DialogIds.feedback, { entryId: match.entry.id });
  }

  private async feedbackStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    const feedback = step.result as Feedback;
    const entryId = (step.values as TriageValues).entryId ?? '';
    const memory = await this.memory(step.context);
    const attempt = memory.tried.findLast((t) => t.entryId === entryId);
    if (feedback.kind === 'solved' || feedback.kind === 'not-solved') {
      await this.deps.events.record(step.context, { kind: feedback.kind, entryId, codes: [...memory.codes] });
    }
    switch (feedback.kind) {
      case 'solved':
        if (attempt) attempt.outcome = 'solved';
        await this.deps.present.say(step.context, 'feedback.solved');
        return (await this.nextProblem(step)) ?? step.endDialog({ outcome: 'solved', entryId });
      case 'not-solved': {
        if (attempt) attempt.outcome = 'not-solved';
        return this.afterNotSolved(step, entryId, memory);
      }
      case 'other-problem':
        await this.deps.present.say(step.context, 'triage.describeOther');
        return step.endDialog({ outcome: 'other-problem' });
      case 'text':
        return step.endDialog({ outcome: 'new-text', text: feedback.text });
    }
  }

  /**
   * "Not solved": the entry's next cause not ruled out (when it has a fix of its own), then the next candidate that
   * is another problem, then the hand-off (by the main dialog; another problem of the first message first).
   */
  private async afterNotSolved(
    step: WaterfallStepContext<TriageOptions>,
    entryId: string,
    memory: ConversationMemory,
  ): Promise<DialogTurnResult> {
    const diagnosis = this.diagnose(step, memory.facts);
    const shown = diagnosis.matches.find((m) => m.entry.id === entryId);
    if (shown) {
      const rejected = memory.rejected?.[entryId] ?? [];
      const first = withRejected(shown, rejected).causes.find((c) => c.status !== 'ruled-out');
      if (first) {
        const nowRejected = [...rejected, first.id];
        memory.rejected = { ...memory.rejected, [entryId]: nowRejected };
        const next = withRejected(shown, nowRejected).causes.find((c) => c.status !== 'ruled-out');
        if (next && shown.entry.resolutions.some((r) => r.forCause === next.id)) {
          await this.deps.present.say(step.context, 'feedback.nextCause');
          return step.replaceDialog(STEPS, { ...step.options, started: true, again: entryId } satisfies TriageOptions);
        }
      }
    }
    const tried = [...(step.options.tried ?? []), entryId];
    if (openCandidates(diagnosis, tried).length === 0) {
      if (!memory.pending?.length) return step.endDialog({ outcome: 'not-solved', entryId });
      await this.deps.present.say(step.context, 'feedback.exhausted');
      return (await this.nextProblem(step)) ?? step.endDialog({ outcome: 'not-solved', entryId });
    }
    await this.deps.present.say(step.context, 'feedback.nextEntry');
    const options: TriageOptions = { text: step.options.text, tried, started: true, asked: OFFER.maxQuestions };
    return step.replaceDialog(STEPS, options);
  }

  /** The next problem of the first message, handed back to the main dialog as new text. */
  private async nextProblem(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult | undefined> {
    const next = (await this.memory(step.context)).pending?.shift();
    if (next === undefined) return undefined;
    await this.deps.present.say(step.context, 'triage.nextProblem');
    return step.endDialog({ outcome: 'new-text', text: next });
  }

  /**
   * The diagnosis of the triage's text with the facts known: "don't know" is no evidence, so it is left out. The
   * steps of one turn share it.
   */
  private diagnose(step: WaterfallStepContext<TriageOptions>, facts: Facts): Diagnosis {
    const known = withoutUnknown(facts);
    const key = `${step.options.text}\u0000${JSON.stringify(known)}`;
    const cache = diagnosisCache(step.context);
    const cached = cache.get(key);
    if (cached) return cached;
    const { locale, learned } = turnOf(step.context);
    const diagnosis = this.deps.diagnose({
      text: step.options.text,
      locale,
      facts: known,
      defaultLanguage: turnLang(step.context),
      ...(learned ? { learned } : {}),
    });
    cache.set(key, diagnosis);
    return diagnosis;
  }

  private async memory(context: TurnContext): Promise<ConversationMemory> {
    return this.deps.memory.get(context, emptyMemory());
  }
}

function matchFor(deps: DialogDeps, entryId: string | undefined, diagnosis: Diagnosis): Match | undefined {
  const entry = entryId ? deps.index.byId.get(entryId) : undefined;
  return entry
    ? {
        entry,
        score: 0,
        reasons: [],
        causes:
          diagnosis.matches.find((m) => m.entry.id === entryId)?.causes ??
          entry.causes.map((c) => ({ id: c.id, status: 'possible' as const, because: [] })),
      }
    : undefined;
}

/** The diagnoses of this turn by text and facts (the value of a question needs several). */
function diagnosisCache(context: TurnContext): Map<string, Diagnosis> {
  let cache = context.turnState.get<Map<string, Diagnosis> | undefined>(DIAGNOSES);
  if (!cache) context.turnState.set(DIAGNOSES, (cache = new Map()));
  return cache;
}

/** The match with the causes the user said did not help ruled out (and last). */
function withRejected(match: Match, rejected: readonly string[]): Match {
  if (rejected.length === 0) return match;
  const causes = match.causes.map((c) =>
    rejected.includes(c.id) ? { ...c, status: 'ruled-out' as const, because: [] } : c,
  );
  const rank = (status: string): number => (status === 'ruled-out' ? 1 : 0);
  return { ...match, causes: [...causes].sort((a, b) => rank(a.status) - rank(b.status)) };
}

function withoutUnknown(facts: Facts): Facts {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== 'unknown'));
}
