import type { Activity, ConversationReference, Storage } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import type { HelpdeskChannelConfig } from './helpdesk-config.js';
import { readItem, updateItem } from './stored-item.js';
import type { Person } from './ticket.js';

/** Where tickets go, whichever way it was set up. */
export interface HelpdeskChannel {
  reference: Partial<ConversationReference>;
  /** The language of the cards posted there. */
  lang: Lang;
  source: 'config' | 'registered';
}

/** What "@bot registreer helpdesk" stores. */
interface Registration {
  reference: Partial<ConversationReference>;
  lang: Lang;
  registeredBy: Person;
  registeredAt: number;
  teamId?: string;
}

const KEY = 'helpdesk/channel';

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string };
  channel?: { id?: string };
}

/** A channel message's conversation id is its thread (`19:...@thread.tacv2;messageid=...`); the channel is before `;`. */
export function baseConversationId(id: string | undefined): string {
  return (id ?? '').split(';')[0] ?? '';
}

export function sameConversation(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && baseConversationId(a) === baseConversationId(b);
}

export function isChannelConversation(activity: Partial<Activity>): boolean {
  return activity.conversation?.conversationType === 'channel';
}

/** The channel a message was sent in, as a reference that posts new conversations (threads) there. */
export function channelReference(activity: Partial<Activity>): Partial<ConversationReference> {
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const tenantId = data.tenant?.id ?? activity.conversation?.tenantId;
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    ...(activity.recipient ? { bot: activity.recipient } : {}),
    conversation: {
      id: data.channel?.id ?? baseConversationId(activity.conversation?.id),
      isGroup: true,
      conversationType: 'channel',
      name: '',
      ...(tenantId ? { tenantId } : {}),
    },
  };
}

/** The helpdesk channel: from configuration when set (it wins), else the one an agent registered. */
export class HelpdeskChannels {
  constructor(
    private readonly storage: Storage,
    private readonly configured: HelpdeskChannelConfig | undefined,
    private readonly defaultLang: Lang,
  ) {}

  get isConfigured(): boolean {
    return this.configured !== undefined;
  }

  async current(): Promise<HelpdeskChannel | undefined> {
    if (this.configured)
      return { reference: configuredReference(this.configured), lang: this.defaultLang, source: 'config' };
    const registration = await readItem<Registration>(this.storage, KEY);
    return registration
      ? { reference: registration.reference, lang: registration.lang, source: 'registered' }
      : undefined;
  }

  /**
   * Makes the channel of this message the helpdesk channel, if `allowed` agrees on the registration stored right now
   * (read and written with its eTag, so two first registrations at once cannot both win). Returns what was decided
   * and the channel it replaced.
   */
  async register<D extends string>(
    activity: Partial<Activity>,
    lang: Lang,
    at: number,
    allowed: (registered: string | undefined) => D,
    accepted: readonly D[],
  ): Promise<{ decision: D; previous?: { reference: Partial<ConversationReference>; lang: Lang } }> {
    const reference = channelReference(activity);
    const teamId = (activity.channelData as TeamsChannelData | undefined)?.team?.id;
    const registration: Registration = {
      reference,
      lang,
      registeredBy: { id: activity.from?.id ?? '', name: activity.from?.name ?? '' },
      registeredAt: at,
      ...(teamId ? { teamId } : {}),
    };
    let decision: D | undefined;
    let previous: { reference: Partial<ConversationReference>; lang: Lang } | undefined;
    await updateItem<Registration>(this.storage, KEY, (current) => {
      decision = allowed(current ? baseConversationId(current.reference.conversation?.id) : undefined);
      previous = current && { reference: current.reference, lang: current.lang };
      return accepted.includes(decision) ? registration : undefined;
    });
    return { decision: decision!, ...(previous ? { previous } : {}) };
  }
}

function configuredReference(config: HelpdeskChannelConfig): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: config.serviceUrl,
    ...(config.botId ? { bot: { id: `28:${config.botId}`, name: '' } } : {}),
    conversation: {
      id: config.channelId,
      isGroup: true,
      conversationType: 'channel',
      name: '',
      ...(config.tenantId ? { tenantId: config.tenantId } : {}),
    },
  };
}
