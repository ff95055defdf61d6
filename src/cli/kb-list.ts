import { loadKnowledgeBase } from '../core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../core/kb/location.js';
import { KnowledgeBaseError } from '../core/kb/errors.js';
import { LANGS } from '../core/lang.js';

try {
  const kb = loadKnowledgeBase(process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR);
  const lines = kb.entries.map((e) =>
    JSON.stringify({
      id: e.id,
      source: e.source,
      languages: LANGS.filter((l) => e.title[l] && e.summary[l]),
      codes: e.codes,
    }),
  );
  process.stdout.write(lines.join('\n') + '\n');
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  process.stderr.write(`${error.file}: ${error.message}\n`);
  process.exitCode = 1;
}
