import type { Activity } from 'botbuilder';
import { startBot, type RunningBot } from './bot-harness.js';
import { seen, type Seen } from './conversation.js';
import type { ReceivedCall } from './fake-connector.js';
import { memoryStorage, type ManagedStorage } from '../../src/storage/create-storage.js';

/** What one turn did at the connector. */
export interface Turn {
  /** New messages (POST), as the user sees them. */
  sent: Seen[];
  /** Every call of the turn: POSTs (new messages, replies) and PUTs (cards updated in place). */
  calls: ReceivedCall[];
}

export interface TeamsBot {
  bot: RunningBot;
  /** Posts one activity to /api/messages and returns what the bot did in that turn. */
  send(activity: Partial<Activity>): Promise<Turn>;
  /** The conversation's stored state (without the storage's own bookkeeping): memory and dialog stack. */
  state(
    conversationId: string,
  ): Promise<{ memory?: Record<string, unknown>; dialogState?: unknown; install?: unknown }>;
  stop(): Promise<void>;
}

/** The real server over HTTP with memory storage the test can read, for Teams-shaped activities. */
export async function startTeamsBot(): Promise<TeamsBot> {
  const storage: ManagedStorage = memoryStorage();
  const bot = await startBot({}, { storage });
  return {
    bot,
    async send(activity) {
      const before = bot.connector.calls.length;
      const response = await bot.post(activity);
      if (response.status >= 300)
        throw new Error(`POST /api/messages answered ${response.status}: ${await response.text()}`);
      const calls = bot.connector.calls.slice(before);
      return { calls, sent: calls.filter((c) => c.method === 'POST').map((c) => seen(c.body)) };
    },
    async state(conversationId) {
      // ConversationState's key: channel, conversation id, and its (empty) namespace
      const key = `msteams/conversations/${conversationId}/`;
      const item = (await storage.storage.read([key]))[key] as Record<string, unknown> | undefined;
      return {
        memory: item?.memory as Record<string, unknown> | undefined,
        dialogState: item?.dialogState,
        install: item?.install,
      };
    },
    stop: () => bot.stop(),
  };
}
