import {
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import {
  AuthenticationError,
  type AuthenticateRequestResult,
  type BotFrameworkAuthentication,
} from 'botframework-connector';
import type { Config } from '../config.js';
import { ReusedConnectors } from './reused-connectors.js';

/** A request's authentication: the turn may run, or the HTTP status to answer (401, or 503 with Retry-After). */
export type AuthOutcome =
  { ok: true; result: AuthenticateRequestResult } | { ok: false; status: 401 | 503; reason: string };

type AuthSettings = Pick<Config, 'MicrosoftAppType'> &
  Partial<Pick<Config, 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppTenantId'>>;

/**
 * The Bot Framework authentication of the configured app registration (none without an app id: Emulator mode), with
 * its connector clients reused across turns.
 */
export function botAuthentication(config: AuthSettings): BotFrameworkAuthentication {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  return new ReusedConnectors(new ConfigurationBotFrameworkAuthentication(options));
}

/** Who issues the tokens the Bot Connector and the Emulator send: Bot Framework, or an Entra ID tenant (v1, v2). */
const ISSUERS = [
  /^https:\/\/api\.botframework\.(?:com|us)$/,
  /^https:\/\/sts\.windows\.net\/[0-9a-f-]{36}\/$/,
  /^https:\/\/login\.microsoftonline\.(?:com|us)\/[0-9a-f-]{36}\/v2\.0$/,
];
/** Clock skew allowed on `exp` and `nbf`, as botbuilder allows. */
const SKEW_S = 300;
/** Longer than this for the signing keys and the service is not available. */
const KEYS_TIMEOUT_MS = 10_000;
/** What a 503 asks the caller to wait, in seconds (the Bot Connector retries). */
export const RETRY_AFTER_S = 5;

/**
 * Why a bearer token cannot be valid, read without its signature: no token, not a JWT, not RS256 with a key id,
 * an issuer that is not Bot Framework's or Entra ID's, another audience, expired or not valid yet. Undefined when
 * only the signature (the signing keys) can tell.
 */
export function tokenProblem(header: string | undefined, appId: string, nowS: number): string | undefined {
  const token = /^Bearer (\S+)$/i.exec(header?.trim() ?? '')?.[1];
  if (!token) return 'no bearer token';
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[\w-]+$/.test(p))) return 'not a JWT';
  const [head, payload] = parts.map(jsonPart);
  if (!head || !payload) return 'not a JWT';
  if (head.alg !== 'RS256' || typeof head.kid !== 'string') return 'not an RS256 token with a key id';
  if (typeof payload.iss !== 'string' || !ISSUERS.some((issuer) => issuer.test(payload.iss as string)))
    return 'unknown issuer';
  const audience = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audience.includes(appId)) return 'another audience';
  if (typeof payload.exp !== 'number' || payload.exp + SKEW_S < nowS) return 'expired';
  if (typeof payload.nbf === 'number' && payload.nbf - SKEW_S > nowS) return 'not valid yet';
  return undefined;
}

function jsonPart(part: string | undefined): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Authenticates a POST to /api/messages before the turn runs: what can be refused without the signing keys is
 * refused at once (401, no key fetched); a bad signature is 401 too; keys that cannot be fetched (or not in time)
 * are the service's problem, 503, never an internal error.
 */
export class RequestAuthenticator {
  private readonly appId: string;
  private readonly auth: BotFrameworkAuthentication;

  constructor(
    config: AuthSettings,
    auth?: BotFrameworkAuthentication,
    private readonly now: () => number = Date.now,
  ) {
    this.appId = config.MicrosoftAppId ?? '';
    this.auth = auth ?? botAuthentication(config);
  }

  async authenticate(activity: Activity, header: string | undefined): Promise<AuthOutcome> {
    if (this.appId !== '') {
      const problem = tokenProblem(header, this.appId, Math.floor(this.now() / 1000));
      if (problem) return { ok: false, status: 401, reason: problem };
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the signing keys did not come in time')), KEYS_TIMEOUT_MS);
    });
    try {
      const result = await Promise.race([this.auth.authenticateRequest(activity, header ?? ''), late]);
      return { ok: true, result };
    } catch (error) {
      return { ok: false, ...classify(error) };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A verdict on the token (401) or the keys that could not be had (503). */
function classify(error: unknown): { status: 401 | 503; reason: string } {
  const name = error instanceof Error ? error.name : '';
  if (['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError'].includes(name))
    return { status: 401, reason: 'invalid token' };
  if (error instanceof AuthenticationError && error.statusCode < 500) return { status: 401, reason: 'invalid token' };
  return { status: 503, reason: 'signing keys unavailable' };
}
