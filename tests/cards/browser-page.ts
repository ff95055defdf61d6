import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * A local page with the `adaptivecards` renderer (the one the Adaptive Cards designer uses), bundled for the
 * browser: the browser test renders every card in it, `npm run cards:preview` writes it out for people.
 */

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** Element and action types Teams renders (no Table: Teams and the Emulator render it unreliably; no Media). */
export const TEAMS_TYPES = new Set([
  'AdaptiveCard',
  'TextBlock',
  'RichTextBlock',
  'TextRun',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'Image',
  'ImageSet',
  'ActionSet',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
  'Action.Submit',
  'Action.OpenUrl',
  'Action.ShowCard',
  'Action.ToggleVisibility',
  'Action.Execute',
]);

/**
 * Runs in the page. Light Teams-like host config; a markdown subset like Teams' (bold, italic, links, lists,
 * backslash escapes; HTML shown as text). `acRender` returns every parse and validation event as a problem.
 */
const ENTRY = String.raw`
import * as AC from 'adaptivecards';

const fg = {
  default: { default: '#242424', subtle: '#616161' },
  dark: { default: '#000000', subtle: '#424242' },
  light: { default: '#FFFFFF', subtle: '#F5F5F5' },
  accent: { default: '#5B5FC7', subtle: '#4F52B2' },
  good: { default: '#0E700E', subtle: '#107C10' },
  warning: { default: '#835B00', subtle: '#8A6100' },
  attention: { default: '#C50F1F', subtle: '#B10E1C' },
};
const style = (backgroundColor) => ({ backgroundColor, foregroundColors: fg });
const hostConfig = new AC.HostConfig({
  fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: style('#FFFFFF'),
    emphasis: style('#F5F5F5'),
    accent: style('#E8EBFA'),
    good: style('#E9F7E9'),
    attention: style('#FDF3F4'),
    warning: style('#FFF9E5'),
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
  inputs: { label: { requiredInputs: { suffix: ' *', suffixColor: 'attention' } }, errorMessage: { color: 'attention' } },
});

const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function markdown(text) {
  const escaped = [];
  const protect = (s) => s.replace(/\\([!-\/:-@\[-\x60{-~])/g, (_, c) => '\u0000' + (escaped.push(c) - 1) + '\u0001');
  const restore = (s) => s.replace(/\u0000(\d+)\u0001/g, (_, i) => html(escaped[Number(i)]));
  const inline = (s) =>
    restore(
      html(s)
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^\w])_(.+?)_(?!\w)/g, '$1<em>$2</em>')
        .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>'),
    );
  const out = [];
  let list = null;
  let para = [];
  const flushPara = () => { if (para.length) out.push('<p>' + inline(para.join(' ')) + '</p>'); para = []; };
  const flushList = () => { if (list) out.push('<' + list.tag + '>' + list.items.map((i) => '<li>' + inline(i) + '</li>').join('') + '</' + list.tag + '>'); list = null; };
  for (const raw of protect(text).split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    const ordered = /^\d+\.\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const item = ordered || bullet;
    if (item) {
      flushPara();
      const tag = ordered ? 'ol' : 'ul';
      if (!list || list.tag !== tag) { flushList(); list = { tag, items: [] }; }
      list.items.push(item[1]);
    } else if (line === '') { flushPara(); flushList(); }
    else { flushList(); para.push(line); }
  }
  flushPara();
  flushList();
  return out.join('');
}

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown(text);
  result.didProcess = true;
};

window.acExecuted = [];

window.acRender = (payload, target) => {
  const problems = [];
  const types = [];
  const context = new AC.SerializationContext();
  context.onParseElement = (element) => types.push(element.getJsonTypeName());
  context.onParseAction = (action) => types.push(action.getJsonTypeName());
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.onExecuteAction = (action) => {
    window.acExecuted.push({ type: action.getJsonTypeName(), data: action.data === undefined ? null : action.data, url: action.url === undefined ? null : action.url });
  };
  try {
    // adaptivecards 3.0 checks "lang" with a /g regex and exec(): every second card would fail on lastIndex
    AC.CardElement.langProperty.regEx.lastIndex = 0;
    card.parse(payload, context);
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      problems.push('parse: ' + AC.ValidationEvent[e.event] + ': ' + e.message);
    }
    for (const e of card.validateProperties().validationEvents) {
      problems.push('validate: ' + AC.ValidationEvent[e.event] + ': ' + e.message);
    }
    const element = card.render();
    if (!element) problems.push('render: the renderer returned nothing');
    else target.appendChild(element);
  } catch (err) {
    problems.push('render: ' + (err && err.stack ? err.stack : String(err)));
  }
  return { problems, types: [...new Set(types)] };
};

window.acRenderAll = () => {
  const results = {};
  for (const slot of document.querySelectorAll('[data-card]')) {
    results[slot.id] = window.acRender(JSON.parse(slot.getAttribute('data-card')), slot);
  }
  return results;
};
`;

