import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { FactId } from '../src/core/kb/schema.js';
import type { Facts } from '../src/core/text/extract-facts.js';
import { emptyMemory, type ConversationMemory } from '../src/conversation/conversation-memory.js';
import { turnLang } from '../src/conversation/turn.js';
import { checklistFacts, checklistQuestions } from '../src/tickets/checklist.js';
import { draftTicket } from '../src/tickets/draft-ticket.js';
import type { HandoffReason, TicketTurn } from '../src/tickets/ticket.js';
import { readCommand } from '../src/conversation/commands.js';
import { DialogIds } from './dialog-ids.js';
import type { DialogDeps } from './dialog-deps.js';
import {
  HANDOFF_CONFIRM,
  HandoffConfirmPrompt,
  type HandoffConfirmation,
  type HandoffConfirmOptions,
} from './handoff-confirm-prompt.js';
import { PrerequisitesDialog, type PrerequisitesOptions } from './prerequisites-dialog.js';
import { QuestionPrompt } from './question-prompt.js';

export interface HandoffOptions {
  reason: HandoffReason;
  /** Set once the hand-off is announced. */
  started?: boolean;
  /** The conversation as it stood when the hand-off began: the checklist answers are on the ticket as facts. */
  turns?: TicketTurn[];
  /** The checklist questions this hand-off asks (at most MAX_HANDOFF_QUESTIONS), decided when it starts. */
  questions?: FactId[];
}

/** A hand-off asks at most this many questions: the helpdesk can ask the rest. */
export const MAX_HANDOFF_QUESTIONS = 3;

export type HandoffResult = { outcome: 'handed-off'; ticketId: string } | { outcome: 'handoff-cancelled' };

const STEPS = `${DialogIds.handoff}-steps`;

/**
 * From "I can't solve this" to a ticket: completes the article's checklist (what the conversation already told is
 * never asked; "weet ik niet" is an answer), shows the summary for confirmation with room for a note, then opens
 * the ticket and posts it to the helpdesk.
 */
export class HandoffDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.handoff);
    this.addDialog(
      new WaterfallDialog<HandoffOptions>(STEPS, [
        this.askStep.bind(this),
        this.afterAskStep.bind(this),
        this.confirmStep.bind(this),
        this.openStep.bind(this),
      ]),
    );
    this.addDialog(new PrerequisitesDialog(new QuestionPrompt(deps.index.kb, deps.present)));
    this.addDialog(new HandoffConfirmPrompt(deps.present));
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
    const memory = await this.memory(step.context);
    const facts = checklistFacts(memory.facts, memory.codes);
    if (!step.options.started) {
      await this.deps.present.say(
        step.context,
        step.options.reason === 'not-solved' ? 'handoff.exhausted' : 'handoff.asked',
      );
      const platform = impliedPlatform(this.deps, memory);
      if (platform && memory.facts.platform === undefined) memory.facts.platform = platform;
      const known = checklistFacts(memory.facts, memory.codes);
      const questions = checklistQuestions(this.deps.index.kb, known)
        .filter((q) => known[q.id] === undefined)
        .slice(0, MAX_HANDOFF_QUESTIONS)
        .map((q) => q.id);
      if (questions.length > 0)
        await this.deps.present.say(
          step.context,
          questions.length === 1 ? 'handoff.oneQuestion' : 'handoff.questions',
          {
            count: questions.length,
          },
        );
      // the checklist is for the one who asked (in a channel, only they answer it)
      memory.starterId = step.context.activity.from?.id;
      memory.starterName = step.context.activity.from?.name;
      // "medewerker", "mijn tickets" and the like tell an agent nothing
      const turns = memory.turns
        .filter((t) => t.from === 'bot' || readCommand(t.text) === undefined)
        .map((t) => ({ ...t }));
      return step.replaceDialog(STEPS, { ...step.options, started: true, turns, questions } satisfies HandoffOptions);
    }
    const next = (step.options.questions ?? []).find((q) => facts[q] === undefined);
    if (next === undefined) return step.next();
    const options: PrerequisitesOptions = { questions: [next] };
    return step.beginDialog(DialogIds.prerequisites, options);
  }

  /** One question at a time: an answer (say, the platform) can make a later question moot. */
  private async afterAskStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
    if (!step.result || typeof step.result !== 'object') return step.next();
    const memory = await this.memory(step.context);
    Object.assign(memory.facts, step.result as Facts);
    return step.replaceDialog(STEPS, step.options);
  }

  private async confirmStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
    const memory = await this.memory(step.context);
    const options: HandoffConfirmOptions = {
      validations: { facts: checklistFacts(memory.facts, memory.codes), codes: [...memory.codes] },
    };
    return step.prompt(HANDOFF_CONFIRM, options);
  }

  private async openStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
    const confirmation = step.result as HandoffConfirmation;
    if (!confirmation.confirmed) {
      await this.deps.present.say(step.context, 'handoff.notSent');
      return step.endDialog({ outcome: 'handoff-cancelled' } satisfies HandoffResult);
    }
    const memory = await this.memory(step.context);
    const draft = draftTicket({
      activity: step.context.activity,
      memory,
      turns: step.options.turns ?? memory.turns,
      lang: turnLang(step.context),
      reason: step.options.reason,
      ...(confirmation.note ? { note: confirmation.note } : {}),
      entries: this.deps.index.byId,
      now: this.deps.now(),
    });
    const ticket = await this.deps.helpdesk.open(step.context, {
      ...draft,
      candidates: this.candidates(draft.summary),
    });
    await this.deps.events.record(step.context, {
      kind: 'handed-off',
      ticketId: ticket.id,
      reason: ticket.reason,
      codes: ticket.codes,
    });
    await this.deps.present.say(step.context, 'handoff.created', { id: ticket.id });
    return step.endDialog({ outcome: 'handed-off', ticketId: ticket.id } satisfies HandoffResult);
  }

  /** The entries nearest the user's first message, even those below the bot's own threshold: the agent links one. */
  private candidates(summary: string | undefined): string[] {
    if (!summary) return [];
    return this.deps.diagnose({ text: summary, abstainBelow: 0 }).matches.map((m) => m.entry.id);
  }

  private async memory(context: TurnContext): Promise<ConversationMemory> {
    return this.deps.memory.get(context, emptyMemory());
  }
}

/** The platform the conversation's codes and answers shown all belong to (a Windows-only code tells it). */
function impliedPlatform(deps: DialogDeps, memory: ConversationMemory): string | undefined {
  const entries = [
    ...memory.tried.flatMap((t) => deps.index.byId.get(t.entryId) ?? []),
    ...memory.codes.flatMap((c) => (deps.index.byCode.get(c) ?? []).flatMap((doc) => deps.index.entries[doc] ?? [])),
  ];
  const platforms = new Set(entries.map((e) => (e.platforms.length === 1 ? e.platforms[0] : 'any')));
  const [only] = platforms;
  return platforms.size === 1 && only !== 'any' ? only : undefined;
}
