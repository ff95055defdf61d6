import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAVE_CHROMIUM, launchChromium, type Browser } from '../helpers/chromium.js';
import { t } from '../../src/i18n/index.js';
import { startBot, type RunningBot } from '../helpers/bot-harness.js';
import { startPlayground, type Playground } from '../helpers/playground.js';
import { PROJECT_DIR } from '../cards/browser-page.js';

/**
 * End to end in a Teams-like client: the real bot (memory storage) on a free port, the Microsoft 365 Agents
 * Playground pointed at it, driven in headless Chromium. Screenshots go to artifacts/screenshots/playground-*.png.
 */

const SCREENSHOTS = join(PROJECT_DIR, 'artifacts', 'screenshots');
const SKIP_MESSAGE = `playground test skipped: ${CHROMIUM} is not installed (apt-get install -y chromium; CI installs it)`;
if (!HAVE_CHROMIUM) console.warn(SKIP_MESSAGE);

const WAIT = { timeout: 20_000 };
/** A laptop screen: a typical answer card must fit on it without scrolling. */
const SCREEN = { width: 1280, height: 900 };
/** The name the playground gives the bot it talks to. */
const BOT_NAME = 'Test Bot';

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM ? 'the bot in the Microsoft 365 Agents Playground (headless Chromium)' : SKIP_MESSAGE,
  () => {
    let bot: RunningBot;
    let playground: Playground;
    let context: BrowserContext;
    let page: Page;
    let browser: Browser | undefined;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      bot = await startBot();
      playground = await startPlayground(`${bot.url}/api/messages`);
      browser = await launchChromium('playground', SCREEN);
      context = browser.context;
      // only the playground on loopback: its web fonts and animations from a CDN are not fetched
      await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
      page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (err) => pageErrors.push(err.message));
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.goto(playground.url, { waitUntil: 'load' });
    }, 90_000);

    afterAll(async () => {
      await browser?.close();
      await playground?.stop();
      await bot?.stop();
    });

    const shot = (name: string) =>
      page.screenshot({ path: join(SCREENSHOTS, `playground-${name}.png`), fullPage: true });
    /** The rendered Adaptive Card that contains `text`. */
    const card = (text: string): Locator => page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();

    it('welcomes the user in personal chat with the welcome card, in the client locale (en-US)', async () => {
      await card('Try for example').waitFor(WAIT);
      await expect(card('Try for example').getByRole('button').count()).resolves.toBeGreaterThan(0);
      await shot('1-welcome');
    }, 60_000);

    it('answers "0x80180014" with a rendered answer card, and a button press brings the next message', async () => {
      const compose = page.locator('textarea, [contenteditable="true"], input[type="text"]').first();
      await compose.click();
      await compose.fill('0x80180014');
      await compose.press('Enter');
      const answer = card('Your organization does not support this version of Windows');
      await answer.waitFor(WAIT);
      await expect(answer.getByText('0x80180014').first().isVisible()).resolves.toBe(true);
      await expect(answer.getByText('Windows (MDM)').first().isVisible()).resolves.toBe(true);
      // an end user: the fix is IT's, so the card says so and hands it over; the admin steps stay folded
      await expect(answer.getByText('The fix is work for your IT department').isVisible()).resolves.toBe(true);
      await expect(answer.getByRole('button', { name: 'Hand over to the helpdesk' }).isVisible()).resolves.toBe(true);
      await expect(answer.getByText('Review + save').isVisible()).resolves.toBe(false);
      await shot('2-answer');
      await answer.screenshot({ path: join(SCREENSHOTS, 'playground-2-answer-card.png') });
      // one screen: the whole card, feedback buttons included, is shorter than the window
      const box = await answer.boundingBox();
      expect(box?.height ?? Infinity).toBeLessThan(SCREEN.height);
      expect(box?.width ?? 0).toBeGreaterThan(300);

      await answer.getByRole('button', { name: 'Solved', exact: true }).click();
      await page.getByText("Glad it's solved!").first().waitFor(WAIT);
      await shot('3-solved');
    }, 60_000);

    it('in a channel: one introduction, an @mention in the middle of a post, the question card in the thread, a button press without a mention', async () => {
      await page.getByText('General', { exact: true }).first().click();
      // added to the team: one introduction in General
      await page.getByText(t('en', 'team.intro')).first().waitFor(WAIT);
      await expect(page.getByText(t('en', 'team.intro')).count()).resolves.toBe(1);
      const post = page.locator('[contenteditable="true"]').first();
      await post.click();
      await page.keyboard.type('mijn laptop @Test');
      await page.locator('#typeahead-menu [role="menuitem"]').filter({ hasText: BOT_NAME }).click();
      await page.keyboard.type(' geeft 0x80180003');
      await page.getByRole('button', { name: 'Post', exact: true }).click();

      const question = card('Welke Windows-editie');
      await question.waitFor(WAIT);
      await shot('4-channel-question');
      await question.getByRole('button', { name: 'Home', exact: true }).click();
      // the question card is updated in place with the answer, and the answer follows in the thread
      await card('Beantwoord').waitFor(WAIT);
      const answer = card('Deze gebruiker is niet gemachtigd om zich in te schrijven');
      await answer.waitFor(WAIT);
      await expect(answer.getByText('Windows 10 Home', { exact: false }).count()).resolves.toBeGreaterThan(0);
      await shot('5-channel-answer');
      await expect(answer.getByRole('button', { name: 'Opgelost', exact: true }).isVisible()).resolves.toBe(true);
    }, 60_000);

    it('ran without script errors in the page', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
