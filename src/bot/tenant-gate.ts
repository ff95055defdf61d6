import type { Activity, TurnContext } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { detectLanguage } from '../core/text/language.js';
import { t } from '../i18n/index.js';
import type { Logger } from '../logger.js';

export interface TenantGateDeps {
  /** Tenant ids (lower case) the bot serves; empty: every tenant. */
  allowed: readonly string[];
  logger: Logger;
  defaultLang: Lang;
}

/** The Entra ID tenant a Teams activity comes from, in lower case. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = channelData?.tenant?.id ?? activity.conversation?.tenantId;
  return typeof id === 'string' && id.trim() !== '' ? id.trim().toLowerCase() : undefined;
}

/**
 * ALLOWED_TENANTS at the door: a Teams activity from another tenant (or from none) gets a polite refusal in the
 * user's language (messages only), is logged, and goes no further, so nothing of it is read or stored. Activities
 * of other channels carry no tenant (the Emulator) and pass.
 */
export class TenantGate {
  private readonly allowed: ReadonlySet<string>;

  constructor(private readonly deps: TenantGateDeps) {
    this.allowed = new Set(deps.allowed.map((id) => id.toLowerCase()));
  }

  /** True when the turn may go on; false when it was refused. */
  async admit(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    if (this.allowed.size === 0 || activity.channelId !== 'msteams') return true;
    const tenantId = tenantOf(activity);
    if (tenantId !== undefined && this.allowed.has(tenantId)) return true;
    this.deps.logger.warn(
      {
        tenantId: tenantId ?? null,
        conversationId: activity.conversation?.id,
        activityId: activity.id,
        type: activity.type,
      },
      'activity from a tenant that is not allowed: refused',
    );
    if (activity.type === 'message') {
      const lang = detectLanguage(activity.text ?? '', activity.locale, this.deps.defaultLang);
      await context.sendActivity(t(lang, 'tenant.refused')).catch((error: unknown) => {
        this.deps.logger.warn({ err: error, conversationId: activity.conversation?.id }, 'could not send the refusal');
      });
    }
    return false;
  }
}
