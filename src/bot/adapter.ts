import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { detectLanguage } from '../core/text/language.js';
import { t } from '../i18n/index.js';
import { StorageUnavailableError } from '../storage/errors.js';
import { botAuthentication } from './request-auth.js';

/** The Bot Framework adapter, running turns whose request the server has authenticated (see request-auth.ts). */
export class BotAdapter extends CloudAdapter {
  runAuthenticated(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/** The Bot Framework adapter; with no app id it accepts unauthenticated requests (Emulator mode). */
export function createAdapter(
  config: Config,
  logger: Logger,
  defaultLang: 'nl' | 'en',
  auth: BotFrameworkAuthentication = botAuthentication(config),
): BotAdapter {
  const adapter = new BotAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const a = context.activity;
    logger.error(
      { err: error, activityId: a.id, conversationId: a.conversation?.id, channelId: a.channelId, type: a.type },
      'turn failed',
    );
    if (a.type !== 'message') return;
    const lang = detectLanguage(a.text ?? '', a.locale, defaultLang);
    const key = error instanceof StorageUnavailableError ? 'error.storage' : 'error.turn';
    await context.sendActivity(t(lang, key)).catch((sendError: unknown) => {
      logger.warn({ err: sendError, conversationId: a.conversation?.id }, 'could not tell the user about the failure');
    });
  };
  return adapter;
}
