import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractCodes,
  indexKnownCodes,
  KnownCodes,
  type CodeExtraction,
} from '../../../src/core/text/extract-codes.js';
import {
  ALL_VECTORS,
  CODE_FORMS,
  DUPLICATES,
  EVENTS,
  KB_CODES,
  NEAR_MISSES_WITH_KB,
  NEAR_MISSES_WITHOUT_KB,
  TRAPS,
  type CodeVector,
} from '../../fixtures/code-vectors.js';

const CANONICAL = /^(?:0x[0-9A-F]{8}|[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9](?::\d+)?)$/;
const SAMPLE = fileURLToPath(new URL('../../../../shared/eval/extraction-sample.jsonl', import.meta.url));

function run(vector: CodeVector): CodeExtraction {
  return extractCodes(vector.text, vector.withKnown === true ? KB_CODES : undefined);
}

function expectVector(vector: CodeVector): void {
  const result = run(vector);
  expect(result.codes.map((c) => c.code)).toEqual(vector.codes);
  if (vector.events !== undefined) expect(result.events).toEqual(vector.events);
  else expect(result.events).toEqual([]);
}

/** The invariants every extraction keeps, whatever the input. */
function expectWellFormed(text: string, result: CodeExtraction): void {
  const seen = new Set<string>();
  let last = -1;
  for (const found of result.codes) {
    expect(found.code).toMatch(CANONICAL);
    expect(seen.has(found.code)).toBe(false);
    seen.add(found.code);
    expect(found.index).toBeGreaterThan(last);
    last = found.index;
    expect(text.slice(found.index, found.index + found.raw.length)).toBe(found.raw);
  }
  expect(new Set(result.events).size).toBe(result.events.length);
  for (const id of result.events) expect(Number.isInteger(id) && id >= 1 && id <= 65535).toBe(true);
}

describe('extractCodes: vectors', () => {
  it('has at least 60 vectors', () => {
    expect(ALL_VECTORS.length).toBeGreaterThanOrEqual(60);
  });
  describe.each([
    ['every written form', CODE_FORMS],
    ['duplicates', DUPLICATES],
    ['event ids', EVENTS],
    ['false-positive traps', TRAPS],
    ['near misses without the KB', NEAR_MISSES_WITHOUT_KB],
    ['near misses with the KB', NEAR_MISSES_WITH_KB],
  ])('%s', (_name, vectors) => {
    it.each(vectors.map((v) => [v.text, v] as const))('%s', (_text, vector) => expectVector(vector));
  });
});

describe('extractCodes: what it reports', () => {
  it('keeps the raw text and its position, the first time a code appears', () => {
    const text = 'foutcode 0x8018 0026, later -2145648607 en 0x80180026';
    expect(extractCodes(text).codes).toEqual([
      { code: '0x80180026', raw: '0x8018 0026', index: 9 },
      { code: '0x801C0021', raw: '-2145648607', index: 28 },
    ]);
  });

  it('sets `corrected` to the form it was read as before correction', () => {
    const text = 'Fout 0x801c003 (0x801c0003), Failed (0x80180002b)';
    expect(extractCodes(text, KB_CODES).codes).toEqual([
      { code: '0x801C0003', raw: '0x801c003', index: 5, corrected: '0x0801C003' },
      { code: '0x8018002B', raw: '0x80180002b', index: 37, corrected: '0x80180002B' },
    ]);
  });

  it('does not pad the start of a code someone did not write down ("begon met 0x801c00..")', () => {
    expect(extractCodes('een code die begon met 0x801c00.. (geen foto)').codes).toEqual([]);
    expect(extractCodes('0x8018… en verder weet ik het niet').codes).toEqual([]);
    expect(extractCodes('fout 0xAB2.').codes.map((c) => c.code)).toEqual(['0x00000AB2']);
    expect(extractCodes('0x801c0003...').codes.map((c) => c.code)).toEqual(['0x801C0003']);
  });

  it('never sets `corrected` for an exact code', () => {
    for (const found of extractCodes('0x801C0003 80180014 -2145648611 0xAB2', KB_CODES).codes) {
      expect(found.corrected).toBeUndefined();
    }
  });

  it('returns nothing for empty text', () => {
    expect(extractCodes('')).toEqual({ codes: [], events: [] });
  });
});

