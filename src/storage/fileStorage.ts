import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';

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

  /** Removes half-written temporary files a crash left behind; call before serving (one instance per folder). */
  removeLeftovers(): number {
    const leftovers = readdirSync(this.dir).filter((name) => name.endsWith('.tmp'));
    for (const name of leftovers) rmSync(path.join(this.dir, name), { force: true });
    return leftovers.length;
  }

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
    await rename(temporary, file);
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.fileFor(key), { force: true })));
  }

  /** Deletes every document past the retention limit; returns how many were removed. */
  async purgeExpired(): Promise<number> {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const file = path.join(this.dir, name);
      if (name.endsWith('.tmp')) {
        const info = await stat(file);
        if (this.clock().getTime() - info.mtimeMs > 60_000) await rm(file, { force: true });
        continue;
      }
      if (name.endsWith('.corrupt')) {
        const info = await stat(file);
        if (this.clock().getTime() - info.mtimeMs > this.retentionMs) await rm(file, { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const before = removed;
      try {
        if (!(await this.readDocument(file))) removed++;
      } catch {
        // An unreadable document holds nothing we can use; removing it keeps the store healthy.
        await rm(file, { force: true });
        if (removed === before) removed++;
      }
    }
    return removed;
  }
}
