import { hash } from 'node:crypto';
import type { Activity, Storage, StoreItems } from 'botbuilder';
import { documentSchemaFor, isConversationKey, readableDocument, schemaProblem } from './stateSchema';
import { isStorageConflict } from './storageConflict';

/** A state document that breaks the schema of what the bot may store; the message names the path only. */
export class StateSchemaError extends Error {
  readonly code = 'STATE_SCHEMA';
  constructor(problem: string) {
    super(`refused to store a state document: ${problem}`);
    this.name = 'StateSchemaError';
  }
}

/** Storage could not be read or written (not a conflict): nothing about the conversation is known to be wrong. */
export class StorageUnavailableError extends Error {
  readonly code = 'STORAGE_UNAVAILABLE';
  constructor(cause: unknown) {
    super(`storage is unavailable: ${cause instanceof Error ? cause.message : 'unknown'}`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** teams-ai's key of a conversation's state document. */
export function conversationKey(
  activity: Pick<Activity, 'channelId' | 'recipient' | 'conversation'>,
): string {
  return `${activity.channelId}/${activity.recipient?.id}/conversations/${activity.conversation?.id}`;
}

/** Runs a storage call; anything but a conflict becomes `StorageUnavailableError`. */
async function storageCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isStorageConflict(error) || error instanceof StorageUnavailableError) throw error;
    throw new StorageUnavailableError(error);
  }
}

interface TurnScope {
  /**
   * The turn's conversation document as the turn first read it, as JSON (undefined: there was none): a copy no
   * later change of the turn's state reaches, parsed only if the turn is put back. Usually the very text the schema
   * memo hashed, so keeping it costs nothing (a structured clone of each turn's document cost about 30 µs).
   */
  firstRead?: { json: string | undefined };
  /** The mark (`lastInput.activity`) of the conversation document this turn last wrote, '' for none. */
  wrote?: string;
}

/** Documents the schema memo keeps at most, least recently used first out (a hash of some 50 bytes each). */
const PASSED_LIMIT = 10_000;

/**
 * A document's content as JSON, without its eTag, or undefined when the eTag itself is not what the schema allows
 * (a string of at most 64 characters, or none).
 */
function contentOf(document: Record<string, unknown>): string | undefined {
  const { eTag, ...content } = document;
  if (eTag !== undefined && !(typeof eTag === 'string' && eTag.length <= 64)) return undefined;
  return JSON.stringify(content);
}

/** Two documents with the same fingerprint (a hash of `contentOf`) have the same JSON: the schema's answer. */
const fingerprintOf = (content: string): string => hash('sha256', content, 'base64');

const markOf = (document: unknown): string =>
  (document as { lastInput?: { activity?: string } } | undefined)?.lastInput?.activity ?? '';

/**
 * The bot's storage: every conversation and user document is checked against `stateSchema` on write. On read,
 * fields a newer version wrote are dropped, and a document that fails the schema otherwise (damaged) is set
 * aside so the conversation starts cleanly instead of failing on every turn. Within `inTurn`, it remembers what
 * the turn first read of its conversation's document, so a turn whose replies could not be delivered can put the
 * conversation back where it was. The turn is found by its key rather than by an AsyncLocalStorage: one
 * conversation's turns run one after another (ConversationQueue), and async context tracking put a hook on every
 * promise of every turn.
 */