describe('extractCodes: one-edit corrections against `known`', () => {
  const known = ['0x801C0003', '0x801C003A', '0x80CF3001', '0x80CF3002', '0x8018002B'];

  it('resolves a lost digit in a run of equal digits, even when another edit would reach a second code', () => {
    // 801c003 -> 801C0003 (a 0 lost from 000) or 801C003A (an A lost at the end): the lost 0 is the common slip
    expect(extractCodes('0x801c003', known).codes[0]).toMatchObject({ code: '0x801C0003', corrected: '0x0801C003' });
  });

  it('resolves a doubled digit, a stray digit and a lost digit', () => {
    expect(extractCodes('0x80180002b', known).codes[0]?.code).toBe('0x8018002B');
    expect(extractCodes('0x801C0037A', known).codes[0]?.code).toBe('0x801C003A');
    expect(extractCodes('0x8018002', known).codes[0]?.code).toBe('0x8018002B');
  });

  it('does not resolve the same slip when the whole KB offers two codes (8018002B and 80180026)', () => {
    expect(extractCodes('0x8018002', KB_CODES).codes).toEqual([{ code: '0x08018002', raw: '0x8018002', index: 0 }]);
  });

  it('leaves ambiguous near misses alone: padded when 7 digits, dropped when 9', () => {
    expect(extractCodes('0x80CF300', known).codes).toEqual([{ code: '0x080CF300', raw: '0x80CF300', index: 0 }]);
    expect(extractCodes('0x80CF30012', known).codes).toEqual([]);
  });

  it('does not correct a code two edits away or of 8 digits', () => {
    expect(extractCodes('0x801c03', known).codes.map((c) => c.code)).toEqual(['0x00801C03']);
    expect(extractCodes('0x801C0004', known).codes.map((c) => c.code)).toEqual(['0x801C0004']);
    expect(extractCodes('0x8018000002b', known).codes).toEqual([]);
  });

  it('reads a known code split in two groups of four without a cue word when it starts as an HRESULT', () => {
    expect(extractCodes('8018 000a bij toegang tot werk', KB_CODES).codes.map((c) => c.code)).toEqual(['0x8018000A']);
    expect(extractCodes('ticket 8018 000a', KB_CODES).codes).toEqual([]);
    expect(extractCodes('pincode 1234 5678', KB_CODES).codes).toEqual([]);
  });

  it('reads a bare known HRESULT with one digit lost or doubled in a run without a cue word, not after a number cue', () => {
    expect(extractCodes('800180026 bij toevoegen aan azure ad', KB_CODES).codes).toEqual([
      { code: '0x80180026', raw: '800180026', index: 0, corrected: '0x800180026' },
    ]);
    expect(extractCodes('ordernummer 800180026', KB_CODES).codes).toEqual([]);
    expect(extractCodes('800180027 bij toevoegen', KB_CODES).codes).toEqual([]);
    expect(extractCodes('801c006 tijdens hybrid join', KB_CODES).codes.map((c) => c.code)).toEqual(['0x801C0006']);
    expect(extractCodes('bel 8012345', KB_CODES).codes).toEqual([]);
  });

  it('needs the KB, and a cue word or a hex letter, for a 7-digit number without 0x', () => {
    expect(extractCodes('op 801c003 gezien', known).codes.map((c) => c.code)).toEqual(['0x801C0003']);
    expect(extractCodes('op 8018002 gezien', known).codes).toEqual([]);
    expect(extractCodes('foutcode 8018002', known).codes.map((c) => c.code)).toEqual(['0x8018002B']);
    expect(extractCodes('foutcode 801c003', []).codes).toEqual([]);
    expect(extractCodes('foutcode 801c003', known).codes.map((c) => c.code)).toEqual(['0x801C0003']);
  });

  it('reads names from `known` case-insensitively when they look like codes, ordinary words only as written', () => {
    const custom = ['ThrottledRequest', 'throttled', 'AuthenticationError'];
    expect(extractCodes('got throttledrequest', custom).codes.map((c) => c.code)).toEqual(['ThrottledRequest']);
    expect(extractCodes('Throttled, THROTTLED', custom).codes).toEqual([]);
    expect(extractCodes('request throttled', custom).codes.map((c) => c.code)).toEqual(['throttled']);
    expect(extractCodes('authenticationerror', custom).codes).toEqual([]);
  });

  it('reads a long name one letter off (British spelling, a slip) as the known name, marked as corrected', () => {
    const names = ['UserLicenseTypeInvalid', 'NoEnrollmentPolicy', 'DSREG_AUTOJOIN_DISC_FAILED', 'DeviceCapReached'];
    expect(extractCodes('userlicencetypeinvalid bij inschrijven', names).codes).toEqual([
      { code: 'UserLicenseTypeInvalid', raw: 'userlicencetypeinvalid', index: 0, corrected: 'userlicencetypeinvalid' },
    ]);
    expect(extractCodes('NoEnrolmentPolicy', names).codes[0]?.code).toBe('NoEnrollmentPolicy');
    expect(extractCodes('DSREG_AUTOJOIN_DISC_FAILD', names).codes[0]?.code).toBe('DSREG_AUTOJOIN_DISC_FAILED');
  });

  it('does not correct a short name, a word two letters off, or an ordinary long word', () => {
    const names = ['DeviceCapReached', 'UserLicenseTypeInvalid', 'throttled'];
    expect(extractCodes('throtled', names).codes).toEqual([]);
    expect(extractCodes('userlicencetypevalid', names).codes).toEqual([]);
    expect(extractCodes('inschrijvingsbeperkingen', names).codes).toEqual([]);
  });

  it('indexes a collection once and accepts a prebuilt index', () => {
    const index = indexKnownCodes(KB_CODES);
    expect(indexKnownCodes(KB_CODES)).toBe(index);
    expect(index).toBeInstanceOf(KnownCodes);
    expect([...index]).toEqual(KB_CODES);
    expect(extractCodes('0x801c003', index).codes[0]?.code).toBe('0x801C0003');
  });

  it('re-indexes a set whose size changed', () => {
    const set = new Set(['0x80180014']);
    expect(extractCodes('0x801c003', set).codes[0]?.code).toBe('0x0801C003');
    set.add('0x801C0003');
    expect(extractCodes('0x801c003', set).codes[0]?.code).toBe('0x801C0003');
  });

  it('corrects against a knowledge base 100 times bigger without scanning it per code', () => {
    const big = [...KB_CODES];
    for (let i = 0; i < 100 * KB_CODES.length; i++)
      big.push(`0x9${(i * 7919).toString(16).toUpperCase().padStart(7, '0')}`);
    const text = 'Fout 0x801c003 en 0x80180002b, daarna 0x87d1fde8 en 8018000a. '.repeat(200);
    extractCodes(text, big);
    const started = performance.now();
    for (let i = 0; i < 20; i++) expect(extractCodes(text, big).codes.map((c) => c.code)).toContain('0x801C0003');
    expect((performance.now() - started) / 20).toBeLessThan(50);
  });
});

