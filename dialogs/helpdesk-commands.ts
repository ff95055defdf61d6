import type { TurnContext } from 'botbuilder';
import type { CardAction } from '../src/conversation/card-actions.js';
import type { HandoffReason } from '../src/tickets/ticket.js';
import { readCommand, readForget } from '../src/conversation/commands.js';
import type { DialogDeps } from './dialog-deps.js';

/**
 * Turns about tickets rather than the conversation's own problem: an agent's press on a ticket card, "mijn tickets",
 * "registreer helpdesk", "vergeet HD-1001". They are answered wherever they come, without disturbing an open question.
 */
export async function handleTicketTurn(
  deps: DialogDeps,
  context: TurnContext,
  action: CardAction | undefined,
  text: string,
): Promise<boolean> {
  if (action?.action === 'ticket-assign') {
    await deps.helpdesk.act(context, action.ticketId, { kind: 'assign' });
    return true;
  }
  if (action?.action === 'ticket-resolve') {
    await deps.helpdesk.act(context, action.ticketId, {
      kind: 'resolve',
      ...(action.note ? { note: action.note } : {}),
      ...(action.entryId ? { entryId: action.entryId } : {}),
    });
    return true;
  }
  if (action?.action === 'ticket-forget') {
    await deps.helpdesk.forget(context, action.ticketId);
    return true;
  }
  if (action) return false;
  const forget = readForget(text);
  if (forget) {
    await deps.helpdesk.forget(context, forget);
    return true;
  }
  switch (readCommand(text)) {
    case 'my-tickets':
      await deps.helpdesk.listMine(context);
      return true;
    case 'register-helpdesk':
      await deps.helpdesk.register(context);
      return true;
    default:
      return false;
  }
}

/** The user asks for a person ("medewerker", "human") or pressed the hand-off button of the no-match card. */
export function handoffRequest(action: CardAction | undefined, text: string): HandoffReason | undefined {
  if (action) return action.action === 'handoff' ? 'no-match' : undefined;
  return readCommand(text) === 'handoff' ? 'asked' : undefined;
}
