import type { Facts } from '../core/text/extract-facts.js';

/** What the bot remembers of one conversation between turns (ConversationState). */
export interface ConversationMemory {
  /** Facts gathered in this conversation: never asked twice. */
  facts: Facts;
  /** Epoch ms of the last user turn, for the idle restart. */
  lastSeen?: number;
  /** The user who started the open triage: in channels only they answer its questions. */
  starterId?: string;
  starterName?: string;
  /** The conversation's key turns and the answers shown, for a hand-off. */
  turns: { from: 'user' | 'bot'; text: string; at: number }[];
  tried: { entryId: string; outcome?: 'solved' | 'not-solved' }[];
  codes: string[];
  /** Per entry, the causes whose fix the user said did not help: never offered again. */
  rejected?: Record<string, string[]>;
  /** Other problems in the first message, answered one after another. */
  pending?: string[];
}

export function emptyMemory(): ConversationMemory {
  return { facts: {}, turns: [], tried: [], codes: [] };
}

export const MAX_REMEMBERED_TURNS = 12;

/** Keeps the first user message and the latest ones: enough for a helpdesk agent to follow. */
export function rememberTurn(memory: ConversationMemory, from: 'user' | 'bot', text: string, at: number): void {
  if (!text.trim()) return;
  memory.turns.push({ from, text: text.slice(0, 1000), at });
  if (memory.turns.length > MAX_REMEMBERED_TURNS) memory.turns.splice(1, memory.turns.length - MAX_REMEMBERED_TURNS);
}
