import { describe, expect, it } from 'vitest';
import { readCommand } from '../../src/conversation/commands.js';
import { readConfirmation, readFeedback, saysNoneOfThese } from '../../src/conversation/words.js';

/** What people type, Dutch and English, and the command it is (undefined: a problem or an answer, not a command). */
const COMMANDS: [string, ReturnType<typeof readCommand>][] = [
  ['hulp', 'help'],
  ['help', 'help'],
  ['Wat kun je?', 'help'],
  ['what can you do', 'help'],
  ['annuleren', 'cancel'],
  ['never mind', 'cancel'],
  ['begin opnieuw', 'restart'],
  ['start over', 'restart'],
  ['iets anders', 'other'],
  ['another problem', 'other'],
  ['Goedemorgen!', 'greeting'],
  ['hello', 'greeting'],
  ['bedankt', 'thanks'],
  ['thanks a lot', 'thanks'],
  ['mijn tickets', 'my-tickets'],
  ['my tickets', 'my-tickets'],
  ['medewerker', 'handoff'],
  ['ik wil een medewerker spreken', 'handoff'],
  ['Kan ik iemand van de helpdesk bellen?', 'handoff'],
  ['I want to talk to a human', 'handoff'],
  ['can I speak to someone please', 'handoff'],
  ['registreer helpdesk', 'register-helpdesk'],
  ['register helpdesk', 'register-helpdesk'],
  ['80180014', undefined],
  ['de helpdesk zegt dat ik 80180014 moet melden', undefined],
  ['I talked to the helpdesk but it still fails', undefined],
  ['mijn laptop kan zich niet inschrijven', undefined],
];

const FEEDBACK: [string, string][] = [
  ['ja', 'solved'],
  ['yes thanks', 'solved'],
  ['het werkt weer', 'solved'],
  ['it works now', 'solved'],
  ['nee', 'not-solved'],
  ['nee helaas, nog steeds dezelfde fout', 'not-solved'],
  ["no, that didn't help", 'not-solved'],
  ['still not working', 'not-solved'],
  ['ander probleem', 'other-problem'],
  ['new problem', 'other-problem'],
  ['de laptop is een Surface Pro 7', 'text'],
  ['the laptop is a Surface Pro 7', 'text'],
];

const CONFIRM: [string, boolean | undefined][] = [
  ['ja graag', true],
  ['yes please', true],
  ['verstuur maar', true],
  ['send it', true],
  ['nee bedankt', false],
  ["don't send", false],
  ['misschien', undefined],
  ['maybe', undefined],
];

describe('the words people type, in both languages', () => {
  it.each(COMMANDS)('"%s" is the command %s', (text, command) => {
    expect(readCommand(text)).toBe(command);
  });

  it.each(FEEDBACK)('"%s" after an answer is %s', (text, kind) => {
    expect(readFeedback(text, undefined, 'some-entry').kind).toBe(kind);
  });

  it.each(CONFIRM)('"%s" on the hand-off summary confirms: %s', (text, confirmed) => {
    expect(readConfirmation(text, undefined)?.confirmed).toBe(confirmed);
  });

  it.each([
    ['geen van deze', true],
    ['none of these', true],
    ['neither', true],
    ['de tweede', false],
    ['the second one', false],
  ] as const)('"%s" on a choice card is "none of these": %s', (text, none) => {
    expect(saysNoneOfThese(text)).toBe(none);
  });
});
