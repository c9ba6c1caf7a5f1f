import { createHash, randomUUID } from 'node:crypto';
import { close, fstatSync, ftruncateSync, futimesSync, mkdirSync, open, writeSync, type Dir } from 'node:fs';
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

/** A file known not to exist (never written, deleted, set aside or expired). */
const ABSENT = Symbol('absent');

/**
 * What this process knows a state file holds: its text exactly as written or read, or that there is none. The
 * folder lock (src/storage/folderLock.ts) makes one process the only writer of a folder, so what it last read or
 * wrote is what the file holds: a turn reads each of its keys from memory, and the eTag check before a write
 * needs no read at all. Shared by every FileStorage of the process (a file path is the key), so two stores on one
 * folder (the server's and the reminder scheduler's in tests) see each other's writes. Bounded, least recently
 * used first out; each read parses the text anew, so no caller can change what another one gets.
 */
const known = new Map<string, string | typeof ABSENT>();
/** About 1 KB a document: a few MB at most, and more than the conversations a 2-core instance serves at once. */
const KNOWN_FILES_LIMIT = 5_000;

function remember(file: string, content: string | typeof ABSENT): void {
  known.delete(file);
  known.set(file, content);
  if (known.size > KNOWN_FILES_LIMIT) {
    const oldest = known.keys().next();
    if (!oldest.done) known.delete(oldest.value);
  }
}

/**
 * Writes, deletes and reads from disk of one file run one after another in this process, whichever store asked:
 * a file being rewritten in place (below) is never read half-written.
 */
const writing = new Map<string, Promise<unknown>>();

/**
 * A document whose file fits in this many bytes is rewritten in place, with one write at the start of the file.
 * One page of the page cache: the kernel copies it whole or not at all, so a process that dies (killed, crashed)
 * leaves the old document or the new one, as the rename did. A temporary file and a rename cost about 0.2 ms of
 * kernel time per write (a new inode and freeing the old one; measured on ext4), the write in place about 5 µs.
 */
const IN_PLACE_BYTES = 4096;

/**
 * A shorter document rewritten in place is padded with spaces to the file's length (JSON allows them at the end),
 * so the one write leaves a whole document, old or new. When the file is more than this many times the document's
 * own length (a dialog that ended), the file is then cut to the document (`ftruncate`): a process that dies between
 * the two leaves the padded document, which reads the same. So an idle conversation stays small without a new
 * file, whose creation costs the kernel 20 µs to about 1 ms (measured on this ext4, varying with the file system's
 * state) where the write and the cut cost a few µs.
 */
const MAX_PADDED = 1.5;

/** The node:fs call with a callback, as a promise: cheaper than a FileHandle for three calls on a small file. */
const fsCall = <T>(call: (done: (error: NodeJS.ErrnoException | null, result?: T) => void) => void) =>
  new Promise<T>((resolve, reject) =>
    call((error, result) => (error ? reject(error) : resolve(result as T))),
  );

/**
 * Open descriptors of the state files this process rewrites in place, so a write is one `pwrite` (about 2 µs of
 * CPU) instead of open, write and close through the thread pool (about 50 µs). Shared like `known`, bounded, least
 * recently used closed first. A descriptor is closed whenever its file is replaced (rename), removed or set aside,
 * and one whose file has no name left (`nlink` 0: replaced or removed behind the store's back) is never written.
 */
const openFiles = new Map<string, number>();
/** Twice the conversations and users a 2-core instance serves at once; far below the process's file limit. */
const OPEN_FILES_LIMIT = 512;

function keepOpen(file: string, fd: number): void {
  const previous = openFiles.get(file);
  if (previous !== undefined && previous !== fd) closeQuietly(previous);
  openFiles.delete(file);
  openFiles.set(file, fd);
  if (openFiles.size > OPEN_FILES_LIMIT) {
    const oldest = openFiles.entries().next();
    if (!oldest.done) {
      openFiles.delete(oldest.value[0]);
      closeQuietly(oldest.value[1]);
    }
  }
}

function closeQuietly(fd: number): void {
  close(fd, () => undefined);
}

/** Before the file is renamed over, removed or set aside: its descriptor would point at the old file. */
function letGo(file: string): void {
  const fd = openFiles.get(file);
  if (fd === undefined) return;
  openFiles.delete(file);
  closeQuietly(fd);
}

