import { ActivityHandler, type TurnContext } from 'botbuilder';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createAdapter } from '../../src/bot/adapter.js';
import { createServer } from '../../src/server.js';
import type { BotLogic } from '../../src/bot/bot-logic.js';

/**
 * The baseline: the bot's own server and adapter (restify, body limits, activity validation, CloudAdapter,
 * the same logger) with a handler that only echoes, so the difference to the real bot is the bot's own work.
 */
class EchoBot extends ActivityHandler implements BotLogic {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  override run(context: TurnContext): Promise<void> {
    return super.run(context);
  }
}

const config = loadConfig();
const logger = createLogger({ level: config.LOG_LEVEL, pretty: false });
const { server } = createServer({
  adapter: createAdapter(config, logger, config.DEFAULT_LANGUAGE),
  bot: new EchoBot(),
  logger,
  readiness: () => Promise.resolve({ ready: true }),
});

server.listen(config.PORT, '127.0.0.1', () => {
  const { port } = server.address();
  if (process.send) process.send({ type: 'listening', port });
  logger.info({ port }, `echo bot on http://127.0.0.1:${port}/api/messages`);
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
