import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

export interface ActivityOptions {
  serviceUrl: string;
  conversationId?: string;
  channelId?: string;
  locale?: string;
  fromId?: string;
  fromName?: string;
  text?: string;
  value?: unknown;
  extra?: Partial<Activity>;
}

/** A message activity as the Emulator sends it (channel `emulator` unless told otherwise). */
export function message(options: ActivityOptions): Partial<Activity> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date(),
    channelId: options.channelId ?? 'emulator',
    serviceUrl: options.serviceUrl,
    locale: options.locale ?? 'nl-NL',
    from: { id: options.fromId ?? 'user-1', name: options.fromName ?? 'Jan de Vries' },
    recipient: { id: 'bot-1', name: 'Helpdesk bot' },
    conversation: {
      id: options.conversationId ?? `conv-${randomUUID()}`,
      isGroup: false,
      conversationType: 'personal',
      name: '',
    },
    text: options.text,
    value: options.value,
    ...options.extra,
  };
}

export function membersAdded(options: ActivityOptions & { memberIds: string[] }): Partial<Activity> {
  return {
    ...message(options),
    type: 'conversationUpdate',
    text: undefined,
    membersAdded: options.memberIds.map((id) => ({ id, name: id })),
  };
}
