import { TurnContext, type Activity, type ConversationReference, type Storage } from 'botbuilder';
import { markdownText } from '../cards/escape.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../core/lang.js';
import type { Logger } from '../logger.js';
import type { Presenter } from '../conversation/presenter.js';
import { turnLang } from '../conversation/turn.js';
import { decideRegistration, isHelpdeskAgent, mayActOnTicket, type AgentList } from './helpdesk-authority.js';
import { HelpdeskChannels, channelReference, isChannelConversation, sameConversation } from './helpdesk-channel.js';
import type { HelpdeskChannelConfig } from './helpdesk-config.js';
import type { Notifier } from './notifier.js';
import {
  assignTicket,
  resolveTicket,
  type Person,
  type Ticket,
  type TicketCardPlace,
  type TicketDraft,
} from './ticket.js';
import { TicketStore } from './ticket-store.js';
import { LearnedStore } from './learned-store.js';
import { refuseToLearn } from '../core/diagnosis/learned-phrasings.js';
import type { DiagnosisIndex } from '../core/diagnosis/diagnosis-index.js';
import { NO_ENTRY } from '../cards/ticket-card.js';
import { redact } from '../logger.js';

export interface HelpdeskServiceDeps {
  storage: Storage;
  /** The knowledge base's entries and codes: which entry a ticket is linked to, and what may not be learned. */
  index: DiagnosisIndex;
  present: Presenter;
  logger: Logger;
  now: () => number;
  defaultLang: Lang;
  /** Proactive messages; without one (TestAdapter), cards stay in the conversation at hand. */
  notifier?: Notifier;
  /** The helpdesk channel from configuration; without it, an agent registers one by command. */
  channel?: HelpdeskChannelConfig;
  /** HELPDESK_AGENTS (Entra object ids); empty or absent: the helpdesk channel is the authority. */
  agents?: readonly string[];
}

/** `entryId`: the entry that fixed it (its card goes to the user, the user's words are learned for it). */
export type AgentAction = { kind: 'assign' } | { kind: 'resolve'; note?: string; entryId?: string };

/**
 * The helpdesk side of a hand-off: opening a ticket and posting its card (to the helpdesk channel, or shown in the
 * user's own chat when there is none), agents' presses on the card, registering the channel, "mijn tickets".
 */
export class HelpdeskService {
  readonly tickets: TicketStore;
  readonly channels: HelpdeskChannels;
  /** What resolved tickets taught, per tenant. */
  readonly learned: LearnedStore;

  private readonly agents: AgentList;

  constructor(private readonly deps: HelpdeskServiceDeps) {
    this.agents = { HELPDESK_AGENTS: (deps.agents ?? []).map((id) => id.toLowerCase()) };
    this.tickets = new TicketStore(deps.storage);
    this.learned = new LearnedStore(deps.storage);
    this.channels = new HelpdeskChannels(deps.storage, deps.channel, deps.defaultLang);
  }

  /** Stores the ticket and posts its card (once, even when the same activity comes through twice). */
  async open(context: TurnContext, draft: TicketDraft): Promise<Ticket> {
    const { activity } = context;
    const source =
      activity.id && activity.conversation?.id
        ? { conversationId: activity.conversation.id, activityId: activity.id }
        : undefined;
    const { ticket, created } = await this.tickets.create(draft, source);
    if (!created && ticket.card) return ticket;
    const card = (await this.postToChannel(context, ticket)) ?? (await this.showHere(context, ticket));
    if (card) await this.tickets.placeCard(ticket.id, card);
    return { ...ticket, ...(card ? { card } : {}) };
  }

  /** An agent pressed "Ik pak dit op" or "Opgelost": update the ticket, its card in place, and tell the user. */
  async act(context: TurnContext, ticketId: string, action: AgentAction): Promise<void> {
    const found = await this.tickets.get(ticketId);
    if (!found) return this.deps.present.say(context, 'ticket.notFound');
    if (!(await this.inCardsPlace(context, found))) return this.deps.present.say(context, 'ticket.notHere');
    if (!mayActOnTicket(this.agents, context.activity.from?.aadObjectId)) {
      this.deps.logger.warn({ ticketId, fromId: context.activity.from?.id }, 'ticket press by someone not an agent');
      return this.deps.present.say(context, 'ticket.notAgent');
    }
    const agent = person(context.activity);
    const at = this.deps.now();
    const entryId =
      action.kind === 'resolve' &&
      action.entryId &&
      action.entryId !== NO_ENTRY &&
      this.deps.index.byId.has(action.entryId)
        ? action.entryId
        : undefined;
    const change = await this.tickets.change(ticketId, (ticket) =>
      action.kind === 'assign'
        ? assignTicket(ticket, agent, at)
        : resolveTicket(ticket, agent, { note: action.note, entryId }, at),
    );
    if (!change) return this.deps.present.say(context, 'ticket.notFound');
    await this.updateCard(context, change.ticket);
    if (!change.ok) {
      const key = change.why === 'resolved' ? 'ticket.alreadyResolved' : 'ticket.alreadyAssigned';
      const agent = markdownText(change.ticket.assignee?.name ?? '', { maxLength: 80 });
      return this.deps.present.say(context, key, { id: change.ticket.id, agent });
    }
    if (change.ticket.status !== found.status) {
      await this.notifyUser(context, change.ticket, action.kind === 'assign' ? 'assigned' : 'resolved');
      if (change.ticket.linkedEntryId) await this.learn(context, change.ticket);
      else if (action.kind === 'resolve' && action.entryId && action.entryId !== NO_ENTRY)
        await this.deps.present.say(context, 'learn.unknownEntry');
    }
  }

