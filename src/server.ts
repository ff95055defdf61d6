import restify from 'restify';
import type { Request, Response, Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from './logger.js';
import type { BotLogic } from './bot/bot-logic.js';
import { validateActivityBody } from './bot/validate-activity.js';

export interface Readiness {
  ready: boolean;
  reason?: string;
}

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: BotLogic;
  logger: Logger;
  /** Answers /readyz: the knowledge base is loaded and storage answers. */
  readiness: () => Promise<Readiness>;
  /**
   * Largest accepted request body. Teams activities are far smaller, but a pasted megabyte still gets an answer
   * (on its start, see TurnGuard) rather than an HTTP error.
   */
  maxBodyBytes?: number;
}

export interface BotServer {
  server: Server;
  /** Requests being processed right now (for a graceful shutdown). */
  inFlight(): number;
}

/** Builds the HTTP server without listening, so tests can start it on a free port. */
export function createServer({
  adapter,
  bot,
  logger,
  readiness,
  maxBodyBytes = 2 * 1024 * 1024,
}: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'enrollment-helpdesk-bot', handleUncaughtExceptions: false });
  let inFlight = 0;

  server.use(restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = validateActivityBody(req.body);
    if (problem) {
      res.send(400, { error: problem });
      return;
    }
    inFlight++;
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error({ err: error }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      inFlight--;
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
    return Promise.resolve();
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const state = await readiness().catch((error: unknown) => ({ ready: false, reason: String(error) }));
    res.send(
      state.ready ? 200 : 503,
      state.ready ? { status: 'ready' } : { status: 'not ready', reason: state.reason },
    );
  });

  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, next: () => void) => {
    if ((err.statusCode ?? 500) >= 500) logger.error({ err, url: req.url }, 'request failed');
    next();
  });

  return { server, inFlight: () => inFlight };
}
