import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAVE_CHROMIUM, launchChromium, type Browser } from '../helpers/chromium.js';
import { cardSamples } from '../cards/samples.js';
import { PROJECT_DIR, TEAMS_TYPES, pageHtml, rendererBundle, rendererCss } from '../cards/browser-page.js';

const SCREENSHOTS = join(PROJECT_DIR, 'artifacts', 'screenshots');

const SKIP_MESSAGE = `browser test skipped: ${CHROMIUM} is not installed (apt-get install -y chromium; CI installs it)`;
if (!HAVE_CHROMIUM) console.warn(SKIP_MESSAGE);

interface RenderResult {
  problems: string[];
  types: string[];
}

const samples = cardSamples();

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM ? 'every card in headless Chromium (adaptivecards renderer)' : SKIP_MESSAGE,
  () => {
    let context: BrowserContext;
    let page: Page;
    let browser: Browser | undefined;
    let results: Record<string, RenderResult>;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      browser = await launchChromium('cards', { width: 1400, height: 900 });
      context = browser.context;
      page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (err) => pageErrors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') pageErrors.push(`console.${msg.type()}: ${msg.text()}`);
      });
      // nothing leaves the machine: the page is self-contained
      await context.route(/^https?:\/\//, (route) => route.abort());
      const html = pageHtml(
        'cards',
        'browser test',
        [
          {
            heading: 'all',
            cards: samples.map((s) => ({ id: s.name, caption: s.name, card: s.build().content as unknown })),
          },
        ],
        await rendererBundle(),
        rendererCss(),
      );
      await page.setContent(html, { waitUntil: 'load' });
      results = await page.evaluate<Record<string, RenderResult>>('window.acResults');
      mkdirSync(SCREENSHOTS, { recursive: true });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it('loads the page without script errors', () => {
      expect(pageErrors).toEqual([]);
      expect(Object.keys(results).sort()).toEqual(samples.map((s) => s.name).sort());
    });

    it.each(samples.map((s) => [s.name] as const))(
      '%s renders without errors or warnings, with Teams elements only',
      async (name) => {
        const result = results[name];
        expect(result?.problems).toEqual([]);
        for (const type of result?.types ?? []) expect(TEAMS_TYPES, type).toContain(type);
        const slot = page.locator(`[id="${name}"]`);
        const box = await slot.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThan(40);
        const file = join(SCREENSHOTS, `${name}.png`);
        await slot.screenshot({ path: file });
        expect(statSync(file).size).toBeGreaterThan(1000);
      },
    );

    it('unfolds the steps for IT when their header is clicked', async () => {
      const slot = page.locator('[id="answer-typical-nl"]');
      const steps = slot.getByText('Ga naar Apparaten > Inschrijvingsbeperkingen.');
      await expect(steps.isVisible()).resolves.toBe(false);
      await slot.getByText('Stappen voor IT (2)').click();
      await expect(steps.isVisible()).resolves.toBe(true);
      await slot.screenshot({ path: join(SCREENSHOTS, 'answer-typical-nl-unfolded.png') });
    });

    it('a typical answer fits one 1280×900 screen, for an end user and for IT', async () => {
      for (const name of ['answer-typical-nl', 'answer-typical-en', 'answer-it-nl', 'answer-it-en']) {
        const box = await page.locator(`[id="${name}"] .ac-adaptiveCard`).boundingBox();
        expect(box?.height ?? Infinity, name).toBeLessThan(900);
      }
    });

    it('sends the submit data of a pressed button', async () => {
      await page.evaluate('window.acExecuted = []');
      await page.locator('[id="answer-typical-en"]').getByRole('button', { name: 'Not solved' }).click();
      const executed = await page.evaluate<{ data: unknown }[]>('window.acExecuted');
      expect(executed.map((e) => e.data)).toEqual([
        { action: 'not-solved', entryId: 'win-user-not-authorized-to-enroll', triageId: 'triage-1' },
      ]);
    });

    it('shows the hostile text as typed, not as markup', async () => {
      const slot = page.locator('[id="question-answered-hostile-nl"]');
      await expect(slot.locator('strong, em, a, b, h1').count()).resolves.toBe(0);
      await expect(slot.innerText()).resolves.toContain(
        '**vet** _schuin_ [klik hier](https://evil.example) <b>html</b>',
      );
    });

    it('opens the resolve note on a ticket', async () => {
      const slot = page.locator('[id="ticket-typical-nl"]');
      await slot.getByRole('button', { name: 'Opgelost' }).click();
      await expect(slot.getByText('Wat was de oplossing?').isVisible()).resolves.toBe(true);
      await slot.screenshot({ path: join(SCREENSHOTS, 'ticket-typical-nl-resolve.png') });
    });
  },
);
