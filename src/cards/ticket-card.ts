import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import type { CardLabels } from '../i18n/cards.js';
import { markdownText, plainText } from './escape.js';
import { renderCard } from './render.js';
import { capped, fallback, fill, labelsFor, markdownList, submit, trusted, type FactRow, type Fit } from './view.js';

export type TicketStatus = 'open' | 'assigned' | 'resolved';

export interface TicketTurn {
  from: 'user' | 'bot';
  /** What was said; shown as typed, shortened. */
  text: string;
}

export interface TicketAnswerTried {
  /** The answer's title. */
  title: string;
  /** How it went; absent when the user gave no feedback. */
  outcome?: 'not-solved' | 'skipped';
  /** The answer's steps only IT can do (admin portals, servers), from the knowledge base: the agent's work. */
  itSteps?: string[];
}

/** The hand-off to the helpdesk channel: who, what is known, what was tried; agents assign and resolve it here. */
export interface TicketCardData {
  lang: Lang;
  ticketId: string;
  /** The user's display name. */
  requester: string;
  status: TicketStatus;
  /** The agent's display name, once assigned. */
  assignee?: string;
  /** When it was created, already formatted for the reader. */
  created?: string;
  /** The problem in one line (the best answer's title, or the user's first message). */
  summary?: string;
  facts?: FactRow[];
  codes?: string[];
  answersTried?: TicketAnswerTried[];
  /** The turns that matter, oldest first. */
  turns?: TicketTurn[];
  /** The agent's note when resolved. */
  resolutionNote?: string;
  /**
   * The answers an agent can link on resolving (the bot's candidates for this ticket first, then every entry):
   * entry ids and titles. A link teaches the bot the user's words.
   */
  entryChoices?: { entryId: string; title: string }[];
  /** The answer the agent linked, once resolved. */
  linkedTitle?: string;
}

/** The resolve card's choice for "none of the answers: a new one is needed". */
export const NO_ENTRY = 'none';

const MAX = {
  summary: 300,
  facts: 12,
  value: 200,
  codes: 10,
  tried: 5,
  itSteps: 6,
  step: 400,
  turns: 8,
  turn: 400,
  note: 1000,
  choices: 200,
  choiceTitle: 120,
};

export function ticketCard(data: TicketCardData): Attachment {
  return renderCard('ticket', (fit) => ticketView(data, fit));
}

const STATUS_COLOR: Record<TicketStatus, string> = { open: 'Accent', assigned: 'Warning', resolved: 'Good' };

function statusText(labels: CardLabels, status: TicketStatus): string {
  return { open: labels.statusOpen, assigned: labels.statusAssigned, resolved: labels.statusResolved }[status];
}

function ticketView(d: TicketCardData, fit: Fit): object {
  const labels = labelsFor(d.lang);
  const title = fill(labels.ticketTitle, { id: markdownText(d.ticketId, { maxLength: 40 }) });
  const people = [
    { label: labels.requester, value: plainText(d.requester, { maxLength: 100 }) },
    ...(d.assignee?.trim() ? [{ label: labels.assignee, value: plainText(d.assignee, { maxLength: 100 }) }] : []),
    ...(d.created?.trim() ? [{ label: labels.created, value: plainText(d.created, { maxLength: 60 }) }] : []),
  ];
  const facts = capped(d.facts, fit.count(MAX.facts));
  const tried = capped(d.answersTried, MAX.tried);
  // the last turns matter most: the ones just before the hand-off
  const turns = d.turns ?? [];
  const keptTurns = turns.slice(Math.max(0, turns.length - fit.count(MAX.turns)));
  const codes = d.codes ?? [];
  // the user's first message: a TextRun, never markdown
  const summary = d.summary?.trim() ? plainText(d.summary, { maxLength: MAX.summary }) : undefined;
  return {
    lang: d.lang,
    labels,
    title,
    statusText: statusText(labels, d.status),
    statusColor: STATUS_COLOR[d.status],
    summary,
    people,
    facts: facts.shown.map((f) => ({
      label: trusted(f.label, 80),
      value: plainText(f.value, { maxLength: MAX.value }),
    })),
    codes: codes.length > 0 ? plainText(codes.slice(0, MAX.codes).join(', ')) : undefined,
    answersTried: tried.shown.map((a) => ({
      title: trusted(a.title, 200),
      itSteps: a.itSteps?.length
        ? markdownList(
            capped(a.itSteps, fit.count(MAX.itSteps)).shown.map((step) => trusted(step, fit.text(MAX.step))),
            true,
          )
        : undefined,
      outcome:
        a.outcome === 'not-solved'
          ? labels.outcomeNotSolved
          : a.outcome === 'skipped'
            ? labels.outcomeSkipped
            : undefined,
    })),
    turns: keptTurns.map((t) => ({
      from: t.from === 'user' ? labels.turnUser : labels.turnBot,
      fromBot: t.from === 'bot',
      text: plainText(t.text, { maxLength: fit.text(MAX.turn) }),
    })),
    resolutionNote: d.resolutionNote?.trim() ? plainText(d.resolutionNote, { maxLength: MAX.note }) : undefined,
    assign: d.status === 'open' ? submit({ action: 'ticket-assign', ticketId: d.ticketId }) : undefined,
    resolve: d.status !== 'resolved' ? submit({ action: 'ticket-resolve', ticketId: d.ticketId }) : undefined,
    // the value 'none' says a new answer is needed; without a choice the ticket is resolved unlinked
    entryChoices: [
      // candidates come first: a long list loses its last, least likely answers first
      ...capped(d.entryChoices, fit.count(MAX.choices)).shown.map((c) => ({
        title: trusted(c.title, fit.text(MAX.choiceTitle)),
        value: trusted(c.entryId, 120),
      })),
      { title: labels.resolveEntryNone, value: NO_ENTRY },
    ],
    linkedTitle: d.linkedTitle?.trim() ? trusted(d.linkedTitle, 200) : undefined,
    forget:
      d.status === 'resolved' && d.linkedTitle?.trim()
        ? submit({ action: 'ticket-forget', ticketId: d.ticketId })
        : undefined,
    fallbackText: fallback([
      `${title} (${statusText(labels, d.status)})`,
      `${labels.requester}: ${markdownText(d.requester, { maxLength: 100 })}`,
      d.summary?.trim() ? markdownText(d.summary, { maxLength: MAX.summary }) : undefined,
    ]),
  };
}
