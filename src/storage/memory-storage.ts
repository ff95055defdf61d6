import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError } from './errors.js';

/**
 * Bot state in this process's memory, as JSON: a read gets its own copy to change (one JSON.parse) and a write
 * stores one (one JSON.stringify). The eTag is kept beside the JSON, so checking it costs no parse; botbuilder's
 * MemoryStorage parsed the stored item again on every write only to compare eTags. Writes with an eTag other
 * than "*" must find it, and a batch is checked whole before any of it is stored.
 */
export class JsonMemoryStorage implements Storage {
  private readonly items = new Map<string, { eTag: string; json: string }>();
  private lastETag = 0;

  read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const stored = this.items.get(key);
      if (!stored) continue;
      const item = JSON.parse(stored.json) as Record<string, unknown>;
      item.eTag = stored.eTag;
      found[key] = item;
    }
    return Promise.resolve(found);
  }

  write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes) as [string, { eTag?: unknown }][];
    for (const [key, item] of entries) {
      const stored = this.items.get(key);
      if (stored && item.eTag !== undefined && item.eTag !== '*' && item.eTag !== stored.eTag) {
        return Promise.reject(new ETagConflictError(`eTag conflict on ${key}`));
      }
    }
    for (const [key, item] of entries) {
      this.items.set(key, { eTag: String(++this.lastETag), json: JSON.stringify(item) });
    }
    return Promise.resolve();
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
    return Promise.resolve();
  }
}
