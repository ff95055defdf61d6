import type { Activity } from 'botbuilder';

/** Where a conversation happens: a one-to-one chat, a group chat, or a thread in a team's channel. */
export type Scope = 'personal' | 'groupChat' | 'channel';

type ActivityLike = Pick<Partial<Activity>, 'conversation' | 'channelData' | 'locale' | 'entities'>;

interface TeamsChannelData {
  team?: { id?: string };
  channel?: { id?: string };
  eventType?: string;
}

function channelData(activity: ActivityLike): TeamsChannelData {
  const data: unknown = activity.channelData;
  return data && typeof data === 'object' ? data : {};
}

/** Teams says it in `conversationType`; other channels only say whether it is a group. */
export function conversationScope(activity: ActivityLike): Scope {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || (type === undefined && channelData(activity).channel?.id)) return 'channel';
  if (type === 'groupChat' || activity.conversation?.isGroup === true) return 'groupChat';
  return 'personal';
}

/** The team's id, which is also its General channel's conversation id. */
export function teamId(activity: ActivityLike): string | undefined {
  return channelData(activity).team?.id;
}

/** The client's locale: the activity's own, else the one in Teams' `clientInfo` entity. */
export function clientLocale(activity: ActivityLike): string | undefined {
  if (activity.locale) return activity.locale;
  for (const entity of activity.entities ?? []) {
    const locale: unknown = (entity as { locale?: unknown }).locale;
    if (entity.type === 'clientInfo' && typeof locale === 'string' && locale) return locale;
  }
  return undefined;
}
