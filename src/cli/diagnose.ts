import { createInterface } from 'node:readline';
import { loadKnowledgeBase } from '../core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../core/kb/location.js';
import { buildDiagnosisIndex, type DiagnosisIndex } from '../core/diagnosis/diagnosis-index.js';
import { diagnose, type Diagnosis } from '../core/diagnosis/diagnose.js';
import { toContract } from '../core/diagnosis/contract.js';

const USAGE = `usage:
  npm run diagnose -- "text"          readable answer for a person
  npm run diagnose -- --json "text"   one JSON object
  npm run diagnose -- --jsonl         JSON lines on stdin ({"id","text","locale"?}) -> JSON lines on stdout`;

async function main(args: string[]): Promise<number> {
  const index = buildDiagnosisIndex(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
  if (args[0] === '--jsonl') return runJsonl(index);
  if (args[0] === '--json') {
    const text = args.slice(1).join(' ');
    process.stdout.write(`${JSON.stringify(toContract(null, diagnose(index, { text })))}\n`);
    return 0;
  }
  const text = args.join(' ').trim();
  if (!text || args[0] === '--help') {
    process.stderr.write(`${USAGE}\n`);
    return text ? 0 : 2;
  }
  process.stdout.write(readable(diagnose(index, { text })));
  return 0;
}

async function runJsonl(index: DiagnosisIndex): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let result: Record<string, unknown>;
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown; locale?: unknown };
      const text = typeof input.text === 'string' ? input.text : '';
      const locale = typeof input.locale === 'string' ? input.locale : undefined;
      result = toContract(input.id ?? null, diagnose(index, { text, ...(locale ? { locale } : {}) }));
    } catch (error) {
      result = {
        id: null,
        error: `not a JSON object: ${(error as Error).message}`,
        matches: [],
        codes: [],
        events: [],
        facts: {},
        questions: [],
      };
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  return 0;
}

function readable(d: Diagnosis): string {
  const lines = [`language: ${d.language}`];
  if (d.codes.length)
    lines.push(
      `codes: ${d.codes.map((c) => (c.corrected ? `${c.code} (read as ${c.corrected})` : c.code)).join(', ')}`,
    );
  if (d.events.length) lines.push(`events: ${d.events.join(', ')}`);
  if (d.unknownCodes.length) lines.push(`not in the knowledge base: ${d.unknownCodes.join(', ')}`);
  const facts = Object.entries(d.facts);
  if (facts.length) lines.push(`facts: ${facts.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  if (d.dsregcmd) {
    lines.push('dsregcmd:');
    for (const f of d.dsregcmd.findings) lines.push(`  ${f.ok ? 'ok ' : 'NOT'} ${f.field}: ${f.value}`);
  }
  if (d.matches.length === 0) lines.push('no match in the knowledge base');
  else lines.push(`confidence: ${d.confidence.toFixed(2)}`);
  d.matches.forEach((m, i) => {
    const label = [m.entry.source.doc, m.entry.source.anchor, m.entry.source.key].filter(Boolean).join(' > ');
    lines.push(`${i + 1}. ${m.entry.title[d.language]}  [${m.score.toFixed(2)}]  ${m.entry.id}`, `   ${label}`);
    if (i === 0) {
      lines.push(`   ${m.entry.summary[d.language]}`);
      for (const c of m.causes)
        lines.push(`   - (${c.status}) ${m.entry.causes.find((x) => x.id === c.id)?.text[d.language] ?? c.id}`);
    }
  });
  if (d.questions.length) lines.push(`would ask: ${d.questions.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`diagnose failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
