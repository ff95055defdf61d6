import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';

/** The project's own knowledge folder, wherever the process was started from. */
export const DEFAULT_KNOWLEDGE_DIR = join(PROJECT_ROOT, 'knowledge');