describe.skipIf(!existsSync(SAMPLE))(
  `extractCodes: labelled vectors in ../shared/eval/extraction-sample.jsonl${existsSync(SAMPLE) ? '' : ' (skipped: file not found)'}`,
  () => {
    const lines = existsSync(SAMPLE)
      ? readFileSync(SAMPLE, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '')
      : [];
    const vectors = lines.map((line) => JSON.parse(line) as { text: string; codes: string[]; events?: number[] });

    it.each(vectors.map((v) => [v.text, v] as const))('%s', (_text, vector) => {
      const result = extractCodes(vector.text, KB_CODES);
      expect(result.codes.map((c) => c.code)).toEqual(vector.codes);
      if (vector.events !== undefined) expect(result.events).toEqual(vector.events);
    });
  },
);

describe('extractCodes: properties', () => {
  // prettier-ignore
  const fragments = fc.constantFrom(
    '0x', '0X', '8018', '0014', '801c003', '0x8018', ' 0026', 'caa9', '-', '−', '/', ' ', '  ', '\n', ',', '.', ':',
    '#', '@', '+', 'event', 'ID', 'eventIDs', 'gebeurtenis-', '304', ' en ', 'Failed', ':3', 'DSREG_', 'E_', 'aadsts',
    'AADSTS ', '2145648607', 'fout', 'code', 'serial', 'https://', 'www.', 'DeviceCapReached', 'é', '\u0301', '😀',
    '\ud800', '\udc00', '0', 'f', 'F',
  );
  const codeish = fc.array(fragments, { maxLength: 200 }).map((parts) => parts.join(''));
  const utf16 = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
    maxLength: 300,
  });

  it('never throws and keeps its invariants on code-like text', () => {
    fc.assert(
      fc.property(codeish, fc.boolean(), (text, withKnown) => {
        expectWellFormed(text, extractCodes(text, withKnown ? KB_CODES : undefined));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(utf16, (text) => expectWellFormed(text, extractCodes(text, KB_CODES))),
      { numRuns: 1000 },
    );
  });

  it('never throws on any unicode string up to 100 KB', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100_000, size: 'max' }), (text) => {
        expectWellFormed(text, extractCodes(text, KB_CODES));
      }),
      { numRuns: 15 },
    );
  });

  it('finds a 0x code between spaces whatever surrounds it', () => {
    const hresult = fc
      .tuple(fc.constantFrom('8', 'C', 'c'), fc.stringMatching(/^[0-9a-fA-F]{7}$/))
      .map(([first, rest]) => first + rest);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), hresult, fc.string({ unit: 'binary' }), (before, hex, after) => {
        const codes = extractCodes(`${before} 0x${hex} ${after}`).codes.map((c) => c.code);
        expect(codes).toContain(`0x${hex.toUpperCase()}`);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a signed decimal as the same code as its hex form', () => {
    const value = fc.oneof(
      fc.integer({ min: 0x80000000, max: 0x8fffffff }),
      fc.integer({ min: 0xc0000000, max: 0xcfffffff }),
    );
    fc.assert(
      fc.property(value, (v) => {
        const hex = `0x${v.toString(16).toUpperCase()}`;
        expect(extractCodes(`fout ${hex} / ${v - 2 ** 32}`).codes.map((c) => c.code)).toEqual([hex]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('extractCodes: adversarial 100 KB inputs stay linear', () => {
  const size = 100_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const inputs: Array<[string, string]> = [
    ['one long word', fill('a')],
    ['one long hex run', fill('8')],
    ['0x prefixes', fill('0x')],
    ['split-code halves', fill('0x8018 0026 ')],
    ['minus signs', fill('-')],
    ['signed decimals', fill('-2145648607/')],
    ['underscores', fill('DSREG_')],
    ['event cues', fill('event ')],
    ['one endless event list', `eventIDs ${fill('304, ')}`],
    ['Failed: without 3', fill('Failed:')],
    ['urls', fill('https://x/80180014 ')],
    ['spaces', fill(' ')],
    ['mixed separators', fill('-.:#@/ ')],
    ['combining marks', fill('e\u0301')],
    ['GUIDs', fill('6bff0bd9-820b-484b-ab20-2a4f7b76c58e ')],
    ['codes', fill('0x801c0021/0x80072ee2 80180014 ')],
  ];

  it.each(inputs)('%s', (_name, text) => {
    extractCodes(text, KB_CODES);
    const started = performance.now();
    const result = extractCodes(text, KB_CODES);
    expect(performance.now() - started).toBeLessThan(500);
    expectWellFormed(text, result);
  });
});
