import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { extractCodes } from '../src/core/text/extract-codes.js';
import { emptyMemory } from '../src/conversation/conversation-memory.js';
import { turnAction, turnOf } from '../src/conversation/turn.js';
import { readCommand, type Command } from '../src/conversation/commands.js';
import type { PhraseKey } from '../src/i18n/index.js';
import { DialogIds } from './dialog-ids.js';
import type { DialogDeps } from './dialog-deps.js';
import { TriageDialog, type TriageOptions } from './triage-dialog.js';
import { HandoffDialog, type HandoffOptions } from './handoff-dialog.js';
import { handleTicketTurn, handoffRequest } from './helpdesk-commands.js';
import type { HandoffReason } from '../src/tickets/ticket.js';

function leafOf(inner: DialogContext): DialogContext {
  let leaf: DialogContext = inner;
  while (leaf.child) leaf = leaf.child;
  return leaf;
}

const leafId = (inner: DialogContext): string | undefined => leafOf(inner).activeDialog?.id;

/** The open question asks for the exact error message: a code typed now answers it. */
function waitsForTypedCode(inner: DialogContext): boolean {
  const leaf = leafOf(inner);
  const state = leaf.activeDialog?.state as { options?: { validations?: { questionId?: string } } } | undefined;
  return leaf.activeDialog?.id === DialogIds.question && state?.options?.validations?.questionId === 'error-message';
}

interface MainOptions {
  /** Text to route instead of the turn's own (a new problem typed where feedback was expected). */
  text?: string;
  /** Hand the conversation to the helpdesk (asked for mid-conversation). */
  handoff?: HandoffReason;
}

const STEPS = `${DialogIds.main}-steps`;

/**
 * The root: routes each turn (a new problem, a command, small talk, a stale button) and handles interruptions
 * (help, cancel, restart, "iets anders", a new error code) at any point of a conversation.
 */
