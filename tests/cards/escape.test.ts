import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownText, neutraliseBindings, plainText, truncate } from '../../src/cards/escape.js';

describe('plainText (TextRuns: never parsed as markdown)', () => {
  it('keeps what the user typed, markdown characters included', () => {
    expect(plainText('**vet** <b>x</b> [a](b)')).toBe('**vet** <b>x</b> [a](b)');
  });

  it('breaks template bindings and card date functions', () => {
    const out = plainText('${title} and {{DATE(2017-02-14T06:08:00Z)}} and {{{x');
    expect(out).not.toContain('${');
    expect(out).not.toContain('{{');
    expect(out.replace(/\u200B/g, '')).toBe('${title} and {{DATE(2017-02-14T06:08:00Z)}} and {{{x');
  });

  it('puts a flood of newlines and spaces on one line', () => {
    expect(plainText('a\n\n\n\n\n\nb \t\t c\r\n\r\nd')).toBe('a b c d');
  });

  it('drops control characters and bidi overrides', () => {
    expect(plainText('a\u0000b\u0007c\u202Ed\u2066e\uFEFF')).toBe('abcde');
  });

  it('cuts overlong text at a word boundary with an ellipsis', () => {
    const out = plainText('woord '.repeat(200), { maxLength: 50 });
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out).toMatch(/woord…$/);
  });

  it('keeps up to maxLines lines when asked', () => {
    expect(plainText('a\n\n\nb\nc\nd', { maxLines: 2 })).toBe('a\nb …');
  });
});

describe('markdownText (TextBlocks, facts, fallbackText)', () => {
  it('escapes emphasis, links, code, HTML and entities', () => {
    expect(markdownText('**vet** _x_ [a](https://e.x) `c` <b>h</b> &amp; ~~s~~ a|b')).toBe(
      '\\*\\*vet\\*\\* \\_x\\_ \\[a\\](https:\u200B//e\u200B.x) \\`c\\` \\<b\\>h\\</b\\> \\&amp; \\~\\~s\\~\\~ a\\|b',
    );
  });

  it('escapes block markers at the start of a line', () => {
    expect(markdownText('# kop')).toBe('\\# kop');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('+ item')).toBe('\\+ item');
    expect(markdownText('1. item')).toBe('1\\. item');
    expect(markdownText('2) item')).toBe('2\\) item');
    expect(markdownText('> quote')).toBe('\\> quote');
  });

  it('escapes a backslash, so an escape cannot be undone', () => {
    expect(markdownText('\\*x\\*')).toBe('\\\\\\*x\\\\\\*');
  });

  it('keeps separate lines as paragraphs when asked', () => {
    expect(markdownText('- a\n\n\n\n- b', { maxLines: 3 })).toBe('\\- a\n\n\\- b');
  });

  it('cuts before escaping, so no escape is split from its character', () => {
    const out = markdownText('*'.repeat(100), { maxLength: 10 });
    expect(out).toBe('\\*'.repeat(9) + '…');
  });
});

describe('truncate', () => {
  it('never splits a surrogate pair', () => {
    const out = truncate('😀'.repeat(10), 6);
    expect(out).toBe('😀😀…');
  });

  it('leaves short text alone', () => {
    expect(truncate('kort', 10)).toBe('kort');
  });
});

describe('properties', () => {
  it('no output of either function contains a binding, a date function, a control character or is too long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 10, max: 200 }), (text, max) => {
        for (const out of [plainText(text, { maxLength: max }), markdownText(text, { maxLength: max })]) {
          expect(out).not.toContain('${');
          expect(out).not.toContain('{{');
          // eslint-disable-next-line no-control-regex
          expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E]/);
        }
        expect(plainText(text, { maxLength: max }).replace(/\u200B/g, '').length).toBeLessThanOrEqual(max);
        expect(plainText(text)).not.toContain('\n');
      }),
    );
  });

  it('markdownText leaves no markdown special unescaped', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('*', '_', '[', ']', '\\', '<', '>', '`', 'a', ' ', '\n', '#', '-', '1', '.'),
        }),
        (text) => {
          const out = markdownText(text, { maxLength: 1000, maxLines: 5 });
          // remove escaped pairs; what is left may not contain a special
          expect(out.replace(/\\[\\`*_~[\]<>&|#!+\-.)=]/g, '')).not.toMatch(/[\\`*_~[\]<>&|]/);
        },
      ),
    );
  });

  it('neutraliseBindings is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = neutraliseBindings(text);
        expect(neutraliseBindings(once)).toBe(once);
      }),
    );
  });
});
