import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey.js';
import type { Config } from '../config.js';
import { ABSENT_ETAG } from './consistent-storage.js';
import type { ManagedStorage } from './create-storage.js';
import { ETagConflictError, StorageUnavailableError, isETagConflict } from './errors.js';

/**
 * Fail fast when the account does not answer: a turn is better off telling the user to try again than waiting
 * through the SDK's default retries (four tries, up to two minutes apart).
 */
const PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 400, tryTimeoutInMs: 5_000 },
};

/**
 * botbuilder's BlobsStorage with what a bot behind a load balancer needs around it:
 * - its failures become StorageUnavailableError (the user is asked to try again) or ETagConflictError;
 * - it is built again after a failure, because it remembers a failed container check forever;
 * - a write that must create the item (ABSENT_ETAG) is sent with If-None-Match: *, which BlobsStorage cannot
 *   express, so two instances cannot both create one conversation's state.
 */
export class BlobStorage implements Storage {
  private inner: BlobsStorage;
  private readonly container: ContainerClient;

  constructor(
    private readonly connectionString: string,
    private readonly containerName: string,
  ) {
    this.inner = this.build();
    this.container = new ContainerClient(connectionString, containerName, PIPELINE);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guard(() => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard(async () => {
      const entries = Object.entries(changes) as [string, StoreItem][];
      const creates = entries.filter(([, item]) => item.eTag === ABSENT_ETAG);
      const updates = entries.filter(([, item]) => item.eTag !== ABSENT_ETAG);
      await Promise.all([
        ...creates.map(([key, item]) => this.create(key, item)),
        updates.length > 0 ? this.inner.write(Object.fromEntries(updates)) : Promise.resolve(),
      ]);
    });
  }

  delete(keys: string[]): Promise<void> {
    return this.guard(() => this.inner.delete(keys));
  }

  /** Undefined when the container answers (it is created when missing), else the reason. */
  async probe(): Promise<string | undefined> {
    try {
      await this.container.createIfNotExists();
      return undefined;
    } catch (error) {
      return `blob: ${describe(error)}`;
    }
  }

  private async create(key: string, item: StoreItem): Promise<void> {
    const { eTag: _ignored, ...value } = item;
    const body = JSON.stringify(value);
    try {
      await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 409 || status === 412) throw new ETagConflictError(`eTag conflict on ${key}: it exists already`);
      throw error;
    }
  }

  private build(): BlobsStorage {
    return new BlobsStorage(this.connectionString, this.containerName, { storagePipelineOptions: PIPELINE });
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isETagConflict(error)) {
        throw error instanceof ETagConflictError ? error : new ETagConflictError(describe(error), { cause: error });
      }
      this.inner = this.build();
      throw new StorageUnavailableError(`blob: ${describe(error)}`, { cause: error });
    }
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}

export function createBlobStorage(config: Config): Promise<ManagedStorage> {
  if (!config.BLOB_CONNECTION_STRING) {
    return Promise.reject(new Error('STORAGE=blob needs BLOB_CONNECTION_STRING'));
  }
  const storage = new BlobStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
  return Promise.resolve({ storage, probe: () => storage.probe(), close: () => Promise.resolve() });
}
