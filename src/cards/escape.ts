/**
 * Text that reaches a card from outside the bot's own phrases: what a user typed, names, pasted dsregcmd values.
 * It must show as typed and never change the card: no markdown, no links, no `${...}` bindings or `{{DATE()}}`
 * functions, no flood of blank lines, no page-long paragraphs.
 *
 * User text goes into RichTextBlock TextRuns (`plainText`), which no Teams client parses as markdown. Backslash
 * escapes are not honoured the same way by every Teams client (mobile shows the backslashes), so `markdownText`
 * is only for the few places that are always markdown: a Fact or TextBlock, and `fallbackText`.
 */

const ZWSP = '\u200B';
const ELLIPSIS = '…';

export const DEFAULT_MAX_LENGTH = 300;

export interface EscapeOptions {
  /** Longer text is cut at a word boundary and ends in "…". */
  maxLength?: number;
  /** Lines kept (empty lines never count); the rest is dropped with "…". Default 1: everything on one line. */
  maxLines?: number;
}

// C0/C1 controls except tab and newline, bidi overrides and isolates (text spoofing), BOM.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** `${` reads as a template binding and `{{` as a card date function: an invisible space breaks both. */
export function neutraliseBindings(text: string): string {
  if (!text.includes('${') && !text.includes('{{')) return text;
  return text.replace(/\$(?=\{)/g, `$${ZWSP}`).replace(/\{(?=\{)/g, `{${ZWSP}`);
}

/** At most `max` characters (counting the "…"), cut at a word boundary when one is near. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // never leave half a surrogate pair behind
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space >= cut.length * 0.8) cut = cut.slice(0, space);
  return cut.trimEnd() + ELLIPSIS;
}

/** Lines without invisible characters, inner whitespace collapsed, empty lines dropped. */
function cleanLines(text: string, maxLines: number, maxLength: number): string[] {
  // a pasted log of megabytes is cut before the regexes see it
  const lines = text
    .slice(0, maxLength * 8 + 1000)
    .replace(INVISIBLE, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  if (maxLines <= 1) return lines.length > 0 ? [lines.join(' ')] : [];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''} ${ELLIPSIS}`;
  return kept;
}

/** User text for a TextRun or an input's value: shown exactly as typed, tidied and cut to size. */
export function plainText(text: string, options: EscapeOptions = {}): string {
  const { maxLength = DEFAULT_MAX_LENGTH, maxLines = 1 } = options;
  return neutraliseBindings(truncate(cleanLines(text, maxLines, maxLength).join('\n'), maxLength));
}

/** Escapes one line for CommonMark: every character that can start markup, and the line-start markers. */
function escapeMarkdownLine(line: string): string {
  return (
    line
      .replace(/[\\`*_~[\]<>&|#!]/g, (c) => `\\${c}`)
      // list items, quotes and rules only start a line
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** User text for a TextBlock, a Fact or `fallbackText`: markdown and HTML specials escaped, so it shows as typed. */
export function markdownText(text: string, options: EscapeOptions = {}): string {
  const { maxLength = DEFAULT_MAX_LENGTH, maxLines = 1 } = options;
  // cut first, so an escape is never split from the character it protects
  const lines = truncate(cleanLines(text, maxLines, maxLength).join('\n'), maxLength).split('\n');
  // a single newline is not a line break in markdown; an empty line between is
  return neutraliseBindings(lines.map(escapeMarkdownLine).join('\n\n'));
}
