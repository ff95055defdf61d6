import { existsSync } from 'node:fs';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const httpsUrl = optionalText.refine((v) => v === undefined || /^https:\/\/[^\s/]+/.test(v), 'must be an https URL');

function tenantList(value: string): string[] {
  return value
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id !== '');
}

const booleanText = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/** Every setting, from the environment; `.env.example` documents each one. */
export const configSchema = z
  .object({
    PORT: z.coerce.number({ error: 'must be a whole number from 0 to 65535' }).int().min(0).max(65535).default(3978),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
    STORAGE: z.enum(['memory', 'sqlite', 'blob']).default('sqlite'),
    SQLITE_PATH: z.string().trim().min(1).default('./data/bot.sqlite'),
    BLOB_CONNECTION_STRING: optionalText,
    BLOB_CONTAINER: z
      .string()
      .regex(
        /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/,
        'must be a valid container name (3-63 lower-case letters, digits, dashes)',
      )
      .default('bot-state'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_PRETTY: booleanText,
    DEFAULT_LANGUAGE: z.enum(['nl', 'en']).default('nl'),
    KNOWLEDGE_DIR: optionalText,
    /** Teams tenants the bot serves (ids, comma-separated); empty: every tenant. */
    ALLOWED_TENANTS: z
      .string()
      .default('')
      .refine((v) => tenantList(v).every((id) => TENANT_ID.test(id)), 'must be tenant ids (GUIDs) separated by commas')
      .transform(tenantList),
    /** Entra object ids (comma-separated) of the people who may register the helpdesk channel and act on tickets. */
    HELPDESK_AGENTS: z
      .string()
      .default('')
      .refine(
        (v) => tenantList(v).every((id) => TENANT_ID.test(id)),
        'must be Entra object ids (GUIDs) separated by commas',
      )
      .transform(tenantList),
    /** The Teams channel that receives hand-off tickets (or register one with "@bot registreer helpdesk"). */
    HELPDESK_CHANNEL_ID: optionalText,
    HELPDESK_SERVICE_URL: optionalText.refine(
      (v) => v === undefined || /^https?:\/\//.test(v),
      'must be an http(s) URL',
    ),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(10_000),
    /** Turns in flight at most; one more gets 503 with Retry-After at once (the Bot Connector retries). */
    MAX_TURNS_IN_FLIGHT: z.coerce
      .number({ error: 'must be a whole number from 1 to 10000' })
      .int()
      .min(1)
      .max(10_000)
      .default(64),
    /** Telemetry to Application Insights (requests, turn durations, outcome counts; never message text). */
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
    /** Publisher fields of the Teams app package (`npm run package`); unset ones keep the manifest's placeholders. */
    TEAMS_APP_ID: optionalText.refine((v) => v === undefined || GUID.test(v), 'must be a GUID'),
    PUBLISHER_NAME: optionalText,
    PUBLISHER_WEBSITE_URL: httpsUrl,
    PUBLISHER_PRIVACY_URL: httpsUrl,
    PUBLISHER_TERMS_URL: httpsUrl,
  })
  .superRefine((c, ctx) => {
    if ((c.HELPDESK_CHANNEL_ID === undefined) !== (c.HELPDESK_SERVICE_URL === undefined)) {
      const missing = c.HELPDESK_CHANNEL_ID === undefined ? 'HELPDESK_CHANNEL_ID' : 'HELPDESK_SERVICE_URL';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'is required when the other HELPDESK_ setting is set' });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: 'is required when MicrosoftAppType is SingleTenant',
      });
    }
    if (c.STORAGE === 'blob' && !c.BLOB_CONNECTION_STRING) {
      ctx.addIssue({ code: 'custom', path: ['BLOB_CONNECTION_STRING'], message: 'is required when STORAGE is blob' });
    }
  });

export type Config = z.infer<typeof configSchema>;

/** The configuration cannot be used; `message` is one line per wrong variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const variable = issue.path.join('.');
    const value = env[variable];
    const shown =
      value === undefined ? '' : ` (got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    return `Invalid configuration: ${variable} ${issue.message}${shown}`;
  });
  throw new ConfigError(lines.join('\n'));
}

/** Reads `.env` (when present) under the real environment, then validates. The only reader of process.env. */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}

export function isEmulatorMode(config: Config): boolean {
  return config.MicrosoftAppId === undefined;
}
