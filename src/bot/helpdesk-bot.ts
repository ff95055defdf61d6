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
import { t } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { MainDialog } from '../../dialogs/main-dialog.js';
import { helpdeskParts, type HelpdeskOptions } from '../tickets/helpdesk-parts.js';
import type { BotEvent } from '../tickets/event-log.js';
import type { BotLogic } from './bot-logic.js';
import { readCardAction, type CardAction } from './card-actions.js';
import { guardTurn, looksLikeNewProblem, type GuardDecision } from './channel-guard.js';
import { emptyMemory, rememberTurn, type ConversationMemory } from './conversation-memory.js';
import { mentionsBot, stripBotMention } from './mention-text.js';
import type { Presenter } from './presenter.js';
import { clientLocale, conversationScope } from './teams-context.js';
import { setTurnInfo, turnLang } from './turn-info.js';
import { botRemoved, greetingFor } from './welcome-rules.js';

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

interface UserProfile {
  lang?: Lang;
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
    this.dialogs.add(
      new MainDialog({
        index: deps.index,
        present: deps.present,
        memory: this.memory,
        now: this.now,
        ...helpdeskParts({ ...deps, now: this.now }),
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
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    adoptClientLocale(activity);
    const mentioned = mentionsBot(activity);
    activity.text = stripBotMention(activity);
    const action = readCardAction(activity.value);
    const memory = await this.memory.get(context, emptyMemory());
    const dc = await this.dialogs.createContext(context);
    const idle =
      dc.activeDialog !== undefined &&
      memory.lastSeen !== undefined &&
      this.now() - memory.lastSeen > (this.deps.idleMs ?? IDLE_MS);
    const decision = this.guard(context, memory, { active: dc.activeDialog !== undefined && !idle, action, mentioned });
    // people talking among themselves: nothing of it is read any further
    if (decision === 'ignore') return;

    if (activity.value !== undefined && !action)
      this.deps.logger.info({ activityId: activity.id }, 'unknown card submit');
    const lang = await this.language(context, action?.action === 'example' ? action.text : activity.text);
    setTurnInfo(context, { lang, ...(action ? { action } : {}) });
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
    rememberTurn(memory, 'user', activity.text, this.now());

    const result = dc.activeDialog ? await dc.continueDialog() : undefined;
    if (!result || result.status === DialogTurnStatus.empty) await dc.beginDialog('main');
  }

  /** Who may say what in a shared conversation: see `guardTurn`. */
  private guard(
    context: TurnContext,
    memory: ConversationMemory,
    turn: { active: boolean; action: CardAction | undefined; mentioned: boolean },
  ): GuardDecision {
    const activity = context.activity;
    return guardTurn({
      scope: conversationScope(activity),
      fromId: activity.from?.id,
      dialogActive: turn.active,
      starterId: memory.starterId,
      submit: activity.value !== undefined,
      action: turn.action,
      mentioned: turn.mentioned,
      newProblem: () => looksLikeNewProblem(this.deps.index, activity.text ?? '', memory),
    });
  }

  /** Acts on the guard's decision; true when the turn goes on to the dialogs. Notes change nothing in the triage. */
  private async applyGuard(
    context: TurnContext,
    dc: DialogContext,
    memory: ConversationMemory,
    decision: GuardDecision,
  ): Promise<boolean> {
    const name = memory.starterName?.trim() || t(turnLang(context), 'channel.someone');
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
    adoptClientLocale(activity);
    activity.locale ??= install.locale;
    setTurnInfo(context, { lang: await this.language(context, '') });
    if (greeting === 'welcome') await this.deps.present.welcome(context);
    else await this.deps.present.say(context, greeting === 'team-intro' ? 'team.intro' : 'groupChat.intro');
  }

  /** The turn's language: the message's own words first, then what the user used before, then the client's locale. */
  private async language(context: TurnContext, text: string): Promise<Lang> {
    const profile = await this.profile.get(context, {});
    const prior = profile.lang ?? localeLanguage(context.activity.locale) ?? this.deps.defaultLang;
    if (!text.trim()) return prior;
    const lang = detectLanguage(text, profile.lang ?? context.activity.locale, this.deps.defaultLang);
    if (text.trim().split(/\s+/).length >= 2 || /^[a-z]{4,}$/i.test(text.trim())) profile.lang = lang;
    return lang;
  }
}

/** Teams' `clientInfo` locale stands in for a missing `activity.locale` (prompts and diagnosis read the latter). */
function adoptClientLocale(activity: TurnContext['activity']): void {
  const locale = clientLocale(activity);
  if (locale) activity.locale = locale;
}
