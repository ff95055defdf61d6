import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { configSchema, parseConfig } from '../../src/config.js';
import { PROJECT_ROOT } from '../../scripts/package-app.js';

// No Bicep compiler runs offline here (the npm wrappers download the CLI), so these checks read the files the way
// a deployment uses them: every parameter gets a value of its type, every app setting is one the bot reads and
// its values pass the bot's own configuration schema, every toolkit placeholder has a value in its env file.

const read = (file: string): string => readFileSync(join(PROJECT_ROOT, file), 'utf8');
const bicep = read('infra/azure.bicep');
const parameters = (
  JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: unknown }> }
).parameters;

interface Param {
  type: string;
  fallback?: string;
  allowed?: string[];
}

function bicepParams(): Map<string, Param> {
  const params = new Map<string, Param>();
  const lines = bicep.split('\n');
  lines.forEach((line, i) => {
    const match = /^param (\w+) (string|int|bool)(?: = (.+))?$/.exec(line);
    if (!match?.[1] || !match[2]) return;
    const param: Param = { type: match[2] };
    if (match[3] !== undefined) param.fallback = match[3];
    for (let j = i - 1; j >= 0 && lines[j]?.startsWith('@'); j--) {
      const allowed = /^@allowed\(\[(.*)\]\)$/.exec(lines[j] ?? '')?.[1];
      if (allowed !== undefined) param.allowed = allowed.split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
    }
    params.set(match[1], param);
  });
  return params;
}

/** App setting name -> its Bicep value expression (a 'literal', a parameter, a variable or an expression). */
function appSettings(): Map<string, string> {
  const block = /appSettings: \[\n([\s\S]*?)\n\s*\]\n/.exec(bicep)?.[1] ?? '';
  const variables = new Map([...bicep.matchAll(/^var (\w+) = ('[^']*')$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
  const settings = new Map<string, string>();
  for (const match of block.matchAll(/name: '(\w+)',?\s*value: (.*?)\s*\}?$/gm)) {
    if (match[1] && match[2]) settings.set(match[1], variables.get(match[2]) ?? match[2]);
  }
  return settings;
}

function envKeys(file: string): Set<string> {
  return new Set([...read(file).matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1] ?? ''));
}

const placeholders = (text: string): string[] => [
  ...new Set([...text.matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '')),
];

describe('infra/azure.bicep and its parameters file', () => {
  const params = bicepParams();

  it('gives every parameter without a default a value, and names no parameter the template lacks', () => {
    expect(params.size).toBeGreaterThan(5);
    for (const [name, param] of params) {
      if (param.fallback === undefined) expect(parameters[name], `${name} has no default`).toBeDefined();
    }
    for (const name of Object.keys(parameters)) expect(params.has(name), `${name} is not a parameter`).toBe(true);
  });

  it('gives each parameter a value of its type, within its allowed values', () => {
    for (const [name, { value }] of Object.entries(parameters)) {
      const param = params.get(name);
      const expected = { string: 'string', int: 'number', bool: 'boolean' }[param?.type ?? ''];
      expect(typeof value, name).toBe(expected);
      const literal = typeof value !== 'string' || placeholders(value).length === 0;
      if (param?.allowed && literal) expect(param.allowed, name).toContain(String(value));
    }
  });

  it('uses every parameter it declares', () => {
    for (const name of params.keys()) {
      expect(bicep.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0, name).toBeGreaterThan(1);
    }
  });

  it('sets only app settings the bot reads (besides App Service own), including what production needs', () => {
    const keys = new Set(Object.keys(configSchema.shape));
    const names = [...appSettings().keys()];
    const own = names.filter((name) => !/^(SCM|WEBSITES?|PRUNE)_/.test(name));
    for (const name of own) expect(keys, `${name} is not in src/config.ts`).toContain(name);
    for (const needed of [
      'MicrosoftAppType',
      'MicrosoftAppId',
      'MicrosoftAppTenantId',
      'STORAGE',
      'SQLITE_PATH',
      'BLOB_CONNECTION_STRING',
      'BLOB_CONTAINER',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
    ]) {
      expect(own).toContain(needed);
    }
  });

  it('has app settings the bot accepts: managed identity, SQLite under /home, what the parameters say', () => {
    const params = bicepParams();
    // What Azure computes at deployment, in the shape it has.
    const computed: Record<string, string> = {
      MicrosoftAppId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      MicrosoftAppTenantId: '9e0f1a2b-3c4d-4a6b-8c7d-0a1b2c3d4e5f',
      BLOB_CONNECTION_STRING:
        'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eA==;EndpointSuffix=core.windows.net',
      APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000',
    };
    const env: Record<string, string> = {};
    for (const [name, value] of appSettings()) {
      const literal = /^'([^']*)'$/.exec(value)?.[1];
      const param = params.get(value);
      const fromFile = parameters[value]?.value;
      if (literal !== undefined) env[name] = literal;
      else if (typeof fromFile === 'string' && placeholders(fromFile).length === 0) env[name] = fromFile;
      else if (param) env[name] = param.fallback?.replace(/^'|'$/g, '') ?? param.allowed?.[0] ?? '';
      else env[name] = computed[name] ?? '';
    }
    const config = parseConfig(env);
    expect(config.MicrosoftAppType).toBe('UserAssignedMSI');
    expect(config.SQLITE_PATH).toMatch(/^\/home\//);
    expect(config.STORAGE).toBe('blob');
  });

  it('runs what the container runs, checks the health the container checks, and registers the Teams channel', () => {
    const dockerfile = read('Dockerfile');
    const cmd = (JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]') as string[]).join(' ');
    expect(cmd).toBe('node dist/index.js');
    expect(bicep).toContain(`appCommandLine: '${cmd}'`);
    expect(bicep).toContain("healthCheckPath: '/healthz'");
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/healthz/);
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
  });
});

