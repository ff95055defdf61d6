import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { KnowledgeBase } from './core/kb/load.js';
import { buildDiagnosisIndex } from './core/diagnosis/diagnosis-index.js';
import type { ManagedStorage } from './storage/create-storage.js';
import { ConsistentStorage } from './storage/consistent-storage.js';
import { createAdapter } from './bot/adapter.js';
import { RequestAuthenticator, botAuthentication } from './bot/request-auth.js';
import { CardPresenter } from './bot/card-presenter.js';
import { HelpdeskBot } from './bot/helpdesk-bot.js';
import { TenantGate } from './bot/tenant-gate.js';
import { TurnGuard } from './bot/turn-guard.js';
import { createServer, type BotServer } from './server.js';
import { helpdeskChannelConfig } from './tickets/helpdesk-config.js';
import { AdapterNotifier } from './tickets/notifier.js';
import type { BotEvent } from './tickets/event-log.js';
import { timedTurns, type Telemetry } from './telemetry.js';
import type { Request, Response } from 'restify';

export interface AppDeps {
  config: Config;
  logger: Logger;
  kb: KnowledgeBase;
  storage: ManagedStorage;
  now?: () => number;
  /** Bot Framework authentication other than the configured app registration's (tests: local signing keys). */
  authentication?: BotFrameworkAuthentication;
  telemetry?: Telemetry;
}

/** /readyz waits this long for storage before calling it not ready. */
const PROBE_TIMEOUT_MS = 3_000;

/** Wires adapter, bot and server from ready parts; shared by the entry point and the HTTP tests. */
export function buildApp({ config, logger, kb, storage, now, telemetry, ...deps }: AppDeps): BotServer {
  const authentication = deps.authentication ?? botAuthentication(config);
  const adapter = createAdapter(config, logger, config.DEFAULT_LANGUAGE, authentication);
  const bot = new HelpdeskBot({
    logger,
    defaultLang: config.DEFAULT_LANGUAGE,
    storage: new ConsistentStorage(storage.storage),
    index: buildDiagnosisIndex(kb),
    present: new CardPresenter(kb),
    helpdesk: {
      notifier: new AdapterNotifier(adapter, config.MicrosoftAppId),
      channel: helpdeskChannelConfig(config),
      agents: config.HELPDESK_AGENTS,
    },
    ...(now ? { now } : {}),
    ...(telemetry ? { observeEvent: (event: BotEvent) => telemetry.event(event) } : {}),
  });
  const guarded = new TurnGuard({
    bot,
    storage,
    logger,
    defaultLang: config.DEFAULT_LANGUAGE,
    tenants: new TenantGate({ allowed: config.ALLOWED_TENANTS, logger, defaultLang: config.DEFAULT_LANGUAGE }),
  });
  const app = createServer({
    adapter,
    bot: telemetry ? timedTurns(guarded, telemetry) : guarded,
    logger,
    auth: new RequestAuthenticator(config, authentication),
    maxTurnsInFlight: config.MAX_TURNS_IN_FLIGHT,
    readiness: async () => {
      if (kb.entries.length === 0) return { ready: false, reason: 'the knowledge base is empty' };
      const problem = await withTimeout(storage.probe(), PROBE_TIMEOUT_MS, `no answer within ${PROBE_TIMEOUT_MS} ms`);
      return problem ? { ready: false, reason: `storage: ${problem}` } : { ready: true };
    },
  });
  if (telemetry) {
    app.server.on('after', (req: Request, res: Response) =>
      telemetry.request(req.method ?? 'GET', req.getRoute()?.path?.toString() ?? 'unknown', res.statusCode, req.time()),
    );
  }
  return app;
}

function withTimeout(probe: Promise<string | undefined>, ms: number, reason: string): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(reason), ms)));
  return Promise.race([probe, late]).finally(() => clearTimeout(timer));
}
