import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, rssMb, sleep } from './load/processes.js';
import { buildBot } from './load/start-bot.js';

/**
 * Start-up to the first 200 from /healthz, the way a host starts the bot, median of `--runs` (3) starts each:
 * `npm start` (with its pre-build), `node dist/index.js` (the compiled bundle alone) and, for comparison,
 * `node --import tsx src/index.ts` (how it ran before there was a build). Memory storage, no app id, logs at warn,
 * 127.0.0.1 only (the loopback preload, through NODE_OPTIONS so it reaches the bot under npm too).
 * Usage: npm run bench:startup [-- --runs 5]
 */
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3;
const TIMEOUT_MS = 30_000;

const { preload } = await buildBot();
const scratch = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const ways: [string, string, string[]][] = [
  ['npm start', 'npm', ['start', '--silent', '--prefix', ROOT]],
  ['node dist/index.js', process.execPath, [join(ROOT, 'dist/index.js')]],
  [
    'node --import tsx src/index.ts',
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(ROOT, 'src/index.ts')],
  ],
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

interface Start {
  ms: number;
  rssMb: number;
}

async function startOnce(command: string, args: string[]): Promise<Start> {
  const port = await freePort();
  const env = { PATH: process.env.PATH ?? '', HOME: scratch, PORT: String(port), STORAGE: 'memory', LOG_LEVEL: 'warn' };
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: scratch,
    env: { ...env, NODE_OPTIONS: `--import ${preload}` },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - started > TIMEOUT_MS)
        throw new Error(`${command} ${args.join(' ')}: no /healthz in 30 s`);
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await sleep(10);
    }
    const ms = performance.now() - started;
    await sleep(1000);
    return { ms, rssMb: rssOfNode(child.pid ?? 0) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

/** The bot's own RSS: npm's child when started through npm (`start` execs node, so it is npm's only child). */
function rssOfNode(pid: number): number {
  const own = rssMb(pid);
  try {
    const children = readChildren(pid);
    return children.length > 0 ? rssMb(children[0]!) : own;
  } catch {
    return own;
  }
}

function readChildren(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

console.log(`start-up to /healthz, ${RUNS} starts each (load average ${loadavg()[0]?.toFixed(2)})`);
console.log('| command | median ms | all ms | RSS a second after ready MB |');
console.log('|---|---|---|---|');
try {
  for (const [name, command, args] of ways) {
    const starts: Start[] = [];
    for (let i = 0; i < RUNS; i++) starts.push(await startOnce(command, args));
    const ms = starts.map((s) => s.ms);
    console.log(
      `| \`${name}\` | ${median(ms).toFixed(0)} | ${ms.map((m) => m.toFixed(0)).join(', ')} | ${median(starts.map((s) => s.rssMb)).toFixed(0)} |`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
