import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The source articles live beside the project; coverage checks skip (with a message) when they are absent. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
export const seedsPresent = existsSync(SEEDS_DIR);
export const SEEDS_MISSING = `../shared/seeds not found at ${SEEDS_DIR}: article coverage not checked`;

export function readSeed(doc: string): string {
  return readFileSync(`${SEEDS_DIR}${doc}`, 'utf8');
}

export interface Heading {
  level: number;
  anchor: string;
  line: number;
}

export function headings(text: string): Heading[] {
  return text.split('\n').flatMap((line, i) => {
    const m = /^(#{1,6}) <a name="([^"]+)"><\/a>/.exec(line);
    return m?.[1] && m[2] ? [{ level: m[1].length, anchor: m[2], line: i }] : [];
  });
}

/** The lines of the section that starts at heading `h` (up to the next heading of the same or a higher level). */
export function sectionLines(text: string, h: Heading): string[] {
  const lines = text.split('\n');
  const next = headings(text).find((o) => o.line > h.line && o.level <= h.level);
  return lines.slice(h.line + 1, next ? next.line : lines.length);
}

/** Rows of the markdown tables in some lines, as arrays of cells (header and separator rows dropped). */
export function tableRows(lines: string[]): string[][] {
  return lines
    .filter((l) => l.trim().startsWith('|'))
    .map((l) =>
      l
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((c) => c.trim()),
    )
    .filter((cells, i, all) => !/^-+$/.test(cells[0] ?? '') && !(all[i + 1] && /^-+$/.test(all[i + 1]?.[0] ?? '')));
}
