import { randomUUID } from 'node:crypto';
import type { Activity, ChannelAccount } from 'botbuilder';

/** The bot as Teams addresses it: `28:` + the app id. */
export const TEAMS_BOT: ChannelAccount = { id: '28:00000000-0000-0000-0000-0000000000b0', name: 'Inschrijfhulp' };
export const TENANT_ID = '72f988bf-0000-0000-0000-000000000001';
export const TEAM_ID = '19:general-3f2a@thread.tacv2';

export const ANNE: ChannelAccount = { id: '29:anne', name: 'Anne de Boer', aadObjectId: 'aad-anne' };
export const BRAM: ChannelAccount = { id: '29:bram', name: 'Bram Visser', aadObjectId: 'aad-bram' };

export type TeamsScope = 'personal' | 'groupChat' | 'channel';

export interface TeamsOptions {
  serviceUrl: string;
  scope: TeamsScope;
  /** The conversation id; a channel thread's is the channel id + `;messageid=` + the thread's first message id. */
  conversationId?: string;
  from?: ChannelAccount;
  text?: string;
  value?: unknown;
  /** `activity.locale`; `null` leaves it out (then only a clientInfo entity may tell). */
  locale?: string | null;
  /** A clientInfo entity with this locale. */
  clientLocale?: string;
  /** Mention entities for these accounts; their `<at>` tags must be in `text` already. */
  mentions?: ChannelAccount[];
  extra?: Partial<Activity>;
}

/** `<at>Name</at>`, as Teams writes a mention into a message's text. */
export const at = (account: ChannelAccount = TEAMS_BOT): string => `<at>${account.name}</at>`;

/** A channel thread's conversation id. */
export function threadId(rootMessageId: string, channelId = TEAM_ID): string {
  return `${channelId};messageid=${rootMessageId}`;
}

function conversationFor(scope: TeamsScope, id: string | undefined): Activity['conversation'] {
  switch (scope) {
    case 'personal':
      return {
        id: id ?? `a:1personal-${randomUUID()}`,
        conversationType: 'personal',
        tenantId: TENANT_ID,
        isGroup: false,
        name: '',
      };
    case 'groupChat':
      return {
        id: id ?? `19:group-${randomUUID()}@thread.v2`,
        conversationType: 'groupChat',
        tenantId: TENANT_ID,
        isGroup: true,
        name: '',
      };
    case 'channel':
      return {
        id: id ?? threadId(String(Date.now())),
        conversationType: 'channel',
        tenantId: TENANT_ID,
        isGroup: true,
        name: '',
      };
  }
}

function channelDataFor(scope: TeamsScope): Record<string, unknown> {
  const tenant = { id: TENANT_ID };
  return scope === 'channel'
    ? { tenant, team: { id: TEAM_ID, name: 'IT-servicedesk' }, channel: { id: TEAM_ID, name: 'General' } }
    : { tenant };
}

/** A message activity shaped as Teams sends it (channel `msteams`, tenant, team and channel, mention entities). */
export function teamsMessage(options: TeamsOptions): Partial<Activity> {
  const entities: Activity['entities'] = (options.mentions ?? []).map((m) => ({
    type: 'mention',
    mentioned: { id: m.id, name: m.name },
    text: at(m),
  }));
  if (options.clientLocale)
    entities.push({
      type: 'clientInfo',
      locale: options.clientLocale,
      country: 'NL',
      platform: 'Web',
      timezone: 'Europe/Amsterdam',
    });
  const locale = options.locale === null ? {} : { locale: options.locale ?? 'nl-NL' };
  return {
    type: 'message',
    id: `1${Math.floor(Math.random() * 1e12)}`,
    timestamp: new Date(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    ...locale,
    from: options.from ?? ANNE,
    recipient: TEAMS_BOT,
    conversation: conversationFor(options.scope, options.conversationId),
    textFormat: 'plain',
    ...(options.text !== undefined ? { text: options.text } : {}),
    ...(options.value !== undefined ? { value: options.value } : {}),
    entities,
    channelData: channelDataFor(options.scope),
    ...options.extra,
  };
}

/** A card submit (Action.Submit): the button's data in `value`, no text, no mention. */
export function teamsSubmit(options: Omit<TeamsOptions, 'text' | 'mentions'> & { value: unknown }): Partial<Activity> {
  return teamsMessage({
    ...options,
    extra: { ...options.extra, replyToId: options.extra?.replyToId ?? 'card-activity' },
  });
}

/** A conversationUpdate with members added; in a team Teams adds `eventType: 'teamMemberAdded'`. */
export function teamsMembersAdded(
  options: Omit<TeamsOptions, 'text' | 'value' | 'mentions'> & { members: ChannelAccount[] },
): Partial<Activity> {
  const base = teamsMessage(options);
  const channelData = {
    ...(base.channelData as Record<string, unknown>),
    ...(options.scope === 'channel' ? { eventType: 'teamMemberAdded' } : {}),
  };
  return {
    ...base,
    type: 'conversationUpdate',
    text: undefined,
    entities: undefined,
    conversation:
      options.scope === 'channel'
        ? { ...base.conversation!, id: options.conversationId ?? TEAM_ID }
        : base.conversation,
    membersAdded: options.members.map((m) => ({ id: m.id, name: m.name ?? '' })),
    channelData,
  };
}

/** A conversationUpdate with members removed (the bot itself when the app is uninstalled). */
export function teamsMembersRemoved(
  options: Omit<TeamsOptions, 'text' | 'value' | 'mentions'> & { members: ChannelAccount[] },
): Partial<Activity> {
  const added = teamsMembersAdded(options);
  const channelData = {
    ...(added.channelData as Record<string, unknown>),
    ...(options.scope === 'channel' ? { eventType: 'teamMemberRemoved' } : {}),
  };
  return { ...added, membersAdded: undefined, membersRemoved: added.membersAdded, channelData };
}

/** An installationUpdate (the app added to or removed from a conversation); Teams gives it the client's locale. */
export function teamsInstallationUpdate(
  options: Omit<TeamsOptions, 'text' | 'value' | 'mentions'> & { action: 'add' | 'remove' },
): Partial<Activity> {
  const base = teamsMessage(options);
  return { ...base, type: 'installationUpdate', action: options.action, text: undefined };
}
