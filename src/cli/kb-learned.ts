import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { runCli } from './run-cli.js';
import { loadKnowledgeBase } from '../core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../core/kb/location.js';
import { createStorage } from '../storage/create-storage.js';
import { LearnedStore } from '../tickets/learned-store.js';
import { exportFileName, formatLearned, learnedYaml, readLearned } from '../tickets/learned-review.js';

const USAGE = `usage:
  npm run kb:learned                        what the helpdesk taught, per tenant (ticket, date, agent, entry, words)
  npm run kb:learned -- --json              the same as one JSON object
  npm run kb:learned -- --export DIR        one YAML file per tenant in DIR, in the knowledge base's own format
  npm run kb:learned -- --tenant <id>       one tenant only
Reads the storage the bot is configured with (STORAGE, SQLITE_PATH, ... from the environment or .env).`;

interface Options {
  json: boolean;
  exportDir?: string;
  tenant?: string;
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--export' || arg === '--tenant') {
      const value = args[++i];
      if (!value || value.startsWith('--')) return `${arg} needs a value`;
      if (arg === '--export') options.exportDir = value;
      else options.tenant = value;
    } else return `unknown argument ${JSON.stringify(arg)}`;
  }
  if (options.tenant !== undefined && !/^[0-9a-f-]{36}$/i.test(options.tenant))
    return `--tenant must be a tenant id (a GUID; got ${JSON.stringify(options.tenant)})`;
  return options;
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  const kb = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);
  const storage = await createStorage(loadConfig());
  try {
    const learned = await readLearned(new LearnedStore(storage.storage), options.tenant);
    if (options.exportDir) {
      const dir = resolve(options.exportDir);
      mkdirSync(dir, { recursive: true });
      for (const tenant of learned) {
        const file = join(dir, exportFileName(tenant.tenantId));
        writeFileSync(file, learnedYaml(tenant, kb));
        process.stdout.write(`wrote ${file}\n`);
      }
      if (learned.length === 0) process.stdout.write('Nothing learned yet: no file written.\n');
    } else
      process.stdout.write(options.json ? `${JSON.stringify({ tenants: learned })}\n` : formatLearned(learned, kb));
    return 0;
  } finally {
    await storage.close();
  }
}

runCli('kb:learned', main);
