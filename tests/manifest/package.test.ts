import { AppManifestUtils, type TeamsManifestV1D30 } from '@microsoft/app-manifest';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  assemblePackage,
  fillManifest,
  localizableTexts,
  placeholderWarnings,
  localizationProblems,
  normalizeBotDomain,
  readTemplate,
  schemaErrors,
  zipPackage,
  PackageError,
  type Localization,
} from '../../scripts/package-app.js';

type Manifest = TeamsManifestV1D30.TeamsManifestV1D30;

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const EXPECTED_FILES = ['color.png', 'en.json', 'manifest.json', 'nl.json', 'outline.png'];

const fetchCalls: string[] = [];
let entries: Map<string, Buffer>;
let manifest: Manifest;
let nl: Localization;
let en: Localization;

beforeAll(async () => {
  // Validation must work offline: any attempt to fetch a schema fails the test.
  vi.stubGlobal('fetch', (url: unknown) => {
    fetchCalls.push(String(url));
    return Promise.reject(new Error(`network access in a test: ${String(url)}`));
  });
  const app = await assemblePackage({ appId: APP_ID, version: '1.2.3', botDomain: 'inschrijfhulp.contoso.nl' });
  const zip = await JSZip.loadAsync(await zipPackage(app));
  entries = new Map();
  for (const file of Object.values(zip.files)) entries.set(file.name, await file.async('nodebuffer'));
  const json = (name: string): unknown => JSON.parse(entries.get(name)?.toString('utf8') ?? 'null');
  manifest = json('manifest.json') as Manifest;
  nl = json('nl.json') as Localization;
  en = json('en.json') as Localization;
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe('the Teams app package', () => {
  it('holds exactly the manifest, the two icons and the two localisation files, at the zip root', () => {
    expect([...entries.keys()].sort()).toEqual(EXPECTED_FILES);
  });

  it('has a manifest that validates offline against the official schema it names', async () => {
    const version = /\/teams\/v(\d+)\.(\d+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema ?? '');
    expect(manifest.$schema).toMatch(
      /^https:\/\/developer\.microsoft\.com\/(en-us\/)?json-schemas\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/,
    );
    expect(Number(version?.[2])).toBeGreaterThanOrEqual(19);
    expect(manifest.manifestVersion).toBe(`${version?.[1]}.${version?.[2]}`);
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
    expect(fetchCalls).toEqual([]);
  });

  it('fills in the bot id, the app id, the version and the valid domains', () => {
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots?.[0]?.botId).toBe(APP_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.validDomains).toEqual(['token.botframework.com', 'inschrijfhulp.contoso.nl']);
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('offers the bot in personal, team and group chat, without files, with one command list per scope', () => {
    const bot = manifest.bots?.[0];
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot?.supportsFiles).toBe(false);
    const titles = (scope: string, texts: (i: number, j: number) => string | undefined): (string | undefined)[] => {
      const index = bot?.commandLists?.findIndex((list) => list.scopes.length === 1 && list.scopes[0] === scope) ?? -1;
      return (bot?.commandLists?.[index]?.commands ?? []).map((_, j) => texts(index, j));
    };
    const dutch = (i: number, j: number): string | undefined => nl[`bots[0].commandLists[${i}].commands[${j}].title`];
    const english = (i: number, j: number): string | undefined => en[`bots[0].commandLists[${i}].commands[${j}].title`];
    for (const scope of ['personal', 'groupChat']) {
      expect(titles(scope, dutch)).toEqual(['hulp', 'opnieuw', 'mijn tickets']);
      expect(titles(scope, english)).toEqual(['help', 'restart', 'my tickets']);
    }
    expect(titles('team', dutch)).toEqual(['hulp', 'opnieuw', 'mijn tickets', 'registreer helpdesk']);
    expect(titles('team', english)).toEqual(['help', 'restart', 'my tickets', 'register helpdesk']);
  });

  it('is Dutch by default with an English translation', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'nl-nl',
      defaultLanguageFile: 'nl.json',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en.json' }],
    });
  });

  it.each([
    ['nl.json', () => nl],
    ['en.json', () => en],
  ])('%s has every localised field of the manifest and nothing else', async (file, texts) => {
    const expected = [...localizableTexts(manifest).keys()];
    expect(expected).toContain('name.full');
    expect(expected).toContain('bots[0].commandLists[2].commands[3].description');
    const localization = texts();
    expect(
      Object.keys(localization)
        .filter((key) => key !== '$schema')
        .sort(),
    ).toEqual([...expected].sort());
    for (const key of expected) expect(localization[key]?.trim(), `${file} ${key}`).toBeTruthy();
    expect(await schemaErrors(localization, file)).toEqual([]);
  });

  it('nl.json repeats the manifest texts and en.json translates them', () => {
    for (const [key, text] of localizableTexts(manifest)) expect(nl[key], key).toBe(text);
    expect(en['name.short']).not.toBe(nl['name.short']);
    expect(en['description.full']).not.toBe(nl['description.full']);
  });
});

