import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, type Dir } from 'node:fs';
import { opendir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import type { SweepSlice } from './sweeper';

export class StorageConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';
}

interface StoredDocument {
  savedAt: string;
  item: Record<string, unknown>;
}

function parseDocument(raw: string): StoredDocument | undefined {
  try {
    const document = JSON.parse(raw) as Partial<StoredDocument> | null;
    if (!document || typeof document.savedAt !== 'string' || typeof document.item !== 'object')
      return undefined;
    return document as StoredDocument;
  } catch {
    return undefined;
  }
}

/**
 * botbuilder `Storage` on the local disk: one JSON file per key under `dir`, written atomically, with
 * optimistic concurrency by eTag. File names are hashes, so no conversation or user id appears on disk.
 * Documents older than `retentionMs` are treated as gone and deleted: state is kept only as long as needed.
 */
export class FileStorage implements Storage {
  constructor(
    private readonly dir: string,
    private readonly retentionMs: number,
    private readonly clock: () => Date = () => new Date(),
    /** Told the file name of every document that could not be parsed and was set aside. */
    private readonly onCorrupt: (file: string) => void = () => undefined,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  /** Temporary files older than this were left by an earlier process (the folder lock keeps out others). */
  private readonly openedAt = Date.now();

  private fileFor(key: string): string {
    return path.join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  /**
   * Older than the retention, unless the document states a later `keepUntil` of its own (a case the user
   * saved is kept by its status, e.g. months after a notification; see src/cases).
   */
  private isExpired(document: StoredDocument): boolean {
    const now = this.clock().getTime();
    const keepUntil = document.item.keepUntil;
    if (typeof keepUntil === 'string' && Date.parse(keepUntil) > now) return false;
    return now - Date.parse(document.savedAt) > this.retentionMs;
  }

  private async readDocument(file: string): Promise<StoredDocument | undefined> {
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const document = parseDocument(raw);
    if (!document) {
      // A damaged file must not fail every turn of its conversation: keep it aside for inspection, start clean.
      await rename(file, `${file}.corrupt`).catch(() => rm(file, { force: true }));
      this.onCorrupt(path.basename(file));
      return undefined;
    }
    if (this.isExpired(document)) {
      await rm(file, { force: true });
      return undefined;
    }
    return document;
  }

  private async keptBeyondRetention(file: string): Promise<boolean> {
    const document = parseDocument(await readFile(file, 'utf8').catch(() => ''));
    return document !== undefined && !this.isExpired(document);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const document = await this.readDocument(this.fileFor(key));
      if (document) items[key] = document.item;
    }
    return items;
  }

  private readonly writing = new Map<string, Promise<void>>();

  /** Writes to one key run one after another, so the eTag check and the write cannot interleave in-process. */
  private serialised(file: string, write: () => Promise<void>): Promise<void> {
    const previous = this.writing.get(file) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(write);
    this.writing.set(file, next);
    return next.finally(() => {
      if (this.writing.get(file) === next) this.writing.delete(file);
    });
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      await this.serialised(this.fileFor(key), () => this.writeOne(key, change as Record<string, unknown>));
    }
  }

  private async writeOne(key: string, change: Record<string, unknown>): Promise<void> {
    const file = this.fileFor(key);
    const expected = change.eTag;
    if (typeof expected === 'string' && expected !== '*') {
      const current = await this.readDocument(file);
      if (current && current.item.eTag !== expected) {
        throw new StorageConflictError(`eTag conflict on a stored document (expected ${expected})`);
      }
    }
    const document: StoredDocument = {
      savedAt: this.clock().toISOString(),
      item: { ...change, eTag: randomUUID() },
    };
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, JSON.stringify(document), { mode: 0o600 });
    // The file's time is its save time, so the retention sweep needs no parsing.
    const savedAt = this.clock();
    await utimes(temporary, savedAt, savedAt);
    await rename(temporary, file);
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.fileFor(key), { force: true })));
  }

  private sweepDir: Dir | undefined;

  /**
   * One bounded slice of the retention sweep: looks at up to `size` directory entries by their modification
   * time only (a document's file time is its save time), so a slice costs the same however many users are stored.
   * Removes documents past retention, temporary files a crashed process left, and old set-aside files.
   */
  async sweepSlice(cursor: string | undefined, size: number): Promise<SweepSlice> {
    if (!cursor || !this.sweepDir) {
      await this.sweepDir?.close().catch(() => undefined);
      this.sweepDir = await opendir(this.dir);
    }
    const dir = this.sweepDir;
    const now = this.clock().getTime();
    let removed = 0;
    let seen = 0;
    while (seen < size) {
      const entry = await dir.read();
      if (!entry) {
        await dir.close().catch(() => undefined);
        this.sweepDir = undefined;
        return { removed, seen };
      }
      seen++;
      const file = path.join(this.dir, entry.name);
      const limit = entry.name.endsWith('.tmp')
        ? (mtimeMs: number) => mtimeMs < this.openedAt || now - mtimeMs > 60_000
        : entry.name.endsWith('.json') || entry.name.endsWith('.corrupt')
          ? (mtimeMs: number) => now - mtimeMs > this.retentionMs
          : undefined;
      if (!limit) continue;
      const info = await stat(file).catch(() => undefined);
      if (!info || !limit(info.mtimeMs)) continue;
      // Only a candidate is read: a document with its own later `keepUntil` (a saved case) stays.
      if (entry.name.endsWith('.json') && (await this.keptBeyondRetention(file))) continue;
      await rm(file, { force: true });
      removed++;
    }
    return { removed, seen, next: 'more' };
  }

  /** The whole retention sweep at once (tests and tools; the server sweeps in slices in the background). */
  async purgeExpired(): Promise<number> {
    let removed = 0;
    let cursor: string | undefined;
    do {
      const slice = await this.sweepSlice(cursor, 500);
      removed += slice.removed;
      cursor = slice.next;
    } while (cursor);
    return removed;
  }
}
