import { runScenario, type PhaseResult, type Target } from './drive.js';
import type { Utterance } from './messages.js';

/** The two overload points: 200 and 500 conversations sending back to back. */
export const OVERLOAD_CONNECTIONS = [200, 500];

export interface OverloadRow {
  /** MAX_TURNS_IN_FLIGHT of the bot measured (10000: in effect no limit). */
  limit: number;
  connections: number;
  turns: number;
  /** Answered with 2xx, per second. */
  answeredPerS: number;
  /** The slowest answered (2xx) turn within the 15 s the Bot Connector waits. */
  slowestMs: number;
  p99Ms: number;
  /** Share of turns refused with 503 (the Bot Connector retries them). */
  refused: number;
  /** Turns not answered within 15 s: lost for the user. */
  timedOut: number;
}

export function overloadRow(limit: number, r: PhaseResult): OverloadRow {
  // `turns` counts the answered (2xx) ones, and the latencies are theirs
  const sent = r.turns + r.errors.non2xx + r.errors.timeouts;
  return {
    limit,
    connections: r.connections,
    turns: sent,
    answeredPerS: r.turns / r.seconds,
    slowestMs: r.latencyMs.max,
    p99Ms: r.latencyMs.p99,
    refused: sent > 0 ? r.errors.non2xx / sent : 0,
    timedOut: r.errors.timeouts,
  };
}

/** One bot (one in-flight limit) at each overload point. */
export async function measureOverload(
  target: Target,
  limit: number,
  mix: Utterance[],
  connectorUrl: string,
  durationS: number,
  phase: (run: () => Promise<PhaseResult>) => Promise<PhaseResult>,
): Promise<OverloadRow[]> {
  const rows: OverloadRow[] = [];
  for (const connections of OVERLOAD_CONNECTIONS) {
    const scenario = { label: `overload-${limit}-c${connections}`, connections, durationS };
    rows.push(overloadRow(limit, await phase(() => runScenario(target, scenario, mix, connectorUrl))));
  }
  return rows;
}

export function overloadTable(storage: string, rows: readonly OverloadRow[]): string {
  const lines = [
    `| storage | MAX_TURNS_IN_FLIGHT | conversations | answered turns/s | slowest answer | p99 | refused (503) | past 15 s |`,
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${storage} | ${r.limit >= 10_000 ? 'none (10000)' : r.limit} | ${r.connections} | ${r.answeredPerS.toFixed(0)} | ` +
        `${seconds(r.slowestMs)} | ${seconds(r.p99Ms)} | ${(100 * r.refused).toFixed(1)}% | ${r.timedOut} |`,
    ),
  ];
  return lines.join('\n');
}

const seconds = (ms: number): string => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'none answered');
