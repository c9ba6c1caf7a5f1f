import { hostname } from 'node:os';
import { closeSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A lock not refreshed for this long belongs to an instance that died (on any host). */
const STALE_AFTER_MS = 60_000;
const HEARTBEAT_MS = 10_000;

export class FolderInUseError extends Error {
  readonly code = 'STATE_DIR_IN_USE';
}

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The file store is for one instance: a second one on the same folder would lose updates silently. This lock file
 * in the state folder makes the second one refuse to start. The holder refreshes it; a lock left by a process that
 * died (gone from this host, or not refreshed for a minute) is taken over.
 */
export class FolderLock {
  private heartbeat: NodeJS.Timeout | undefined;

  private constructor(private readonly file: string) {}

  static acquire(dir: string): FolderLock {
    const file = path.join(dir, 'instance.lock');
    for (let attempt = 1; ; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o600);
        const holder: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
        writeSync(fd, JSON.stringify(holder));
        closeSync(fd);
        const lock = new FolderLock(file);
        lock.heartbeat = setInterval(() => {
          const now = new Date();
          try {
            utimesSync(file, now, now);
          } catch {
            // The folder went away; the store's own writes will say so.
          }
        }, HEARTBEAT_MS);
        lock.heartbeat.unref();
        return lock;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 1) throw error;
      }
      const holder = FolderLock.holderOf(file);
      if (holder && !FolderLock.isStale(file, holder)) {
        throw new FolderInUseError(
          `STATE_DIR ${dir} is in use by another instance (pid ${holder.pid} on ${holder.host}); ` +
            'the file store serves one instance: stop the other one, or use STORAGE=blob for several',
        );
      }
      rmSync(file, { force: true });
    }
  }

  private static holderOf(file: string): Holder | undefined {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Holder;
    } catch {
      return undefined;
    }
  }

  private static isStale(file: string, holder: Holder): boolean {
    if (holder.host === hostname() && !alive(holder.pid)) return true;
    try {
      return Date.now() - statSync(file).mtimeMs > STALE_AFTER_MS;
    } catch {
      return true;
    }
  }

  release(): void {
    clearInterval(this.heartbeat);
    rmSync(this.file, { force: true });
  }

  /** As a crash would: the lock stays until it goes stale. */
  abandon(): void {
    clearInterval(this.heartbeat);
  }
}