export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.main);
    this.addDialog(
      new WaterfallDialog<MainOptions>(STEPS, [this.routeStep.bind(this), this.afterTriageStep.bind(this)]),
    );
    this.addDialog(new TriageDialog(deps));
    this.addDialog(new HandoffDialog(deps));
    this.initialDialogId = STEPS;
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const { text } = turnOf(inner.context);
    const action = turnAction(inner.context);
    if (await handleTicketTurn(this.deps, inner.context, action, text)) {
      // an agent's press leaves the open question alone; "mijn tickets" shows it again below the list
      if (!action) await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    const handoff = handoffRequest(action, text);
    if (handoff && inner.child?.activeDialog?.id !== DialogIds.handoff) {
      await inner.cancelAllDialogs();
      return inner.beginDialog(STEPS, { handoff } satisfies MainOptions);
    }
    const command = action ? undefined : readCommand(text);
    const routed = command && (await this.runCommand(inner, command, true));
    // answered where they come: the open card stays where it is, not sent again
    if (routed === 'keep') return { status: DialogTurnStatus.waiting };
    if (routed === 'end') return { status: DialogTurnStatus.complete };
    if (await this.isNewProblem(inner, text)) {
      await inner.cancelAllDialogs();
      await this.deps.present.say(inner.context, 'interrupt.newProblem');
      return inner.beginDialog(STEPS, { text } satisfies MainOptions);
    }
    return super.onContinueDialog(inner);
  }

  private async routeStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    // text handed over by a finished triage is routed as typed, whatever button ended that triage
    const action = step.options.text === undefined ? turnAction(step.context) : undefined;
    const text = (step.options.text ?? turnOf(step.context).text).trim();
    const handoff = step.options.handoff ?? handoffRequest(action, text);
    if (handoff) return step.beginDialog(DialogIds.handoff, { reason: handoff } satisfies HandoffOptions);
    if (await handleTicketTurn(this.deps, step.context, action, text)) return step.endDialog();
    if (action) {
      switch (action.action) {
        case 'example':
          return this.triage(step, action.text);
        case 'other-problem':
          await this.deps.present.say(step.context, 'triage.describeOther');
          return step.endDialog();
        case 'solved':
          await this.deps.present.say(step.context, 'feedback.solved');
          return step.endDialog();
        default:
          await this.deps.present.say(step.context, 'stale.submit');
          return step.endDialog();
      }
    }
    if (!text) {
      await this.deps.present.say(
        step.context,
        step.context.activity.attachments?.length ? 'input.attachmentOnly' : 'input.empty',
      );
      return step.endDialog();
    }
    const command = readCommand(text);
    if (command && (await this.runCommand(step, command, false))) return step.endDialog();
    return this.triage(step, text);
  }

  /**
   * The one route table of commands, for a turn with a dialog open (an interruption) and for a fresh turn alike.
   * 'keep': answered, an open dialog goes on; 'end': the conversation starts over; undefined: not handled here
   * (tickets and the hand-off are routed before, "thanks" after an answer is the verdict on it).
   */
  private async runCommand(dc: DialogContext, command: Command, open: boolean): Promise<'keep' | 'end' | undefined> {
    const say = (key: PhraseKey) => this.deps.present.say(dc.context, key);
    switch (command) {
      case 'help':
        await this.deps.present.welcome(dc.context);
        return 'keep';
      case 'greeting':
        await say('smalltalk.greeting');
        return 'keep';
      case 'thanks':
        if (open && leafId(dc) === DialogIds.feedback) return undefined;
        await say('smalltalk.thanks');
        return 'keep';
      case 'i-am-it':
      case 'i-am-user': {
        const audience = command === 'i-am-it' ? 'it' : 'user';
        (await this.deps.profile.get(dc.context, {})).audience = audience;
        await say(audience === 'it' ? 'audience.it' : 'audience.user');
        return 'keep';
      }
      case 'cancel':
        if (!open) {
          await say('interrupt.nothingToCancel');
          return 'keep';
        }
        break;
      case 'restart':
      case 'other':
        break;
      default:
        return undefined;
    }
    if (open) await dc.cancelAllDialogs();
    await this.forget(dc);
    await say(
      command === 'cancel'
        ? 'interrupt.cancelled'
        : command === 'restart'
          ? 'interrupt.restarted'
          : 'triage.describeOther',
    );
    return 'end';
  }

  private async afterTriageStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const result = step.result as { outcome?: string; text?: string } | undefined;
    // the last answer did not help and nothing is left: people take over
    if (result?.outcome === 'not-solved')
      return step.beginDialog(DialogIds.handoff, { reason: 'not-solved' } satisfies HandoffOptions);
    if (result?.outcome === 'new-text' && result.text)
      return step.replaceDialog(STEPS, { text: result.text } satisfies MainOptions);
    return step.endDialog(result);
  }

  private async triage(step: WaterfallStepContext<MainOptions>, text: string): Promise<DialogTurnResult> {
    const memory = await this.deps.memory.get(step.context, emptyMemory());
    memory.tried = [];
    delete memory.rejected;
    const options: TriageOptions = { text };
    return step.beginDialog(DialogIds.triage, options);
  }

  /** A message with an error code we have not seen in this conversation starts a new triage. */
  private async isNewProblem(inner: DialogContext, text: string): Promise<boolean> {
    if (!text || waitsForTypedCode(inner)) return false;
    const codes = extractCodes(text, this.deps.index.knownCodes).codes.map((c) => c.code);
    if (codes.length === 0) return false;
    const memory = await this.deps.memory.get(inner.context, emptyMemory());
    return codes.some((c) => !memory.codes.includes(c));
  }

  private async forget(dc: { context: DialogContext['context'] }): Promise<void> {
    const memory = await this.deps.memory.get(dc.context, emptyMemory());
    Object.assign(memory, emptyMemory());
  }
}
