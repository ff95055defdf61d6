import { loadConfig } from '../config.js';
import { runCli } from './run-cli.js';
import { createStorage } from '../storage/create-storage.js';
import { MAX_DAYS, dayOf, daysBetween } from '../tickets/event-log.js';
import { buildReport, formatReport } from '../tickets/report.js';

const USAGE = `usage:
  npm run report -- --from 2026-11-01 --to 2026-11-30   the range's counts and the knowledge base's gaps
  npm run report -- --from 2026-11-01 --json            the same as one JSON object
  npm run report -- --tenant <tenant id>                one tenant only (else messages are listed per tenant)
Days are UTC and inclusive; --to defaults to today, --from to 30 days before --to.
Reads the storage the bot is configured with (STORAGE, SQLITE_PATH, ... from the environment or .env).`;

interface Options {
  from: string;
  to: string;
  json: boolean;
  tenant?: string;
}

/** The options, or a message saying what is wrong. */
function parseArgs(args: readonly string[], today: number): Options | string {
  let from: string | undefined;
  let to: string | undefined;
  let json = false;
  let tenant: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--from') from = args[++i];
    else if (arg === '--to') to = args[++i];
    else if (arg === '--tenant') tenant = args[++i];
    else if (arg?.startsWith('--tenant=')) tenant = arg.slice(9);
    else if (arg?.startsWith('--from=')) from = arg.slice(7);
    else if (arg?.startsWith('--to=')) to = arg.slice(5);
    else return `unknown argument ${JSON.stringify(arg)}`;
  }
  to ??= dayOf(today);
  if (!isDay(to)) return `--to must be a date like 2026-11-30 (got ${JSON.stringify(to)})`;
  from ??= dayOf(Date.parse(`${to}T00:00:00Z`) - 30 * 86_400_000);
  if (!isDay(from)) return `--from must be a date like 2026-11-01 (got ${JSON.stringify(from)})`;
  if (from > to) return `--from (${from}) is after --to (${to})`;
  if (daysBetween(from, to).length > MAX_DAYS) return `the range is longer than ${MAX_DAYS} days`;
  if (tenant !== undefined && !/^[0-9a-f-]{36}$/i.test(tenant))
    return `--tenant must be a tenant id (a GUID; got ${JSON.stringify(tenant)})`;
  return { from, to, json, ...(tenant ? { tenant } : {}) };
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayOf(Date.parse(`${value}T00:00:00Z`) || 0) === value;
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parseArgs(args, Date.now());
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const storage = await createStorage(config);
  try {
    const report = await buildReport(storage.storage, options.from, options.to, options.tenant);
    process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    return 0;
  } finally {
    await storage.close();
  }
}

runCli('report', main);
