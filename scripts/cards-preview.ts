import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_KINDS } from '../src/cards/index.js';
import { PROJECT_DIR, pageHtml, rendererBundle, rendererCss, type PageSection } from '../tests/cards/browser-page.js';
import { cardSamples } from '../tests/cards/samples.js';

/** `npm run cards:preview`: every card kind in both languages on one page, for a designer to look at. */
const samples = cardSamples();
const ORDER = ['typical', 'it', 'text', 'minimal', 'long', 'hostile'];
const sections: PageSection[] = CARD_KINDS.map((kind) => ({
  heading: kind,
  // Dutch and English of one variant side by side
  cards: samples
    .filter((s) => s.kind === kind)
    .sort((a, b) => ORDER.indexOf(a.variant) - ORDER.indexOf(b.variant) || b.lang.localeCompare(a.lang))
    .map((s) => ({ id: s.name, caption: `${s.variant} · ${s.lang}`, card: s.build().content as unknown })),
}));

const html = pageHtml(
  'Enrollment helpdesk bot: Adaptive Cards',
  `Every card kind in Dutch and English (${samples.length} cards), rendered by the adaptivecards renderer with a Teams-like light theme. Teams itself renders slightly differently.`,
  sections,
  await rendererBundle(),
  rendererCss(),
);
const dir = join(PROJECT_DIR, 'artifacts');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'cards-preview.html');
writeFileSync(file, html);
process.stdout.write(`wrote ${file} (${samples.length} cards)\n`);
