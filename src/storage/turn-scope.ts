import { AsyncLocalStorage } from 'node:async_hooks';

/** What storage knows of the turn being processed, carried through the turn's async calls. */
export interface TurnScope {
  /** The storage key of this conversation's state, and the activity remembered in it (replay detection). */
  conversationKey?: string;
  activityId?: string;
  /** The eTag each item had when this turn read it: the version a write must still find. */
  readonly versions: Map<string, string>;
}

const current = new AsyncLocalStorage<TurnScope>();

/** Runs one attempt of a turn in a fresh scope. */
export function inTurnScope<T>(scope: Omit<TurnScope, 'versions'>, work: () => Promise<T>): Promise<T> {
  return current.run({ ...scope, versions: new Map() }, work);
}

export function currentTurnScope(): TurnScope | undefined {
  return current.getStore();
}
