/**
 * Who may set up the helpdesk and act on tickets, without any SDK: `HELPDESK_AGENTS` lists the Entra object ids of
 * the helpdesk's people. Without the list the helpdesk channel itself is the authority: the first registration
 * stands, and only that channel can register again.
 */
export interface AgentList {
  /** Entra object ids (lower case) of the helpdesk's people; empty: nobody is named. */
  HELPDESK_AGENTS: readonly string[];
}

/** Whether this person is one of the named helpdesk agents (never when nobody is named). */
export function isHelpdeskAgent(config: AgentList, aadObjectId: string | undefined): boolean {
  const id = aadObjectId?.trim().toLowerCase();
  return !!id && config.HELPDESK_AGENTS.includes(id);
}

/**
 * What a "registreer helpdesk" comes to: `register` (the first one), `again` (in the registered channel itself),
 * `move` (an agent moves it to this channel: the old one is told), or `refused`.
 */
export type RegistrationDecision = 'register' | 'again' | 'move' | 'refused';

export function decideRegistration(
  config: AgentList,
  request: { registeredChannel: string | undefined; here: string; aadObjectId: string | undefined },
): RegistrationDecision {
  const named = config.HELPDESK_AGENTS.length > 0;
  if (named && !isHelpdeskAgent(config, request.aadObjectId)) return 'refused';
  if (request.registeredChannel === undefined) return 'register';
  if (request.registeredChannel === request.here) return 'again';
  return named ? 'move' : 'refused';
}

/** Whether this person's press on a ticket card counts (where the card is): anyone's, or a named agent's when named. */
export function mayActOnTicket(config: AgentList, aadObjectId: string | undefined): boolean {
  return config.HELPDESK_AGENTS.length === 0 || isHelpdeskAgent(config, aadObjectId);
}
