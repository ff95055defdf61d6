import type { Lang } from '../core/lang.js';
import type { KnowledgeBase } from '../core/kb/load.js';
import type { Facts } from '../core/text/extract-facts.js';
import type { Audience, Entry, Question } from '../core/kb/schema.js';
import { markdownText, type ChecklistItem, type FactRow, type TicketCardData } from '../cards/index.js';
import { t } from '../i18n/index.js';
import { checklistQuestions } from './checklist.js';
import type { Ticket } from './ticket.js';

/** An answer as the reader sees it ('home' -> 'Home', 'yes' -> 'Ja'): the presenter's `answerLabel`. */
export type AnswerLabel = (question: Question, value: string, lang: Lang) => string;

/** Dates as the reader's language writes them, in the server's time zone. */
export function formatWhen(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    at,
  );
}

/** The checklist rows: every applicable prerequisite, with what is known for it. */
export function checklistItems(kb: KnowledgeBase, facts: Facts, lang: Lang, answerLabel: AnswerLabel): ChecklistItem[] {
  return checklistQuestions(kb, facts).map((q) => {
    const value = facts[q.id];
    return { label: q.label[lang], ...(value !== undefined ? { value: answerLabel(q, value, lang) } : {}) };
  });
}

/** Every known fact with its question as the label, the catalogue's order. */
export function factRows(kb: KnowledgeBase, facts: Facts, lang: Lang, answerLabel: AnswerLabel): FactRow[] {
  return [...kb.questions.values()].flatMap((q) => {
    const value = facts[q.id];
    return value === undefined ? [] : [{ label: q.label[lang], value: answerLabel(q, value, lang) }];
  });
}

/** The ticket as the helpdesk sees it, in `lang`. The user's note ends the conversation's turns. */
export function ticketCardData(
  kb: KnowledgeBase,
  ticket: Ticket,
  lang: Lang,
  answerLabel: AnswerLabel,
): TicketCardData {
  const entries = new Map(kb.entries.map((e) => [e.id, e]));
  const linked = ticket.linkedEntryId ? entries.get(ticket.linkedEntryId) : undefined;
  return {
    lang,
    ticketId: ticket.id,
    requester: ticket.requester.name,
    status: ticket.status,
    ...(ticket.assignee ? { assignee: ticket.assignee.name } : {}),
    created: formatWhen(ticket.createdAt, lang),
    ...(ticket.summary ? { summary: ticket.summary } : {}),
    facts: factRows(kb, ticket.facts, lang, answerLabel),
    codes: ticket.codes,
    answersTried: ticket.tried.map((a) => {
      const entry = entries.get(a.entryId);
      const itSteps = entry ? stepsFor(entry, 'it', lang) : [];
      return {
        title: entry?.title[lang] ?? a.title,
        ...(a.outcome === 'not-solved' ? { outcome: 'not-solved' as const } : {}),
        ...(itSteps.length > 0 ? { itSteps } : {}),
      };
    }),
    turns: [
      ...ticket.turns,
      ...(ticket.note ? [{ from: 'user' as const, text: ticket.note, at: ticket.createdAt }] : []),
    ].map((turn) => ({ from: turn.from, text: turn.text })),
    ...(ticket.resolutionNote ? { resolutionNote: ticket.resolutionNote } : {}),
    ...(ticket.status === 'resolved'
      ? {}
      : { entryChoices: linkChoices(kb, ticket).map((e) => ({ entryId: e.id, title: e.title[lang] })) }),
    ...(linked ? { linkedTitle: linked.title[lang] } : {}),
  };
}

/** The entries an agent can link: the ones the user tried and the bot's candidates first, then every other one. */
function linkChoices(kb: KnowledgeBase, ticket: Ticket): KnowledgeBase['entries'] {
  const first = [...ticket.tried.map((a) => a.entryId), ...(ticket.candidates ?? [])];
  const rank = (id: string): number => (first.includes(id) ? first.indexOf(id) : first.length);
  return [...kb.entries].sort((a, b) => rank(a.id) - rank(b.id));
}

/** "mijn tickets": one line per ticket, newest first. Names and texts are the user's, so escaped. */
export function ticketListText(tickets: readonly Ticket[], lang: Lang): string {
  if (tickets.length === 0) return t(lang, 'tickets.none');
  const lines = tickets.map((ticket) => {
    const status = t(lang, `tickets.status.${ticket.status}`);
    const who = ticket.assignee ? ` (${markdownText(ticket.assignee.name, { maxLength: 60 })})` : '';
    const summary = ticket.summary ? ` · ${markdownText(ticket.summary, { maxLength: 80 })}` : '';
    return `- **${ticket.id}** · ${status}${who} · ${formatWhen(ticket.createdAt, lang)}${summary}`;
  });
  return [t(lang, 'tickets.heading'), '', ...lines].join('\n');
}

/** What the user is told in their own chat when an agent picks up or resolves their ticket. */
export function ticketNoticeText(ticket: Ticket, change: 'assigned' | 'resolved'): string {
  const lang = ticket.lang;
  const agentName = change === 'resolved' ? (ticket.resolvedBy ?? ticket.assignee)?.name : ticket.assignee?.name;
  const agent = markdownText(agentName ?? t(lang, 'ticket.someone'), { maxLength: 80 });
  if (change === 'assigned') return t(lang, 'ticket.assigned', { agent, id: ticket.id });
  if (!ticket.resolutionNote) return t(lang, 'ticket.resolvedNoNote', { agent, id: ticket.id });
  return t(lang, 'ticket.resolved', {
    agent,
    id: ticket.id,
    // links only when an agent wrote it: pressed in the helpdesk channel, not on a card shown in the user's chat
    note: markdownText(ticket.resolutionNote, {
      maxLength: 1000,
      maxLines: 8,
      links: ticket.card?.inConversation === false,
    }),
  });
}

/** The steps of an entry's resolutions that `who` does, in order. */
function stepsFor(entry: Entry, who: Audience, lang: Lang): string[] {
  return entry.resolutions.flatMap((r) => r.steps[lang].filter((_, i) => r.doneBy[i] === who));
}
