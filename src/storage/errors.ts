/** Bot state cannot be read or written right now; the user is asked to try again. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}
