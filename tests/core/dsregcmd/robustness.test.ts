import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dsregFindings } from '../../../src/core/dsregcmd/findings.js';
import { parseDsregcmd } from '../../../src/core/dsregcmd/parse.js';

const MAX = 100_000;

/** Parses and reads findings; what comes back must be well formed. */
function check(text: string): void {
  const status = parseDsregcmd(text);
  if (status === null) return;
  expect(status.fields.size).toBeGreaterThanOrEqual(2);
  for (const f of dsregFindings(status)) {
    expect(typeof f.field).toBe('string');
    expect(typeof f.value).toBe('string');
  }
}

/** Pieces of real output, so random text also hits the parser's interesting paths. */
const piece = fc.oneof(
  fc.constantFrom(
    'AzureAdJoined',
    'DomainJoined',
    'WorkplaceJoined',
    'AzureAdPrt',
    'WamDefaultSet',
    'Error Phase',
    'Client ErrorCode',
    'DRS Discovery Test',
    'Device State',
    'Work Account 1',
    ' : ',
    ':',
    ' ',
    '  ',
    '\n',
    '\r\n',
    '\t',
    '\u00a0',
    '|',
    '│',
    '║',
    '+----------+',
    '─────',
    'YES',
    'NO',
    'Ja',
    'Nee',
    'FAIL [0x801c0021/0x80072ee2]',
    '[',
    ']',
    '/',
    'staat op',
    'is',
    '->',
    '=',
    '**',
    '`',
    'join',
    'pre-check',
    '\u200b',
    '\ufeff',
  ),
  fc.string({ maxLength: 12 }),
);

describe('robustness', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: MAX }), (text) => check(text)),
      { numRuns: 300 },
    );
  });

  it('never throws on long strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: MAX / 2, maxLength: MAX }), (text) => check(text)),
      { numRuns: 10 },
    );
  });

  it('never throws on soups of dsregcmd pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => check(pieces.join(''))),
      { numRuns: 500 },
    );
  });

  const fill = (unit: string, prefix = ''): string =>
    (prefix + unit.repeat(Math.ceil(MAX / unit.length))).slice(0, MAX);
  // Inputs shaped against each regex: long runs where a match almost succeeds, then fails at the end.
  const adversarial: [string, string][] = [
    ['one long word', fill('a')],
    ['one long line of spaces', fill(' ')],
    ['colons', fill(':')],
    ['a name prefix over and over', fill('AzureAdJoi')],
    ['names without colons', fill('AzureAdJoined ')],
    ['names and colons on one line', fill('AzureAdJoined : NO DomainJoined : YES ')],
    ['names and colons on many lines', fill('AzureAdJoined : NO\n')],
    ['glued upper-case names', fill('YESEnterpriseJoined : NO')],
    ['link words that never reach a value', fill('AzureAdPrt is staat op nog ')],
    ['one name then link words', fill('op ', 'AzureAdPrt ')],
    ['an unclosed test bracket', fill('0x801c0021/', 'DRS Discovery Test : FAIL [')],
    ['an indented line that never reaches its colon', fill('Abc def-', '    ')],
    ['parentheses in a would-be name', fill('(a) ', '   A ')],
    ['border dashes', fill('+-')],
    ['box drawing', fill('│─┼')],
    ['blank lines', fill(' \r\n')],
    ['a header over and over', fill('Device State ')],
    ['everything at once', fill('\r\n| AzureAdJoined : Ja │ DomainJoined:Nee\u00a0\t DRS Discovery Test : FAIL [0x1/')],
  ];

  it.each(adversarial)('stays linear on 100 KB of %s', (_name, text) => {
    expect(text.length).toBe(MAX);
    const started = performance.now();
    check(text);
    // Linear work takes a few milliseconds here; catastrophic backtracking would take seconds or hours.
    expect(performance.now() - started).toBeLessThan(500);
  });
});
