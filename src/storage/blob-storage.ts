import type { Config } from '../config.js';
import type { ManagedStorage } from './create-storage.js';

export function createBlobStorage(_config: Config): Promise<ManagedStorage> {
  return Promise.reject(new Error('STORAGE=blob is not available yet'));
}
