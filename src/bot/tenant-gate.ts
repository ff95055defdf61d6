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

const idText = (id: unknown): string | undefined =>
  typeof id === 'string' && id.trim() !== '' ? id.trim().toLowerCase() : undefined;

/**
 * The Entra ID tenant an activity comes from, in lower case: `channelData.tenant.id` (Teams) or
 * `conversation.tenantId`. `conflict` when the two name different tenants.
 */
export function tenantOf(activity: Partial<Activity>): string | undefined | 'conflict' {
  const fromChannelData = idText((activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id);
  const fromConversation = idText(activity.conversation?.tenantId);
  if (fromChannelData && fromConversation && fromChannelData !== fromConversation) return 'conflict';
  return fromChannelData ?? fromConversation;
}

/**
 * ALLOWED_TENANTS at the door, on every channel whatever `channelId` says: an activity whose tenant is not allowed,
 * names no tenant (the Emulator, Web Chat) or names two different ones gets a polite refusal in the user's language
 * (messages only), is logged, and goes no further, so nothing of it is read or stored.
 */
export class TenantGate {
  private readonly allowed: ReadonlySet<string>;

  constructor(private readonly deps: TenantGateDeps) {
    this.allowed = new Set(deps.allowed.map((id) => id.toLowerCase()));
  }

  /** True when the turn may go on; false when it was refused. */
  async admit(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    if (this.allowed.size === 0) return true;
    const tenantId = tenantOf(activity);
    if (tenantId !== undefined && tenantId !== 'conflict' && this.allowed.has(tenantId)) return true;
    const why = tenantId === undefined ? 'no tenant' : tenantId === 'conflict' ? 'two tenants' : 'not allowed';
    this.deps.logger.warn(
      {
        tenantId: tenantId === 'conflict' || tenantId === undefined ? null : tenantId,
        why,
        channelId: activity.channelId,
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
