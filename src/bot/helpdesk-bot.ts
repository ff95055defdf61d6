import { TeamsActivityHandler, type TurnContext } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { detectLanguage } from '../core/text/language.js';
import { t } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import type { BotLogic } from './bot-logic.js';

export interface HelpdeskBotDeps {
  logger: Logger;
  defaultLang: Lang;
}

/** The Teams-aware activity handler: language, welcome, and (for now) a placeholder reply. */
export class HelpdeskBot extends TeamsActivityHandler implements BotLogic {
  constructor(private readonly deps: HelpdeskBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      const lang = detectLanguage(context.activity.text ?? '', context.activity.locale, deps.defaultLang);
      await context.sendActivity(t(lang, 'placeholder.reply'));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const lang = detectLanguage('', context.activity.locale, deps.defaultLang);
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient.id);
      if (newcomers.length > 0) await context.sendActivity(t(lang, 'welcome.text'));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    this.deps.logger.debug({ activityId: context.activity.id, type: context.activity.type }, 'turn');
    await super.run(context);
  }
}
