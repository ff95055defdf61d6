import { describe, expect, it } from 'vitest';
import { conversation, type Seen } from '../helpers/conversation.js';

const asks = (replies: Seen[], question: string) =>
  replies.some((r) => r.buttons.some((b) => b.data.question === question));
const texts = (replies: Seen[]) => replies.map((r) => `${r.text}\n${r.cardText}`).join('\n');

/** Each row: what the user types in the middle of a question, and what the bot must say. */
const cases = [
  { locale: 'nl-NL', say: 'hulp', expect: /Ik help bij|inschrijvingsproblemen/i, keepsQuestion: true },
  { locale: 'en-US', say: 'help', expect: /enrollment/i, keepsQuestion: true },
  { locale: 'nl-NL', say: 'annuleren', expect: /gestopt/, keepsQuestion: false },
  { locale: 'en-US', say: 'cancel', expect: /stopped/, keepsQuestion: false },
  { locale: 'nl-NL', say: 'opnieuw', expect: /opnieuw/, keepsQuestion: false },
  { locale: 'en-US', say: 'restart', expect: /start over/, keepsQuestion: false },
  { locale: 'nl-NL', say: 'iets anders', expect: /andere probleem/, keepsQuestion: false },
  { locale: 'en-US', say: 'something else', expect: /other problem/, keepsQuestion: false },
];

describe('interruptions while a question is open', () => {
  it.each(cases)('$locale: "$say"', async ({ locale, say, expect: expected, keepsQuestion }) => {
    const c = conversation({ locale });
    expect(asks(await c.say(locale === 'nl-NL' ? 'foutcode 80180003' : 'error 80180003'), 'windows-edition')).toBe(
      true,
    );
    const replies = await c.say(say);
    expect(texts(replies)).toMatch(expected);
    // help is answered where it comes: the open question card is not sent again, and the question stays open
    expect(asks(replies, 'windows-edition')).toBe(false);
    if (keepsQuestion) {
      expect(texts(await c.say('Home'))).toMatch(/Windows 10 Home/);
    } else {
      const after = await c.say('80180014');
      expect(after.some((r) => r.buttons.some((b) => b.data.action === 'solved'))).toBe(true);
    }
  });

  it('starts a new triage when a message with a new error code arrives mid-question', async () => {
    const c = conversation();
    await c.say('80180003');
    const replies = await c.say('laat maar, nu krijg ik 0x80180014');
    expect(texts(replies)).toContain('nieuwe foutcode');
    expect(texts(replies)).toContain('Uw organisatie biedt geen ondersteuning');
  });

  it('starts fresh after 30 minutes of silence, and says so', async () => {
    const c = conversation();
    await c.say('80180003');
    c.clock.now += 31 * 60 * 1000;
    const replies = await c.say('Home');
    expect(texts(replies)).toContain('opnieuw begonnen');
    expect(asks(replies, 'windows-edition')).toBe(false);
  });

  it('keeps the open question within 30 minutes', async () => {
    const c = conversation();
    await c.say('80180003');
    c.clock.now += 29 * 60 * 1000;
    const replies = await c.say('Home');
    expect(texts(replies)).toMatch(/Windows 10 Home/);
  });
});

describe('outside a triage', () => {
  it.each([
    ['nl-NL', 'goedemorgen', /Waar kan ik mee helpen/],
    ['en-US', 'hi', /How can I help/],
    ['nl-NL', 'bedankt', /Graag gedaan/],
    ['en-US', 'cancel', /Nothing is running/],
  ])('%s: "%s" gets a short reply, no triage', async (locale, say, expected) => {
    const c = conversation({ locale });
    const replies = await c.say(say);
    expect(texts(replies)).toMatch(expected);
    expect(replies.some((r) => r.buttons.some((b) => b.data.action === 'solved'))).toBe(false);
  });

  it('answers a button from a card that is no longer open with a short note', async () => {
    const c = conversation();
    const replies = await c.press({ action: 'answer', question: 'windows-edition', value: 'home' });
    expect(texts(replies)).toContain('niet meer open');
  });

  it('answers an unknown or forged card submit sensibly', async () => {
    const c = conversation();
    const replies = await c.press({ action: 'format-c-drive', payload: '${root}' });
    expect(replies.length).toBeGreaterThan(0);
    const after = await c.say('80180014');
    expect(after.some((r) => r.buttons.some((b) => b.data.action === 'solved'))).toBe(true);
  });

  it('answers a message that is only an attachment', async () => {
    const c = conversation();
    const replies = await c.send({
      text: '',
      attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/x.png' }],
    });
    expect(texts(replies)).toContain('bijlagen');
  });

  it('shows the help card for "help"', async () => {
    const c = conversation({ locale: 'en-US' });
    const replies = await c.say('help');
    expect(replies.some((r) => r.buttons.some((b) => b.data.action === 'example'))).toBe(true);
  });

  it('starts a triage from an example clicked on the welcome card', async () => {
    const c = conversation();
    const welcome = await c.say('hulp');
    const example = welcome.flatMap((r) => r.buttons).find((b) => b.data.action === 'example');
    const replies = await c.press(example!.data);
    expect(replies.some((r) => r.card)).toBe(true);
  });
});
