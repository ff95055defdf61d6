import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { message } from './activities.js';
import { seen, type Seen } from './conversation.js';
import type { FakeConnector } from './fake-connector.js';

/** Anything that takes an activity over HTTP: an in-process server or a bot process. */
export interface Target {
  post(body: unknown): Promise<Response>;
}

export interface Sent {
  status: number;
  /** What the bot posted to the conversation in answer (card updates not included). */
  replies: Seen[];
}

/**
 * One user's conversation over HTTP, against one server or several (scale-out): each send waits for the HTTP
 * answer, by which time the bot has delivered its replies to the fake connector.
 */
export class Chat {
  readonly conversationId: string;

  constructor(
    private readonly connector: FakeConnector,
    private readonly options: {
      locale?: string;
      channelId?: string;
      conversationId?: string;
      extra?: Partial<Activity>;
    } = {},
  ) {
    this.conversationId = options.conversationId ?? `conv-${randomUUID()}`;
  }

  activity(fields: { text?: string; value?: unknown; extra?: Partial<Activity> }): Partial<Activity> {
    return message({
      serviceUrl: this.connector.url,
      conversationId: this.conversationId,
      locale: this.options.locale ?? 'en-US',
      channelId: this.options.channelId ?? 'emulator',
      text: fields.text,
      value: fields.value,
      extra: { ...this.options.extra, ...fields.extra },
    });
  }

  async send(target: Target, activity: Partial<Activity>): Promise<Sent> {
    const before = this.connector.calls.length;
    const response = await target.post(activity);
    await response.arrayBuffer();
    return { status: response.status, replies: this.repliesSince(before) };
  }

  say(target: Target, text: string): Promise<Sent> {
    return this.send(target, this.activity({ text }));
  }

  press(target: Target, value: Record<string, unknown>): Promise<Sent> {
    return this.send(target, this.activity({ text: '', value }));
  }

  repliesSince(index: number): Seen[] {
    return this.connector.calls
      .slice(index)
      .filter((c) => c.method === 'POST' && c.conversationId === this.conversationId)
      .map((c) => seen(c.body));
  }
}

/** The replies ask this catalogue question (a card with its answer buttons). */
export function asks(replies: Seen[], questionId: string): boolean {
  return replies.some((r) => r.buttons.some((b) => b.data.question === questionId));
}

/** The first lines under the answer card's "Likely cause" heading, or undefined when there is no answer card. */
export function likelyCause(replies: Seen[]): string | undefined {
  for (const reply of replies) {
    const lines = reply.cardText.split('\n');
    const heading = lines.findIndex((l) => /^(Waarschijnlijke oorzaak|Likely cause)/.test(l));
    if (heading >= 0) return lines.slice(heading + 1, heading + 3).join(' ');
  }
  return undefined;
}

/** Every text the user sees in the replies, cards included. */
export function shown(replies: Seen[]): string {
  return replies.map((r) => `${r.text}\n${r.cardText}`).join('\n');
}
