import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { markdownText, plainText } from './escape.js';
import { renderCard } from './render.js';
import { fallback, fill, labelsFor, trusted } from './view.js';

/** What replaces a question card once it is answered (the activity is updated). */
export interface QuestionAnsweredCardData {
  lang: Lang;
  /** The question as it was asked. */
  question: string;
  /** The chosen label or the user's own words; shown as typed. */
  answer: string;
  /** Who answered, in a group chat or channel. */
  answeredBy?: string;
}

export function questionAnsweredCard(data: QuestionAnsweredCardData): Attachment {
  return renderCard('question-answered', () => {
    const labels = labelsFor(data.lang);
    const question = trusted(data.question, 300);
    const answer = plainText(data.answer, { maxLength: 300 });
    const by = data.answeredBy?.trim()
      ? plainText(fill(labels.answeredBy, { name: data.answeredBy }), { maxLength: 100 })
      : undefined;
    return {
      lang: data.lang,
      labels,
      question,
      answer,
      answeredBy: by,
      fallbackText: fallback([question, `${labels.answered} ${markdownText(data.answer)}`]),
    };
  });
}