/** The kept descriptor of `file`, if it still names the file. */
function openFileOf(file: string): number | undefined {
  const fd = openFiles.get(file);
  if (fd === undefined) return undefined;
  let named: boolean;
  try {
    named = fstatSync(fd).nlink > 0;
  } catch {
    named = false;
  }
  if (!named) {
    letGo(file);
    return undefined;
  }
  return fd;
}

/** The clock of a store that was given none: file times then come from the write itself. */
const SYSTEM_CLOCK = () => new Date();

/**
 * botbuilder `Storage` on the local disk: one JSON file per key under `dir`, written atomically, with
 * optimistic concurrency by eTag. File names are hashes, so no conversation or user id appears on disk.
 * Documents older than `retentionMs` are treated as gone and deleted: state is kept only as long as needed.
 */
export class FileStorage implements Storage {
  constructor(
    private readonly dir: string,
    private readonly retentionMs: number,
    private readonly clock: () => Date = SYSTEM_CLOCK,
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
    const remembered = known.get(file);
    if (remembered === ABSENT) return undefined;
    if (remembered !== undefined) {
      remember(file, remembered);
      // What this process wrote or read is what the file holds; parsed anew, so every caller has its own copy.
      return this.unlessExpired(file, parseDocument(remembered));
    }
    // From disk: after any write of the file under way, and before the next one starts.
    return this.serialised(file, () => this.loadDocument(file));
  }

