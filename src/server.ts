import restify from 'restify';
import type { Request, Response, Server } from 'restify';
import type { Activity } from 'botbuilder';
import type { BotAdapter } from './bot/adapter.js';
import type { Logger } from './logger.js';
import type { BotLogic } from './bot/bot-logic.js';
import { RETRY_AFTER_S, RequestAuthenticator } from './bot/request-auth.js';
import { validateActivityBody } from './bot/validate-activity.js';

export interface Readiness {
  ready: boolean;
  reason?: string;
}

export interface ServerDeps {
  adapter: BotAdapter;
  bot: BotLogic;
  logger: Logger;
  /** Answers /readyz: the knowledge base is loaded and storage answers. */
  readiness: () => Promise<Readiness>;
  /**
   * Largest accepted request body. Teams activities are far smaller, but a pasted megabyte still gets an answer
   * (on its start, see TurnGuard) rather than an HTTP error.
   */
  maxBodyBytes?: number;
  /** Checks each request's token; without one, requests are not authenticated (Emulator mode). */
  auth?: RequestAuthenticator;
  /**
   * Turns in flight at most (waiting for their conversation's earlier turn included). One more is refused at once
   * with 503 and Retry-After, which the Bot Connector retries, instead of waiting past its 15 s.
   */
  maxTurnsInFlight?: number;
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
  auth = new RequestAuthenticator({ MicrosoftAppType: 'MultiTenant' }),
  maxTurnsInFlight = Infinity,
}: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'enrollment-helpdesk-bot', handleUncaughtExceptions: false });
  let inFlight = 0;
  /** Turns being run: authenticated and admitted. */
  let turns = 0;

  server.use(restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = validateActivityBody(req.body);
    if (problem) {
      res.send(400, { error: problem });
      return;
    }
    inFlight++;
    try {
      const activity = req.body as Activity;
      const authorization = req.header('authorization') || undefined;
      const outcome = await auth.authenticate(activity, authorization);
      if (!outcome.ok) {
        if (outcome.status === 503) res.header('Retry-After', String(RETRY_AFTER_S));
        logger.warn({ status: outcome.status, reason: outcome.reason, channelId: activity.channelId }, 'refused');
        res.send(outcome.status, { error: outcome.status === 401 ? 'unauthorized' : 'try again later' });
        return;
      }
      if (turns >= maxTurnsInFlight) {
        res.header('Retry-After', '1');
        res.send(503, { error: 'busy, try again in a moment' });
        return;
      }
      turns++;
      try {
        const response = await adapter.runAuthenticated(outcome.result, activity, (context) => bot.run(context));
        res.send(response?.status ?? 200, response?.body);
      } finally {
        turns--;
      }
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