  /**
   * The resolved ticket's first message, redacted as the logs are, becomes a learned phrasing of the entry linked, for
   * the ticket's tenant; the agent hears what was learned, or why not.
   */
  private async learn(context: TurnContext, ticket: Ticket): Promise<void> {
    const entryId = ticket.linkedEntryId ?? '';
    const text = redact(ticket.summary ?? '');
    const refusal = refuseToLearn(this.deps.index, entryId, text);
    const lang = turnLang(context);
    if (refusal?.why === 'code-of-other-entry') {
      const title = this.deps.index.byId.get(refusal.entryId)?.title[lang] ?? refusal.entryId;
      return this.deps.present.say(context, 'learn.refusedCode', { id: ticket.id, code: refusal.code, title });
    }
    if (refusal)
      return this.deps.present.say(context, refusal.why === 'no-words' ? 'learn.refusedWords' : 'learn.unknownEntry', {
        id: ticket.id,
      });
    const agent = ticket.resolvedBy;
    await this.learned.add(ticket.tenantId, {
      entryId,
      text,
      lang: ticket.lang,
      ticketId: ticket.id,
      agent: { name: agent?.name ?? '', ...(agent?.aadObjectId ? { aadObjectId: agent.aadObjectId } : {}) },
      at: ticket.resolvedAt ?? this.deps.now(),
    });
    this.deps.logger.info({ ticketId: ticket.id, entryId, tenantId: ticket.tenantId }, 'learned a phrasing');
    const title = this.deps.index.byId.get(entryId)?.title[lang] ?? entryId;
    await this.deps.present.say(context, 'learn.done', { id: ticket.id, title });
  }

  /** "vergeet HD-1001": an agent removes what that ticket taught (where tickets are acted on, by whom may act). */
  async forget(context: TurnContext, ticketId: string): Promise<void> {
    const ticket = await this.tickets.get(ticketId);
    if (!ticket) return this.deps.present.say(context, 'ticket.notFound');
    if (!mayActOnTicket(this.agents, context.activity.from?.aadObjectId) || !(await this.inCardsPlace(context, ticket)))
      return this.deps.present.say(context, 'learn.notAgent');
    const forgotten = await this.learned.forget(ticket.tenantId, ticket.id);
    if (forgotten)
      this.deps.logger.info({ ticketId: ticket.id, tenantId: ticket.tenantId }, 'forgot a learned phrasing');
    return this.deps.present.say(context, forgotten ? 'learn.forgotten' : 'learn.nothingToForget', { id: ticket.id });
  }

  /** "@bot registreer helpdesk" in a channel. */
  async register(context: TurnContext): Promise<void> {
    if (this.channels.isConfigured) return this.deps.present.say(context, 'register.configured');
    if (!isChannelConversation(context.activity)) return this.deps.present.say(context, 'register.notChannel');
    const { activity } = context;
    const here = channelReference(activity).conversation?.id ?? '';
    const { decision, previous } = await this.channels.register(
      activity,
      turnLang(context),
      this.deps.now(),
      (registeredChannel) =>
        decideRegistration(this.agents, { registeredChannel, here, aadObjectId: activity.from?.aadObjectId }),
      ['register', 'again', 'move'],
    );
    const where = { conversationId: activity.conversation?.id, fromId: activity.from?.id, decision };
    if (decision === 'refused') {
      this.deps.logger.warn(where, 'helpdesk registration refused');
      const key = this.agents.HELPDESK_AGENTS.length > 0 ? 'register.notAgent' : 'register.taken';
      return this.deps.present.say(context, key);
    }
    this.deps.logger.info(where, 'helpdesk channel registered');
    if (decision === 'move' && previous) await this.announceMove(previous, activity.from?.name ?? '');
    return this.deps.present.say(context, 'register.done');
  }

