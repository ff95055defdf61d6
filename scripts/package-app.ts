import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  AppManifestUtils,
  TeamsManifestConverter,
  type AppManifest,
  type TeamsManifestV1D30,
} from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { ConfigError, loadConfig } from '../src/config.js';

type Manifest = TeamsManifestV1D30.TeamsManifestV1D30;
/** A Teams localisation file: `$schema` plus dotted manifest paths (`bots[0].commandLists[0].commands[1].title`). */
export type Localization = Record<string, string>;

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_DIR = join(PROJECT_ROOT, 'manifest');
export const DEFAULT_OUT = join(PROJECT_ROOT, 'artifacts', 'teams-app.zip');
const MANIFEST_VERSION = '1.30';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
/** Fixed entry dates make the same inputs give the same zip. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

/** The package cannot be built; the message says what to change. */
export class PackageError extends Error {
  override readonly name = 'PackageError';
}

/** The publisher fields of the manifest and the setting each one comes from. */
const PUBLISHER_FIELDS = {
  name: 'PUBLISHER_NAME',
  websiteUrl: 'PUBLISHER_WEBSITE_URL',
  privacyUrl: 'PUBLISHER_PRIVACY_URL',
  termsOfUseUrl: 'PUBLISHER_TERMS_URL',
} as const;
export type Publisher = Partial<Record<keyof typeof PUBLISHER_FIELDS, string>>;
/** Reserved example domains (RFC 2606): a URL there is a placeholder wherever it came from. */
const EXAMPLE_HOST = /(^|\.)example\.(com|net|org)$/i;

export interface PackageOptions {
  /** The bot's Microsoft App ID (`bots[0].botId`). */
  appId: string;
  /** The Teams app's own id (`id`); the bot's id when not given. */
  teamsAppId?: string;
  version: string;
  botDomain?: string;
  publisher?: Publisher;
}

export interface AppPackage {
  manifest: Manifest;
  /** File name at the zip root -> contents, in zip order. */
  files: Map<string, Buffer>;
  /** Placeholders left in the manifest (the package is valid, but not ready for users). */
  warnings: string[];
}

/** Every text Teams localises in this manifest, keyed the way localisation files name it. */
export function localizableTexts(manifest: Manifest): Map<string, string> {
  const texts = new Map<string, string>([['name.short', manifest.name.short]]);
  if (manifest.name.full !== undefined) texts.set('name.full', manifest.name.full);
  texts.set('description.short', manifest.description.short);
  texts.set('description.full', manifest.description.full);
  manifest.bots?.forEach((bot, b) =>
    bot.commandLists?.forEach((list, l) =>
      list.commands.forEach((command, c) => {
        texts.set(`bots[${b}].commandLists[${l}].commands[${c}].title`, command.title);
        if (command.description !== undefined) {
          texts.set(`bots[${b}].commandLists[${l}].commands[${c}].description`, command.description);
        }
      }),
    ),
  );
  return texts;
}

export function readTemplate(manifestDir = MANIFEST_DIR): Manifest {
  const file = join(manifestDir, 'manifest.json');
  const parsed = TeamsManifestConverter.jsonToManifest(readFileSync(file, 'utf8'));
  if (parsed.manifestVersion !== MANIFEST_VERSION) {
    throw new PackageError(
      `${file}: manifestVersion must be ${MANIFEST_VERSION} (this script fills in that schema's fields)`,
    );
  }
  return parsed;
}

export function normalizeBotDomain(value: string): string {
  const host = value.includes('://') ? new URL(value).hostname : value.replace(/\/.*$/, '');
  if (!HOSTNAME.test(host)) {
    throw new PackageError(`--bot-domain must be a host name such as bot.contoso.com (got ${JSON.stringify(value)})`);
  }
  return host.toLowerCase();
}

