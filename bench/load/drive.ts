import { openSync, readSync, closeSync, statSync } from 'node:fs';
import autocannon from 'autocannon';
import { summarize } from '../stats.js';
import { activityJson, type Utterance } from './messages.js';
import type { ChildProcess } from 'node:child_process';
import { cpuMs, memoryAfterGc, rssMb } from './processes.js';
import { slopePerMinute } from './report.js';

export interface Target {
  name: string;
  pid: number;
  port: number;
  logFile: string;
  /** The bot's process, to ask for memory after a full GC (only bots preloaded with loopback.ts answer). */
  process?: ChildProcess;
}

export interface Scenario {
  label: string;
  connections: number;
  durationS: number;
  /** Turns per second over all connections; closed loop (as fast as answers come) when absent. */
  overallRate?: number;
  /** Sample the bot's RSS this often (ms); only at start and end when absent. */
  rssEveryMs?: number;
}

export interface ConnectorStats {
  connections: number;
  activities: number;
  answerCards: number;
  questionCards: number;
  adaptiveCards: number;
}

export interface PhaseResult {
  target: string;
  scenario: string;
  connections: number;
  overallRate?: number;
  seconds: number;
  turns: number;
  turnsPerS: number;
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  /** Non-2xx answers, connection errors, timeouts (15 s), and turns the bot logged as failed (its onTurnError). */
  errors: { non2xx: number; connection: number; timeouts: number; turnErrors: number; total: number };
  activitiesPerTurn: number;
  answerCardsPerTurn: number;
  questionCardsPerTurn: number;
  /** New connections the bot opened to the connector, per turn. */
  connectorConnectionsPerTurn: number;
  cpuMsPerTurn: number;
  rss: { startMb: number; maxMb: number; endMb: number; slopeMbPerMin: number; samples: [number, number][] };
  /** Live heap and RSS right after a full GC before and after the phase (soak only): the leak signal. */
  afterGc?: { heapStartMb: number; heapEndMb: number; rssStartMb: number; rssEndMb: number };
}

const MAX_SAMPLES = 1_000_000;
let runTag = Date.now().toString(36);
let activityCounter = 0;

export function setRunTag(tag: string): void {
  runTag = tag;
}

/**
 * One autocannon run against `target`. Every connection is one Teams conversation (its own conversation and user
 * id) that sends the mix in turn, starting at its own offset; every request gets a fresh activity id.
 */
