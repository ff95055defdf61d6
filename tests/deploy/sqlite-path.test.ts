import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/package-app.js';

const dir = mkdtempSync(join(tmpdir(), 'sqlite-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a SQLite path the bot cannot write', () => {
  it('stops the start with a message naming SQLITE_PATH and where to put it, no stack trace', () => {
    // A folder that is a file: not writable for anyone, root included.
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const path = join(blocker, 'bot.sqlite');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', STORAGE: 'sqlite', SQLITE_PATH: path, PORT: '0', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Cannot start: SQLITE_PATH "${path}" cannot be written \\(.+\\)\\.$`));
    expect(result.stderr).toMatch(/under \/home \(\/home\/data\/bot\.sqlite\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
