import { loadKnowledgeBase } from './src/core/kb/load.js';
import { buildDiagnosisIndex } from './src/core/diagnosis/diagnosis-index.js';
import { diagnose } from './src/core/diagnosis/diagnose.js';
import { learnedIndex } from './src/core/diagnosis/learned-phrasings.js';
const index = buildDiagnosisIndex(loadKnowledgeBase('knowledge'));
const msgs = process.argv.slice(2);
const learned = learnedIndex([{ entryId: 'intune-android-samsung-smart-manager-check-in', text: msgs[0]!, lang: 'nl', ticketId: 'HD-1' }]);
for (const m of msgs) {
  const a = diagnose(index, { text: m });
  const b = diagnose(index, { text: m, learned });
  console.log(JSON.stringify(m), '\n  before', a.confidence, a.matches.map(x=>x.entry.id+':'+x.score).join(' '), '\n  after ', b.confidence, b.matches.map(x=>x.entry.id+':'+x.score).join(' '));
}
