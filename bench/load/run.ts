import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { calibrate } from './calibrate.js';
import { connectorStats, runScenario, setRunTag, type PhaseResult, type Scenario, type Target } from './drive.js';
import { candidateUtterances, interleave, type Utterance } from './messages.js';
import { installCleanup, ROOT, rssMb, sleep, startNode, stop, stopAll } from './processes.js';
import { buildBot, gitState, nodeArgs, startBot } from './start-bot.js';
import { markdown, type StorageRun } from './report.js';
import { measureOverload, overloadTable, type OverloadRow } from './overload.js';

/**
 * Load benchmark over HTTP on 127.0.0.1: the bot (real knowledge base, memory, sqlite and blob storage) against a
 * bare echo bot on the same server stack, with the fake connector in its own process. See bench/README.md.
 */
const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    soak: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    storages: { type: 'string', default: 'memory,sqlite,blob' },
    'per-kind': { type: 'string', default: '40' },
    out: { type: 'string', default: 'artifacts/bench-load.json' },
    /** Write a V8 CPU profile of each bot process into this folder (see profile-summary.ts). */
    profile: { type: 'string' },
    /** Keep the scratch folder with every process's log. */
    keep: { type: 'boolean', default: false },
    /** Instead: 200 and 500 conversations against a bot with MAX_TURNS_IN_FLIGHT = --max-in-flight and one without. */
    overload: { type: 'boolean', default: false },
    'max-in-flight': { type: 'string', default: '64' },
  },
});
const DURATION = Number(opts.duration);
const SOAK = Number(opts.soak);
const WARMUP = Number(opts.warmup);
const STORAGES = opts.storages.split(',').map((s) => s.trim());
/** One conversation (the time of a turn without queueing), then the issue's 50 and 200. */
const CONCURRENCY = [1, 50, 200];
const TAG = Date.now().toString(36);
const TMP = mkdtempSync(join(tmpdir(), 'bench-load-'));

/**
 * The children's whole environment. They start in the scratch folder, so no `.env` is read either: nothing from a
 * developer's shell or files changes what is measured.
 */
const BASE_ENV: Record<string, string> = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? TMP,
  PORT: '0',
  LOG_LEVEL: 'info',
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
};

const log = (line: string): void => console.log(`[load ${new Date().toISOString().slice(11, 19)}] ${line}`);

function describe(r: PhaseResult): string {
  return (
    `${r.target} ${r.scenario}: ${r.turnsPerS.toFixed(0)} turns/s, p50 ${r.latencyMs.p50.toFixed(1)} ms, p99 ${r.latencyMs.p99.toFixed(1)} ms, ` +
    `errors ${r.errors.total}, CPU ${r.cpuMsPerTurn.toFixed(2)} ms/turn, RSS ${r.rss.endMb.toFixed(0)} MB`
  );
}

/**
 * Waits (at most 30 s) until the bot stops sending: turns whose clients gave up at the end of a phase are still
 * being worked on, and would otherwise slow the next phase down. Returns the seconds it took.
 */
async function settle(connectorUrl: string): Promise<number> {
  const started = Date.now();
  let last = -1;
  for (let quiet = 0; quiet < 2 && Date.now() - started < 30_000;) {
    await sleep(500);
    const { activities } = await connectorStats(connectorUrl);
    quiet = activities === last ? quiet + 1 : 0;
    last = activities;
  }
  return (Date.now() - started) / 1000;
}

async function phase(target: Target, scenario: Scenario, mix: Utterance[], connectorUrl: string): Promise<PhaseResult> {
  const result = await runScenario(target, scenario, mix, connectorUrl);
  log(describe(result));
  const drained = await settle(connectorUrl);
  if (drained > 2)
    log(`${target.name} was still answering abandoned turns for ${drained.toFixed(0)} s after the phase`);
  return result;
}

/** Warm-up, echo and bot at each concurrency, then the soak; fills `run` as it goes. */
async function measure(
  run: StorageRun,
  target: Target,
  echo: Target,
  mix: Utterance[],
  connectorUrl: string,
): Promise<void> {
  await phase(target, { label: 'warmup', connections: 10, durationS: WARMUP }, mix, connectorUrl);
  // Echo, then the bot, at each concurrency: the two figures of a pair are taken a few seconds apart.
  for (const connections of CONCURRENCY) {
    const scenario = { label: `c${connections}`, connections, durationS: DURATION };
    const echoResult = await phase(echo, { ...scenario, label: `${scenario.label}-${run.storage}` }, mix, connectorUrl);
    run.pairs.push({ connections, echo: echoResult, bot: await phase(target, scenario, mix, connectorUrl) });
  }
  // Half of what it managed at 50 conversations. autocannon gives each connection a whole number of turns per
  // second (a connection given 0 would run unpaced), so there are never more conversations than turns/s.
  const at50 = run.pairs.find((p) => p.connections === 50)?.bot.turnsPerS ?? 20;
  const rate = Math.max(10, Math.round(at50 / 2));
  const soak = {
    label: 'soak',
    connections: Math.min(50, rate),
    durationS: SOAK,
    overallRate: rate,
    rssEveryMs: 2000,
  };
  run.soak = await phase(target, soak, mix, connectorUrl);
}

