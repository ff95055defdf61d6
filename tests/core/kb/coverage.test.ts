import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import { extractCodes } from '../../../src/core/text/extract-codes.js';
import { headings, readSeed, sectionLines, seedsPresent, SEEDS_MISSING, tableRows } from './seeds.js';

const kb = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);
const labels = new Set(
  kb.entries.map((e) => `${e.source.doc}#${e.source.anchor}#${e.source.key?.toLowerCase() ?? ''}`),
);
const has = (doc: string, anchor: string, key?: string): boolean =>
  labels.has(`${doc}#${anchor}#${key?.toLowerCase() ?? ''}`);
const missing = (wanted: [string, string, string?][]): string[] =>
  wanted.filter(([d, a, k]) => !has(d, a, k)).map(([d, a, k]) => `${d} > ${a}${k ? ` > ${k}` : ''}`);

const W = '000_f9b6a0690a37ed6b.txt';
const I = '001_09adbf27ab6432e0.txt';
const H = '002_86150bf7b559b65c.txt';
const F = '003_bba85f1684d20bb8.txt';
const P = '004_56390cd5f7c69f9a.txt';

describe.skipIf(!seedsPresent)(
  `knowledge base covers every answer of the articles${seedsPresent ? '' : ` (skipped: ${SEEDS_MISSING})`}`,
  () => {
    it('000: the prerequisites and every error-message section', () => {
      const text = readSeed(W);
      const sections = headings(text).filter((h) => h.level === 3);
      expect(sections.length).toBeGreaterThanOrEqual(17);
      expect(missing([[W, 'prerequisites'], ...sections.map((h): [string, string] => [W, h.anchor])])).toEqual([]);
    });

    it('001: every troubleshooting section and every table row', () => {
      const text = readSeed(I);
      const all = headings(text);
      const tables = new Set(['android-enrollment-errors', 'iosipados-enrollment-errors', 'macos-enrollment-errors']);
      const sections = all.filter(
        (h) => h.level === 3 && !tables.has(h.anchor) && h.anchor !== 'profile-installation-failed',
      );
      const wanted: [string, string, string?][] = [
        [I, 'initial-troubleshooting-steps'],
        [I, 'macos-enrollment-errors'],
        ...sections.map((h): [string, string] => [I, h.anchor]),
      ];
      wanted.push([I, 'profile-installation-failed', 'android'], [I, 'profile-installation-failed', 'ios']);
      wanted.push(
        [I, 'android-enrollment-errors', 'license'],
        [I, 'android-enrollment-errors', 'mdm-authority'],
        [I, 'pc-issues', 'license'],
      );
      const ios = all.find((h) => h.anchor === 'iosipados-enrollment-errors');
      for (const row of tableRows(sectionLines(text, ios!))) wanted.push([I, 'iosipados-enrollment-errors', row[0]]);
      const general = all.find((h) => h.anchor === 'general-enrollment-error-codes');
      const generalRows = tableRows(sectionLines(text, general!));
      expect(generalRows.length).toBe(16);
      // the key is the row's first code as the article writes it (0xAB2, not 0x00000AB2)
      for (const row of generalRows)
        wanted.push([I, 'general-enrollment-error-codes', extractCodes(row[0] ?? '').codes[0]?.raw]);
      expect(missing(wanted)).toEqual([]);
    });

    it('002: every listed code in its phase, the server-error rows, the field checks and the how-tos', () => {
      const text = readSeed(H);
      const all = headings(text);
      const wanted: [string, string, string?][] = [
        [H, 'step-1-retrieve-the-join-status'],
        [H, 'step-3-find-the-phase-in-which-join-failed-and-the-errorcode'],
        [H, 'step-5-collect-logs-and-contact-microsoft-support'],
        [H, 'troubleshoot-post-join-issues'],
        [H, 'pre-check-phase'],
        [H, 'step-2-evaluate-the-join-status', 'DomainJoined'],
        [H, 'step-2-evaluate-the-join-status', 'WorkplaceJoined'],
        [H, 'step-2-evaluate-the-join-status', 'AzureAdJoined'],
        [H, 'join-phase', 'throttled'],
        [H, 'join-phase', 'AADSTS90002'],
        [H, 'join-phase', 'device-object-not-found'],
        [H, 'join-phase', 'AuthenticationError'],
      ];
      let listed = 0;
      for (const phase of ['discover-phase', 'authentication-phase', 'join-phase']) {
        const start = all.find((h) => h.anchor === phase)!;
        const end = all.find(
          (h) => h.line > start.line && h.level <= start.level && !/^windows-10|^older/.test(h.anchor),
        );
        const lines = text.split('\n').slice(start.line, end?.line);
        for (const line of lines) {
          const m = /^- \*\*([A-Z][A-Z0-9_]+)\*\*/.exec(line.trim());
          if (m?.[1]) {
            wanted.push([H, phase, m[1]]);
            listed++;
          }
        }
      }
      expect(listed).toBe(31);
      expect(missing(wanted)).toEqual([]);
    });

    it('003: every FAQ question, Q1 to Qn in order', () => {
      const questions = readSeed(F).match(/\*\*V:/g) ?? [];
      expect(questions.length).toBe(13);
      expect(
        missing(
          questions.map((_, i): [string, string, string] => [
            F,
            'azure-active-directory-automatic-device-registration-faq',
            `Q${i + 1}`,
          ]),
        ),
      ).toEqual([]);
    });

    it('004: the pending-state flow', () => {
      expect(missing([[P, 'device-in-pending-state']])).toEqual([]);
    });

    it('every error code in an article is in some entry', () => {
      const known = new Set(kb.entries.flatMap((e) => e.codes));
      const absent = new Set<string>();
      for (const doc of [W, I, H, F, P]) {
        for (const c of extractCodes(readSeed(doc), known).codes)
          if (!known.has(c.code)) absent.add(`${doc}: ${c.code} (${c.raw})`);
      }
      expect([...absent]).toEqual([]);
    });
  },
);
