import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import { questionCatalogue, type FactId, type Question } from '../../../src/core/kb/schema.js';
import { parseAnswer } from '../../../src/core/text/parse-answer.js';

/** The real catalogue, read on its own so that work on the article files cannot break these tests. */
const QUESTIONS = new Map<FactId, Question>(
  questionCatalogue
    .parse(parseYaml(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'questions.yaml'), 'utf8')))
    .questions.map((q) => [q.id, q]),
);
function question(id: FactId): Question {
  const found = QUESTIONS.get(id);
  if (!found) throw new Error(`no question ${id} in the catalogue`);
  return found;
}

type Case = [question: FactId, answer: string, expected: string | undefined];

const YES_NO: Case[] = [
  ['virtual-machine', 'ja', 'yes'],
  ['virtual-machine', 'jep', 'yes'],
  ['virtual-machine', 'klopt', 'yes'],
  ['virtual-machine', 'yes', 'yes'],
  ['virtual-machine', 'y', 'yes'],
  ['proxy', 'Yes!', 'yes'],
  ['proxy', 'ja hoor', 'yes'],
  ['proxy', 'dat klopt', 'yes'],
  ['license-assigned', 'ik denk het wel', 'yes'],
  ['license-assigned', 'yeah', 'yes'],
  ['windows-updated', 'Ja, alle updates staan erop', 'yes'],
  ['virtual-machine', 'nee', 'no'],
  ['virtual-machine', 'nope', 'no'],
  ['virtual-machine', 'no', 'no'],
  ['virtual-machine', 'n', 'no'],
  ['proxy', 'Nee.', 'no'],
  ['proxy', 'nee hoor', 'no'],
  ['proxy', 'klopt niet', 'no'],
  ['license-assigned', 'helaas niet', 'no'],
  ['license-assigned', "I don't think so", 'no'],
  ['windows-updated', 'nog niet', 'no'],
  ['other-work-account', 'niet echt', 'no'],
  ['virtual-machine', 'weet ik niet', 'unknown'],
  ['virtual-machine', 'geen idee', 'unknown'],
  ['virtual-machine', 'weet niet', 'unknown'],
  ['proxy', 'dunno', 'unknown'],
  ['proxy', 'not sure', 'unknown'],
  ['proxy', 'idk', 'unknown'],
  ['federated-domain', '?', 'unknown'],
  ['federated-domain', 'Ik weet het niet', 'unknown'],
  ['federated-domain', 'no idea, sorry', 'unknown'],
  ['federated-domain', 'nee, weet ik niet', 'unknown'],
  ['intune-pc-agent', "I don't know", 'unknown'],
  ['intune-pc-agent', 'misschien', 'unknown'],
  ['virtual-machine', 'Hyper-V', 'yes'],
  ['virtual-machine', 'het is een fysieke laptop', 'no'],
  ['proxy', 'we gebruiken zscaler', 'yes'],
  ['license-assigned', 'heeft een E3 licentie', 'yes'],
  ['federated-domain', 'PHS', 'no'],
  ['virtual-machine', 'banaan', undefined],
  ['virtual-machine', 'ja nee', undefined],
  ['virtual-machine', 'Windows 10 Home', undefined],
  ['virtual-machine', '', undefined],
];

