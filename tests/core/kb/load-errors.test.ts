import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import { KnowledgeBaseError } from '../../../src/core/kb/errors.js';

const GOOD = readFileSync(new URL('../../fixtures/kb/article.yaml', import.meta.url), 'utf8');

/** A knowledge folder with the real question catalogue and one article file. */
function folderWith(article: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'questions.yaml'), join(dir, 'questions.yaml'));
  writeFileSync(join(dir, 'article.yaml'), article);
  return dir;
}

function loadError(article: string): KnowledgeBaseError {
  try {
    loadKnowledgeBase(folderWith(article));
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error;
    throw error;
  }
  throw new Error('expected the knowledge base to be rejected');
}

describe('a broken knowledge base stops the bot with a message naming file, entry and field', () => {
  it('loads the well-formed fixture', () => {
    expect(loadKnowledgeBase(folderWith(GOOD)).entries.map((e) => e.id)).toEqual(['example-entry']);
  });

  it('a missing translation', () => {
    const error = loadError(
      GOOD.replace('summary: { nl: Samenvatting, en: Summary }', 'summary: { nl: Samenvatting }'),
    );
    expect(error.file).toMatch(/article\.yaml$/);
    expect(error.message).toContain('entries[0] (id example-entry).summary.en');
  });

  it('a code that is not canonical, or not quoted', () => {
    expect(loadError(GOOD.replace("'0x80180014'", "'80180014'")).message).toContain('codes[0]');
    expect(loadError(GOOD.replace("'0x80180014'", '0x80180014')).message).toContain('quote them');
  });

  it('a duplicate id', () => {
    const entries = GOOD.slice(GOOD.indexOf('  - id:'));
    const twice = GOOD + entries.replace('anchor: example', 'anchor: example-two');
    expect(loadError(twice).problems).toContain('000_f9b6a0690a37ed6b.txt > example-entry: duplicate id');
  });

  it('a step without its audience, or an audience that is neither user nor it', () => {
    expect(loadError(GOOD.replace('doneBy: [user], ', '')).message).toContain('resolutions[0].doneBy');
    expect(loadError(GOOD.replace('doneBy: [user]', 'doneBy: [user, it]')).message).toContain(
      'one audience (user or it) per step',
    );
    expect(loadError(GOOD.replace('doneBy: [user]', 'doneBy: [admin]')).message).toContain('resolutions[0].doneBy[0]');
  });

  it('a question that is not in the catalogue', () => {
    const error = loadError(GOOD.replace('    codes:', '    questions: [favourite-colour]\n    codes:'));
    expect(error.message).toContain('questions[0]');
  });

  it('YAML that does not parse', () => {
    expect(loadError('doc: [unclosed').message).toMatch(/cannot read article\.yaml/);
  });
});
