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

/** The tenants an activity names, in lower case: `channelData.tenant.id` (Teams) and `conversation.tenantId`. */
function tenantIds(activity: Partial<Activity>): (string | undefined)[] {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  return [idText(channelData?.tenant?.id), idText(activity.conversation?.tenantId)];
}

/** The Entra ID tenant an activity comes from (lower case); undefined when it names none, or two different ones. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const [fromChannelData, fromConversation] = tenantIds(activity);
  if (fromChannelData && fromConversation && fromChannelData !== fromConversation) return undefined;
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
    if (tenantId !== undefined && this.allowed.has(tenantId)) return true;
    const named = tenantIds(activity).filter((id) => id !== undefined);
    const why = tenantId !== undefined ? 'not allowed' : named.length > 0 ? 'two tenants' : 'no tenant';
    this.deps.logger.warn(
      {
        tenantId: tenantId ?? null,
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
