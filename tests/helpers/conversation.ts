import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { HelpdeskBot } from '../../src/bot/helpdesk-bot.js';
import { CardPresenter } from '../../src/bot/card-presenter.js';
import { buildDiagnosisIndex, type DiagnosisIndex } from '../../src/core/diagnosis/diagnosis-index.js';
import { silentLogger } from '../../src/logger.js';
import { realKnowledgeBase } from './bot-harness.js';

let index: DiagnosisIndex | undefined;

/** What the user sees of one bot activity: its text, or the card's texts and buttons flattened. */
export interface Seen {
  text: string;
  card?: Record<string, unknown>;
  /** Every TextBlock / FactSet text in the card, joined. */
  cardText: string;
  /** Submit buttons: title and data. */
  buttons: { title: string; data: Record<string, unknown> }[];
}

export function seen(activity: Partial<Activity>): Seen {
  const card = activity.attachments?.[0]?.content as Record<string, unknown> | undefined;
  const texts: string[] = [];
  const buttons: Seen['buttons'] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string') texts.push(o.text);
    if (o.type === 'Fact' || (typeof o.title === 'string' && typeof o.value === 'string'))
      texts.push(`${String(o.title)} ${String(o.value)}`);
    if (o.type === 'Action.Submit' && typeof o.title === 'string')
      buttons.push({ title: o.title, data: (o.data ?? {}) as Record<string, unknown> });
    for (const v of Object.values(o)) walk(v);
  };
  walk(card);
  return { text: activity.text ?? '', ...(card ? { card } : {}), cardText: texts.join('\n'), buttons };
}

export interface Conversation {
  adapter: TestAdapter;
  clock: { now: number };
  /** Sends a message (text) or a card submit (value) and returns what the bot sent back. */
  say(text: string): Promise<Seen[]>;
  press(value: Record<string, unknown>): Promise<Seen[]>;
  send(activity: Partial<Activity>): Promise<Seen[]>;
}

/** A conversation with the real bot (real knowledge base, cards and dialogs) over botbuilder's TestAdapter. */
export function conversation(
  options: {
    locale?: string;
    channelId?: string;
    storage?: MemoryStorage;
    userId?: string;
    /** The sender's Entra object id, and HELPDESK_AGENTS. */
    aadObjectId?: string;
    agents?: string[];
  } = {},
): Conversation {
  index ??= buildDiagnosisIndex(realKnowledgeBase());
  const clock = { now: Date.parse('2026-11-22T09:00:00Z') };
  const bot = new HelpdeskBot({
    logger: silentLogger(),
    defaultLang: 'nl',
    storage: options.storage ?? new MemoryStorage(),
    index,
    present: new CardPresenter(realKnowledgeBase()),
    now: () => clock.now,
    ...(options.agents ? { helpdesk: { agents: options.agents } } : {}),
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.locale = options.locale ?? 'nl-NL';
  const send = async (activity: Partial<Activity>): Promise<Seen[]> => {
    await adapter.processActivity({
      type: ActivityTypes.Message,
      locale: adapter.locale,
      channelId: options.channelId ?? 'test',
      from: {
        id: options.userId ?? 'user1',
        name: 'Jan',
        ...(options.aadObjectId ? { aadObjectId: options.aadObjectId } : {}),
      },
      ...activity,
    });
    const out: Seen[] = [];
    while (adapter.activeQueue.length > 0) {
      const a = adapter.activeQueue.shift();
      if (a && a.type === ActivityTypes.Message) out.push(seen(a));
    }
    return out;
  };
  return {
    adapter,
    clock,
    send,
    say: (text) => send({ text }),
    press: (value) => send({ text: '', value }),
  };
}
