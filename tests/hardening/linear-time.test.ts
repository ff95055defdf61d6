import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommand } from '../../src/conversation/commands.js';
import { mentionsBot, stripBotMention } from '../../src/bot/mention-text.js';
import { markdownText, plainText } from '../../src/cards/escape.js';
import { buildDiagnosisIndex } from '../../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../../src/core/diagnosis/diagnose.js';
import { parseAnswer } from '../../src/core/text/parse-answer.js';
import { redact } from '../../src/logger.js';
import { realKnowledgeBase } from '../helpers/bot-harness.js';

/**
 * No message can stall the bot: every function that reads user text takes time in proportion to its length. Each
 * gets long runs of what backtracking patterns choke on, at 28k characters (Teams' limit) and at 100k; the time
 * may grow about as the length does (3.6x), never as its square (12.8x). Ratios only, never absolute times.
 */
const SMALL = 28_000;
const LARGE = 100_000;
/** Linear is 3.6x; quadratic 12.8x. The margin absorbs a shared machine's noise. */
const MAX_RATIO = 8;
/** Below this a measurement is noise (timer resolution, a GC pause): the ratio is taken from here. */
const FLOOR_MS = 5;

const BOT = { id: '28:bot', name: 'Inschrijfhulp' };
const index = buildDiagnosisIndex(realKnowledgeBase());
const question = [...realKnowledgeBase().questions.values()][0]!;

const readers: [string, (text: string) => unknown][] = [
  [
    'stripBotMention (Teams)',
    (text) =>
      stripBotMention({
        text,
        channelId: 'msteams',
        recipient: BOT,
        entities: [{ type: 'mention', mentioned: BOT, text: '<at>Inschrijfhulp</at>' }],
      }),
  ],
  ['mentionsBot', (text) => mentionsBot({ text, channelId: 'msteams', recipient: BOT })],
  ['redact (logs)', redact],
  ['markdownText', (text) => markdownText(text, { maxLength: LARGE, maxLines: 1000 })],
  ['plainText', (text) => plainText(text, { maxLength: LARGE, maxLines: 1000 })],
  ['readCommand', readCommand],
  ['parseAnswer', (text) => parseAnswer(question, text)],
  ['diagnose', (text) => diagnose(index, { text })],
];

/** What patterns with nested or adjacent quantifiers backtrack on, repeated. */
const unit = fc.constantFrom(
  ' ',
  '\u00a0',
  '&nbsp;',
  ' &nbsp;',
  '\t',
  'a1b2',
  'deadbeef',
  '0x',
  '0x8',
  '"',
  "'",
  '<at>',
  '<at>Inschrijfhulp',
  '<at ',
  '<b>',
  'a.',
  'x@',
  'a-',
  '_',
  '?',
  ', ',
  '19:',
  'sn1',
  '-',
  'the article ',
  'dit artikel ',
);
const run = fc.record({
  prefix: fc.constantFrom('', 'error ', '0x801', '<at>Inschrijfhulp</at>', 'serial: ', 'jan'),
  units: fc.array(unit, { minLength: 1, maxLength: 3 }),
  suffix: fc.constantFrom('', '!', '80180014', '</at>', '\n', 'x'),
});

function build(r: { prefix: string; units: string[]; suffix: string }, length: number): string {
  const body = r.units.join('');
  return (r.prefix + body.repeat(Math.ceil(length / body.length))).slice(0, length - r.suffix.length) + r.suffix;
}

/** The fastest of three runs: the machine's noise only ever adds time. */
function timeOf(read: (text: string) => unknown, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    read(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('every function that reads user text runs in linear time', { timeout: 300_000 }, () => {
  it.each(readers)('%s', (_name, read) => {
    fc.assert(
      fc.property(run, (r) => {
        const small = timeOf(read, build(r, SMALL));
        const large = timeOf(read, build(r, LARGE));
        const ratio = large / Math.max(small, FLOOR_MS);
        expect(ratio, `${JSON.stringify(r)}: ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
      }),
      { numRuns: 25, seed: 15 },
    );
  });
});
