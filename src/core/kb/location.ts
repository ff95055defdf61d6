import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own knowledge folder, wherever the process was started from. */
export const DEFAULT_KNOWLEDGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../knowledge');
