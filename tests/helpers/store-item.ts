import type { StoreItems } from 'botbuilder';

/** One item of a storage read, typed (StoreItems holds `any`). */
export function itemOf(items: StoreItems, key: string): Record<string, unknown> | undefined {
  return items[key] as Record<string, unknown> | undefined;
}
