import { spawn } from 'node:child_process';
import { stopChild, tail } from '../helpers/child-process.js';
import { freePort } from '../helpers/free-port.js';

export interface ServedBot {
  url: string;
  post(body: unknown): Promise<Response>;
  /** Sends the signal and resolves with how the process ended (SIGKILL after `ms`). */
  stop(signal?: NodeJS.Signals, ms?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/**
 * Runs `command` in `cwd` as a host would (only the environment given, plus PATH and HOME), on a free port of
 * 127.0.0.1 (PORT is always the test's, as hosts set it), and resolves once /healthz answers.
 */
export async function serveBot(
  command: string[],
  cwd: string,
  env: Record<string, string>,
  startMs = 60_000,
): Promise<ServedBot> {
  const port = await freePort();
  const [file = process.execPath, ...args] = command;
  const child = spawn(file === 'node' ? process.execPath : file, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = tail(child, 20_000);
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startMs;
  while (
    !(await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null)
      throw new Error(`${command.join(' ')} exited at start (${child.exitCode}):\n${output()}`);
    if (Date.now() > deadline) {
      await stopChild(child, 'SIGKILL');
      throw new Error(`${command.join(' ')} did not answer /healthz within ${startMs} ms:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    post: (body) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    stop: async (signal = 'SIGTERM', ms = 15_000) => {
      await stopChild(child, signal, ms);
      return ended;
    },
    output,
  };
}
