import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freePort } from './free-port.js';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`): a Teams-like web client on localhost
 * that talks to a local bot. It listens on all interfaces; this preload makes a `listen()` without a host bind
 * to loopback only, so a test run opens nothing to the network.
 */
const LOOPBACK_PRELOAD = `'use strict';
const net = require('node:net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const [first, second] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\\d+$/.test(first))) {
    if (typeof second !== 'string') args.splice(1, 0, '127.0.0.1');
  } else if (first && typeof first === 'object' && first.path === undefined && first.host === undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  } else if (first === undefined || typeof first === 'function') {
    args.unshift(0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
`;

export interface Playground {
  url: string;
  /** What the playground printed (for a failing test's message). */
  output(): string;
  stop(): Promise<void>;
}

export function playgroundCli(): string {
  const pkg = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json');
  return join(dirname(pkg), 'cli.js');
}

/** Starts the playground in Teams mode against `botEndpoint` and resolves once it listens. */
export async function startPlayground(botEndpoint: string, timeoutMs = 30_000): Promise<Playground> {
  const dir = mkdtempSync(join(tmpdir(), 'playground-'));
  const preload = join(dir, 'loopback.cjs');
  writeFileSync(preload, LOOPBACK_PRELOAD);
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '-r',
      preload,
      playgroundCli(),
      '-p',
      String(port),
      '-c',
      'msteams',
      '--service-url',
      `http://127.0.0.1:${port}/_connector`,
      '--disable-telemetry',
    ],
    {
      cwd: dir,
      env: { ...process.env, BOT_ENDPOINT: botEndpoint, TEAMSAPPTESTER_BROWSER: 'none', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the playground did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (new RegExp(`Listening on ${port}\\b`).test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited (${code}) before listening:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