const CHOICES: Case[] = [
  ['platform', 'Android', 'android'],
  ['platform', 'andriod', 'android'],
  ['platform', 'iPhone 13', 'ios'],
  ['platform', 'Samsung Galaxy S21', 'android'],
  ['platform', 'een macbook', 'macos'],
  ['platform', 'Windows', 'windows'],
  ['platform', 'win11', 'windows'],
  ['platform', 'mijn laptop', 'windows'],
  ['platform', 'iOS / iPadOS', 'ios'],
  ['platform', 'MACOS', 'macos'],
  ['platform', 'MacBook laptop', 'macos'],
  ['platform', 'Linux', undefined],
  ['platform', 'ja', undefined],
  ['platform', 'weet niet', 'unknown'],
  ['windows-edition', 'Windows 10 Home', 'home'],
  ['windows-edition', 'home', 'home'],
  ['windows-edition', 'thuis', 'home'],
  ['windows-edition', 'Pro', 'pro'],
  ['windows-edition', 'win 11 pro', 'pro'],
  ['windows-edition', 'entreprise', 'enterprise'],
  ['windows-edition', 'ENTERPRISE', 'enterprise'],
  ['windows-edition', 'edu', 'education'],
  ['windows-edition', 'onderwijs', 'education'],
  ['windows-edition', 'profesional', 'pro'],
  ['windows-edition', 'Pro of Enterprise', undefined],
  ['windows-edition', 'windows', undefined],
  ['windows-edition', 'nee', undefined],
  ['users-affected', 'alle gebruikers', 'all'],
  ['users-affected', 'iedereen', 'all'],
  ['users-affected', 'Everyone', 'all'],
  ['users-affected', 'de hele organisatie', 'all'],
  ['users-affected', 'een paar', 'some'],
  ['users-affected', "een paar collega's", 'some'],
  ['users-affected', 'sommige', 'some'],
  ['users-affected', 'a few', 'some'],
  ['users-affected', 'alleen ik', 'one'],
  ['users-affected', 'only me', 'one'],
  ['users-affected', '1', 'one'],
  ['users-affected', 'alleen bij mij', 'one'],
  ['users-affected', 'niet iedereen', undefined],
  ['devices-affected', 'alle apparaten', 'all'],
  ['devices-affected', 'alleen deze', 'one'],
  ['devices-affected', 'just this one', 'one'],
  ['devices-affected', 'meerdere', 'some'],
  ['enrollment-method', 'Autopilot', 'autopilot'],
  ['enrollment-method', 'via autopilot', 'autopilot'],
  ['enrollment-method', 'bedrijfsportal', 'byod'],
  ['enrollment-method', 'Company Portal', 'byod'],
  ['enrollment-method', 'BYOD', 'byod'],
  ['enrollment-method', 'groepsbeleid', 'gpo'],
  ['enrollment-method', 'group policy', 'gpo'],
  ['enrollment-method', 'hybride', 'hybrid-join'],
  ['enrollment-method', 'co-beheer', 'co-management'],
  ['enrollment-method', 'Apple Business Manager', 'ade'],
  ['enrollment-method', 'ppkg', 'bulk'],
  ['enrollment-method', 'eigen telefoon', 'byod'],
  ['enrollment-method', 'niet via autopilot maar via GPO', 'gpo'],
  ['mdm-authority', 'Microsoft Intune', 'intune'],
  ['mdm-authority', 'SCCM', 'configmgr'],
  ['mdm-authority', 'niet ingesteld', 'none'],
  ['mdm-authority', 'intnue', 'intune'],
  ['mdm-authority', 'nope', undefined],
  ['tpm-version', 'TPM 2.0', '2.0'],
  ['tpm-version', '1.2', '1.2'],
  ['tpm-version', 'geen TPM', 'none'],
  ['tpm-version', 'tpm v2.0', '2.0'],
  ['error-phase', 'discovery', 'discover'],
  ['error-phase', 'Error Phase: auth', 'auth'],
  ['error-phase', 'pre-check', 'precheck'],
  ['error-location', 'in de bedrijfsportal', 'company-portal'],
  ['error-location', 'Event Viewer', 'event-log'],
];

