import {
  ConversationState,
  INVOKE_RESPONSE_KEY,
  MemoryStorage,
  type Activity,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { detectLanguage } from '../core/text/language.js';
import { t } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { ReplayedActivityError } from '../storage/consistent-storage.js';
import type { ManagedStorage } from '../storage/create-storage.js';
import { StorageUnavailableError, isETagConflict } from '../storage/errors.js';
import { KeyedLock } from '../storage/keyed-lock.js';
import { inTurnScope } from '../storage/turn-scope.js';
import type { BotLogic } from './bot-logic.js';
import type { TenantGate } from './tenant-gate.js';

/** Teams caps a message at about 28 KB; anything longer is not a chat message, and only its start is read. */
export const MAX_TEXT_CHARS = 28_000;

export interface TurnGuardDeps {
  /** The bot, running on a ConsistentStorage over `storage`. */
  bot: BotLogic;
  storage: ManagedStorage;
  tenants: TenantGate;
  logger: Logger;
  defaultLang: Lang;
}

/** Builds conversation storage keys exactly as the bot's ConversationState does. */
const conversationKeys = new ConversationState(new MemoryStorage());

/**
 * Everything around one turn that keeps the bot's state safe, so the bot itself stays a plain ActivityHandler:
 * the tenant gate; oversized text cut; one turn per conversation at a time in this process; each attempt in a turn
 * scope, so writes carry the eTags read (ConsistentStorage) and a replayed activity is ignored; a turn that lost a
 * write race run once more on fresh state, then a clear "send it again"; while storage is failing, a probe before
 * the bot runs instead of a turn that cannot be saved; and no 5xx for an invoke the bot has no answer to.
 */
export class TurnGuard implements BotLogic {
  private readonly lock = new KeyedLock();
  private storageFailing = false;

  constructor(private readonly deps: TurnGuardDeps) {}

  async run(context: TurnContext): Promise<void> {
    try {
      if (!(await this.deps.tenants.admit(context))) return;
      const activity = context.activity;
      limitText(activity);
      this.deps.logger.debug(
        { activityId: activity.id, type: activity.type, text: activity.text?.slice(0, 500) },
        'turn',
      );
      const key = conversationKey(context);
      await (key ? this.lock.run(key, () => this.runSafely(context, key)) : this.runSafely(context, undefined));
    } finally {
      answerInvoke(context);
    }
  }

  private async runSafely(context: TurnContext, conversationKey: string | undefined): Promise<void> {
    await this.checkStorage();
    const snapshot = snapshotTurn(context);
    const replies = sendOnce(context);
    const scope = { conversationKey, activityId: context.activity.id || undefined };
    const where = { conversationId: context.activity.conversation?.id, activityId: context.activity.id };
    for (let attempt = 1; ; attempt++) {
      try {
        await inTurnScope(scope, () => this.deps.bot.run(context));
        this.storageFailing = false;
        return;
      } catch (error) {
        if (error instanceof ReplayedActivityError) {
          this.deps.logger.info(where, 'activity seen before: ignored');
          return;
        }
        if (error instanceof StorageUnavailableError) this.storageFailing = true;
        if (!isETagConflict(error)) throw error;
        if (attempt >= 2) {
          this.deps.logger.warn(
            where,
            'conversation state changed elsewhere twice during one turn: asked to send again',
          );
          await this.say(context, 'error.conflict');
          return;
        }
        this.deps.logger.info(where, 'conversation state changed elsewhere during the turn: running it again');
        snapshot.restore();
        replies.rerun();
      }
    }
  }

  /** After a storage failure, each turn first checks storage is back; until then the user hears "try again". */
  private async checkStorage(): Promise<void> {
    if (!this.storageFailing) return;
    const problem = await this.deps.storage.probe();
    if (problem) throw new StorageUnavailableError(problem);
    this.storageFailing = false;
  }

  private async say(context: TurnContext, key: 'error.conflict'): Promise<void> {
    const a = context.activity;
    if (a.type !== 'message') return;
    await context.sendActivity(t(detectLanguage(a.text ?? '', a.locale, this.deps.defaultLang), key));
  }
}

function conversationKey(context: TurnContext): string | undefined {
  try {
    return conversationKeys.getStorageKey(context);
  } catch {
    return undefined; // no channel or conversation id: the bot cannot keep state for it either
  }
}

function limitText(activity: Activity): void {
  if (typeof activity.text !== 'string' || activity.text.length <= MAX_TEXT_CHARS) return;
  const cut = activity.text.slice(0, MAX_TEXT_CHARS);
  activity.text = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** What a second attempt needs: the activity as it arrived and no state cached by the first one. */
function snapshotTurn(context: TurnContext): { restore(): void } {
  const keys = new Set<unknown>(context.turnState.keys());
  const original = structuredClone(context.activity);
  return {
    restore() {
      for (const key of [...context.turnState.keys()]) if (!keys.has(key)) context.turnState.delete(key);
      const activity = context.activity as unknown as Record<string, unknown>;
      for (const key of Object.keys(activity)) delete activity[key];
      Object.assign(activity, structuredClone(original));
    },
  };
}

/**
 * A turn run again after a write conflict says what the first run said: those replies reached the user already, so
 * the same replies in the same order are not sent again (their first sending's ids stand in). From the first reply
 * that differs, the run's replies go out.
 */
function sendOnce(context: TurnContext): { rerun(): void } {
  const sent: { key: string; response: ResourceResponse }[] = [];
  let replayed: number | undefined;
  context.onSendActivities(async (_context, activities, next) => {
    const keys = activities.map(replyKey);
    if (replayed !== undefined) {
      const start = replayed;
      if (keys.every((key, i) => sent[start + i]?.key === key)) {
        replayed += keys.length;
        return keys.map((_, i) => (sent[start + i] as { response: ResourceResponse }).response);
      }
      replayed = undefined;
    }
    const responses = await next();
    keys.forEach((key, i) => sent.push({ key, response: responses[i] ?? { id: '' } }));
    return responses;
  });
  return {
    rerun() {
      replayed = 0;
    },
  };
}

const replyKey = (a: Partial<Activity>): string =>
  JSON.stringify([a.type, a.text ?? '', a.attachments ?? [], a.replyToId ?? '']);

/** An invoke the bot did not answer (or failed on) is acknowledged quietly instead of with a 501 or 500. */
function answerInvoke(context: TurnContext): void {
  if (context.activity.type !== 'invoke') return;
  const response = context.turnState.get<{ value?: { status?: number } } | undefined>(INVOKE_RESPONSE_KEY);
  const status = response?.value?.status;
  if (status === undefined || status >= 500) {
    context.turnState.set(INVOKE_RESPONSE_KEY, { type: 'invokeResponse', value: { status: 200 } });
  }
}
