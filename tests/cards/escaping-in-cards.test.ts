import { describe, expect, it } from 'vitest';
import { cardSamples, HOSTILE } from './samples.js';
import { contentOf, nodes } from './walk.js';

/** Bits of HOSTILE that would change the card if they reached a markdown text unescaped. */
const RAW_MARKUP = [
  /(?<!\\)\*(?<!\\)\*vet/,
  /(?<!\\)_schuin/,
  /(?<!\\)\[klik hier/,
  /(?<!\\)<b>/,
  /(?<!\\)`code/,
  /(?<!\\)~(?<!\\)~weg/,
  /(?:^|\n)# kop/,
  /\$\{/,
  /\{\{/,
];

describe.each(
  cardSamples()
    .filter((s) => s.variant === 'hostile')
    .map((s) => [s.name, s] as const),
)('user text in %s', (_name, sample) => {
  const card = contentOf(sample.build());
  const all = nodes(card);
  const markdownTexts = all
    .filter((n) => n.type === 'TextBlock' || n.type === 'Fact')
    .flatMap((n) => [n.text, n.title, n.value].filter((v): v is string => typeof v === 'string'));
  const runs = all.filter((n) => n.type === 'TextRun').map((n) => String(n.text));

  it('never reaches a markdown text unescaped', () => {
    for (const text of [...markdownTexts, String(card.fallbackText)]) {
      for (const markup of RAW_MARKUP) expect(text, text).not.toMatch(markup);
    }
  });

  it('reaches TextRuns (plain text) shortened, on one line, bindings broken', () => {
    const hostileRuns = runs.filter((r) => r.includes('vet'));
    expect(hostileRuns.length + markdownTexts.filter((t) => t.includes('vet')).length).toBeGreaterThan(0);
    for (const run of hostileRuns) {
      expect(run.length).toBeLessThan(HOSTILE.length);
      expect(run).not.toContain('\n');
      expect(run).not.toContain('${');
      expect(run).not.toContain('{{');
      expect(run).toMatch(/…$/);
    }
  });

  it('puts no user text in a link or a button title', () => {
    for (const n of all) {
      if (n.type === 'Action.OpenUrl') expect(String(n.url)).not.toContain('evil');
      if (typeof n.type === 'string' && n.type.startsWith('Action.'))
        expect(typeof n.title === 'string' ? n.title : '').not.toContain('vet');
    }
  });
});