const NUMBERS: Case[] = [
  ['enrolled-devices', '5', '5'],
  ['enrolled-devices', 'vijf', '5'],
  ['enrolled-devices', 'five', '5'],
  ['enrolled-devices', 'ongeveer 6', '6'],
  ['enrolled-devices', '6 stuks', '6'],
  ['enrolled-devices', 'een stuk of 6', '6'],
  ['enrolled-devices', "zo'n 6", '6'],
  ['enrolled-devices', 'twenty five', '25'],
  ['enrolled-devices', 'vijfentwintig', '25'],
  ['enrolled-devices', 'I have 3 devices', '3'],
  ['enrolled-devices', 'één', '1'],
  ['enrolled-devices', 'geen', '0'],
  ['enrolled-devices', 'nul', '0'],
  ['enrolled-devices', 'meer dan 10', '11'],
  ['enrolled-devices', '5 of 6', undefined],
  ['enrolled-devices', 'twee laptops en een telefoon', undefined],
  ['enrolled-devices', 'minder dan 5', undefined],
  ['enrolled-devices', 'veel', undefined],
  ['enrolled-devices', 'weet ik niet', 'unknown'],
];

const TEXTS: Case[] = [
  ['error-message', '  0x80180014 bij inschrijven ', '0x80180014 bij inschrijven'],
  ['windows-version', '22H2', '22H2'],
  ['error-message', 'weet ik niet', 'unknown'],
  ['windows-version', 'geen idee', 'unknown'],
  ['error-message', '   ', undefined],
];

const ALL_CASES = [...YES_NO, ...CHOICES, ...NUMBERS, ...TEXTS];

describe('parseAnswer', () => {
  it('has at least 60 cases', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(60);
  });
  describe.each([
    ['yes-no', YES_NO],
    ['choice', CHOICES],
    ['number', NUMBERS],
    ['text', TEXTS],
  ])('%s', (_name, cases) => {
    it.each(cases)('%s: %j', (id, answer, expected) => {
      expect(parseAnswer(question(id), answer)).toBe(expected);
    });
  });

  it('reads every value, label and synonym of every choice as that choice', () => {
    for (const q of QUESTIONS.values()) {
      for (const choice of q.choices) {
        const forms = [choice.value, choice.label.nl, choice.label.en, ...choice.synonyms.nl, ...choice.synonyms.en];
        for (const form of forms) expect(parseAnswer(q, form), `${q.id}: ${form}`).toBe(choice.value);
      }
    }
  });
});

describe('parseAnswer: robustness', () => {
  const questions = [...QUESTIONS.values()];
  const FRAGMENTS = fc.constantFrom(
    ' ',
    ',',
    '?',
    'ja',
    'nee',
    'niet ',
    'geen ',
    'idee',
    'weet ',
    '5',
    'vijf',
    'een ',
    'alle ',
    'pro',
    'home',
    'x',
    'é',
    '\u0301',
  );
  const text = fc.oneof(
    fc.array(FRAGMENTS, { maxLength: 200 }).map((parts) => parts.join('')),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 500 }),
  );

  function expectValid(q: Question, result: string | undefined): void {
    if (result === undefined || result === 'unknown') return;
    if (q.type === 'yes-no') expect(['yes', 'no']).toContain(result);
    if (q.type === 'number') expect(result).toMatch(/^\d+$/);
    if (q.type === 'choice') expect(q.choices.map((c) => c.value)).toContain(result);
    if (q.type === 'text') expect(result.trim()).toBe(result);
  }

  it('never throws and answers only with a value the question allows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions), text, (q, answer) => expectValid(q, parseAnswer(q, answer))),
      { numRuns: 500 },
    );
  });

  it('reads 100 KB answers fast', () => {
    const big = fc.oneof(
      fc.array(FRAGMENTS, { minLength: 20_000, maxLength: 30_000 }).map((parts) => parts.join('').slice(0, 100_000)),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
        minLength: 100_000,
        maxLength: 100_000,
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...questions), big, (q, answer) => {
        const started = performance.now();
        expectValid(q, parseAnswer(q, answer));
        expect(performance.now() - started).toBeLessThan(1_500);
      }),
      { numRuns: 15 },
    );
  });
});
