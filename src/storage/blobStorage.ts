import { createHash } from 'node:crypto';
import { BlobServiceClient, type ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { StorageConflictError } from './fileStorage';
import type { SweepSlice } from './sweeper';

/** Where state documents live in the container; other names (the sweeper's lock) are never swept. */
const STATE_PREFIX = 'state/';

interface StoredDocument {
  savedAt: string;
  item: Record<string, unknown>;
}

/**
 * Turns fail fast when storage is down (the user gets the fallback with the emergency numbers within a second or
 * two) instead of waiting out the SDK's default retries of several minutes.
 */
export const BLOB_CLIENT_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 800, tryTimeoutInMs: 5_000 },
};

export function containerFromConnectionString(connectionString: string, container: string): ContainerClient {
  return BlobServiceClient.fromConnectionString(connectionString, BLOB_CLIENT_OPTIONS).getContainerClient(
    container,
  );
}

const statusOf = (error: unknown): number | undefined => (error as { statusCode?: number }).statusCode;
const codeOf = (error: unknown): string | undefined => (error as { code?: string }).code;

/** 412: the eTag did not match; 409 BlobAlreadyExists: a document created by someone else meanwhile. */
function isConditionFailure(error: unknown): boolean {
  return statusOf(error) === 412 || (statusOf(error) === 409 && codeOf(error) === 'BlobAlreadyExists');
}

async function streamToString(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * botbuilder `Storage` on Azure Blob Storage, shared by every instance of the bot. One blob per key, named by a
 * hash (no conversation or user id in a blob name). Every write is conditional: with the eTag read (If-Match),
 * or, for a document the writer saw as new, only if nobody created it meanwhile (If-None-Match: *); eTag '*'
 * overwrites. A failed condition is a `StorageConflictError`, so the turn re-runs on fresh state.
 */
/** Past the retention limit, unless the document states a later `keepUntil` of its own (a saved case). */
function isPastRetention(document: StoredDocument, now: number, retentionMs: number): boolean {
  const keepUntil = (document.item as { keepUntil?: unknown }).keepUntil;
  if (typeof keepUntil === 'string' && Date.parse(keepUntil) > now) return false;
  return now - Date.parse(document.savedAt) > retentionMs;
}

export class BlobStorage implements Storage {
  constructor(
    readonly container: ContainerClient,
    private readonly retentionMs: number,
    private readonly clock: () => Date = () => new Date(),
    /** Told when a document could not be parsed and was removed. */
    private readonly onCorrupt: (blob: string) => void = () => undefined,
  ) {}

  private blobName(key: string): string {
    return `${STATE_PREFIX}${createHash('sha256').update(key).digest('hex')}.json`;
  }

  /** Creates the container if it is missing (private: no public access). */
  async ensureContainer(): Promise<void> {
    await this.container.createIfNotExists();
  }

  private async readOne(key: string): Promise<Record<string, unknown> | undefined> {
    const blob = this.container.getBlockBlobClient(this.blobName(key));
    let raw: string;
    let etag: string | undefined;
    try {
      const response = await blob.download();
      etag = response.etag;
      raw = await streamToString(response.readableStreamBody);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    let document: StoredDocument | undefined;
    try {
      document = JSON.parse(raw) as StoredDocument;
    } catch {
      document = undefined;
    }
    if (!document || typeof document.savedAt !== 'string' || typeof document.item !== 'object') {
      // A damaged document must not fail every turn of its conversation: start clean.
      await blob.deleteIfExists({ conditions: { ifMatch: etag } }).catch(() => undefined);
      this.onCorrupt(this.blobName(key));
      return undefined;
    }
    if (isPastRetention(document, this.clock().getTime(), this.retentionMs)) {
      // Gone for the reader, so gone for the writer too: a new document must be creatable (If-None-Match: *).
      await blob.deleteIfExists({ conditions: { ifMatch: etag } }).catch(() => undefined);
      return undefined;
    }
    return { ...document.item, eTag: etag };
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found = await Promise.all(keys.map((key) => this.readOne(key)));
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      if (found[i] !== undefined) items[key] = found[i];
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const { eTag, ...item } = change as Record<string, unknown>;
      const document: StoredDocument = { savedAt: this.clock().toISOString(), item };
      const body = JSON.stringify(document);
      const conditions =
        eTag === '*' ? {} : typeof eTag === 'string' ? { ifMatch: eTag } : { ifNoneMatch: '*' };
      try {
        await this.container.getBlockBlobClient(this.blobName(key)).upload(body, Buffer.byteLength(body), {
          conditions,
          blobHTTPHeaders: { blobContentType: 'application/json' },
          // The sweep lists metadata, not documents: a document that must outlive the retention says so here.
          metadata: typeof item.keepUntil === 'string' ? { keepuntil: item.keepUntil } : undefined,
        });
      } catch (error) {
        if (isConditionFailure(error)) {
          throw new StorageConflictError(`eTag conflict on a stored document (expected ${String(eTag)})`);
        }
        throw error;
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map((key) => this.container.getBlockBlobClient(this.blobName(key)).deleteIfExists()),
    );
  }

  /**
   * One bounded slice of the retention sweep: lists up to `size` blobs with their last-modified time (no
   * document is downloaded) and deletes those past the retention limit, unless written since the listing.
   */
  async sweepSlice(cursor: string | undefined, size: number): Promise<SweepSlice> {
    const page = await this.container
      .listBlobsFlat({ prefix: STATE_PREFIX, includeMetadata: true })
      .byPage({ continuationToken: cursor, maxPageSize: size })
      .next();
    if (page.done) return { removed: 0, seen: 0 };
    const now = this.clock().getTime();
    const expired = page.value.segment.blobItems.filter(
      (blob) =>
        now - blob.properties.lastModified.getTime() > this.retentionMs &&
        !(Date.parse(blob.metadata?.keepuntil ?? '') > now),
    );
    const results = await Promise.all(
      expired.map((blob) =>
        this.container
          .getBlockBlobClient(blob.name)
          .deleteIfExists({ conditions: { ifMatch: blob.properties.etag } })
          .then((r) => r.succeeded)
          .catch(() => false),
      ),
    );
    return {
      removed: results.filter(Boolean).length,
      seen: page.value.segment.blobItems.length,
      next: page.value.continuationToken || undefined,
    };
  }
}
