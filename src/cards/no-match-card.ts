import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { markdownText, plainText } from './escape.js';
import { renderCard } from './render.js';
import { fallback, labelsFor, markdownList, submit, trusted } from './view.js';

/** Nothing in the knowledge base fits the message. */
export interface NoMatchCardData {
  lang: Lang;
  triageId?: string;
  /** What the user wrote; quoted as typed, shortened. */
  text?: string;
  /** Codes in the message that the knowledge base does not know. */
  unknownCodes?: string[];
  /** Offer the hand-off to the helpdesk. */
  canHandoff?: boolean;
  /** Instead of "I can't place that": the bot asks to be told in other words (after "none of these"). */
  rephrase?: { title: string; text: string };
}

export function noMatchCard(data: NoMatchCardData): Attachment {
  return renderCard('no-match', () => {
    const labels = labelsFor(data.lang);
    const quote = data.text?.trim() ? plainText(data.text, { maxLength: 280 }) : undefined;
    const codes = data.unknownCodes ?? [];
    const title = data.rephrase ? trusted(data.rephrase.title, 200) : labels.noMatchTitle;
    const intro = data.rephrase ? trusted(data.rephrase.text, 600) : undefined;
    // a code was given, just not one the articles have: asking for "the exact code" again would not help
    const tips = codes.length > 0 ? [labels.unknownCodeTip, ...labels.tips.slice(1)] : labels.tips;
    return {
      lang: data.lang,
      labels,
      title,
      intro,
      quote,
      unknownCodes: codes.length > 0 ? plainText(codes.slice(0, 8).join(', ')) : undefined,
      tips: markdownList(tips, false),
      handoff: data.canHandoff ? submit({ action: 'handoff', triageId: data.triageId }) : undefined,
      fallbackText: fallback([
        title,
        intro,
        data.text && `${labels.noMatchIntro} ${markdownText(data.text, { maxLength: 200 })}`,
        markdownList(tips, false),
      ]),
    };
  });
}
