import { randomUUID } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';

/** What one slice of a retention sweep did; `next` continues the sweep, none means it is complete. */
export interface SweepSlice {
  removed: number;
  seen: number;
  next?: string;
}

export interface Sweepable {
  sweepSlice(cursor: string | undefined, size: number): Promise<SweepSlice>;
}

/** A lock that makes work run on one instance at a time; it must free itself if its holder dies. */
export interface SweepLock {
  tryAcquire(): Promise<boolean>;
  /** Keeps the lock while working; false when it was lost. */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

/** The file store serves one instance per folder (the folder lock), so that instance may always sweep. */
export const OWN_FOLDER: SweepLock = {
  tryAcquire: () => Promise.resolve(true),
  renew: () => Promise.resolve(true),
  release: () => Promise.resolve(),
};

/** Azure's shortest lease; an instance that dies holding it frees the work within this time. */
export const LEASE_SECONDS = 15;

/**
 * A blob lease as the lock: only one lease on a blob at a time, and it expires by itself `LEASE_SECONDS` after
 * the holder's last renewal, so the work moves to another instance when the holder dies.
 */
export class BlobLeaseLock implements SweepLock {
  private readonly leaseId = randomUUID();

  constructor(
    private readonly container: ContainerClient,
    private readonly name = 'locks/retention-sweep',
  ) {}

  private lease() {
    return this.container.getBlockBlobClient(this.name).getBlobLeaseClient(this.leaseId);
  }

  async tryAcquire(): Promise<boolean> {
    const blob = this.container.getBlockBlobClient(this.name);
    await blob.upload('', 0, { conditions: { ifNoneMatch: '*' } }).catch((error: { statusCode?: number }) => {
      // 409: it exists (and may be leased, 412): someone created it first; both are fine.
      if (error.statusCode !== 409 && error.statusCode !== 412) throw error;
    });
    try {
      await this.lease().acquireLease(LEASE_SECONDS);
      return true;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 409) return false;
      throw error;
    }
  }

  async renew(): Promise<boolean> {
    return this.lease()
      .renewLease()
      .then(() => true)
      .catch(() => false);
  }

  async release(): Promise<void> {
    await this.lease()
      .releaseLease()
      .catch(() => undefined);
  }
}

export interface SweeperOptions {
  store: Sweepable;
  lock: SweepLock;
  /** Blobs or files looked at per slice: bounds each slice's work, whatever the number of stored users. */
  sliceSize?: number;
  /** Pause between slices, so a sweep never competes with turns for long. */
  pauseMs?: number;
  /** How often the lock is renewed while sweeping (well within `LEASE_SECONDS`). */
  renewEveryMs?: number;
  onSwept?: (outcome: { removed: number; seen: number; ms: number }) => void;
  onError?: (error: unknown) => void;
}

export interface SweepOutcome {
  /** False when another instance held the lock. */
  ran: boolean;
  removed: number;
  seen: number;
}

/**
 * Retention sweeps in the background: in bounded slices with pauses, on one instance at a time (the lock), so
 * start-up never waits for them and their cost does not grow a turn's latency with the number of stored users.
 */
export class Sweeper {
  private running: Promise<SweepOutcome> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private abandoned = false;

  constructor(private readonly options: SweeperOptions) {}

  /** Sweeps soon after start, then every `everyMs`; returns the first sweep. */
  start(everyMs: number): Promise<SweepOutcome> {
    this.timer = setInterval(() => void this.runOnce().catch(() => undefined), everyMs);
    this.timer.unref();
    return new Promise((resolve) => setImmediate(resolve)).then(() => this.runOnce());
  }

  /** One whole sweep if this instance gets the lock; a sweep already running here is joined. */
  runOnce(): Promise<SweepOutcome> {
    this.running ??= this.sweep().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweep(): Promise<SweepOutcome> {
    const { store, lock, sliceSize = 200, pauseMs = 50, renewEveryMs = 5_000 } = this.options;
    if (this.stopped) return { ran: false, removed: 0, seen: 0 };
    let acquired: boolean;
    try {
      acquired = await lock.tryAcquire();
    } catch (error) {
      this.options.onError?.(error);
      return { ran: false, removed: 0, seen: 0 };
    }
    if (!acquired) return { ran: false, removed: 0, seen: 0 };
    const started = Date.now();
    let lost = false;
    const renewal = setInterval(() => {
      if (this.abandoned) return;
      void lock.renew().then((held) => {
        if (!held) lost = true;
      });
    }, renewEveryMs);
    renewal.unref();
    let removed = 0;
    let seen = 0;
    try {
      let cursor: string | undefined;
      do {
        const slice = await store.sweepSlice(cursor, sliceSize);
        removed += slice.removed;
        seen += slice.seen;
        cursor = slice.next;
        if (cursor) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      } while (cursor && !this.stopped && !lost);
      this.options.onSwept?.({ removed, seen, ms: Date.now() - started });
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      clearInterval(renewal);
      // A crashed holder releases nothing: its lease runs out by itself.
      if (!this.abandoned) await lock.release();
    }
    return { ran: true, removed, seen };
  }

  /** Stops after the current slice and releases the lock. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Stops as a crashed instance would: the lock is left to expire. */
  abandon(): void {
    this.abandoned = true;
    this.stopped = true;
    clearInterval(this.timer);
  }
}
