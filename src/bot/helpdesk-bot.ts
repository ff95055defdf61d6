import {
  ConversationState,
  TeamsActivityHandler,
  TurnContext,
  UserState,
  type StatePropertyAccessor,
  type Storage,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { Lang } from '../core/lang.js';
import { detectLanguage, localeLanguage } from '../core/text/language.js';
import type { DiagnosisIndex } from '../core/diagnosis/diagnosis-index.js';
import type { Logger } from '../logger.js';
import { MainDialog } from '../../dialogs/main-dialog.js';
import type { BotLogic } from './bot-logic.js';
import { readCardAction } from './card-actions.js';
import { emptyMemory, rememberTurn, type ConversationMemory } from './conversation-memory.js';
import type { Presenter } from './presenter.js';
import { setTurnInfo } from './turn-info.js';

export interface HelpdeskBotDeps {
  logger: Logger;
  defaultLang: Lang;
  storage: Storage;
  index: DiagnosisIndex;
  present: Presenter;
  now?: () => number;
  /** A conversation idle this long starts fresh. */
  idleMs?: number;
}

interface UserProfile {
  lang?: Lang;
}

const IDLE_MS = 30 * 60 * 1000;

/**
 * The Teams-aware activity handler: strips the bot's @mention, picks the language, maps card submits, restarts idle
 * conversations and runs the main dialog. State is saved once per turn; nothing is kept in process memory.
 */
export class HelpdeskBot extends TeamsActivityHandler implements BotLogic {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly profile: StatePropertyAccessor<UserProfile>;
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
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new MainDialog({ index: deps.index, present: deps.present, memory: this.memory, now: this.now }));

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient.id);
      if (newcomers.length > 0) {
        setTurnInfo(context, { lang: await this.language(context, '') });
        await deps.present.welcome(context);
      }
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
    activity.text = TurnContext.removeRecipientMention(activity)?.trim() ?? activity.text?.trim() ?? '';
    const action = readCardAction(activity.value);
    if (activity.value !== undefined && !action) this.deps.logger.info({ activityId: activity.id }, 'unknown card submit');
    const lang = await this.language(context, action?.action === 'example' ? action.text : activity.text);
    setTurnInfo(context, { lang, ...(action ? { action } : {}) });

    const memory = await this.memory.get(context, emptyMemory());
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog && memory.lastSeen !== undefined && this.now() - memory.lastSeen > (this.deps.idleMs ?? IDLE_MS)) {
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
