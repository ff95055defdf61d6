import type { Attachment } from 'botbuilder';

export type CardNode = Record<string, unknown> & { type?: string };

/** Every object in a card (elements, actions, inlines, inner cards), depth first. */
export function nodes(card: unknown): CardNode[] {
  const out: CardNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      out.push(value as CardNode);
      // submit data is the bot's, not the card's
      for (const [key, v] of Object.entries(value)) if (key !== 'data') visit(v);
    }
  };
  visit(card);
  return out;
}

export const ofType = (card: unknown, type: string): CardNode[] => nodes(card).filter((n) => n.type === type);

/** Every text a reader sees: TextBlock and TextRun texts, button titles, input labels and placeholders. */
export function visibleTexts(card: unknown): string[] {
  return nodes(card).flatMap((n) =>
    ['text', 'title', 'label', 'placeholder', 'errorMessage']
      .map((k) => n[k])
      .filter((v): v is string => typeof v === 'string'),
  );
}

export function contentOf(attachment: Attachment): Record<string, unknown> {
  return attachment.content as Record<string, unknown>;
}

/**
 * The text a reader sees before pressing anything: hidden elements (`isVisible: false`), the cards behind
 * Action.ShowCard and the tooltips of select actions are left out; markdown emphasis is not counted.
 */
export function textBeforePress(card: unknown): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const node = value as CardNode;
    if (node.isVisible === false) return;
    for (const key of ['text', 'title', 'label', 'placeholder', 'value']) {
      const v = node[key];
      if (typeof v === 'string' && (key !== 'value' || node.type === undefined)) out.push(v.replace(/\*\*/g, ''));
    }
    for (const [key, v] of Object.entries(node)) {
      if (key === 'data' || key === 'selectAction' || key === 'fallbackText' || key === 'speak') continue;
      if (key === 'card' && node.type === 'Action.ShowCard') continue;
      visit(v);
    }
  };
  visit(card);
  return out;
}

export const charsBeforePress = (card: unknown): number => textBeforePress(card).join('').length;
