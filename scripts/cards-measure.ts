import { AUDIENCES } from '../src/core/kb/schema.js';
import { LANGS } from '../src/core/lang.js';
import { SAMPLE_SETS, answerCardLengths } from '../tests/cards/visible-length.js';

/**
 * `npm run cards:measure`: the characters an answer card shows before any press, over the answer cards for our
 * written sample sets, per language and audience. Targets: median ≤ 600, p90 ≤ 900.
 */
const rows = AUDIENCES.flatMap((audience) => {
  const lengths = answerCardLengths(audience);
  return LANGS.map((lang) => {
    const { cards, median, p90, max } = lengths[lang];
    return `| ${lang} | ${audience} | ${cards} | ${median} | ${p90} | ${max} |`;
  });
});
process.stdout.write(
  [
    `answer cards for ${SAMPLE_SETS.join(', ')}: characters visible before any press`,
    '| language | audience | cards | median | p90 | max |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n') + '\n',
);
