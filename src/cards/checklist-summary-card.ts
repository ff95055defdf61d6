import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { markdownText, plainText } from './escape.js';
import { renderCard } from './render.js';
import { capped, fallback, labelsFor, moreText, submit, trusted } from './view.js';

export interface ChecklistItem {
  /** The prerequisite, e.g. "Intune-licentie toegewezen". */
  label: string;
  /** What is known (a choice label or the user's own words); absent when not known yet. */
  value?: string;
}

/** The prerequisite facts collected for a hand-off; with `confirmable` the user adds a note and sends it. */
export interface ChecklistSummaryCardData {
  lang: Lang;
  triageId?: string;
  items: ChecklistItem[];
  /** Codes from the conversation, canonical. */
  codes?: string[];
  /** Show the note box and the "send to the helpdesk" button. */
  confirmable?: boolean;
}

const MAX = { items: 16, label: 120, value: 200, codes: 10 };

export function checklistSummaryCard(data: ChecklistSummaryCardData): Attachment {
  return renderCard('checklist-summary', () => {
    const labels = labelsFor(data.lang);
    const items = capped(data.items, MAX.items);
    const rows = items.shown.map((item) => {
      const known = item.value !== undefined && item.value.trim() !== '';
      return {
        label: trusted(item.label, MAX.label),
        value: known ? plainText(item.value ?? '', { maxLength: MAX.value }) : labels.notKnownYet,
        missing: !known,
      };
    });
    const codes = data.codes ?? [];
    return {
      lang: data.lang,
      labels,
      items: rows,
      itemsMore: moreText(labels, items.hidden),
      codes: codes.length > 0 ? plainText(codes.slice(0, MAX.codes).join(', ')) : undefined,
      confirm: data.confirmable ? submit({ action: 'confirm-handoff', triageId: data.triageId }) : undefined,
      fallbackText: fallback([
        labels.checklistTitle,
        items.shown
          .map((item) => `${item.label}: ${item.value?.trim() ? markdownText(item.value) : labels.notKnownYet}`)
          .join('\n'),
      ]),
    };
  });
}
