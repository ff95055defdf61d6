import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { markdownText, plainText } from './escape.js';
import { renderCard } from './render.js';
import { capped, fallback, fill, labelsFor, trusted, trustedOptional, type Fit } from './view.js';

/** One field of the pasted output, as the dsregcmd parser's findings give it. */
export interface DsregcmdRow {
  /** As dsregcmd spells it: 'AzureAdJoined', 'DRS Discovery Test'. */
  field: string;
  /** As pasted (YES/NO fields normalised); shown as typed. */
  value: string;
  ok: boolean;
}

export interface DsregcmdFinding {
  /** What it means and what to do, in the user's language (knowledge base or the bot's phrases). */
  text: string;
  /** A problem (default) or a good sign. */
  problem?: boolean;
}

/** A pasted `dsregcmd /status` read back: the fields that matter with OK / not OK, and what they mean. */
export interface DsregcmdReportCardData {
  lang: Lang;
  /** One line above the table, e.g. which join state the device is in. */
  summary?: string;
  rows: DsregcmdRow[];
  findings?: DsregcmdFinding[];
}

const MAX = { rows: 30, field: 60, value: 120, findings: 8, finding: 600 };

export function dsregcmdReportCard(data: DsregcmdReportCardData): Attachment {
  return renderCard('dsregcmd-report', (fit) => dsregcmdView(data, fit));
}

function dsregcmdView(d: DsregcmdReportCardData, fit: Fit): object {
  const labels = labelsFor(d.lang);
  // problems first, in the parser's order; then the good values
  const ordered = [...d.rows.filter((r) => !r.ok), ...d.rows.filter((r) => r.ok)];
  const rows = capped(ordered, fit.count(MAX.rows));
  const findings = capped(explained(d), fit.count(MAX.findings));
  const findingTexts = findings.shown.map((f) => trusted(f.text, fit.text(MAX.finding)));
  return {
    lang: d.lang,
    labels,
    summary: trustedOptional(d.summary, 400),
    rows: rows.shown.map((r) => ({
      field: plainText(r.field, { maxLength: MAX.field }),
      value: plainText(r.value, { maxLength: fit.text(MAX.value) }) || '—',
      status: r.ok ? labels.ok : labels.notOk,
      color: r.ok ? 'Good' : 'Attention',
    })),
    rowsMore: rows.hidden > 0 ? fill(labels.moreFields, { count: rows.hidden }) : undefined,
    findings: findings.shown.map((f, i) => ({
      text: findingTexts[i],
      marker: f.problem === false ? '✔' : '✖',
      color: f.problem === false ? 'Good' : 'Attention',
    })),
    findingsMore: findings.hidden > 0 ? fill(labels.moreItems, { count: findings.hidden }) : undefined,
    noProblems: findings.shown.length === 0 && ordered.every((r) => r.ok),
    fallbackText: fallback([
      labels.dsregTitle,
      ordered
        .filter((r) => !r.ok)
        .map((r) => `${markdownText(r.field, { maxLength: MAX.field })}: ${labels.notOk}`)
        .join('\n'),
      findingTexts.join('\n'),
    ]),
  };
}

/**
 * The findings to show: the given ones, or, when none explains a failed field, each failed field itself: a card
 * never says it sees no problems below a field it marks as failed.
 */
function explained(d: DsregcmdReportCardData): DsregcmdFinding[] {
  if ((d.findings?.length ?? 0) > 0) return d.findings ?? [];
  return d.rows
    .filter((r) => !r.ok)
    .map((r) => ({
      text: `**${markdownText(r.field, { maxLength: MAX.field })}: ${markdownText(r.value, { maxLength: MAX.value })}**`,
    }));
}
