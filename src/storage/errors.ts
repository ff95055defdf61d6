/** Bot state cannot be read or written right now; the user is asked to try again. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** A write whose eTag no longer matches what is stored: someone else wrote first. */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
}

/** botbuilder's MemoryStorage and BlobsStorage report a conflict as a plain Error with this wording. */
const CONFLICT_MESSAGE = /due to eTag conflict/i;

export function isETagConflict(error: unknown): boolean {
  return error instanceof ETagConflictError || (error instanceof Error && CONFLICT_MESSAGE.test(error.message));
}
