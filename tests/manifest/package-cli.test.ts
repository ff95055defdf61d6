import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/package-app.js';

const APP_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
// Preloaded into the command: any fetch fails, so a passing run proves packaging needs no network.
const NO_FETCH = `data:text/javascript,globalThis.fetch=()=>{throw new Error('network access while packaging')}`;
const PUBLISHER = {
  PUBLISHER_NAME: 'Contoso IT',
  PUBLISHER_WEBSITE_URL: 'https://it.contoso.nl/inschrijfhulp',
  PUBLISHER_PRIVACY_URL: 'https://it.contoso.nl/privacy',
  PUBLISHER_TERMS_URL: 'https://it.contoso.nl/voorwaarden',
};
const out = mkdtempSync(join(tmpdir(), 'teams-package-'));

function runPackage(
  env: Record<string, string>,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', NO_FETCH, '--import', 'tsx', 'scripts/package-app.ts', ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('without an app id, exits 1 with one clear line and writes nothing', () => {
    const zip = join(out, 'refused.zip');
    const { status, stdout, stderr } = runPackage({ MicrosoftAppId: '' }, '--out', zip);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Cannot package the Teams app: MicrosoftAppId is empty/),
    ]);
    expect(existsSync(zip)).toBe(false);
  });

  it('with an app id and the publisher configured, writes the zip and prints its path as the last line', async () => {
    const zip = join(out, 'nested', 'teams-app.zip');
    const { status, stdout, stderr } = runPackage(
      { MicrosoftAppId: APP_ID, ...PUBLISHER },
      '--out',
      zip,
      '--bot-domain',
      'bot.contoso.nl',
      '--app-version',
      '2.0.1',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(zip);
    const manifest = JSON.parse(
      (await (await JSZip.loadAsync(readFileSync(zip))).file('manifest.json')?.async('string')) ?? '{}',
    ) as {
      bots: { botId: string }[];
      version: string;
      validDomains: string[];
      developer: Record<string, string>;
    };
    expect(manifest.bots[0]?.botId).toBe(APP_ID);
    expect(manifest.developer.privacyUrl).toBe(PUBLISHER.PUBLISHER_PRIVACY_URL);
    expect(manifest.version).toBe('2.0.1');
    expect(manifest.validDomains).toContain('bot.contoso.nl');
  });

  it('still writes the zip with placeholders left, and names each one on stderr', () => {
    const zip = join(out, 'placeholders.zip');
    const { status, stdout, stderr } = runPackage(
      { MicrosoftAppId: APP_ID, ...PUBLISHER, PUBLISHER_NAME: '', PUBLISHER_TERMS_URL: '' },
      '--out',
      zip,
    );
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(zip);
    expect(stderr.trim().split('\n')).toEqual([
      'warning: developer.name is the placeholder "IT-servicedesk"; set PUBLISHER_NAME',
      'warning: developer.termsOfUseUrl is the placeholder "https://www.example.com/inschrijfhulp/voorwaarden"; set PUBLISHER_TERMS_URL',
    ]);
  });

  it('takes the ids from flags, as the Agents Toolkit passes them', async () => {
    const zip = join(out, 'toolkit.zip');
    const teamsAppId = '99999999-8888-4777-8666-555555555555';
    const { status, stderr } = runPackage(
      { MicrosoftAppId: '', ...PUBLISHER },
      '--app-id',
      APP_ID,
      '--teams-app-id',
      teamsAppId,
      '--out',
      zip,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const manifest = JSON.parse(
      (await (await JSZip.loadAsync(readFileSync(zip))).file('manifest.json')?.async('string')) ?? '{}',
    ) as { id: string; bots: { botId: string }[] };
    expect(manifest.id).toBe(teamsAppId);
    expect(manifest.bots[0]?.botId).toBe(APP_ID);
  });

  it('refuses a publisher URL that is not https, naming the setting', () => {
    const { status, stderr } = runPackage({ MicrosoftAppId: APP_ID, PUBLISHER_PRIVACY_URL: 'http://it.contoso.nl/p' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Invalid configuration: PUBLISHER_PRIVACY_URL must be an https URL/);
  });

  it('refuses an unknown flag with the usage', () => {
    const { status, stderr } = runPackage({ MicrosoftAppId: APP_ID }, '--domain', 'x');
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: npm run package/);
  });
});
