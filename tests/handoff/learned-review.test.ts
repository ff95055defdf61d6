import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { loadKnowledgeBase } from '../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/core/kb/location.js';
import { createStorage } from '../../src/storage/create-storage.js';
import { LearnedStore, type StoredPhrasing } from '../../src/tickets/learned-store.js';

const TENANT_A = '5f1c0a2e-0000-4000-8000-00000000d00d';
const TENANT_B = '0b7e3f10-0000-4000-8000-00000000beef';
const SAMSUNG = 'intune-android-samsung-smart-manager-check-in';
const kb = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);

const phrasing = (ticketId: string, text: string, lang: 'nl' | 'en', entryId = SAMSUNG): StoredPhrasing => ({
  entryId,
  text,
  lang,
  ticketId,
  agent: { name: 'Piet Jansen' },
  at: Date.parse('2026-11-10T09:30:00Z'),
});

let dir: string;
const env = () => ({ ...process.env, STORAGE: 'sqlite', SQLITE_PATH: join(dir, 'bot.sqlite'), LOG_LEVEL: 'silent' });
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kb-learned.ts', ...args], { env: env(), encoding: 'utf8' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-learned-'));
  const storage = await createStorage(parseConfig(env()));
  const store = new LearnedStore(storage.storage);
  await store.add(TENANT_A, phrasing('HD-1001', 'de app gaat na een paar uur vanzelf dicht', 'nl'));
  await store.add(TENANT_A, phrasing('HD-1002', 'the app closes by itself after a few hours', 'en'));
  await store.add(TENANT_B, phrasing('HD-1003', 'te veel apparaten op mijn naam', 'nl', 'intune-device-cap-reached'));
  await store.forget(TENANT_B, 'HD-1003');
  await store.add(
    TENANT_B,
    phrasing('HD-1004', 'ik zit aan mijn maximum aantal apparaten', 'nl', 'intune-device-cap-reached'),
  );
  await storage.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run kb:learned: what the helpdesk taught, for review', () => {
  it('lists per tenant the ticket, date, agent, entry and words; what was forgotten is gone', () => {
    const run = cli();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Tenant ${TENANT_A}: 2 learned phrasing(s)`);
    expect(run.stdout).toMatch(/HD-1001 {2}2026-11-10 {2}Piet Jansen {2}nl {2}-> intune-android-samsung/);
    expect(run.stdout).toContain('HD-1004');
    expect(run.stdout).not.toContain('HD-1003');
  });

  it('--json and --tenant give one tenant as data', () => {
    const run = cli('--json', '--tenant', TENANT_B);
    expect(run.status, run.stderr).toBe(0);
    const data = JSON.parse(run.stdout) as { tenants: { tenantId: string; phrasings: StoredPhrasing[] }[] };
    expect(data.tenants.map((t) => t.tenantId)).toEqual([TENANT_B]);
    expect(data.tenants[0]?.phrasings.map((p) => p.ticketId)).toEqual(['HD-1004']);
  });

  it('--export writes one YAML file per tenant in the knowledge base shape: entry id, source, symptoms per language', () => {
    const out = join(dir, 'export');
    const run = cli('--export', out);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`learned-${TENANT_B}.yaml`, `learned-${TENANT_A}.yaml`].sort());
    const yaml = load(readFileSync(join(out, `learned-${TENANT_A}.yaml`), 'utf8')) as {
      entries: { id: string; source: unknown; symptoms: { nl: string[]; en: string[] } }[];
    };
    const entry = kb.entries.find((e) => e.id === SAMSUNG);
    expect(yaml.entries).toEqual([
      {
        id: SAMSUNG,
        source: entry?.source,
        symptoms: {
          nl: ['de app gaat na een paar uur vanzelf dicht'],
          en: ['the app closes by itself after a few hours'],
        },
      },
    ]);
  });

  it('bad arguments get a clear message and exit code 2', () => {
    const run = cli('--tenant', 'contoso');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--tenant must be a tenant id');
    expect(cli('--export').stderr).toContain('--export needs a value');
  });
});
