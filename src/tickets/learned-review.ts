import { dump } from 'js-yaml';
import type { KnowledgeBase } from '../core/kb/load.js';
import { LANGS, type Lang } from '../core/lang.js';
import { NO_TENANT, type LearnedStore, type StoredPhrasing } from './learned-store.js';

/** What one tenant's helpdesk taught, for review. */
export interface TenantLearned {
  tenantId: string;
  phrasings: StoredPhrasing[];
}

export async function readLearned(store: LearnedStore, tenantId?: string): Promise<TenantLearned[]> {
  const tenants = tenantId ? [tenantId.toLowerCase()] : await store.tenants();
  const all = await Promise.all(tenants.map(async (t) => ({ tenantId: t, phrasings: await store.list(t) })));
  return all.filter((t) => t.phrasings.length > 0);
}

const day = (at: number): string => new Date(at).toISOString().slice(0, 10);
const tenantName = (tenantId: string): string => (tenantId === NO_TENANT ? '(no tenant)' : tenantId);

/** One block per tenant, one line per phrasing: ticket, date, agent, entry, and the user's words as stored. */
export function formatLearned(learned: readonly TenantLearned[], kb: KnowledgeBase): string {
  if (learned.length === 0) return 'Nothing learned yet.\n';
  const title = (id: string): string => kb.entries.find((e) => e.id === id)?.title.en ?? '(entry no longer in the KB)';
  return learned
    .map(({ tenantId, phrasings }) =>
      [
        `Tenant ${tenantName(tenantId)}: ${phrasings.length} learned phrasing(s)`,
        ...phrasings.map(
          (p) =>
            `  ${p.ticketId}  ${day(p.at)}  ${p.agent.name || '?'}  ${p.lang}  -> ${p.entryId} (${title(p.entryId)})\n` +
            `      ${JSON.stringify(p.text)}`,
        ),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/**
 * A tenant's phrasings as knowledge-base YAML: per entry its id and source, and the learned words as `symptoms` in
 * both language keys, the shape of an entry in `knowledge/*.yaml`. An admin copies them into that entry's symptoms.
 */
export function learnedYaml(learned: TenantLearned, kb: KnowledgeBase): string {
  const byEntry = new Map<string, Record<Lang, string[]>>();
  for (const p of learned.phrasings) {
    const symptoms = byEntry.get(p.entryId) ?? { nl: [], en: [] };
    if (!symptoms[p.lang].includes(p.text)) symptoms[p.lang].push(p.text);
    byEntry.set(p.entryId, symptoms);
  }
  const entries = [...byEntry].map(([id, symptoms]) => {
    const entry = kb.entries.find((e) => e.id === id);
    return {
      id,
      ...(entry ? { source: entry.source } : {}),
      symptoms: Object.fromEntries(LANGS.map((l) => [l, symptoms[l]])),
    };
  });
  const header = [
    `# Learned from resolved helpdesk tickets, tenant ${tenantName(learned.tenantId)} (npm run kb:learned -- --export).`,
    '# Each entry lists the user words an agent linked to it: add them to the symptoms of the same entry in',
    '# knowledge/*.yaml (in our own words where they quote a person), then commit as usual.',
  ];
  return `${header.join('\n')}\n${dump({ entries }, { lineWidth: 120, flowLevel: 3 })}`;
}

/** A file name for a tenant's export. */
export function exportFileName(tenantId: string): string {
  return `learned-${tenantId === NO_TENANT ? 'no-tenant' : tenantId.replace(/[^0-9a-z-]/gi, '_')}.yaml`;
}
