import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { detectLanguage } from '../core/text/language.js';
import { t } from '../i18n/index.js';
import { StorageUnavailableError } from '../storage/errors.js';
import { ReusedConnectors } from './reused-connectors.js';

/** The Bot Framework adapter; with no app id it accepts unauthenticated requests (Emulator mode). */
export function createAdapter(config: Config, logger: Logger, defaultLang: 'nl' | 'en'): CloudAdapter {
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  const adapter = new CloudAdapter(new ReusedConnectors(new ConfigurationBotFrameworkAuthentication(auth)));
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
