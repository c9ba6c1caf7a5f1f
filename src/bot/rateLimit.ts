/**
 * A sliding-window limit per key, in memory: per bot instance, which is enough to stop a runaway client.
 *
 * Memory stays bounded and every call costs amortised O(1) however many keys there are. Each call appends the
 * key to a queue in the order of use; a key's newest queue entry is its live one, older ones are skipped. The
 * front of the queue is the idlest key: it is forgotten once its window has passed, and beyond `maxKeys` it is
 * forgotten even inside its window (it then starts afresh, which only ever lets a forgotten client through once
 * more, never blocks anyone). The queue is compacted when stale entries outnumber live keys.
 */
interface KeyHits {
  times: number[];
  /** The sequence number of this key's newest queue entry. */
  touched: number;
}

interface QueueEntry {
  key: string;
  touched: number;
  at: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, KeyHits>();
  private queue: QueueEntry[] = [];
  private head = 0;
  private sequence = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => Date = () => new Date(),
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one hit for `key`; false when the key has used up its window. */
  allow(key: string): boolean {
    const now = this.clock().getTime();
    this.forgetIdle(now);
    const entry = this.hits.get(key) ?? { times: [], touched: 0 };
    entry.times = entry.times.filter((t) => now - t < this.windowMs);
    const allowed = entry.times.length < this.limit;
    if (allowed) entry.times.push(now);
    entry.touched = ++this.sequence;
    this.hits.set(key, entry);
    this.queue.push({ key, touched: entry.touched, at: now });
    while (this.hits.size > this.maxKeys) this.forgetFront();
    if (this.queue.length - this.head > 2 * Math.max(this.hits.size, 1_024)) this.compact();
    return allowed;
  }

  /** Keys remembered now; never more than `maxKeys`. */
  get size(): number {
    return this.hits.size;
  }

  private isLive(entry: QueueEntry): boolean {
    return this.hits.get(entry.key)?.touched === entry.touched;
  }

  /** Forgets keys from the front while their last use is out of the window (so is every hit of theirs). */
  private forgetIdle(now: number): void {
    while (this.head < this.queue.length) {
      const front = this.queue[this.head] as QueueEntry;
      if (this.isLive(front)) {
        if (now - front.at < this.windowMs) return;
        this.hits.delete(front.key);
      }
      this.head += 1;
    }
  }

  private forgetFront(): void {
    while (this.head < this.queue.length) {
      const front = this.queue[this.head++] as QueueEntry;
      if (this.isLive(front)) {
        this.hits.delete(front.key);
        return;
      }
    }
  }

  private compact(): void {
    this.queue = this.queue.slice(this.head).filter((entry) => this.isLive(entry));
    this.head = 0;
  }
}