describe('the Agents Toolkit project', () => {
  const project = (file: string) =>
    yaml.load(read(file)) as Record<
      string,
      { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> }[]
    >;
  const outputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1] ?? '');
  const builtIn = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'TEAMSFX_ENV'];

  it.each([
    ['m365agents.yml', 'env/.env.dev'],
    ['m365agents.local.yml', 'env/.env.local'],
  ])('%s: every placeholder has a line in %s', (file, envFile) => {
    const written = ['provision', 'deploy']
      .flatMap((stage) => project(file)[stage] ?? [])
      .flatMap((step) => Object.values(step.writeToEnvironmentFile ?? {}));
    const keys = new Set([...envKeys(envFile), ...written]);
    const used = [
      ...placeholders(read(file)),
      ...(file === 'm365agents.yml' ? placeholders(read('infra/azure.parameters.json')) : []),
    ];
    expect(used.length).toBeGreaterThan(3);
    for (const name of used) expect(keys.has(name) || builtIn.includes(name), `${name} in ${envFile}`).toBe(true);
  });

  it('provisions through the Bicep, packages with our validating packager, and deploys the build to App Service', () => {
    const steps = project('m365agents.yml');
    const uses = (stage: string) => (steps[stage] ?? []).map((step) => step.uses);
    expect(uses('provision')).toEqual([
      'teamsApp/create',
      'arm/deploy',
      'cli/runNpmCommand',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(uses('deploy')).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    const templates = steps.provision?.[1]?.with?.templates as { path: string; parameters: string }[];
    for (const t of templates)
      for (const path of [t.path, t.parameters]) expect(existsSync(join(PROJECT_ROOT, path))).toBe(true);
    const zipDeploy = steps.deploy?.[2]?.with ?? {};
    expect(existsSync(join(PROJECT_ROOT, String(zipDeploy.ignoreFile)))).toBe(true);
    expect(outputs).toContain(placeholders(String(zipDeploy.resourceId))[0]);
    for (const name of ['BOT_ID', 'BOT_DOMAIN']) expect(outputs).toContain(name);
  });

  it('never uploads secrets, local state or dependencies built for another machine', () => {
    for (const file of ['.webappignore', '.dockerignore']) {
      const ignored = read(file).split('\n');
      for (const entry of ['.env', 'node_modules/', 'data/']) expect(ignored, file).toContain(entry);
    }
  });
});
