import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { diagnose, type Diagnosis, type Match } from '../src/core/diagnosis/diagnose.js';
import type { Facts } from '../src/core/text/extract-facts.js';
import { emptyMemory, rememberTurn, type ConversationMemory } from '../src/bot/conversation-memory.js';
import { turnLang } from '../src/bot/turn-info.js';
import { DialogIds } from './dialog-ids.js';
import type { DialogDeps } from './dialog-deps.js';
import { PrerequisitesDialog, type PrerequisitesOptions } from './prerequisites-dialog.js';
import { QuestionPrompt } from './question-prompt.js';
import { DisambiguationPrompt, type DisambiguationOptions } from './disambiguation-prompt.js';
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
}

interface TriageValues {
  candidates?: string[];
  entryId?: string;
  /** The user picked the answer from several. */
  picked?: boolean;
}

const STEPS = `${DialogIds.triage}-steps`;
const DIAGNOSIS = Symbol('diagnosis');

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
    const diagnosis = this.diagnose(step, memory);
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
    const diagnosis = this.diagnose(step, memory);
    if (diagnosis.matches.length === 0) {
      await this.deps.events.record(step.context, {
        kind: 'no-match',
        text: step.options.text.slice(0, 300),
        codes: diagnosis.codes.map((c) => c.code),
      });
      await this.deps.present.noMatch(step.context, diagnosis);
      return step.endDialog({ outcome: 'no-match' });
    }
    const next = nextQuestion(diagnosis, { asked: step.options.asked ?? 0, facts: memory.facts });
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
    const memory = await this.memory(step.context);
    const diagnosis = this.diagnose(step, memory);
    const tried = step.options.tried ?? [];
    (step.values as TriageValues).candidates = openCandidates(diagnosis, tried).map((m) => m.entry.id);
    const offer = offerFor(diagnosis, { tried, asked: OFFER.maxQuestions });
    if (offer.kind === 'choose') {
      const options: DisambiguationOptions = { validations: { entryIds: offer.options.map((m) => m.entry.id) } };
      (step.values as TriageValues).picked = true;
      return step.prompt(DialogIds.disambiguation, options);
    }
    return step.next(offer.kind === 'answer' ? offer.match.entry.id : undefined);
  }

  private async showAnswerStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    const entryId = typeof step.result === 'string' ? step.result : undefined;
    const memory = await this.memory(step.context);
    const diagnosis = this.diagnose(step, memory);
    const match = diagnosis.matches.find((m) => m.entry.id === entryId) ?? matchFor(this.deps, entryId, diagnosis);
    if (!match) {
      await this.deps.present.say(step.context, 'triage.exhausted');
      return step.endDialog({ outcome: 'exhausted' });
    }
    (step.values as TriageValues).entryId = match.entry.id;
    memory.tried.push({ entryId: match.entry.id });
    rememberTurn(memory, 'bot', match.entry.title[turnLang(step.context)], this.deps.now());
    await this.deps.events.record(step.context, {
      kind: 'answered',
      entryId: match.entry.id,
      codes: [...memory.codes],
      first: (step.options.tried ?? []).length === 0,
      questions: step.options.asked ?? 0,
      picked: (step.values as TriageValues).picked === true,
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
        const tried = [...(step.options.tried ?? []), entryId];
        const remaining = ((step.values as TriageValues).candidates ?? []).filter((id) => !tried.includes(id));
        if (remaining.length === 0) {
          // nothing left: the main dialog hands it to the helpdesk and says so (another problem of the message first)
          if (!memory.pending?.length) return step.endDialog({ outcome: 'not-solved', entryId });
          await this.deps.present.say(step.context, 'feedback.exhausted');
          return (await this.nextProblem(step)) ?? step.endDialog({ outcome: 'not-solved', entryId });
        }
        await this.deps.present.say(step.context, 'feedback.next');
        return step.replaceDialog(STEPS, {
          text: step.options.text,
          tried,
          started: true,
          asked: OFFER.maxQuestions,
        } satisfies TriageOptions);
      }
      case 'other-problem':
        await this.deps.present.say(step.context, 'triage.describeOther');
        return step.endDialog({ outcome: 'other-problem' });
      case 'text':
        return step.endDialog({ outcome: 'new-text', text: feedback.text });
    }
  }

  /** The next problem of the first message, handed back to the main dialog as new text. */
  private async nextProblem(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult | undefined> {
    const next = (await this.memory(step.context)).pending?.shift();
    if (next === undefined) return undefined;
    await this.deps.present.say(step.context, 'triage.nextProblem');
    return step.endDialog({ outcome: 'new-text', text: next });
  }

  /** The diagnosis of the triage's text with the facts known now; the steps of one turn share it. */
  private diagnose(step: WaterfallStepContext<TriageOptions>, memory: ConversationMemory): Diagnosis {
    const key = `${step.options.text}\u0000${JSON.stringify(memory.facts)}`;
    const cached = step.context.turnState.get<{ key: string; diagnosis: Diagnosis } | undefined>(DIAGNOSIS);
    if (cached?.key === key) return cached.diagnosis;
    const diagnosis = diagnose(this.deps.index, {
      text: step.options.text,
      locale: step.context.activity.locale,
      facts: memory.facts,
      defaultLanguage: turnLang(step.context),
    });
    step.context.turnState.set(DIAGNOSIS, { key, diagnosis });
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

function withoutUnknown(facts: Facts): Facts {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== 'unknown'));
}