export class GuardedStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly onSetAside: (problem: string) => void = () => undefined,
  ) {}

  private readonly turns = new Map<string, TurnScope>();

  /**
   * Per key, the fingerprint of the last document of it that passed the schema, on write or on read. A turn reads
   * back exactly what the last turn wrote, so most reads find theirs here and are not parsed by zod again (which
   * was about 3.5 % of a turn's CPU). Still every document is checked before it is used or stored: one found here
   * has the same JSON as one the schema accepted, and JSON is what every store keeps of it.
   */
  private readonly passed = new Map<string, string>();

  private rememberPassed(key: string, fingerprint: string): void {
    this.passed.delete(key);
    this.passed.set(key, fingerprint);
    if (this.passed.size > PASSED_LIMIT) {
      const oldest = this.passed.keys().next();
      if (!oldest.done) this.passed.delete(oldest.value);
    }
  }

  /**
   * `readableDocument`, unless the document is one that passed the schema before; with `content` (its JSON without
   * the eTag) when the document is kept as read.
   */
  private readable(
    key: string,
    item: Record<string, unknown>,
  ): { document: Record<string, unknown>; content?: string } | { problem: string } {
    if (!documentSchemaFor(key)) return { document: item };
    const content = contentOf(item);
    const fingerprint = content === undefined ? undefined : fingerprintOf(content);
    if (fingerprint !== undefined && this.passed.get(key) === fingerprint) {
      this.rememberPassed(key, fingerprint);
      return { document: item, content };
    }
    const readable = readableDocument(key, item);
    // Only a document kept as it was: one without a newer version's fields is not what was read.
    if ('document' in readable && readable.document === item) {
      if (fingerprint !== undefined) this.rememberPassed(key, fingerprint);
      return { document: item, content };
    }
    return readable;
  }

  /** Runs one turn of the conversation whose document is `key`; the caller runs that key's turns one by one. */
  async inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
    const scope: TurnScope = {};
    this.turns.set(key, scope);
    try {
      return await work();
    } finally {
      if (this.turns.get(key) === scope) this.turns.delete(key);
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    const stored = await storageCall(() => this.inner.read(keys));
    const items: StoreItems = {};
    for (const key of keys) {
      const item = stored[key] as Record<string, unknown> | undefined;
      const readable = item === undefined ? undefined : this.readable(key, item);
      if (readable && 'problem' in readable) {
        // Damaged, or holding a platform field: it cannot be trusted, and it may hold what must not be kept.
        this.onSetAside(readable.problem);
        await storageCall(() => this.inner.delete([key]));
      } else if (readable) {
        items[key] = readable.document;
      }
      const scope = this.turns.get(key);
      if (scope && !scope.firstRead) {
        const kept = items[key];
        const content = readable && 'document' in readable ? readable.content : undefined;
        scope.firstRead = { json: kept === undefined ? undefined : (content ?? JSON.stringify(kept)) };
      }
    }
    return items;
  }

  /**
   * A turn saves its conversation's document and its user's, one write each: the conversation's goes last. It
   * holds `lastInput`, the mark that the turn is done (a message sent again with that mark is not run again),
   * so the mark may only be stored once everything else of the turn is. The other way round, an instance that
   * died between the two writes left the turn marked done without the user's document (the municipality just
   * chosen): the message sent again was not run, and the confirmation card could never be completed. Dying after
   * the user's document instead leaves the turn unmarked, and running it again sets the same choices again.
   */
  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const schema = documentSchemaFor(key);
      if (!schema) continue;
      const content = contentOf(change as Record<string, unknown>);
      const fingerprint = content === undefined ? undefined : fingerprintOf(content);
      if (fingerprint !== undefined && this.passed.get(key) === fingerprint) continue;
      const checked = schema.safeParse(change);
      if (!checked.success) throw new StateSchemaError(schemaProblem(checked.error));
      // What the next turn will read back (with a new eTag), so its read needs no second check.
      if (fingerprint !== undefined) this.rememberPassed(key, fingerprint);
    }
    const entries = Object.entries(changes);
    const isConversation = ([key]: [string, unknown]) => isConversationKey(key);
    const first = entries.filter((entry) => !isConversation(entry));
    const last = entries.filter(isConversation);
    if (first.length > 0) await storageCall(() => this.inner.write(Object.fromEntries(first)));
    if (last.length > 0) await storageCall(() => this.inner.write(Object.fromEntries(last)));
    for (const [key, change] of last) {
      const scope = this.turns.get(key);
      if (scope) scope.wrote = markOf(change);
    }
  }

  delete(keys: string[]): Promise<void> {
    return storageCall(() => this.inner.delete(keys));
  }

  /**
   * Puts `key` back as the current turn first read it, if what is stored is still what the turn wrote: another
   * instance may have saved a newer turn of the conversation since, and that one stands. The write is
   * conditional on the eTag just read, so a save that slips in between fails it instead of being overwritten.
   */
  async restoreTurnStart(key: string): Promise<void> {
    const scope = this.turns.get(key);
    const firstRead = scope?.firstRead;
    if (!firstRead || scope.wrote === undefined) return;
    const current = (await this.inner.read([key]))[key] as Record<string, unknown> | undefined;
    if (current === undefined || markOf(current) !== scope.wrote) return;
    if (firstRead.json === undefined) await this.inner.delete([key]);
    else {
      const before = JSON.parse(firstRead.json) as Record<string, unknown>;
      await this.inner.write({ [key]: { ...before, eTag: current.eTag ?? '*' } });
    }
  }
}