let bundled: Promise<string> | undefined;

/** The renderer and the page script as one browser script (built once per process). */
export function rendererBundle(): Promise<string> {
  bundled ??= build({
    stdin: { contents: ENTRY, resolveDir: PROJECT_DIR, sourcefile: 'card-page.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no output for the card page');
    return file.text;
  });
  return bundled;
}

/** The renderer's own stylesheet (buttons, inputs, show cards). */
export function rendererCss(): string {
  const pkg = createRequire(import.meta.url).resolve('adaptivecards/package.json');
  return readFileSync(join(dirname(pkg), 'lib', 'adaptivecards.css'), 'utf8');
}

export interface PageCard {
  /** The slot's id; file-name safe. */
  id: string;
  caption: string;
  card: unknown;
}

export interface PageSection {
  heading: string;
  cards: PageCard[];
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PAGE_CSS = `
  body { margin: 0; padding: 24px; background: #F0F0F0; font-family: 'Segoe UI', system-ui, sans-serif; color: #242424; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 18px; margin: 32px 0 12px; border-bottom: 1px solid #D0D0D0; padding-bottom: 4px; }
  .grid { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
  figure { margin: 0; }
  figcaption { font-size: 12px; color: #616161; margin-bottom: 6px; }
  .slot { width: 640px; background: #FFFFFF; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); overflow: hidden; }
  .ac-pushButton { border-radius: 4px; border: 1px solid #D1D1D1; background: #FFFFFF; color: #242424; padding: 5px 12px;
    font: 600 14px 'Segoe UI', system-ui, sans-serif; cursor: pointer; min-height: 32px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-pushButton.expanded { background: #E8EBFA; border-color: #5B5FC7; color: #242424; }
  .ac-input { font: 14px 'Segoe UI', system-ui, sans-serif; }
  .ac-textBlock p { margin: 0; }
  .ac-textBlock ol, .ac-textBlock ul { margin: 0; padding-left: 24px; box-sizing: border-box; }
  .ac-selectable { cursor: pointer; }
`;

/** A whole HTML page: the cards in slots, rendered on load by the bundled renderer. */
export function pageHtml(title: string, intro: string, sections: PageSection[], script: string, css: string): string {
  const slots = sections
    .map(
      (section) =>
        `<h2>${escapeHtml(section.heading)}</h2>\n<div class="grid">\n` +
        section.cards
          .map(
            (c) =>
              `<figure><figcaption>${escapeHtml(c.caption)}</figcaption>` +
              `<div class="slot" id="${escapeHtml(c.id)}" data-card="${escapeHtml(JSON.stringify(c.card))}"></div></figure>`,
          )
          .join('\n') +
        '\n</div>',
    )
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(intro)}</p>
${slots}
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
<script>window.acResults = window.acRenderAll();</script>
</body>
</html>
`;
}
