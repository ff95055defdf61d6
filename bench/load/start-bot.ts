import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { freePort, ROOT, startCommand, startNode, stop, type Child } from './processes.js';

/** tsx's loader by absolute URL, so children can start in a scratch folder (where no `.env` is read). */
const TSX = import.meta.resolve('tsx');
const LOOPBACK = new URL('./loopback.ts', import.meta.url).href;

/** `node [options] --import tsx [--import preload] <script>`, to start from the scratch folder. */
export function nodeArgs(script: string, options: string[] = [], preload?: string): string[] {
  return [...options, '--import', TSX, ...(preload ? ['--import', preload] : []), script];
}

export interface StartedBot {
  bot?: Child;
  /** Azurite, for blob. */
  extra?: ChildProcess;
  /** Why the storage cannot be measured. */
  skipped?: string;
}

export interface BotOptions {
  storage: string;
  env: Record<string, string>;
  scratch: string;
  tag: string;
  /** Folder for V8 CPU profiles, when profiling. */
  profileDir?: string;
  /** The compiled loopback preload (`buildBot`). */
  preload: string;
}

/**
 * The bot as production runs it: `npm run build`, then `node dist/index.js`; the loopback preload and the echo bot
 * are compiled the same way (under tsx a process carries tsx's loader: 11 MB of heap, 47 MB of RSS). Once per run.
 */
export async function buildBot(): Promise<{ preload: string; echo: string }> {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const out = join(ROOT, 'artifacts/bench-load');
  const compile = async (file: string): Promise<string> => {
    const outfile = join(out, file.replace(/\.ts$/, '.mjs'));
    const entryPoints = [fileURLToPath(new URL(`./${file}`, import.meta.url))];
    await build({
      entryPoints,
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    return outfile;
  };
  return { preload: pathToFileURL(await compile('loopback.ts')).href, echo: await compile('echo-bot.ts') };
}

/**
 * The real bot (`dist/index.js`, unchanged) with one storage; for blob, Azurite in memory on a free port first.
 * Profiled, it runs from the sources under tsx instead, so the profile names our files rather than one bundle
 * (tsx compiles at load; a turn runs the same JavaScript).
 */
export async function startBot({
  storage,
  env: baseEnv,
  scratch,
  tag,
  profileDir,
  preload,
}: BotOptions): Promise<StartedBot> {
  const env: Record<string, string> = { ...baseEnv, STORAGE: storage };
  let extra: ChildProcess | undefined;
  if (storage === 'sqlite') env.SQLITE_PATH = join(scratch, 'bot.sqlite');
  if (storage === 'blob') {
    const port = await freePort();
    const location = join(scratch, 'azurite');
    mkdirSync(location, { recursive: true });
    // In memory (it writes nothing); started in a scratch folder all the same.
    const args = [join(ROOT, 'node_modules/.bin/azurite-blob'), '--blobHost', '127.0.0.1', '--blobPort', String(port)];
    args.push('--inMemoryPersistence', '--loose', '--skipApiVersionCheck', '--disableTelemetry', '--silent');
    try {
      extra = await startCommand('azurite', process.execPath, args, {
        port,
        cwd: location,
        logFile: join(scratch, 'azurite.log'),
      });
    } catch (error) {
      return { skipped: `Azurite did not start (${(error as Error).message.split('\n')[0]})` };
    }
    env.BLOB_CONNECTION_STRING =
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
      'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
      `BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
    env.BLOB_CONTAINER = `bench-load-${tag}`;
  }
  // One profile file per thread (tsx's loader has its own); the main thread's is the big one.
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', join(profileDir, `bot-${storage}`)] : [];
  const args = profileDir
    ? nodeArgs(join(ROOT, 'src/index.ts'), profile, LOOPBACK)
    : ['--import', preload, join(ROOT, 'dist/index.js')];
  try {
    const bot = await startNode(`bot-${storage}`, args, env, {
      cwd: scratch,
      logFile: join(scratch, `bot-${storage}.log`),
    });
    const ready = await fetch(`http://127.0.0.1:${bot.port}/readyz`);
    if (!ready.ok) throw new Error(`/readyz answered ${ready.status}: ${await ready.text()}`);
    return { bot, ...(extra ? { extra } : {}) };
  } catch (error) {
    if (extra) await stop(extra);
    const message = (error as Error).message;
    if (/not available yet|not implemented/i.test(message)) return { skipped: 'storage not implemented yet' };
    throw error;
  }
}

/** Which code was measured: the commit, and the bot's sources that differ from it. */
export function gitState(): { commit: string; uncommitted: string[] } {
  const git = (...args: string[]): string => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const changed = git('status', '--porcelain', '--', 'src', 'dialogs', 'cards', 'knowledge');
  return { commit: git('rev-parse', '--short', 'HEAD') || 'unknown', uncommitted: changed ? changed.split('\n') : [] };
}
