import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, type Target } from './helpers/chat.js';
import { stopChild, tail } from './helpers/child-process.js';
import { FakeConnector } from './helpers/fake-connector.js';
import { freePort } from './helpers/free-port.js';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
/** Started from elsewhere, so the compiled code must find cards/ and knowledge/ on its own. */
const elsewhere = mkdtempSync(join(tmpdir(), 'build-test-'));

describe('the production build', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT });
  }, 60_000);
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

  it('writes the entry points a host starts', () => {
    for (const file of [
      'dist/index.js',
      'dist/cli/diagnose.js',
      'dist/cli/report.js',
      'dist/cli/kb-list.js',
      'dist/cli/kb-learned.js',
    ]) {
      expect(existsSync(join(PROJECT, file)), file).toBe(true);
    }
  });

  it('the compiled diagnose CLI reads the knowledge base, started from another folder', () => {
    const run = spawnSync(process.execPath, [join(PROJECT, 'dist/cli/diagnose.js'), '--json', 'foutcode 80180014'], {
      cwd: elsewhere,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { language: string; codes: string[]; matches: { id: string }[] };
    expect(answer).toMatchObject({ language: 'nl', codes: ['0x80180014'] });
    expect(answer.matches.length).toBeGreaterThan(0);
  });

  it('`npm run --silent diagnose -- --jsonl` prints nothing but one JSON line per message', () => {
    const input = ['{"id":"a","text":"0x80180014"}', '{"id":"b","text":"my iphone is stuck enrolling"}'].join('\n');
    const run = spawnSync('npm', ['run', '--silent', 'diagnose', '--', '--jsonl'], {
      cwd: PROJECT,
      input,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
  });

  it('the compiled server answers with a card built from its templates, and stops on SIGTERM', async () => {
    const connector = new FakeConnector();
    await connector.start();
    const port = await freePort();
    const child = spawn(process.execPath, [join(PROJECT, 'dist/index.js')], {
      cwd: elsewhere,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        STORAGE: 'memory',
        LOG_LEVEL: 'warn',
        MicrosoftAppId: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = tail(child);
    try {
      const url = `http://127.0.0.1:${port}`;
      for (
        let i = 0;
        !(await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        ));
        i++
      ) {
        if (child.exitCode !== null || i > 300) throw new Error(`no /healthz:\n${output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const bot: Target = {
        post: (body) =>
          fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }),
      };
      const sent = await new Chat(connector).say(bot, 'foutcode 0x80180014 op mijn laptop');
      expect(sent.status).toBe(200);
      const card = sent.replies.find((r) => r.card)?.card;
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await stopChild(child, 'SIGKILL');
      await connector.stop();
    }
  }, 60_000);
});
