import type { Storage } from 'botbuilder';
import { learnedIndex, type LearnedIndex, type LearnedPhrasing } from '../core/diagnosis/learned-phrasings.js';
import { readItem, updateItem } from './stored-item.js';

/** A learned phrasing as kept: who taught it, from which ticket, when. */
export interface StoredPhrasing extends LearnedPhrasing {
  agent: { name: string; aadObjectId?: string };
  at: number;
}

interface TenantPhrasings {
  phrasings: StoredPhrasing[];
}

interface TenantList {
  tenants: string[];
}

/** Activities that name no tenant (the Emulator, a test) learn apart from every tenant. */
export const NO_TENANT = '-';

/** Per tenant, at most this many phrasings are kept: the oldest go first. */
const MAX_PER_TENANT = 2000;

/** Tenants whose index is kept between messages, at most. */
const MAX_CACHED_TENANTS = 200;

const KEYS = {
  tenants: 'learned/tenants',
  tenant: (tenantId: string) => `learned/by-tenant/${encodeURIComponent(tenantId)}`,
};

/**
 * What the helpdesk taught, in the bot's own Storage (the same as the tickets): one item per tenant with its
 * phrasings, and the list of tenants (Storage cannot list keys) for the review command.
 */
export class LearnedStore {
  /** The index of each tenant's phrasings as last read, by the item's eTag: rebuilt only when the item changed. */
  private readonly indexes = new Map<string, { eTag: string; index: LearnedIndex }>();

  constructor(private readonly storage: Storage) {}

  /** Keeps the phrasing; a ticket teaches once (linking it again replaces what it taught). */
  async add(tenantId: string | undefined, phrasing: StoredPhrasing): Promise<void> {
    const tenant = tenantId ?? NO_TENANT;
    await updateItem<TenantPhrasings>(this.storage, KEYS.tenant(tenant), (current) => ({
      phrasings: [...(current?.phrasings ?? []).filter((p) => p.ticketId !== phrasing.ticketId), phrasing].slice(
        -MAX_PER_TENANT,
      ),
    }));
    await updateItem<TenantList>(this.storage, KEYS.tenants, (current) =>
      current?.tenants.includes(tenant) ? undefined : { tenants: [...(current?.tenants ?? []), tenant] },
    );
  }

  /** Removes what a ticket taught; false when it taught nothing here. */
  async forget(tenantId: string | undefined, ticketId: string): Promise<boolean> {
    let removed = false;
    await updateItem<TenantPhrasings>(this.storage, KEYS.tenant(tenantId ?? NO_TENANT), (current) => {
      const kept = (current?.phrasings ?? []).filter((p) => p.ticketId !== ticketId);
      removed = kept.length < (current?.phrasings.length ?? 0);
      return removed ? { phrasings: kept } : undefined;
    });
    return removed;
  }

  async list(tenantId: string | undefined): Promise<StoredPhrasing[]> {
    return (await readItem<TenantPhrasings>(this.storage, KEYS.tenant(tenantId ?? NO_TENANT)))?.phrasings ?? [];
  }

  /** Every tenant that was taught something ({@link NO_TENANT} for activities without one). */
  async tenants(): Promise<string[]> {
    return (await readItem<TenantList>(this.storage, KEYS.tenants))?.tenants ?? [];
  }

  /** The tenant's phrasings made ready for the diagnosis (read on every message: another instance may have taught). */
  async index(tenantId: string | undefined): Promise<LearnedIndex> {
    const key = KEYS.tenant(tenantId ?? NO_TENANT);
    const item = (await this.storage.read([key]))[key] as (TenantPhrasings & { eTag?: string }) | undefined;
    const cached = this.indexes.get(key);
    if (item?.eTag && cached?.eTag === item.eTag) return cached.index;
    const index = learnedIndex(item?.phrasings ?? []);
    if (item?.eTag) {
      if (this.indexes.size >= MAX_CACHED_TENANTS) this.indexes.delete(this.indexes.keys().next().value ?? '');
      this.indexes.set(key, { eTag: item.eTag, index });
    }
    return index;
  }
}
