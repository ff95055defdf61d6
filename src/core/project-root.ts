import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the project's package.json, found from this module upwards: the same whether the code runs
 * from `src/` (tests, `npm run dev`) or compiled and bundled into `dist/`, and wherever the process was started.
 */
function findProjectRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}: cannot find cards/ and knowledge/`);
  }
}

export const PROJECT_ROOT = findProjectRoot();