/** The template with the app id, version and bot domain filled in; refuses placeholders left over. */
export function fillManifest(template: Manifest, options: PackageOptions): Manifest {
  if (!GUID.test(options.appId)) {
    throw new PackageError(
      `MicrosoftAppId must be the bot's Microsoft App ID, a GUID (got ${JSON.stringify(options.appId)})`,
    );
  }
  if (options.teamsAppId !== undefined && !GUID.test(options.teamsAppId)) {
    throw new PackageError(`TEAMS_APP_ID must be a GUID (got ${JSON.stringify(options.teamsAppId)})`);
  }
  if (!SEMVER.test(options.version)) {
    throw new PackageError(
      `The app version must be MAJOR.MINOR.PATCH, as Teams requires (got ${JSON.stringify(options.version)})`,
    );
  }
  const manifest = structuredClone(template);
  const bot = manifest.bots?.[0];
  if (!bot) throw new PackageError('manifest/manifest.json has no bot to fill the app id into');
  manifest.id = options.teamsAppId ?? options.appId;
  bot.botId = options.appId;
  for (const [field, value] of Object.entries(options.publisher ?? {}) as [keyof Publisher, string | undefined][]) {
    if (value !== undefined) manifest.developer[field] = value;
  }
  manifest.version = options.version;
  const domains = new Set(manifest.validDomains ?? []);
  if (options.botDomain !== undefined) domains.add(normalizeBotDomain(options.botDomain));
  manifest.validDomains = [...domains];
  const leftover = JSON.stringify(manifest).match(/\{\{[^}]*\}\}/g);
  if (leftover) {
    const names = [...new Set(leftover)].join(', ');
    throw new PackageError(`manifest/manifest.json still has placeholders after filling in: ${names}`);
  }
  return manifest;
}

/**
 * One warning per publisher field that still holds the template's placeholder (nothing configured for it) or an
 * example.com URL: such a package installs, but users see a made-up publisher and dead privacy and terms links.
 */
export function placeholderWarnings(manifest: Manifest, template: Manifest): string[] {
  return (Object.entries(PUBLISHER_FIELDS) as [keyof Publisher, string][]).flatMap(([field, setting]) => {
    const value = manifest.developer[field] ?? '';
    const exampleUrl = field !== 'name' && URL.canParse(value) && EXAMPLE_HOST.test(new URL(value).hostname);
    if (value !== template.developer[field] && !exampleUrl) return [];
    return [`warning: developer.${field} is the placeholder ${JSON.stringify(value)}; set ${setting}`];
  });
}

type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

/** Escapes `]` outside a character class: legal in plain regexps, a syntax error under ajv's Unicode flag. */
function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (ch === ']' && !inClass) {
      out += '\\]';
    } else {
      if (ch === '[') inClass = true;
      if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return out;
}

function compilesInUnicodeMode(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Every shipped Localization schema has two `patternProperties` (activities.activityTypes) that ajv
 * cannot compile; they are repaired with the same meaning so the library can validate localisation files.
 */
function repairPatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([key, value]) => {
      if (key === 'patternProperties' && value !== null && typeof value === 'object') {
        const repaired = Object.entries(value).map(([p, v]) => [
          compilesInUnicodeMode(p) ? p : escapeLoneBrackets(p),
          repairPatterns(v),
        ]);
        return [key, Object.fromEntries(repaired)];
      }
      if (key === 'pattern' && typeof value === 'string' && !compilesInUnicodeMode(value)) {
        return [key, escapeLoneBrackets(value)];
      }
      return [key, repairPatterns(value)];
    }),
  );
}

/** The schema as shipped by @microsoft/app-manifest; never fetched, so packaging and tests work offline. */
export function shippedSchema(schemaUrl: string): Schema {
  const suffix = /\/(json-schemas\/teams\/v[\d.]+\/[\w.]+\.json)$/.exec(new URL(schemaUrl).pathname)?.[1];
  if (suffix === undefined) throw new PackageError(`$schema ${schemaUrl} is not a Teams schema URL`);
  const packageDir = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));
  let text: string;
  try {
    text = readFileSync(join(packageDir, suffix), 'utf8');
  } catch {
    throw new PackageError(
      `$schema ${schemaUrl} is not shipped by @microsoft/app-manifest: use a version it has (1.19 or newer)`,
    );
  }
  return repairPatterns(JSON.parse(text)) as Schema;
}

/** Schema errors of a manifest or localisation file against the schema its `$schema` names. */
export async function schemaErrors(document: object, label: string): Promise<string[]> {
  const schemaUrl = (document as { $schema?: unknown }).$schema;
  if (typeof schemaUrl !== 'string') return [`${label}: no $schema`];
  // The library types its input as an app manifest, but it validates any document against the schema given.
  const errors = await AppManifestUtils.validateAgainstSchema(document as AppManifest, shippedSchema(schemaUrl));
  return errors.map((error) => `${label}: ${error}`);
}

