import { randomUUID } from 'node:crypto';
import type { Activity, ChannelAccount } from 'botbuilder';
import { parseConfig, type Config } from '../../src/config.js';
import { buildApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { memoryStorage, type ManagedStorage } from '../../src/storage/create-storage.js';
import type { HelpdeskSettings } from '../../src/tickets/helpdesk-config.js';
import { realKnowledgeBase } from '../helpers/bot-harness.js';
import { FakeConnector, type ReceivedCall } from '../helpers/fake-connector.js';
import { seen, type Seen } from '../helpers/conversation.js';

export const TENANT = '5f1c0a2e-0000-4000-8000-00000000d00d';
export const TEAM = '19:it-team-general@thread.tacv2';
/** The helpdesk's channel in the IT team. */
export const HELPDESK_CHANNEL = '19:helpdesk-7c1e@thread.tacv2';
export const BOT: ChannelAccount = { id: '28:bot-app-id', name: 'Inschrijfhulp' };
export const ANNE: ChannelAccount = { id: '29:1anne', name: 'Anne de Boer', aadObjectId: 'aad-anne' };
export const PIET: ChannelAccount = {
  id: '29:1piet',
  name: 'Piet Jansen',
  aadObjectId: '7d2c4e1a-0000-4000-8000-0000000091e7',
};
/** Someone in another team who would like the tickets. */
export const MALLORY: ChannelAccount = {
  id: '29:1mallory',
  name: 'Mallory',
  aadObjectId: 'e0e0e0e0-0000-4000-8000-0000000000ff',
};

export interface HandoffBot {
  connector: FakeConnector;
  storage: ManagedStorage;
  clock: { now: number };
  /** Posts an activity and returns once the bot's turn is over (the connector has every call of it). */
  send(activity: Partial<Activity>): Promise<ReceivedCall[]>;
  stop(): Promise<void>;
}

/**
 * The real app over HTTP with a fake connector, a settable clock and, when `helpdeskChannel` is given, the helpdesk
 * channel configured as HELPDESK_CHANNEL_ID / HELPDESK_SERVICE_URL would set it.
 */
export async function startHandoffBot(
  options: { helpdeskChannel?: string; storage?: ManagedStorage; start?: string; agents?: string } = {},
): Promise<HandoffBot> {
  const connector = new FakeConnector();
  await connector.start();
  const settings: HelpdeskSettings = options.helpdeskChannel
    ? { HELPDESK_CHANNEL_ID: options.helpdeskChannel, HELPDESK_SERVICE_URL: connector.url }
    : {};
  const config: Config & HelpdeskSettings = {
    ...parseConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent', PORT: '0', HELPDESK_AGENTS: options.agents ?? '' }),
    ...settings,
  };
  const storage = options.storage ?? memoryStorage();
  const clock = { now: Date.parse(options.start ?? '2026-11-10T09:00:00Z') };
  const { server } = buildApp({
    config,
    logger: silentLogger(),
    kb: realKnowledgeBase(),
    storage,
    now: () => clock.now,
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}/api/messages`;
  return {
    connector,
    storage,
    clock,
    async send(activity) {
      const before = connector.calls.length;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      if (response.status >= 300) throw new Error(`the bot answered ${response.status}: ${await response.text()}`);
      return connector.calls.slice(before);
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      await connector.stop();
    },
  };
}

export interface TeamsMessage {
  serviceUrl: string;
  /** A personal chat ('a:...'), or a channel thread (`<channel>;messageid=<root>`). */
  conversationId: string;
  channel?: boolean;
  from?: ChannelAccount;
  text?: string;
  value?: unknown;
  replyToId?: string;
  locale?: string;
}

/** A message as Teams sends it: channel `msteams`, the tenant, team and channel in channelData, @mentions in channels. */
export function teams(m: TeamsMessage): Partial<Activity> {
  const inChannel = m.channel === true;
  const text = m.text !== undefined && inChannel ? `<at>${BOT.name}</at> ${m.text}` : m.text;
  const channelId = m.conversationId.split(';')[0];
  return {
    type: 'message',
    id: `1${randomUUID().replace(/\D/g, '').slice(0, 12)}`,
    timestamp: new Date(),
    channelId: 'msteams',
    serviceUrl: m.serviceUrl,
    locale: m.locale ?? 'nl-NL',
    from: m.from ?? ANNE,
    recipient: BOT,
    conversation: {
      id: m.conversationId,
      conversationType: inChannel ? 'channel' : 'personal',
      isGroup: inChannel,
      tenantId: TENANT,
      name: '',
    },
    textFormat: 'plain',
    ...(text !== undefined ? { text } : {}),
    ...(m.value !== undefined ? { value: m.value } : {}),
    ...(m.replyToId ? { replyToId: m.replyToId } : {}),
    entities:
      inChannel && m.text !== undefined ? [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }] : [],
    channelData: inChannel
      ? { tenant: { id: TENANT }, team: { id: TEAM, name: 'IT' }, channel: { id: channelId, name: 'Helpdesk' } }
      : { tenant: { id: TENANT } },
  };
}

/** The id the fake connector gave a posted activity (it numbers every call it answers, from 1). */
export function postedId(bot: HandoffBot, call: ReceivedCall | undefined): string {
  const index = call ? bot.connector.calls.indexOf(call) : -1;
  if (index < 0) throw new Error('not a call of this connector');
  return `sent-${index + 1}`;
}

/** What a call carried, as the user or agent sees it. */
export function shown(call: ReceivedCall | undefined): Seen {
  if (!call) throw new Error('no such connector call');
  return seen(call.body);
}

export const posts = (calls: readonly ReceivedCall[], conversationId: string) =>
  calls.filter((c) => c.method === 'POST' && c.conversationId === conversationId);
export const updates = (calls: readonly ReceivedCall[]) => calls.filter((c) => c.method === 'PUT');

/** The submit data of the first button doing `action` in these calls. */
export function button(calls: readonly ReceivedCall[], action: string): Record<string, unknown> {
  for (const call of calls) {
    const found = shown(call).buttons.find((b) => b.data.action === action);
    if (found) return found.data;
  }
  throw new Error(
    `no ${action} button in ${JSON.stringify(calls.map((c) => shown(c).text || shown(c).cardText.slice(0, 80)))}`,
  );
}

/** Answers "weet ik niet" to every checklist question until the summary card with the send button shows. */
export async function answerChecklist(
  bot: HandoffBot,
  message: (text: string) => Partial<Activity>,
  first: readonly ReceivedCall[],
  answer = 'weet ik niet',
): Promise<ReceivedCall[]> {
  let calls = [...first];
  for (let i = 0; i < 12; i++) {
    if (calls.some((c) => shown(c).buttons.some((b) => b.data.action === 'confirm-handoff'))) return calls;
    calls = await bot.send(message(answer));
  }
  throw new Error('the checklist never ended');
}
