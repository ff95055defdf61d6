import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/package-app.js';
import { Chat, likelyCause } from '../helpers/chat.js';
import { FakeConnector } from '../helpers/fake-connector.js';
import { serveBot, type ServedBot } from './served-bot.js';

// Docker is not available here: this installs the project the way the Dockerfile does (a fresh clone of the
// committed state, `npm ci`, the build, `npm prune --omit=dev`; reuseNativeBuild is the one difference), assembles
// the runtime stage from exactly the paths its COPY lines name, with its ENV, and runs its CMD. Slow (npm ci of
// every package): a minute or more.

const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(runtimeStage)?.[1] ?? '[]') as string[];
const workdir = /^WORKDIR (\S+)$/m.exec(runtimeStage)?.[1] ?? '/app';
/** Paths the runtime stage copies from the build stage (relative to its WORKDIR). */
const copied = [...runtimeStage.matchAll(/^COPY --from=build (?:--\S+ )*(.+) (\S+)$/gm)].flatMap((m) =>
  (m[1] ?? '').split(' ').map((p) => p.replace(`${workdir}/`, '')),
);
/** ENV of the runtime stage, with its WORKDIR where the runtime folder is. */
function runtimeEnv(root: string): Record<string, string> {
  const block = /^ENV ((?:.*\\\n)*.*)$/m.exec(runtimeStage)?.[1] ?? '';
  return Object.fromEntries(
    [...block.replace(/\\\n/g, ' ').matchAll(/(\w+)=(\S+)/g)].map((m) => [
      m[1] ?? '',
      (m[2] ?? '').replace(workdir, root),
    ]),
  );
}

const GRACE_MS = 3_000;
const INSTALL_ENV = { ...process.env, CI: 'true' };

/**
 * The one install script this project allows is better-sqlite3's native build (package.json `allowScripts`). The
 * image compiles it; here, on the same machine, the project's own build of the same version is copied in instead
 * of compiling it a second time (minutes on two cores). Any other allowed script fails this test.
 */
function reuseNativeBuild(clone: string): void {
  const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as {
    allowScripts?: Record<string, boolean>;
  };
  const allowed = Object.entries(pkg.allowScripts ?? {})
    .filter(([, on]) => on)
    .map(([name]) => name);
  expect(allowed).toEqual(['better-sqlite3']);
  const version = (root: string) =>
    (JSON.parse(readFileSync(join(root, 'node_modules/better-sqlite3/package.json'), 'utf8')) as { version: string })
      .version;
  expect(version(clone)).toBe(version(PROJECT_ROOT));
  cpSync(join(PROJECT_ROOT, 'node_modules/better-sqlite3/build'), join(clone, 'node_modules/better-sqlite3/build'), {
    recursive: true,
  });
}
const sh = (cwd: string, file: string, args: string[]) =>
  execFileSync(file, args, {
    cwd,
    stdio: 'pipe',
    encoding: 'utf8',
    env: INSTALL_ENV,
    timeout: 480_000,
  });

describe('the container image, installed and run as its Dockerfile says', { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'container-'));
  const clone = join(dir, 'build');
  const runtime = join(dir, 'app');
  const connector = new FakeConnector();
  let bot: ServedBot;

  beforeAll(async () => {
    sh(dir, 'git', ['clone', '-q', PROJECT_ROOT, clone]);
    sh(clone, 'npm', ['ci', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund']);
    reuseNativeBuild(clone);
    sh(clone, 'npm', ['run', 'build']);
    sh(clone, 'npm', ['prune', '--omit=dev', '--no-audit', '--no-fund']);
    mkdirSync(runtime);
    for (const path of copied) renameSync(join(clone, path), join(runtime, path));
    await connector.start();
    bot = await serveBot(cmd, runtime, { ...runtimeEnv(runtime), SHUTDOWN_GRACE_MS: String(GRACE_MS) });
  }, 600_000);

  afterAll(async () => {
    await bot?.stop('SIGKILL');
    await connector.stop();
    // two installs of node_modules: minutes on a busy machine
    await rm(dir, { recursive: true, force: true });
  }, 300_000);

  it('runs node on the compiled entry, with production dependencies only', () => {
    expect(cmd).toEqual(['node', 'dist/index.js']);
    expect(copied.length).toBeGreaterThan(0);
    expect(existsSync(join(runtime, 'dist', 'index.js'))).toBe(true);
    for (const dev of ['tsx', 'vitest', 'esbuild', 'typescript']) {
      expect(existsSync(join(runtime, 'node_modules', dev)), dev).toBe(false);
    }
    expect(existsSync(join(runtime, 'src'))).toBe(false);
  });

  it('answers /healthz and /readyz, and a problem on /api/messages, keeping state under its data folder', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    const chat = new Chat(connector, { locale: 'nl-NL' });
    const { status, replies } = await chat.say(bot, 'foutcode 80180003 op mijn laptop met Windows 10 Home');
    expect(status).toBe(200);
    expect(likelyCause(replies)).toMatch(/Windows 10 Home/);
    expect(existsSync(join(runtime, 'data', 'bot.sqlite'))).toBe(true);
  });

  it('ends cleanly on SIGTERM within SHUTDOWN_GRACE_MS', async () => {
    // stop() sends SIGKILL when the grace period (plus a second to exit) is over: then the signal is SIGKILL.
    expect(await bot.stop('SIGTERM', GRACE_MS + 1_000)).toEqual({ code: 0, signal: null });
    expect(bot.output()).toMatch(/"msg":"stopped"/);
  });
});
