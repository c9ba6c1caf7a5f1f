/**
 * Runs the turns of one conversation one after another, so two quick messages or a double tap cannot race
 * for the same state. Different conversations still run side by side.
 */
export class ConversationQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run(key: string, turn: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(turn, turn);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Conversations with a turn running or waiting; for the bench and the readiness probe. */
  get size(): number {
    return this.tails.size;
  }
}
