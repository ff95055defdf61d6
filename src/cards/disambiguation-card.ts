import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { plainText } from './escape.js';
import { renderCard } from './render.js';
import { capped, fallback, labelsFor, submit, trusted, trustedOptional, type Fit } from './view.js';

export interface DisambiguationOption {
  /** Goes back when the user picks this option. */
  entryId: string;
  title: string;
  summary?: string;
  /** The entry's codes that matched. */
  codes?: string[];
}

/** Several knowledge-base answers fit about equally: the user picks one. */
export interface DisambiguationCardData {
  lang: Lang;
  triageId?: string;
  /** Replaces the standard "your message fits more than one problem". */
  intro?: string;
  options: DisambiguationOption[];
}

const MAX = { options: 5, title: 200, summary: 300, codes: 4 };

export function disambiguationCard(data: DisambiguationCardData): Attachment {
  return renderCard('disambiguation', (fit) => disambiguationView(data, fit));
}

function disambiguationView(d: DisambiguationCardData, fit: Fit): object {
  const labels = labelsFor(d.lang);
  const options = capped(d.options, MAX.options).shown.map((o) => ({
    title: trusted(o.title, MAX.title),
    summary: trustedOptional(o.summary, fit.text(MAX.summary)),
    codes: o.codes && o.codes.length > 0 ? plainText(o.codes.slice(0, MAX.codes).join(', ')) : undefined,
    data: submit({ action: 'pick', entryId: o.entryId, triageId: d.triageId }),
  }));
  const intro = trustedOptional(d.intro, 400) ?? labels.disambiguationIntro;
  return {
    lang: d.lang,
    labels,
    intro,
    options,
    none: submit({ action: 'other-problem', triageId: d.triageId }),
    fallbackText: fallback([labels.disambiguationTitle, options.map((o, i) => `${i + 1}. ${o.title}`).join('\n')]),
  };
}
