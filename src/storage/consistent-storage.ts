import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { currentTurnScope } from './turn-scope.js';

/**
 * The eTag of an item that did not exist when the turn read it. It matches no stored eTag, so the write succeeds
 * only while the item still does not exist (the storages here treat a missing item as writable).
 */
export const ABSENT_ETAG = '!absent';

/** Where a conversation's item remembers its latest activity ids. */
export const RECENT_ACTIVITIES = 'recentActivityIds';
const REMEMBERED = 20;

/** The conversation's state already holds this activity: it was processed before. */
export class ReplayedActivityError extends Error {
  override readonly name = 'ReplayedActivityError';
}

/**
 * Storage as the bot sees it during a turn. botbuilder's BotState writes every item with eTag "*" (last writer
 * wins); this puts back the eTag the item had when the turn read it, so a write after someone else's fails with a
 * conflict instead of overwriting it. It also keeps the conversation's latest activity ids in the conversation's
 * own item (the same write, under the same eTag), and refuses to read that item for an activity it already holds.
 * Outside a turn scope it passes everything through.
 */
export class ConsistentStorage implements Storage {
  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    const scope = currentTurnScope();
    if (!scope) return items;
    for (const key of keys) {
      const eTag = (items[key] as StoreItem | undefined)?.eTag;
      scope.versions.set(key, items[key] === undefined ? ABSENT_ETAG : typeof eTag === 'string' ? eTag : '*');
    }
    const { conversationKey, activityId } = scope;
    if (conversationKey && activityId && keys.includes(conversationKey)) {
      const seen = (items[conversationKey] as StoreItem | undefined)?.[RECENT_ACTIVITIES] as unknown;
      if (Array.isArray(seen) && seen.includes(activityId)) {
        throw new ReplayedActivityError(`activity ${activityId} was processed before`);
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const scope = currentTurnScope();
    if (!scope) return this.inner.write(changes);
    const guarded: StoreItems = {};
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      const version = scope.versions.get(key);
      const next: StoreItem = { ...item };
      if (version !== undefined && (item.eTag === undefined || item.eTag === '*')) next.eTag = version;
      if (key === scope.conversationKey && scope.activityId) {
        next[RECENT_ACTIVITIES] = remember(item[RECENT_ACTIVITIES], scope.activityId);
      }
      guarded[key] = next;
    }
    await this.inner.write(guarded);
    // The new eTag is not reported back; this turn wrote the latest version, so a second write may overwrite it.
    for (const key of Object.keys(changes)) scope.versions.set(key, '*');
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

function remember(previous: unknown, activityId: string): string[] {
  const ids = Array.isArray(previous) ? previous.filter((id): id is string => typeof id === 'string') : [];
  return [...ids.filter((id) => id !== activityId), activityId].slice(-REMEMBERED);
}