export async function runScenario(
  target: Target,
  scenario: Scenario,
  mix: Utterance[],
  connectorUrl: string,
): Promise<PhaseResult> {
  if (mix.length === 0) throw new Error('no messages to send');
  const gcBefore = scenario.rssEveryMs && target.process ? await memoryAfterGc(target.process) : undefined;
  if (gcBefore) await rssSettled(target.pid);
  const before = await connectorStats(connectorUrl);
  const cpuBefore = cpuMs(target.pid);
  const logOffset = statSync(target.logFile).size;
  const startedAt = Date.now();
  const rss: [number, number][] = [[0, rssMb(target.pid)]];
  const sampler = scenario.rssEveryMs
    ? setInterval(() => rss.push([(Date.now() - startedAt) / 1000, rssMb(target.pid)]), scenario.rssEveryMs)
    : undefined;

  const latencies: number[] = [];
  let clients = 0;
  const prefix = `${runTag}-${target.name}-${scenario.label}`.replace(/[^\w-]/g, '');
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${target.port}/api/messages`,
        connections: scenario.connections,
        duration: scenario.durationS,
        ...(scenario.overallRate ? { overallRate: scenario.overallRate } : {}),
        // The Bot Connector gives a bot 15 s to answer the POST; slower is a failed turn for the user.
        timeout: 15,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupClient: (client) => {
          const n = clients++;
          const conversationId = `${prefix}-c${n}`;
          let next = (n * 7) % mix.length;
          client.setRequests([
            {
              method: 'POST',
              path: '/api/messages',
              headers: { 'content-type': 'application/json' },
              setupRequest: (request) => {
                const utterance = mix[next++ % mix.length] as Utterance;
                const activityId = `${prefix}-a${++activityCounter}`;
                const body = activityJson({
                  conversationId,
                  userId: `${prefix}-u${n}`,
                  activityId,
                  utterance,
                  serviceUrl: connectorUrl,
                });
                return { ...request, body };
              },
            },
          ]);
        },
      },
      (error: unknown, done: autocannon.Result) =>
        error ? reject(error instanceof Error ? error : new Error('autocannon failed')) : resolve(done),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300 && latencies.length < MAX_SAMPLES) latencies.push(responseTime);
    });
  });

  if (sampler) clearInterval(sampler);
  const gone = target.process && (target.process.exitCode !== null || target.process.signalCode !== null);
  if (gone) {
    const how = target.process?.signalCode ?? `code ${target.process?.exitCode}`;
    throw new Error(`${target.name} exited (${how}) during ${scenario.label}; see ${target.logFile}`);
  }
  const seconds = (Date.now() - startedAt) / 1000;
  rss.push([seconds, rssMb(target.pid)]);
  const cpu = cpuMs(target.pid) - cpuBefore;
  const after = await connectorStats(connectorUrl);
  const gcAfter = gcBefore && target.process ? await memoryAfterGc(target.process) : undefined;
  const mb = (bytes: number): number => bytes / 1024 / 1024;
  const turns = result['2xx'];
  const per = (n: number): number => (turns > 0 ? n / turns : NaN);
  const turnErrors = countErrorLines(target.logFile, logOffset);
  // autocannon counts a timeout as an error too.
  const errors = {
    non2xx: result.non2xx,
    connection: result.errors - result.timeouts,
    timeouts: result.timeouts,
    turnErrors,
  };
  const stats = summarize(latencies);
  const mbs = rss.map(([, mb]) => mb);
  return {
    target: target.name,
    scenario: scenario.label,
    connections: scenario.connections,
    ...(scenario.overallRate ? { overallRate: scenario.overallRate } : {}),
    seconds: result.duration,
    turns,
    turnsPerS: turns / result.duration,
    latencyMs: { p50: stats.p50, p99: stats.p99, mean: stats.mean, max: stats.max },
    errors: { ...errors, total: errors.non2xx + errors.connection + errors.timeouts + errors.turnErrors },
    activitiesPerTurn: per(after.activities - before.activities),
    answerCardsPerTurn: per(after.answerCards - before.answerCards),
    questionCardsPerTurn: per(after.questionCards - before.questionCards),
    connectorConnectionsPerTurn: per(after.connections - before.connections),
    cpuMsPerTurn: per(cpu),
    rss: {
      startMb: mbs[0] ?? NaN,
      maxMb: Math.max(...mbs),
      endMb: mbs.at(-1) ?? NaN,
      slopeMbPerMin: slopePerMinute(rss),
      samples: rss,
    },
    ...(gcBefore && gcAfter
      ? {
          afterGc: {
            heapStartMb: mb(gcBefore.heapUsed),
            heapEndMb: mb(gcAfter.heapUsed),
            rssStartMb: mb(gcBefore.rss),
            rssEndMb: mb(gcAfter.rss),
          },
        }
      : {}),
  };
}

/** After a forced GC the freed pages go back to the OS over a few seconds: wait (at most 10 s) until RSS holds still. */
async function rssSettled(pid: number): Promise<void> {
  let last = rssMb(pid);
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = rssMb(pid);
    if (Math.abs(now - last) < last * 0.02) return;
    last = now;
  }
}

export async function connectorStats(connectorUrl: string): Promise<ConnectorStats> {
  const response = await fetch(new URL('/stats', connectorUrl));
  return (await response.json()) as ConnectorStats;
}

/** Error-level lines (pino level 50 and up) the target wrote since `offset`. */
function countErrorLines(file: string, offset: number): number {
  const size = statSync(file).size;
  if (size <= offset) return 0;
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size - offset, 64 * 1024 * 1024));
    readSync(fd, buffer, 0, buffer.length, offset);
    return buffer
      .toString('utf8')
      .split('\n')
      .filter((line) => /"level":(5|6)0\b/.test(line)).length;
  } finally {
    closeSync(fd);
  }
}
