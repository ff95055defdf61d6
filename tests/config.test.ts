import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const problems = (env: Record<string, string>): string => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return '';
};

describe('configuration', () => {
  it('has defaults for everything: Emulator mode, sqlite, Dutch, port 3978', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      PORT: 3978,
      STORAGE: 'sqlite',
      DEFAULT_LANGUAGE: 'nl',
      MicrosoftAppType: 'MultiTenant',
    });
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ STORAGE: 'redis' }, 'STORAGE'],
    [{ DEFAULT_LANGUAGE: 'de' }, 'DEFAULT_LANGUAGE'],
    [{ MicrosoftAppType: 'Other' }, 'MicrosoftAppType'],
    [{ STORAGE: 'blob' }, 'BLOB_CONNECTION_STRING'],
    [{ MicrosoftAppId: 'x', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ HELPDESK_CHANNEL_ID: '19:abc@thread.tacv2' }, 'HELPDESK_SERVICE_URL'],
    [{ HELPDESK_CHANNEL_ID: '19:abc@thread.tacv2', HELPDESK_SERVICE_URL: 'ftp://x' }, 'HELPDESK_SERVICE_URL'],
    [{ ALLOWED_TENANTS: 'not-a-guid' }, 'ALLOWED_TENANTS'],
  ])('%j is refused with a line naming %s', (env, variable) => {
    const message = problems(env);
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${variable} `, 'm'));
  });

  it('PORT=abc npm start exits 1 with one clear line naming PORT', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      env: { ...process.env, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.trim() && !/DeprecationWarning|trace-deprecation/.test(l));
    expect(lines).toEqual(['Invalid configuration: PORT must be a whole number from 0 to 65535 (got "abc")']);
  });
});
