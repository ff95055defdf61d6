import type { Activity } from 'botbuilder';
import { conversationScope, teamId } from './teams-context.js';

/**
 * What to say when members join a conversation:
 * - `welcome`: the welcome card with examples (personal chat; in other clients, whenever a person joins).
 * - `team-intro`: one short introduction in the General channel when the bot is added to a team.
 * - `group-intro`: the same in a group chat the bot is added to.
 * Teams members added later, in a team or a group chat, get nothing.
 */
export type Greeting = 'welcome' | 'team-intro' | 'group-intro';

type MembersAddedLike = Pick<
  Partial<Activity>,
  'channelId' | 'membersAdded' | 'recipient' | 'conversation' | 'channelData'
>;

export function greetingFor(activity: MembersAddedLike): Greeting | undefined {
  const added = activity.membersAdded ?? [];
  const botId = activity.recipient?.id;
  const botAdded = added.some((m) => m.id === botId);
  if (activity.channelId !== 'msteams') return added.some((m) => m.id !== botId) ? 'welcome' : undefined;
  // Teams announces the install in personal scope with the bot (and sometimes the user) among membersAdded
  const scope = teamId(activity) ? 'channel' : conversationScope(activity);
  if (scope === 'personal') return added.length > 0 ? 'welcome' : undefined;
  if (!botAdded) return undefined;
  return scope === 'channel' ? 'team-intro' : 'group-intro';
}

/** Whether the bot itself was removed (uninstalled): it may greet again when it comes back. */
export function botRemoved(activity: Pick<Partial<Activity>, 'membersRemoved' | 'recipient'>): boolean {
  return (activity.membersRemoved ?? []).some((m) => m.id === activity.recipient?.id);
}
