import { describe, expect, it } from 'vitest';
import { readCardAction } from '../../src/conversation/card-actions.js';
import { LANGS } from '../../src/core/lang.js';
import { CARD_KINDS, MAX_CARD_BYTES } from '../../src/cards/index.js';
import { cardBytes } from '../../src/cards/render.js';
import { cardSamples } from './samples.js';
import { SCHEMA_AVAILABLE, SCHEMA_SKIP_MESSAGE, schemaErrors } from './schema.js';
import { contentOf, nodes, ofType } from './walk.js';

const samples = cardSamples();

describe('card samples', () => {
  it('cover every card kind in both languages', () => {
    for (const kind of CARD_KINDS) {
      for (const lang of LANGS)
        expect(
          samples.some((s) => s.kind === kind && s.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true);
    }
  });
});

describe.each(samples.map((s) => [s.name, s] as const))('%s', (_name, sample) => {
  const attachment = sample.build();
  const card = contentOf(attachment);
  const json = JSON.stringify(card);

  it('is an Adaptive Card 1.5 for Teams, full width, in the right language, with a fallback text', () => {
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.msteams).toEqual({ width: 'Full' });
    expect(card.lang).toBe(sample.lang);
    expect(typeof card.fallbackText).toBe('string');
    expect((card.fallbackText as string).trim()).not.toBe('');
  });

  it.skipIf(!SCHEMA_AVAILABLE)(
    SCHEMA_AVAILABLE ? 'validates against the official Adaptive Card 1.5 schema' : SCHEMA_SKIP_MESSAGE,
    () => {
      expect(schemaErrors(card).slice(0, 10)).toEqual([]);
    },
  );

  it(`stays under ${MAX_CARD_BYTES} bytes`, () => {
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('has no leftover binding, "undefined" or null', () => {
    expect(json).not.toContain('${');
    expect(json).not.toMatch(/undefined/i);
    expect(json).not.toContain('null');
  });

  it('sends only submit data the bot accepts', () => {
    const inputIds = new Set(
      nodes(card).flatMap((n) => (typeof n.type === 'string' && n.type.startsWith('Input.') ? [n.id] : [])),
    );
    for (const action of ofType(card, 'Action.Submit')) {
      const data = action.data as Record<string, unknown>;
      // a text box named like a missing field fills it when pressed
      const merged = { ...Object.fromEntries([...inputIds].map((id) => [String(id), 'typed'])), ...data };
      expect(readCardAction(merged), JSON.stringify(data)).toBeDefined();
      if (action.associatedInputs !== 'none' && readCardAction(data) === undefined) {
        expect(inputIds.size, `${JSON.stringify(data)} relies on an input`).toBeGreaterThan(0);
      }
    }
  });

  it('links only to https addresses', () => {
    for (const action of ofType(card, 'Action.OpenUrl')) expect(String(action.url)).toMatch(/^https:\/\//);
  });

  it('has unique ids, and every toggle targets one of them', () => {
    const ids = nodes(card).flatMap((n) =>
      typeof n.id === 'string' && !String(n.type).startsWith('Input.') ? [n.id] : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const toggle of ofType(card, 'Action.ToggleVisibility')) {
      for (const target of toggle.targetElements as string[]) expect(ids).toContain(target);
    }
  });
});