  /** The old helpdesk channel hears where tickets go now, so a move is never silent. */
  private async announceMove(
    previous: { reference: Partial<ConversationReference>; lang: Lang },
    by: string,
  ): Promise<void> {
    const name = markdownText(by || t(previous.lang, 'channel.someone'), { maxLength: 80 });
    try {
      await this.deps.notifier?.send(previous.reference, {
        type: 'message',
        text: t(previous.lang, 'register.moved', { name }),
      });
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'could not tell the old helpdesk channel about the move');
    }
  }

  /** "mijn tickets". */
  async listMine(context: TurnContext): Promise<void> {
    const userId = context.activity.from?.id;
    await this.deps.present.tickets(context, userId ? await this.tickets.forUser(userId) : []);
  }

  private async postToChannel(context: TurnContext, ticket: Ticket): Promise<TicketCardPlace | undefined> {
    const { notifier } = this.deps;
    if (context.activity.channelId === 'emulator' || !notifier) return undefined;
    const channel = await this.channels.current();
    if (!channel) {
      this.deps.logger.warn(
        { ticketId: ticket.id },
        'no helpdesk channel configured or registered: the ticket is shown to the user',
      );
      return undefined;
    }
    try {
      const activityId = await notifier.send(channel.reference, this.deps.present.ticketActivity(ticket, channel.lang));
      if (!activityId) throw new Error('the channel returned no activity id');
      return { reference: channel.reference, activityId, inConversation: false, lang: channel.lang };
    } catch (error) {
      this.deps.logger.warn(
        { err: error, ticketId: ticket.id, source: channel.source },
        'could not post the ticket to the helpdesk channel',
      );
      return undefined;
    }
  }

  private async showHere(context: TurnContext, ticket: Ticket): Promise<TicketCardPlace | undefined> {
    const response = await context.sendActivity(
      this.deps.present.ticketActivity(ticket, ticket.lang, { shownHere: true }),
    );
    if (!response?.id) return undefined;
    const reference = TurnContext.getConversationReference(context.activity);
    delete reference.activityId;
    return { reference, activityId: response.id, inConversation: true, lang: ticket.lang };
  }

  /** IT staff: a person in HELPDESK_AGENTS, or anyone writing in the helpdesk channel. */
  async isItStaff(activity: Partial<Activity>): Promise<{ agent: boolean; inHelpdeskChannel: boolean }> {
    const agent = isHelpdeskAgent(this.agents, activity.from?.aadObjectId);
    if (agent || !isChannelConversation(activity)) return { agent, inHelpdeskChannel: false };
    const channel = await this.channels.current();
    return {
      agent,
      inHelpdeskChannel: sameConversation(activity.conversation?.id, channel?.reference.conversation?.id),
    };
  }

  /** Presses count where the card is (or, for a card that could not be kept, in today's helpdesk channel). */
  private async inCardsPlace(context: TurnContext, ticket: Ticket): Promise<boolean> {
    const here = context.activity.conversation?.id;
    if (ticket.card) return sameConversation(here, ticket.card.reference.conversation?.id);
    const channel = await this.channels.current();
    return sameConversation(here, channel?.reference.conversation?.id);
  }

  private async updateCard(context: TurnContext, ticket: Ticket): Promise<void> {
    const card = ticket.card;
    if (!card) return;
    const activity = {
      ...this.deps.present.ticketActivity(ticket, card.lang, { shownHere: card.inConversation }),
      id: card.activityId,
    };
    try {
      if (sameConversation(context.activity.conversation?.id, card.reference.conversation?.id))
        await context.updateActivity(activity);
      else await this.deps.notifier?.update(card.reference, activity);
    } catch (error) {
      this.deps.logger.warn({ err: error, ticketId: ticket.id }, 'could not update the ticket card');
    }
  }

  /** Told in the user's own conversation: in this turn when it is that conversation, else proactively. */
  private async notifyUser(context: TurnContext, ticket: Ticket, change: 'assigned' | 'resolved'): Promise<void> {
    const notice: Partial<Activity> = this.deps.present.ticketNotice(ticket, change);
    try {
      if (context.activity.conversation?.id === ticket.userReference.conversation?.id)
        await context.sendActivity(notice);
      else if (this.deps.notifier) await this.deps.notifier.send(ticket.userReference, notice);
      else this.deps.logger.warn({ ticketId: ticket.id }, 'no way to reach the user: no notifier');
    } catch (error) {
      this.deps.logger.warn({ err: error, ticketId: ticket.id }, 'could not tell the user about their ticket');
    }
  }
}

function person(activity: Partial<Activity>): Person {
  const from = activity.from;
  return {
    id: from?.id ?? '',
    name: from?.name?.trim() || (from?.id ?? ''),
    ...(from?.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
  };
}
