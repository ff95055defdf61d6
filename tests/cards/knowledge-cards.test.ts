import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/lang.js';
import { loadKnowledgeBase } from '../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/core/kb/location.js';
import { answerCard, MAX_CARD_BYTES, questionCard } from '../../src/cards/index.js';
import { cardBytes } from '../../src/cards/render.js';
import { answerFromEntry } from './samples.js';
import { SCHEMA_AVAILABLE, SCHEMA_SKIP_MESSAGE, schemaErrors } from './schema.js';
import { answerCardLengths } from './visible-length.js';
import { contentOf } from './walk.js';

const kb = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);

describe('every knowledge-base entry as an answer card', () => {
  const cards = kb.articles.flatMap((article) =>
    article.entries.flatMap((entry) =>
      LANGS.map((lang) => ({
        name: `${entry.id} ${lang}`,
        card: contentOf(answerCard(answerFromEntry(article, entry, lang))),
      })),
    ),
  );

  it('fits, complete and bound', () => {
    for (const { name, card } of cards) {
      expect(cardBytes(card), name).toBeLessThan(MAX_CARD_BYTES);
      expect(JSON.stringify(card), name).not.toMatch(/\$\{|undefined/);
      // nothing of a real entry is cut: no "… more" notes
      expect(JSON.stringify(card), name).not.toMatch(/…en nog \d|Nog \d+ stappen|…and \d+ more|\d+ more steps/);
    }
  });

  it.skipIf(!SCHEMA_AVAILABLE)(SCHEMA_AVAILABLE ? 'validates against the official schema' : SCHEMA_SKIP_MESSAGE, () => {
    for (const { name, card } of cards) expect(schemaErrors(card).slice(0, 5), name).toEqual([]);
  });
});

describe('every catalogue question as a question card', () => {
  it('fits and validates', () => {
    for (const question of kb.questions.values()) {
      for (const lang of LANGS) {
        const choices =
          question.type === 'yes-no'
            ? [
                { value: 'yes', label: lang === 'nl' ? 'Ja' : 'Yes' },
                { value: 'no', label: lang === 'nl' ? 'Nee' : 'No' },
              ]
            : question.choices.map((c) => ({ value: c.value, label: c.label[lang] }));
        const card = contentOf(
          questionCard({
            lang,
            questionId: question.id,
            text: question.text[lang],
            choices,
            freeText: question.type === 'text' || question.type === 'number',
          }),
        );
        expect(JSON.stringify(card)).not.toContain('${');
        if (SCHEMA_AVAILABLE) expect(schemaErrors(card).slice(0, 5), question.id).toEqual([]);
      }
    }
  });
});

describe('answer cards for our written sample sets fit one screen', () => {
  // `npm run cards:measure` prints the same figures for the README
  it.each(LANGS)('%s, for an end user: at most 600 characters before any press at the median, 900 at p90', (lang) => {
    const { cards, median, p90 } = answerCardLengths('user')[lang];
    expect(cards).toBeGreaterThan(100);
    expect(median).toBeLessThanOrEqual(600);
    expect(p90).toBeLessThanOrEqual(900);
  });
});
