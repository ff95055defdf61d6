import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { renderCard } from './render.js';
import { fallback, trusted, trustedOptional } from './view.js';

/** A short message in a coloured box: a thank-you, a hand-off confirmation, a warning. The bot's own phrases. */
export interface NoticeCardData {
  lang: Lang;
  title?: string;
  text: string;
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
}

export function noticeCard(data: NoticeCardData): Attachment {
  return renderCard('notice', () => {
    const title = trustedOptional(data.title, 200);
    const text = trusted(data.text, 2000);
    return { lang: data.lang, title, text, style: data.style ?? 'default', fallbackText: fallback([title, text]) };
  });
}
