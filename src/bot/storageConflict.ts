/**
 * Whether a write was refused because the document changed since it was read: the storages throw
 * `StorageConflictError`, whose code is `ETAG_CONFLICT` (the code, not the message, is the contract). The caller
 * reads again and retries.
 */
export const isStorageConflict = (error: unknown): boolean =>
  (error as { code?: unknown } | undefined)?.code === 'ETAG_CONFLICT';
