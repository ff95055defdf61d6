import { z } from 'zod';

/**
 * What a card button sends back in `activity.value`. One schema for every card, so a forged or stale submit is
 * recognised and answered instead of crashing a dialog.
 */
export const cardAction = z.discriminatedUnion('action', [
  /** An answer to a catalogue question (a choice value, 'yes' | 'no' | 'unknown', a number or free text). */
  z.object({
    action: z.literal('answer'),
    question: z.string(),
    value: z.string().max(2000),
    triageId: z.string().optional(),
  }),
  /** The user picked one of several candidate answers. */
  z.object({ action: z.literal('pick'), entryId: z.string(), triageId: z.string().optional() }),
  /** Feedback on an answer card. */
  z.object({ action: z.literal('solved'), entryId: z.string(), triageId: z.string().optional() }),
  z.object({ action: z.literal('not-solved'), entryId: z.string(), triageId: z.string().optional() }),
  z.object({ action: z.literal('other-problem'), triageId: z.string().optional() }),
  /** Hand the problem to people; confirm the checklist summary. */
  z.object({ action: z.literal('handoff'), triageId: z.string().optional() }),
  z.object({
    action: z.literal('confirm-handoff'),
    triageId: z.string().optional(),
    note: z.string().max(2000).optional(),
  }),
  /** An example message clicked on the welcome card. */
  z.object({ action: z.literal('example'), text: z.string().max(500) }),
  /** Helpdesk agents on a ticket card. */
  z.object({ action: z.literal('ticket-assign'), ticketId: z.string() }),
  /** Take back what a resolved ticket taught (the button on its card; the same as "vergeet HD-1001"). */
  z.object({ action: z.literal('ticket-forget'), ticketId: z.string() }),
  /** `entryId`: the entry that fixed it (the resolve card's choice; 'none': a new answer is needed). */
  z.object({
    action: z.literal('ticket-resolve'),
    ticketId: z.string(),
    note: z.string().max(2000).optional(),
    entryId: z.string().max(200).optional(),
  }),
]);
export type CardAction = z.infer<typeof cardAction>;

/** The action in a submit, or undefined when the value is not one of ours. */
export function readCardAction(value: unknown): CardAction | undefined {
  const result = cardAction.safeParse(value);
  return result.success ? result.data : undefined;
}
