import { describe, expect, it } from 'vitest';
import { conversation, type Seen } from '../helpers/conversation.js';

const cardOf = (replies: Seen[]): Seen => {
  const card = replies.find((r) => r.card);
  if (!card) throw new Error(`expected a card, got: ${JSON.stringify(replies.map((r) => r.text))}`);
  return card;
};
const titles = (replies: Seen[]) => replies.flatMap((r) => r.buttons.map((b) => b.title));

describe.each([
  {
    locale: 'nl-NL',
    code: 'mijn laptop blijft hangen op 80180014',
    title: 'Uw organisatie biedt geen ondersteuning voor deze versie van Windows',
    solved: 'Opgelost',
    home: 'Home',
    thanks: 'Fijn dat het opgelost is',
  },
  {
    locale: 'en-US',
    code: 'my laptop is stuck on 80180014',
    title: 'Your organization does not support this version of Windows',
    solved: 'Solved',
    home: 'Home',
    thanks: "Glad it's solved",
  },
])('triage in $locale', ({ locale, code, title, solved, thanks }) => {
  it('answers a clear code at once, with feedback buttons, and closes warmly on "solved"', async () => {
    const c = conversation({ locale });
    const answer = cardOf(await c.say(code));
    expect(answer.cardText).toContain(title);
    expect(answer.cardText).toContain('0x80180014');
    expect(titles([answer])).toContain(solved);
    const solvedButton = answer.buttons.find((b) => b.title === solved);
    const closing = await c.press(solvedButton!.data);
    expect(closing.map((r) => r.text).join()).toContain(thanks);
  });

  it('asks the Windows edition for 80180003 and answers with the Home cause first when told "Home"', async () => {
    const c = conversation({ locale });
    const question = cardOf(await c.say('80180003'));
    expect(question.buttons.map((b) => b.data.question)).toContain('windows-edition');
    const answer = cardOf(await c.say('Home'));
    const lines = answer.cardText.split('\n');
    const heading = lines.findIndex((l) => /^(Waarschijnlijke oorzaak|Likely cause)/.test(l));
    expect(heading).toBeGreaterThan(-1);
    expect(lines.slice(heading + 1, heading + 3).join(' ')).toMatch(/Windows 10 Home/);
  });

  it('takes a button press with empty text as the answer', async () => {
    const c = conversation({ locale });
    const question = cardOf(await c.say('80180003'));
    const pro = question.buttons.find((b) => b.data.value === 'pro');
    const next = await c.press(pro!.data);
    expect(next.some((r) => r.card)).toBe(true);
    expect(next.flatMap((r) => r.buttons).some((b) => b.data.question === 'windows-edition')).toBe(false);
  });

  it('does not ask what the first message already said', async () => {
    const c = conversation({ locale });
    const replies = await c.say('80180003 op een laptop met Windows 10 Home');
    expect(replies.flatMap((r) => r.buttons).some((b) => b.data.question === 'windows-edition')).toBe(false);
    expect(cardOf(replies).cardText).toMatch(/Windows 10 Home/);
  });
});

describe('questions', () => {
  it('re-prompts an answer it cannot read, showing the options, and moves on after three', async () => {
    const c = conversation();
    cardOf(await c.say('80180003'));
    const retry = cardOf(await c.say('blauw'));
    expect(retry.cardText).toContain('Dat begreep ik niet');
    expect(retry.buttons.map((b) => b.data.value)).toContain('home');
    cardOf(await c.say('groen'));
    const after = await c.say('paars');
    expect(after.flatMap((r) => r.buttons).some((b) => b.data.question === 'windows-edition')).toBe(false);
  });

  it('accepts "weet ik niet" and does not ask the same question again', async () => {
    const c = conversation();
    cardOf(await c.say('80180003'));
    const next = await c.say('weet ik niet');
    expect(next.flatMap((r) => r.buttons).some((b) => b.data.question === 'windows-edition')).toBe(false);
  });

  it('asks at most three questions before the first answer', async () => {
    const c = conversation();
    let replies = await c.say('80180003');
    let asked = 0;
    while (replies.some((r) => r.buttons.some((b) => b.data.action === 'answer')) && asked < 10) {
      asked++;
      replies = await c.say('weet ik niet');
    }
    expect(asked).toBeLessThanOrEqual(3);
    expect(titles(replies)).toContain('Opgelost');
  });
});

