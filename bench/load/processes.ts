import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Child {
  name: string;
  pid: number;
  port: number;
  logFile: string;
  process: ChildProcess;
}

const running = new Set<ChildProcess>();

/**
 * Starts `node <args>` in `cwd` with an IPC channel and waits for its {type:'listening', port} message. Output goes
 * to `logFile`. The child is tracked so `stopAll` (and the exit handlers) can end it.
 */
export function startNode(
  name: string,
  args: string[],
  env: Record<string, string>,
  { cwd, logFile, timeoutMs = 30_000 }: { cwd: string; logFile: string; timeoutMs?: number },
): Promise<Child> {
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', fd, fd, 'ipc'] });
  closeSync(fd);
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${name} ${why}; its output:\n${tail(logFile)}`));
    };
    const timer = setTimeout(() => fail(`did not listen within ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`}) before listening`));
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type !== 'listening' || typeof message.port !== 'number' || child.pid === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.once('exit', () => running.delete(child));
      resolve({ name, pid: child.pid, port: message.port, logFile, process: child });
    });
  });
}

/** Starts any command (for Azurite) and waits until its TCP port on 127.0.0.1 accepts connections. */
export async function startCommand(
  name: string,
  command: string,
  args: string[],
  { port, cwd, logFile }: { port: number; cwd: string; logFile: string },
): Promise<ChildProcess> {
  const fd = openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  running.add(child);
  child.once('exit', () => running.delete(child));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${tail(logFile)}`);
    if (await accepts(port)) return child;
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not open port ${port} within 30 s:\n${tail(logFile)}`);
}

/** SIGTERM, then SIGKILL for what is still there after `graceMs`. */
export async function stop(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((c) => stop(c)));
}

/** Children die with the driver: on Ctrl-C, SIGTERM, an uncaught error, or a plain exit. */
export function installCleanup(): void {
  const bail = (code: number) => () => void stopAll().finally(() => process.exit(code));
  process.once('SIGINT', bail(130));
  process.once('SIGTERM', bail(143));
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = address !== null && typeof address === 'object' ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

export interface MemoryUsage {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** The child's memory right after a full GC (children preloaded with loopback.ts answer this), in bytes. */
export function memoryAfterGc(child: ChildProcess, timeoutMs = 10_000): Promise<MemoryUsage | undefined> {
  if (!child.connected) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const onMessage = (message: { type?: string } & Partial<MemoryUsage>): void => {
      if (message.type === 'memory') done(message as MemoryUsage);
    };
    const done = (usage: MemoryUsage | undefined): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(usage);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory-after-gc' });
  });
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** Resident set size in MB, from /proc (Linux); NaN once the process is gone. */
export function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readProc(pid, 'status'));
  return match?.[1] ? Number(match[1]) / 1024 : NaN;
}

/** User + system CPU time the process has used so far, in ms; NaN once the process is gone. */
export function cpuMs(pid: number): number {
  const stat = readProc(pid, 'stat');
  if (!stat) return NaN;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}
