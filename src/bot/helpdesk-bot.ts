import {
  ConversationState,
  TeamsActivityHandler,
  UserState,
  type StatePropertyAccessor,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import type { Lang } from '../core/lang.js';
import { detectLanguage, localeLanguage } from '../core/text/language.js';
import type { DiagnosisIndex } from '../core/diagnosis/diagnosis-index.js';
import { diagnose } from '../core/diagnosis/diagnose.js';
import { markdownText } from '../cards/escape.js';
import { t } from '../i18n/index.js';
import { readCommand } from '../conversation/commands.js';
import type { Logger } from '../logger.js';
import { MainDialog } from '../../dialogs/main-dialog.js';
import { helpdeskParts, type HelpdeskOptions } from '../tickets/helpdesk-parts.js';
import type { BotEvent } from '../tickets/event-log.js';
import type { BotLogic } from './bot-logic.js';
import { readCardAction } from '../conversation/card-actions.js';
import { guardTurn, looksLikeNewProblem, type GuardDecision } from './channel-guard.js';
import { emptyMemory, rememberTurn, type ConversationMemory } from '../conversation/conversation-memory.js';
import { mentionsBot, stripBotMention } from './mention-text.js';
import type { Presenter } from '../conversation/presenter.js';
import { clientLocale, conversationScope } from './teams-context.js';
import { setTurn, turnLang, turnOf, type Turn } from '../conversation/turn.js';
import type { UserProfile } from '../conversation/user-profile.js';
import { decideAudience } from '../conversation/audience.js';
import { botRemoved, greetingFor } from './welcome-rules.js';
import { tenantOf } from './tenant-gate.js';

export interface HelpdeskBotDeps {
  logger: Logger;
  defaultLang: Lang;
  storage: Storage;
  index: DiagnosisIndex;
  present: Presenter;
  now?: () => number;
  /** A conversation idle this long starts fresh. */
  idleMs?: number;
  /** The hand-off to the helpdesk: proactive messaging and a configured helpdesk channel. */
  helpdesk?: HelpdeskOptions;
  /** Sees each event the dialogs record (telemetry counts them). */
  observeEvent?: (event: BotEvent) => void;
}

/** The bot's install in this conversation (Teams): greeted once, not once per member; the client's locale. */
interface Install {
  greetedAt?: number;
  /** From the installationUpdate: Teams' conversationUpdate often carries no locale. */
  locale?: string;
}

const IDLE_MS = 30 * 60 * 1000;

/**
 * The Teams-aware activity handler: strips the bot's @mention, picks the language (the message, the user's earlier
 * language, the Teams locale), maps card submits, keeps a shared conversation's triage for the person who started it,
 * restarts idle conversations, runs the main dialog, and greets new conversations. State is saved once per turn;
 * nothing is kept in process memory.
 */
export class HelpdeskBot extends TeamsActivityHandler implements BotLogic {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly install: StatePropertyAccessor<Install>;
  private readonly dialogs: DialogSet;
  private readonly parts: ReturnType<typeof helpdeskParts>;
  private readonly now: () => number;

  constructor(private readonly deps: HelpdeskBotDeps) {
    super();
    this.now = deps.now ?? Date.now;
    this.conversationState = new ConversationState(deps.storage);
    this.userState = new UserState(deps.storage);
    this.dialogState = this.conversationState.createProperty<DialogState>('dialogState');
    this.memory = this.conversationState.createProperty<ConversationMemory>('memory');
    this.profile = this.userState.createProperty<UserProfile>('profile');
    this.install = this.conversationState.createProperty<Install>('install');
    this.dialogs = new DialogSet(this.dialogState);
    this.parts = helpdeskParts({ ...deps, now: this.now });
    this.dialogs.add(
      new MainDialog({
        index: deps.index,
        diagnose: (input) => diagnose(deps.index, input),
        present: deps.present,
        memory: this.memory,
        profile: this.profile,
        now: this.now,
        ...this.parts,
      }),
    );

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.greet(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (botRemoved(context.activity)) await this.install.delete(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.install.delete(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      const locale = clientLocale(context.activity);
      if (locale) (await this.install.get(context, {})).locale = locale;
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    setTurn(context, await this.readTurn(context));
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /**
   * The one reading of a turn: the text without the bot's @mention, the card action, the scope and sender, and the
   * language, decided once (the message's words, what the user wrote before, the Teams locale, DEFAULT_LANGUAGE).
   */
  private async readTurn(context: TurnContext): Promise<Turn> {
    const activity = context.activity;
    const message = activity.type === 'message';
    const action = message ? readCardAction(activity.value) : undefined;
    const text = message ? stripBotMention(activity) : '';
    // state is read only where there is a conversation and a sender to keep it for
    const locale =
      clientLocale(activity) ?? (activity.conversation?.id ? (await this.install.get(context))?.locale : undefined);
    const profile = activity.from?.id ? await this.profile.get(context) : undefined;
    const said = action?.action === 'example' ? action.text : action ? '' : text;
    return {
      text,
      lang: readLanguage(said, profile?.lang, locale, this.deps.defaultLang),
      ...(locale ? { locale } : {}),
      ...(action ? { action } : {}),
      scope: conversationScope(activity),
      from: {
        ...(activity.from?.id ? { id: activity.from.id } : {}),
        ...(activity.from?.name ? { name: activity.from.name } : {}),
      },
      mentioned: message && mentionsBot(activity),
      audience: decideAudience({
        ...(profile?.audience ? { declared: profile.audience } : {}),
        ...(message ? await this.parts.helpdesk.isItStaff(activity) : { agent: false, inHelpdeskChannel: false }),
      }),
      // what this tenant's helpdesk taught: every message turn may diagnose (a press re-reads the words before it)
      ...(message ? { learned: await this.parts.helpdesk.learned.index(tenantOf(activity)) } : {}),
    };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const turn = turnOf(context);
    const { action } = turn;
    const memory = await this.memory.get(context, emptyMemory());
    const dc = await this.dialogs.createContext(context);
    const idle =
      dc.activeDialog !== undefined &&
      memory.lastSeen !== undefined &&
      this.now() - memory.lastSeen > (this.deps.idleMs ?? IDLE_MS);
    const decision = this.guard(turn, memory, dc.activeDialog !== undefined && !idle, activity.value !== undefined);
    // people talking among themselves: nothing of it is read any further
    if (decision === 'ignore') return;

    if (activity.value !== undefined && !action)
      this.deps.logger.info({ activityId: activity.id }, 'unknown card submit');
    // what the user writes in words sets the conversation's language for later turns
    if (!action && learnsLanguage(turn.text)) (await this.profile.get(context, {})).lang = turn.lang;
    if (!(await this.applyGuard(context, dc, memory, decision))) return;
    if (idle) {
      await dc.cancelAllDialogs();
      Object.assign(memory, emptyMemory());
      await this.deps.present.say(context, 'idle.restart');
      if (action) {
        memory.lastSeen = this.now();
        return;
      }
    }
    memory.lastSeen = this.now();
    rememberTurn(memory, 'user', turn.text, this.now());

    const result = dc.activeDialog ? await dc.continueDialog() : undefined;
    if (!result || result.status === DialogTurnStatus.empty) await dc.beginDialog('main');
  }

  /** Who may say what in a shared conversation: see `guardTurn`. */
  private guard(turn: Turn, memory: ConversationMemory, active: boolean, submit: boolean): GuardDecision {
    return guardTurn({
      scope: turn.scope,
      fromId: turn.from.id,
      dialogActive: active,
      starterId: memory.starterId,
      submit,
      action: turn.action,
      mentioned: turn.mentioned,
      newProblem: () => looksLikeNewProblem(this.deps.index, turn.text, memory),
    });
  }

  /** Acts on the guard's decision; true when the turn goes on to the dialogs. Notes change nothing in the triage. */
  private async applyGuard(
    context: TurnContext,
    dc: DialogContext,
    memory: ConversationMemory,
    decision: GuardDecision,
  ): Promise<boolean> {
    const name = markdownText(memory.starterName?.trim() || t(turnLang(context), 'channel.someone'), { maxLength: 80 });
    switch (decision) {
      case 'go':
        return true;
      case 'ignore':
        return false;
      case 'not-starter':
      case 'new-thread':
        await this.deps.present.say(context, decision === 'new-thread' ? 'channel.newThread' : 'channel.notStarter', {
          name,
        });
        return false;
      case 'take-over':
        await dc.cancelAllDialogs();
        Object.assign(memory, emptyMemory());
        await this.deps.present.say(context, 'channel.takeOver', { name });
        return true;
    }
  }

  /** The welcome card in a new personal chat, one short introduction in a team or group chat the bot joins. */
  private async greet(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const greeting = greetingFor(activity);
    if (!greeting) return;
    const install = await this.install.get(context, {});
    if (activity.channelId === 'msteams') {
      if (install.greetedAt !== undefined) return;
      install.greetedAt = this.now();
    }
    if (greeting === 'welcome') await this.deps.present.welcome(context);
    else await this.deps.present.say(context, greeting === 'team-intro' ? 'team.intro' : 'groupChat.intro');
  }
}

/** The turn's language: the message's own words, then what the user wrote before, the client's locale, the default. */
function readLanguage(text: string, prior: Lang | undefined, locale: string | undefined, fallback: Lang): Lang {
  const before = prior ?? localeLanguage(locale) ?? fallback;
  // a command or a greeting ("help", "thanks") is the same word in both languages: the conversation's language stays
  if (!learnsLanguage(text)) return before;
  return detectLanguage(text, prior ?? locale, fallback);
}

/** Words enough to tell a language by: two words or one long word, and not a command. */
function learnsLanguage(text: string): boolean {
  const said = text.trim();
  return (said.split(/\s+/).length >= 2 || /^[a-z]{4,}$/i.test(said)) && readCommand(said) === undefined;
}
