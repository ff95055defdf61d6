import type { PhaseResult } from './drive.js';

/** Least-squares slope of [seconds, MB] samples, in MB per minute. */
export function slopePerMinute(samples: [number, number][]): number {
  const n = samples.length;
  if (n < 2) return NaN;
  const mx = samples.reduce((s, [x]) => s + x, 0) / n;
  const my = samples.reduce((s, [, y]) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of samples) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? NaN : (num / den) * 60;
}

export interface Pair {
  connections: number;
  echo: PhaseResult;
  bot: PhaseResult;
}

export interface StorageRun {
  storage: string;
  /** Why this storage was not measured, when it was not. */
  skipped?: string;
  /** What went wrong part-way (the bot died, a phase failed); the phases before it stand. */
  failed?: string;
  pairs: Pair[];
  soak?: PhaseResult;
  /** RSS a second after the bot answered /readyz, and the echo bot's after its start. */
  readyRssMb?: { bot: number; echo: number };
}

/**
 * RSS alone cannot tell a leak in 60 s: V8 lets the old space grow for tens of seconds before a major GC gives it
 * back. So memory counts as flat when the live heap after a full GC grew by less than FLAT_GROWTH over the soak;
 * without that figure, when the RSS trend is under FLAT_SLOPE_MB_PER_MIN and the end is within FLAT_GROWTH of the start.
 */
export const FLAT_SLOPE_MB_PER_MIN = 3;
export const FLAT_GROWTH = 0.1;

const f = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const verdict = (ok: boolean): string => (ok ? 'met' : '**MISSED**');

export function isFlat(soak: PhaseResult): boolean {
  if (soak.afterGc) return soak.afterGc.heapEndMb <= soak.afterGc.heapStartMb * (1 + FLAT_GROWTH);
  return soak.rss.slopeMbPerMin < FLAT_SLOPE_MB_PER_MIN && soak.rss.endMb <= soak.rss.startMb * (1 + FLAT_GROWTH);
}

function memory(soak: PhaseResult): string {
  const rss = `RSS ${f(soak.rss.startMb)} -> ${f(soak.rss.endMb)} MB (max ${f(soak.rss.maxMb)}, trend ${f(soak.rss.slopeMbPerMin, 1)} MB/min)`;
  return soak.afterGc
    ? `${rss}, heap after GC ${f(soak.afterGc.heapStartMb, 1)} -> ${f(soak.afterGc.heapEndMb, 1)} MB`
    : rss;
}

function row(storage: string, bot: PhaseResult, echo: PhaseResult): string {
  const ratio = bot.turnsPerS / echo.turnsPerS;
  return (
    `| ${storage} | ${bot.connections} | ${f(bot.turnsPerS)} | ${f(echo.turnsPerS)} | ${f(ratio, 2)}x ` +
    `| ${f(bot.latencyMs.p50, 1)} / ${f(bot.latencyMs.p99, 1)} | ${f(echo.latencyMs.p50, 1)} / ${f(echo.latencyMs.p99, 1)} ` +
    `| ${bot.errors.total} / ${echo.errors.total} | ${f(bot.cpuMsPerTurn, 2)} / ${f(echo.cpuMsPerTurn, 2)} ` +
    `| ${f(bot.activitiesPerTurn, 2)} | ${f(bot.answerCardsPerTurn, 2)} |`
  );
}

/** The tables and target verdicts as Markdown, for bench/README.md. */
export function markdown(runs: StorageRun[]): string {
  const lines = [
    '| storage | conversations | bot turns/s | echo turns/s | ratio | bot p50 / p99 ms | echo p50 / p99 ms | errors bot / echo | CPU ms per turn bot / echo | activities per turn | answer cards per turn |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const run of runs) {
    if (run.skipped) {
      lines.push(`| ${run.storage} | – | not measured: ${run.skipped} | | | | | | | | |`);
      continue;
    }
    for (const pair of run.pairs) lines.push(row(run.storage, pair.bot, pair.echo));
    if (run.failed) lines.push(`| ${run.storage} | – | failed: ${run.failed} | | | | | | | | |`);
  }
  lines.push(
    '',
    '| storage | soak | turns/s | p50 / p99 ms | errors | RSS start / max / end MB | RSS trend MB/min | heap after full GC, start -> end MB |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const { storage, soak } of runs) {
    if (!soak) continue;
    const heap = soak.afterGc ? `${f(soak.afterGc.heapStartMb, 1)} -> ${f(soak.afterGc.heapEndMb, 1)}` : '–';
    lines.push(
      `| ${storage} | ${f(soak.seconds)} s, ${soak.connections} conversations, ${soak.overallRate ?? 'max'} turns/s asked | ${f(soak.turnsPerS)} ` +
        `| ${f(soak.latencyMs.p50, 1)} / ${f(soak.latencyMs.p99, 1)} | ${soak.errors.total} ` +
        `| ${f(soak.rss.startMb)} / ${f(soak.rss.maxMb)} / ${f(soak.rss.endMb)} | ${f(soak.rss.slopeMbPerMin, 1)} | ${heap} |`,
    );
  }
  lines.push('', 'Targets (issue 17):');
  for (const run of runs) {
    const at50 = run.pairs.find((p) => p.connections === 50);
    const at200 = run.pairs.find((p) => p.connections === 200);
    if (run.skipped || !at50 || !at200 || !run.soak) continue;
    const ratio = at50.bot.turnsPerS / at50.echo.turnsPerS;
    const cpu = at50.bot.cpuMsPerTurn / at50.echo.cpuMsPerTurn;
    const ready = run.readyRssMb;
    const heap = run.soak.afterGc?.heapEndMb ?? NaN;
    lines.push(
      `- ${run.storage}: throughput at 50 >= 0.4x echo: ${f(ratio, 2)}x (${f(at200.bot.turnsPerS / at200.echo.turnsPerS, 2)}x at 200) — ${verdict(ratio >= 0.4)}; ` +
        `CPU per turn <= 2.5x echo: ${f(cpu, 2)}x — ${verdict(cpu <= 2.5)}; ` +
        `p99 at 50 <= 400 ms: ${f(at50.bot.latencyMs.p99, 1)} ms — ${verdict(at50.bot.latencyMs.p99 <= 400)}; ` +
        `RSS at ready <= 170 MB: ${f(ready?.bot ?? NaN)} MB (echo ${f(ready?.echo ?? NaN)}) — ${verdict((ready?.bot ?? Infinity) <= 170)}; ` +
        `RSS after the soak <= 250 MB: ${f(run.soak.rss.endMb)} MB (max ${f(run.soak.rss.maxMb)}) — ${verdict(run.soak.rss.endMb <= 250)}; ` +
        `live heap after GC <= 70 MB: ${f(heap, 1)} MB — ${verdict(heap <= 70)}; ` +
        `zero errors at 200: ${at200.bot.errors.total} — ${verdict(at200.bot.errors.total === 0)}; ` +
        `flat memory: ${memory(run.soak)} — ${verdict(isFlat(run.soak))}`,
    );
  }
  return lines.join('\n');
}