  /** `readDocument` for one who already holds the file's turn in `serialised` (a write's eTag check). */
  private async loadDocument(file: string): Promise<StoredDocument | undefined> {
    const remembered = known.get(file);
    if (remembered === ABSENT) return undefined;
    if (remembered !== undefined) {
      remember(file, remembered);
      return this.unlessExpired(file, parseDocument(remembered), true);
    }
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (!known.has(file)) remember(file, ABSENT);
      return undefined;
    }
    if (raw === '') {
      // A new document's file whose process died between creating it and its one write (`createdInPlace`):
      // nothing was saved, as when a temporary file was never renamed.
      await this.forget(file, () => rm(file, { force: true }));
      return undefined;
    }
    const document = parseDocument(raw);
    if (!document) {
      // A damaged file must not fail every turn of its conversation: keep it aside for inspection, start clean.
      await this.forget(file, () => rename(file, `${file}.corrupt`).catch(() => rm(file, { force: true })));
      this.onCorrupt(path.basename(file));
      return undefined;
    }
    remember(file, raw);
    return this.unlessExpired(file, document, true);
  }

  /**
   * Gone for the reader, so gone on disk too. A write in flight to the file replaces it anyway; `ownTurn`: the
   * caller holds the file's turn, so none is.
   */
  private async unlessExpired(
    file: string,
    document: StoredDocument | undefined,
    ownTurn = false,
  ): Promise<StoredDocument | undefined> {
    if (!document || !this.isExpired(document)) return document;
    if (ownTurn || !writing.has(file)) await this.forget(file, () => rm(file, { force: true }));
    return undefined;
  }

  /** Removes a file (or sets it aside); unless a write finished meanwhile, it is then known to be absent. */
  private async forget(file: string, remove: () => Promise<unknown>): Promise<void> {
    known.delete(file);
    letGo(file);
    await remove();
    if (!known.has(file)) remember(file, ABSENT);
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

  /** Writes to one key run one after another, so the eTag check and the write cannot interleave in-process. */
  private serialised<T>(file: string, work: () => Promise<T>): Promise<T> {
    const previous = writing.get(file) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    writing.set(file, next);
    return next.finally(() => {
      if (writing.get(file) === next) writing.delete(file);
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
      const current = await this.loadDocument(file);
      if (current && current.item.eTag !== expected) {
        throw new StorageConflictError(`eTag conflict on a stored document (expected ${expected})`);
      }
    }
    const savedAt = this.clock();
    const document: StoredDocument = {
      savedAt: savedAt.toISOString(),
      item: { ...change, eTag: randomUUID() },
    };
    const raw = JSON.stringify(document);
    if (await this.rewroteInPlace(file, raw, savedAt)) return;
    if (await this.createdInPlace(file, raw, savedAt)) return;
    const temporary = `${file}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, raw, { mode: 0o600 });
      // The file's time is its save time, so the retention sweep needs no parsing. The system clock's time is
      // the write's own; a store given another clock (tests, tools) sets it.
      if (this.clock !== SYSTEM_CLOCK) await utimes(temporary, savedAt, savedAt);
      letGo(file);
      await rename(temporary, file);
    } catch (error) {
      // Whether the rename happened is not known: the next read asks the disk.
      known.delete(file);
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
    remember(file, raw);
  }

  /**
   * Rewrites a file this process knows in place, with one write of at most `IN_PLACE_BYTES` at its start (padded
   * to the file's length, then cut when it shrank by much, see `MAX_PADDED`); false, having changed nothing, when
   * the document does not fit that. A write that fails or comes up short is repaired by the caller's temporary file
   * and rename.
   */
  private async rewroteInPlace(file: string, raw: string, savedAt: Date): Promise<boolean> {
    const current = known.get(file);
    if (current === undefined || current === ABSENT) return false;
    const length = Buffer.byteLength(current);
    const own = Buffer.byteLength(raw);
    if (own > IN_PLACE_BYTES || length > IN_PLACE_BYTES) return false;
    const padded = length > own ? raw + ' '.repeat(length - own) : raw;
    let fd = openFileOf(file);
    if (fd === undefined) {
      try {
        fd = await fsCall<number>((done) => open(file, 'r+', done));
      } catch {
        return false;
      }
      keepOpen(file, fd);
    }
    return this.writeAtStart(file, fd, padded, savedAt, length > own * MAX_PADDED ? raw : undefined);
  }

  /**
   * A new document of at most `IN_PLACE_BYTES` goes straight into a new file (created only if none is there) with
   * one write, as `rewroteInPlace` writes: creating a file costs the kernel a new inode either way, but the
   * temporary file's second name and the rename cost about as much again. A process that dies between the create
   * and the write leaves an empty file, which reads as no document (`loadDocument`), as a temporary file never
   * renamed did. False, having changed nothing, when the file is not known to be absent or the document is larger.
   */
  private async createdInPlace(file: string, raw: string, savedAt: Date): Promise<boolean> {
    if (known.get(file) !== ABSENT || Buffer.byteLength(raw) > IN_PLACE_BYTES) return false;
    let fd: number;
    try {
      fd = await fsCall<number>((done) => open(file, 'wx', 0o600, done));
    } catch {
      return false;
    }
    keepOpen(file, fd);
    return this.writeAtStart(file, fd, raw, savedAt);
  }

  /**
   * One write of `content` at the start of the file, synchronous: a page to the page cache takes a few µs, less
   * than handing it to the thread pool. On failure the descriptor is let go and the caller's temporary file and
   * rename repair the file. `unpadded`: `content` without its padding, to which the file is then cut.
   */
  private writeAtStart(file: string, fd: number, content: string, savedAt: Date, unpadded?: string): boolean {
    const bytes = Buffer.from(content);
    // From here the file may hold either document: what the next read gets is settled by the disk until written.
    known.delete(file);
    let written: number;
    try {
      written = writeSync(fd, bytes, 0, bytes.length, 0);
    } catch {
      written = -1;
    }
    if (written !== bytes.length) {
      letGo(file);
      return false;
    }
    let holds = content;
    if (unpadded !== undefined) {
      try {
        ftruncateSync(fd, Buffer.byteLength(unpadded));
        holds = unpadded;
      } catch {
        // Still the padded document, whole: it reads the same, only larger.
      }
    }
    try {
      // As with the rename: the file's time is its save time, set here (after the cut, which sets it too) when
      // the store has a clock of its own.
      if (this.clock !== SYSTEM_CLOCK) futimesSync(fd, savedAt, savedAt);
    } catch {
      letGo(file);
      return false;
    }
    remember(file, holds);
    return true;
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map((key) => {
        const file = this.fileFor(key);
        return this.serialised(file, () => this.forget(file, () => rm(file, { force: true })));
      }),
    );
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
      // In the file's turn: a write under way is not lost to the removal, nor read half-done.
      const gone = await this.serialised(file, async () => {
        // Only a candidate is read: a document with its own later `keepUntil` (a saved case) stays, and so does
        // one written since the look at its time.
        if (entry.name.endsWith('.json') && (await this.keptBeyondRetention(file))) return false;
        letGo(file);
        await rm(file, { force: true });
        known.delete(file);
        return true;
      });
      if (gone) removed++;
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
