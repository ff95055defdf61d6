import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { KnowledgeBase } from './core/kb/load.js';
import { buildDiagnosisIndex } from './core/diagnosis/diagnosis-index.js';
import type { ManagedStorage } from './storage/create-storage.js';
import { createAdapter } from './bot/adapter.js';
import { CardPresenter } from './bot/card-presenter.js';
import { HelpdeskBot } from './bot/helpdesk-bot.js';
import { createServer, type BotServer } from './server.js';
import { helpdeskChannelConfig } from './tickets/helpdesk-config.js';
import { AdapterNotifier } from './tickets/notifier.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  kb: KnowledgeBase;
  storage: ManagedStorage;
  now?: () => number;
}

/** Wires adapter, bot and server from ready parts; shared by the entry point and the HTTP tests. */
export function buildApp({ config, logger, kb, storage, now }: AppDeps): BotServer {
  const adapter = createAdapter(config, logger, config.DEFAULT_LANGUAGE);
  const bot = new HelpdeskBot({
    logger,
    defaultLang: config.DEFAULT_LANGUAGE,
    storage: storage.storage,
    index: buildDiagnosisIndex(kb),
    present: new CardPresenter(kb),
    helpdesk: { notifier: new AdapterNotifier(adapter, config.MicrosoftAppId), channel: helpdeskChannelConfig(config) },
    ...(now ? { now } : {}),
  });
  return createServer({
    adapter,
    bot,
    logger,
    readiness: async () => {
      if (kb.entries.length === 0) return { ready: false, reason: 'the knowledge base is empty' };
      const problem = await storage.probe();
      return problem ? { ready: false, reason: `storage: ${problem}` } : { ready: true };
    },
  });
}