async function main(): Promise<void> {
  installCleanup();
  const budgetS = 120 + STORAGES.length * (2 * WARMUP + 2 * CONCURRENCY.length * DURATION + SOAK + 120);
  setTimeout(() => {
    console.error(`load benchmark still running after ${budgetS} s; stopping`);
    void stopAll().finally(() => process.exit(1));
  }, budgetS * 1000).unref();
  setRunTag(TAG);
  const { commit, uncommitted } = gitState();
  log(
    `code: ${commit}${uncommitted.length ? ` plus ${uncommitted.length} uncommitted changes in src/dialogs/cards/knowledge` : ''}`,
  );
  log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const here = (file: string): string => join(ROOT, 'bench/load', file);
  const child = (name: string) => ({ cwd: TMP, logFile: join(TMP, `${name}.log`) });
  const connector = await startNode('connector', nodeArgs(here('connector.ts')), BASE_ENV, child('connector'));
  const connectorUrl = `http://127.0.0.1:${connector.port}/`;
  const built = await buildBot();
  const echo = await startNode('echo', [built.echo], BASE_ENV, child('echo'));
  const echoReadyRss = rssMb(echo.pid);
  log(
    `connector pid ${connector.pid} port ${connector.port}; echo bot pid ${echo.pid} port ${echo.port}; logs in ${TMP}`,
  );

  let mix: Utterance[] | undefined;
  let calibration = { tried: 0, kept: 0 };
  const runs: StorageRun[] = [];
  const overloadRows: { storage: string; rows: OverloadRow[] }[] = [];
  // --overload: each storage twice, with the in-flight limit and without one (10000)
  const limits = opts.overload ? [opts['max-in-flight'], '10000'] : [undefined];
  for (const [storage, limit] of STORAGES.flatMap((s) => limits.map((l) => [s, l] as const))) {
    const { bot, extra, skipped } = await startBot({
      storage,
      env: limit ? { ...BASE_ENV, MAX_TURNS_IN_FLIGHT: limit } : BASE_ENV,
      scratch: TMP,
      tag: TAG,
      preload: built.preload,
      ...(opts.profile ? { profileDir: resolve(ROOT, opts.profile) } : {}),
    });
    if (!bot) {
      log(`${storage}: not measured, ${skipped}`);
      runs.push({ storage, skipped: skipped ?? 'did not start', pairs: [] });
      continue;
    }
    const target = { ...bot, name: `bot-${storage}` };
    await sleep(1000); // what the bot does once listening (the language model) counts as start-up
    const readyRssMb = { bot: rssMb(bot.pid), echo: echoReadyRss };
    log(`${storage}: bot pid ${bot.pid} port ${bot.port}, RSS at ready ${readyRssMb.bot.toFixed(0)} MB`);
    if (!mix) {
      const result = await calibrate(target, candidateUtterances(), connectorUrl, TAG);
      mix = interleave(result.kept, Number(opts['per-kind']));
      calibration = { tried: result.tried, kept: result.kept.length };
      log(
        `messages: ${result.kept.length} of ${result.tried} candidates answer with a card at once (${result.failed} failed); mix of ${mix.length}`,
      );
      await phase(echo, { label: 'warmup', connections: 10, durationS: WARMUP }, mix, connectorUrl);
    }
    const run: StorageRun = { storage, pairs: [], readyRssMb };
    try {
      if (limit) {
        await phase(target, { label: 'warmup', connections: 10, durationS: WARMUP }, mix, connectorUrl);
        const rows = await measureOverload(target, Number(limit), mix, connectorUrl, DURATION, async (go) => {
          const result = await go();
          log(describe(result));
          await settle(connectorUrl);
          return result;
        });
        overloadRows.push({ storage, rows });
      } else await measure(run, target, echo, mix, connectorUrl);
    } catch (error) {
      run.failed = (error as Error).message;
      log(`${storage}: ${run.failed}`);
    }
    runs.push(run);
    await stop(bot.process);
    if (extra) await stop(extra);
  }
  await stopAll();

  const table = markdown(runs);
  const out = resolve(ROOT, opts.out);
  mkdirSync(join(out, '..'), { recursive: true });
  const meta = {
    ...gitState(),
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    loadavgEnd: loadavg(),
    calibration,
    mix: mix?.map((u) => u.id),
  };
  writeFileSync(
    out,
    JSON.stringify({ bench: 'load', date: new Date().toISOString(), options: opts, meta, runs, overloadRows }, null, 2),
  );
  log(
    `load average at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; full results in ${opts.out}`,
  );
  console.log(`\n${opts.overload ? overloadRows.map((o) => overloadTable(o.storage, o.rows)).join('\n\n') : table}`);
  if (opts.keep) log(`logs kept in ${TMP}`);
  else rmSync(TMP, { recursive: true, force: true });
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