/** Both languages must translate exactly the manifest's texts, and the default file must match the manifest. */
export function localizationProblems(manifest: Manifest, localizations: Record<string, Localization>): string[] {
  const expected = localizableTexts(manifest);
  const defaultFile = manifest.localizationInfo?.defaultLanguageFile;
  const problems: string[] = [];
  for (const [file, texts] of Object.entries(localizations)) {
    const keys = Object.keys(texts).filter((key) => key !== '$schema');
    for (const key of expected.keys()) if (!texts[key]?.trim()) problems.push(`${file}: missing ${key}`);
    for (const key of keys) if (!expected.has(key)) problems.push(`${file}: ${key} is not a text of manifest.json`);
    if (file !== defaultFile) continue;
    for (const [key, text] of expected) {
      if (texts[key] !== undefined && texts[key] !== text) problems.push(`${file}: ${key} differs from manifest.json`);
    }
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== signature || png.toString('ascii', 12, 16) !== 'IHDR') {
    throw new PackageError('not a PNG file');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function readIcon(manifestDir: string, file: string, size: number): Buffer {
  const png = readFileSync(join(manifestDir, file));
  const { width, height } = pngSize(png);
  if (width !== size || height !== size) {
    throw new PackageError(
      `manifest/${file} is ${width}x${height}; Teams needs ${size}x${size} (node --import tsx manifest/draw-icons.ts redraws it)`,
    );
  }
  return png;
}

/** Fills in, checks and validates everything that goes into the zip. */
export async function assemblePackage(options: PackageOptions, manifestDir = MANIFEST_DIR): Promise<AppPackage> {
  const template = readTemplate(manifestDir);
  const manifest = fillManifest(template, options);
  const info = manifest.localizationInfo;
  const languageFiles = [info?.defaultLanguageFile, ...(info?.additionalLanguages ?? []).map((l) => l.file)];
  const localizations: Record<string, Localization> = {};
  for (const file of languageFiles) {
    if (file === undefined) continue;
    localizations[file] = JSON.parse(readFileSync(join(manifestDir, file), 'utf8')) as Localization;
  }
  const problems = [
    ...(await schemaErrors(manifest, 'manifest.json')),
    ...(await Promise.all(Object.entries(localizations).map(([file, texts]) => schemaErrors(texts, file)))).flat(),
    ...localizationProblems(manifest, localizations),
  ];
  if (problems.length > 0) throw new PackageError(`The Teams app package is not valid:\n  ${problems.join('\n  ')}`);

  const files = new Map<string, Buffer>([['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]]);
  files.set(manifest.icons.color, readIcon(manifestDir, manifest.icons.color, 192));
  files.set(manifest.icons.outline, readIcon(manifestDir, manifest.icons.outline, 32));
  for (const [file, texts] of Object.entries(localizations)) {
    files.set(file, Buffer.from(`${JSON.stringify(texts, null, 2)}\n`));
  }
  return { manifest, files, warnings: placeholderWarnings(manifest, template) };
}

export async function zipPackage({ files }: AppPackage): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, contents] of files) zip.file(name, contents, { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const USAGE = `usage: npm run package -- [--app-id GUID] [--teams-app-id GUID] [--bot-domain HOST] [--app-version X.Y.Z]
                            [--out FILE]
  Builds the Teams app zip for the bot MicrosoftAppId (from .env or the environment; --app-id wins) and prints
  its path last.
  Publisher fields come from TEAMS_APP_ID, PUBLISHER_NAME, PUBLISHER_WEBSITE_URL, PUBLISHER_PRIVACY_URL and
  PUBLISHER_TERMS_URL; each placeholder left is named in a warning on stderr.`;

export async function main(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      args: argv,
      options: {
        'app-id': { type: 'string' },
        'teams-app-id': { type: 'string' },
        'bot-domain': { type: 'string' },
        'app-version': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const config = loadConfig();
    const appId = flags['app-id'] ?? config.MicrosoftAppId;
    const teamsAppId = flags['teams-app-id'] ?? config.TEAMS_APP_ID;
    if (appId === undefined) {
      process.stderr.write(
        "Cannot package the Teams app: MicrosoftAppId is empty; set it in .env or the environment to the bot's Microsoft App ID.\n",
      );
      return 1;
    }
    const packageJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    const options: PackageOptions = {
      appId,
      version: flags['app-version'] ?? packageJson.version,
      publisher: {
        name: config.PUBLISHER_NAME,
        websiteUrl: config.PUBLISHER_WEBSITE_URL,
        privacyUrl: config.PUBLISHER_PRIVACY_URL,
        termsOfUseUrl: config.PUBLISHER_TERMS_URL,
      },
    };
    if (teamsAppId) options.teamsAppId = teamsAppId;
    if (flags['bot-domain'] !== undefined) options.botDomain = flags['bot-domain'];
    const app = await assemblePackage(options);
    const out = resolve(flags.out ?? DEFAULT_OUT);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, await zipPackage(app));
    for (const warning of app.warnings) process.stderr.write(`${warning}\n`);
    process.stdout.write(
      `Teams app ${app.manifest.version} for bot ${options.appId}: ${[...app.files.keys()].join(', ')}\n${out}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof PackageError || error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
