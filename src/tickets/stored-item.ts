import type { Storage } from 'botbuilder';
import { ABSENT_ETAG } from '../storage/consistent-storage.js';
import { isETagConflict } from '../storage/errors.js';
import { KeyedLock } from '../storage/keyed-lock.js';

/** Gave up after several conflicting writes in a row: the item is too busy, or something keeps rewriting it. */
export class StoredItemBusyError extends Error {
  override readonly name = 'StoredItemBusyError';
}

const ATTEMPTS = 6;

/** One writer per item in this process, so it never races itself; eTags keep other processes apart. */
const locks = new WeakMap<Storage, KeyedLock>();

function lockFor(storage: Storage): KeyedLock {
  let lock = locks.get(storage);
  if (!lock) locks.set(storage, (lock = new KeyedLock()));
  return lock;
}

export async function readItem<T extends object>(storage: Storage, key: string): Promise<T | undefined> {
  const items = await storage.read([key]);
  const item = items[key] as (T & { eTag?: string }) | undefined;
  if (!item) return undefined;
  const { eTag: _eTag, ...value } = item;
  return value as T;
}

/**
 * Read-modify-write of one item with optimistic concurrency: the write carries the eTag read (ABSENT_ETAG for a new
 * item: created only while nobody else has), and a conflict reads and applies the change again. `change` gets the
 * stored value (undefined when there is none) and returns the new one, or undefined to leave it as it is.
 */
export function updateItem<T extends object>(
  storage: Storage,
  key: string,
  change: (current: T | undefined) => T | undefined,
): Promise<{ value: T | undefined; written: boolean }> {
  return lockFor(storage).run(key, async () => {
    for (let attempt = 1; ; attempt++) {
      const items = await storage.read([key]);
      const stored = items[key] as (T & { eTag?: string }) | undefined;
      const { eTag, ...current } = stored ?? {};
      const value = change(stored ? (current as T) : undefined);
      if (value === undefined) return { value: stored ? (current as T) : undefined, written: false };
      try {
        await storage.write({ [key]: { ...value, eTag: stored ? (eTag ?? '*') : ABSENT_ETAG } });
        return { value, written: true };
      } catch (error) {
        if (!isETagConflict(error)) throw error;
        if (attempt >= ATTEMPTS)
          throw new StoredItemBusyError(`${key}: still changing after ${ATTEMPTS} attempts`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.floor(Math.random() * 10)));
      }
    }
  });
}
