import { ConfigError, type Config } from '../config.js';

/** The two settings that name the helpdesk channel; read from the Config object like every other setting. */
export interface HelpdeskSettings {
  HELPDESK_CHANNEL_ID?: string | undefined;
  HELPDESK_SERVICE_URL?: string | undefined;
}

/** A Teams channel set up by configuration: tickets are posted there as new conversations. */
export interface HelpdeskChannelConfig {
  /** The channel's id, `19:...@thread.tacv2` (Teams: the channel's link holds it). */
  channelId: string;
  /** The Bot Connector service URL of the tenant's region, e.g. `https://smba.trafficmanager.net/emea/`. */
  serviceUrl: string;
  tenantId?: string;
  botId?: string;
}

/** The configured helpdesk channel, or undefined when none is (then an agent can register one by command). */
export function helpdeskChannelConfig(config: Config & HelpdeskSettings): HelpdeskChannelConfig | undefined {
  const channelId = config.HELPDESK_CHANNEL_ID?.trim() || undefined;
  const serviceUrl = config.HELPDESK_SERVICE_URL?.trim() || undefined;
  if (!channelId && !serviceUrl) return undefined;
  if (!channelId || !serviceUrl) {
    const missing = channelId ? 'HELPDESK_SERVICE_URL' : 'HELPDESK_CHANNEL_ID';
    throw new ConfigError(`Invalid configuration: ${missing} is required when the other HELPDESK_ setting is set`);
  }
  if (!/^https?:\/\//.test(serviceUrl)) {
    throw new ConfigError(
      `Invalid configuration: HELPDESK_SERVICE_URL must be an http(s) URL (got ${JSON.stringify(serviceUrl)})`,
    );
  }
  return {
    channelId,
    serviceUrl,
    ...(config.MicrosoftAppTenantId ? { tenantId: config.MicrosoftAppTenantId } : {}),
    ...(config.MicrosoftAppId ? { botId: config.MicrosoftAppId } : {}),
  };
}