describe('package checks', () => {
  const template = readTemplate();
  const filled = fillManifest(template, { appId: APP_ID, version: '0.1.0' });

  it('refuses an app id that is not a GUID and a version Teams does not accept', () => {
    expect(() => fillManifest(template, { appId: 'my-bot', version: '0.1.0' })).toThrow(PackageError);
    expect(() => fillManifest(template, { appId: APP_ID, version: '0.1.0-beta' })).toThrow(/MAJOR\.MINOR\.PATCH/);
  });

  it('fills the publisher fields and a Teams app id of its own from configuration', () => {
    const teamsAppId = '11111111-2222-4333-8444-555555555555';
    const publisher = {
      name: 'Contoso IT',
      websiteUrl: 'https://it.contoso.nl/inschrijfhulp',
      privacyUrl: 'https://it.contoso.nl/privacy',
      termsOfUseUrl: 'https://it.contoso.nl/voorwaarden',
    };
    const own = fillManifest(template, { appId: APP_ID, teamsAppId, version: '0.1.0', publisher });
    expect(own.developer).toEqual(publisher);
    expect(own.id).toBe(teamsAppId);
    expect(own.bots?.[0]?.botId).toBe(APP_ID);
    expect(placeholderWarnings(own, template)).toEqual([]);
    expect(() => fillManifest(template, { appId: APP_ID, teamsAppId: 'app-1', version: '0.1.0' })).toThrow(
      /TEAMS_APP_ID must be a GUID/,
    );
  });

  it('names each publisher placeholder left, and an example.com URL however it got there', () => {
    expect(placeholderWarnings(filled, template)).toEqual([
      'warning: developer.name is the placeholder "IT-servicedesk"; set PUBLISHER_NAME',
      'warning: developer.websiteUrl is the placeholder "https://www.example.com/inschrijfhulp"; set PUBLISHER_WEBSITE_URL',
      'warning: developer.privacyUrl is the placeholder "https://www.example.com/inschrijfhulp/privacy"; set PUBLISHER_PRIVACY_URL',
      'warning: developer.termsOfUseUrl is the placeholder "https://www.example.com/inschrijfhulp/voorwaarden"; set PUBLISHER_TERMS_URL',
    ]);
    const partly = fillManifest(template, {
      appId: APP_ID,
      version: '0.1.0',
      publisher: { name: 'Contoso IT', websiteUrl: 'https://it.contoso.nl', privacyUrl: 'https://docs.example.org/p' },
    });
    expect(placeholderWarnings(partly, template)).toEqual([
      'warning: developer.privacyUrl is the placeholder "https://docs.example.org/p"; set PUBLISHER_PRIVACY_URL',
      'warning: developer.termsOfUseUrl is the placeholder "https://www.example.com/inschrijfhulp/voorwaarden"; set PUBLISHER_TERMS_URL',
    ]);
  });

  it('uses the newest manifest schema the offline validator ships', () => {
    const shipped = readdirSync(
      join(dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')), 'json-schemas', 'teams'),
    )
      .map((dir) => /^v1\.(\d+)$/.exec(dir)?.[1])
      .filter((minor) => minor !== undefined)
      .map(Number);
    expect(template.manifestVersion).toBe(`1.${Math.max(...shipped)}`);
  });

  it('takes the bot domain from a host name or a URL, and nothing else', () => {
    expect(normalizeBotDomain('https://Bot.Contoso.nl/api/messages')).toBe('bot.contoso.nl');
    expect(normalizeBotDomain('bot.contoso.nl')).toBe('bot.contoso.nl');
    expect(() => normalizeBotDomain('not a domain')).toThrow(PackageError);
  });

  it('notices a missing, a stray and a diverging localised text', () => {
    const texts = Object.fromEntries(localizableTexts(filled));
    const withoutFullName = { ...texts };
    delete withoutFullName['name.full'];
    expect(
      localizationProblems(filled, { 'nl.json': texts, 'en.json': { ...withoutFullName, 'name.extra': 'x' } }),
    ).toEqual(['en.json: missing name.full', 'en.json: name.extra is not a text of manifest.json']);
    expect(localizationProblems(filled, { 'nl.json': { ...texts, 'name.short': 'Anders' } })).toEqual([
      'nl.json: name.short differs from manifest.json',
    ]);
  });

  it('validates localisation files against the shipped schema, which still rejects bad files', async () => {
    const schema =
      'https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json';
    expect(
      await schemaErrors(
        { $schema: schema, 'name.short': 'x', 'description.short': 'y', 'description.full': 'z' },
        'ok.json',
      ),
    ).toEqual([]);
    const errors = await schemaErrors(
      { $schema: schema, 'name.short': 'x'.repeat(31), 'bots[0].colour': 'y' },
      'bad.json',
    );
    expect(errors.join('\n')).toMatch(/required property 'description.short'/);
    expect(errors.join('\n')).toMatch(/additional properties/);
    expect(errors.join('\n')).toMatch(/name\.short must NOT have more than 30 characters/);
  });
});