describe('symptoms, disambiguation and "not solved"', () => {
  it('answers a symptom-only message', async () => {
    const c = conversation();
    const replies = await c.say('autopilot profiel kan niet worden opgeslagen, de naamsjabloon heeft spaties');
    const all = replies.map((r) => r.cardText).join('\n');
    expect(all).toMatch(/Autopilot/);
  });

  it('lets the user pick by button when two different problems fit, and by typing a number', async () => {
    const byButton = conversation({ locale: 'en-US' });
    const pick = cardOf(await byButton.say('DSREG_E_DEVICE_AUTHENTICATION_ERROR'));
    const options = pick.buttons.filter((b) => b.data.action === 'pick');
    expect(options.length).toBeGreaterThanOrEqual(2);
    const chosen = options[1]!;
    const answer = cardOf(await byButton.press(chosen.data));
    expect(answer.buttons.find((b) => b.data.action === 'solved')?.data.entryId).toBe(chosen.data.entryId);

    const byTyping = conversation({ locale: 'en-US' });
    cardOf(await byTyping.say('DSREG_E_DEVICE_AUTHENTICATION_ERROR'));
    const typed = cardOf(await byTyping.say('1'));
    expect(typed.buttons.find((b) => b.data.action === 'solved')?.data.entryId).toBe(options[0]!.data.entryId);
  });

  it('offers the next candidate after "not solved", then the hand-off', async () => {
    const c = conversation({ locale: 'en-US' });
    cardOf(await c.say('DSREG_E_DEVICE_AUTHENTICATION_ERROR'));
    const first = cardOf(await c.say('2'));
    const firstId = first.buttons.find((b) => b.data.action === 'solved')?.data.entryId;
    const next = await c.say("no, that didn't help");
    const second = cardOf(next);
    const secondId = second.buttons.find((b) => b.data.action === 'solved')?.data.entryId;
    expect(secondId).toBeDefined();
    expect(secondId).not.toBe(firstId);
    const last = await c.press(second.buttons.find((b) => b.data.action === 'not-solved')!.data);
    expect(last.map((r) => r.text).join()).toMatch(/helpdesk|human/);
  });
});

describe('dsregcmd', () => {
  it('reports what is wrong in a pasted dsregcmd /status, then answers', async () => {
    const c = conversation();
    const paste =
      'hybrid join werkt niet, dsregcmd /status:\n\n    AzureAdJoined : NO\n EnterpriseJoined : NO\n     DomainJoined : NO\n    WorkplaceJoined : NO\n';
    const replies = await c.say(paste);
    const cards = replies.filter((r) => r.card);
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(cards[0]?.cardText).toContain('DomainJoined');
    expect(cards[1]?.buttons.find((b) => b.data.action === 'solved')?.data.entryId).toBe('hj-field-domainjoined');
  });
});

describe('language', () => {
  it('replies in the language of the message and follows a switch', async () => {
    const c = conversation({ locale: 'nl-NL' });
    const en = await c.say('hello, my enrollment keeps failing with error 80180014');
    expect(cardOf(en).cardText).toContain('Your organization does not support this version of Windows');
    const nl = await c.say('hallo, mijn inschrijving mislukt steeds met foutcode 80180014');
    expect(cardOf(nl).cardText).toContain('Uw organisatie biedt geen ondersteuning');
  });
});

describe('a message with two problems', () => {
  it('answers the clearest first and then the other', async () => {
    const c = conversation({ locale: 'en-US' });
    const first = cardOf(
      await c.say(
        "Two issues: our Samsung Galaxy devices show as not healthy in the console and stopped checking in, and a new hire's MacBook says it looks like a virtual machine during enrollment (it's a real one).",
      ),
    );
    const firstId = first.buttons.find((b) => b.data.action === 'solved')?.data.entryId;
    expect(firstId).toBe('intune-android-samsung-smart-manager-check-in');
    const next = await c.press(first.buttons.find((b) => b.data.action === 'solved')!.data);
    expect(next.map((r) => r.text).join()).toContain('another problem');
    expect(next.flatMap((r) => r.buttons).find((b) => b.data.action === 'solved')?.data.entryId).toBe(
      'intune-macos-enrollment-errors',
    );
  });
});
