import type { TurnContext } from 'botbuilder';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { BotLogic } from './bot/bot-logic.js';

/** The outcomes counted; the event log's other kinds (asked) are not. */
const OUTCOMES = new Set(['answered', 'no-match', 'handed-off', 'solved', 'not-solved']);

/**
 * What the bot reports to Application Insights: requests, turn durations and outcome counts. Never message text,
 * names or ids: only routes, status codes, durations and the kind of outcome. Recording never throws.
 */
export interface Telemetry {
  /** One HTTP request handled (an Application Insights request). */
  request(method: string, route: string, status: number, startedAt: number): void;
  /** One turn through the bot, in milliseconds. */
  turn(ms: number): void;
  /** An event of the conversation's event log; only its kind is used. */
  event(event: { kind: string }): void;
  /** Sends what is buffered; bounded by `ms`. */
  flush(ms: number): Promise<void>;
}

const NONE: Telemetry = {
  request: () => undefined,
  turn: () => undefined,
  event: () => undefined,
  flush: () => Promise.resolve(),
};

/**
 * Azure's OpenTelemetry distribution when APPLICATIONINSIGHTS_CONNECTION_STRING is set, else nothing (and the
 * distribution is never loaded). Automatic instrumentations stay off: the bot records what it means to report.
 */
export async function startTelemetry(config: Config, logger: Logger): Promise<Telemetry> {
  const connectionString = config.APPLICATIONINSIGHTS_CONNECTION_STRING;
  if (connectionString === undefined) return NONE;
  try {
    return await azureMonitor(connectionString, logger);
  } catch (error) {
    logger.warn({ err: error }, 'telemetry: Application Insights could not be set up; running without it');
    return NONE;
  }
}

async function azureMonitor(connectionString: string, logger: Logger): Promise<Telemetry> {
  const [{ useAzureMonitor, shutdownAzureMonitor }, { metrics, trace, SpanKind, SpanStatusCode }] = await Promise.all([
    import('@azure/monitor-opentelemetry'),
    import('@opentelemetry/api'),
  ]);
  const off = { enabled: false };
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    instrumentationOptions: { azureSdk: off, http: off, mongoDb: off, mySql: off, postgreSql: off, redis: off },
  });
  const meter = metrics.getMeter('enrollment-helpdesk-bot');
  const tracer = trace.getTracer('enrollment-helpdesk-bot');
  const turns = meter.createHistogram('bot.turn.duration', { unit: 'ms', description: 'time of one turn' });
  const outcomes = meter.createCounter('bot.outcomes', { description: 'answers, no-matches, hand-offs, feedback' });
  const safely =
    <A extends unknown[]>(record: (...args: A) => void) =>
    (...args: A): void => {
      try {
        record(...args);
      } catch (error) {
        logger.debug({ err: error }, 'telemetry: recording failed');
      }
    };
  logger.info('telemetry: sending to Application Insights');
  return {
    request: safely((method, route, status, startedAt) => {
      const span = tracer.startSpan(`${method} ${route}`, {
        kind: SpanKind.SERVER,
        startTime: startedAt,
        attributes: { 'http.request.method': method, 'http.route': route, 'http.response.status_code': status },
      });
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }),
    turn: safely((ms) => turns.record(ms)),
    event: safely(({ kind }) => {
      if (OUTCOMES.has(kind)) outcomes.add(1, { outcome: kind });
    }),
    flush: (ms) =>
      Promise.race([
        shutdownAzureMonitor().catch((error: unknown) => logger.debug({ err: error }, 'telemetry: flush failed')),
        new Promise<void>((resolve) => setTimeout(resolve, ms).unref()),
      ]),
  };
}

/** The bot with each turn's duration reported. */
export function timedTurns(bot: BotLogic, telemetry: Telemetry): BotLogic {
  return {
    run: async (context: TurnContext) => {
      const started = performance.now();
      try {
        await bot.run(context);
      } finally {
        telemetry.turn(performance.now() - started);
      }
    },
  };
}
