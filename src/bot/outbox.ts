import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { sendWithRetry, type SendPolicy } from './sendPolicy';

/**
 * Holds a turn's replies until its state is saved, then delivers them with retries. A turn that cannot save
 * (a conflict, storage down) has sent nothing yet: it can be re-run, or answered with one clear message,
 * instead of leaving a question card on screen that the stored dialog does not know about.
 */
export class TurnOutbox {
  private held: Partial<Activity>[] = [];

  constructor(private readonly context: TurnContext) {
    context.onSendActivities(async (_context, activities) => {
      this.held.push(...activities);
      return activities.map<ResourceResponse>(() => ({ id: '' }));
    });
  }

  get size(): number {
    return this.held.length;
  }

  discard(): void {
    this.held = [];
  }

  /** Delivers the held replies in order; throws `SendFailedError` when one cannot be delivered in time. */
  async deliver(policy: SendPolicy): Promise<void> {
    const deadline = Date.now() + policy.budgetMs;
    const activities = this.held;
    this.held = [];
    for (const activity of activities) {
      await sendWithRetry(
        () => this.context.adapter.sendActivities(this.context, [activity]),
        policy,
        deadline,
      );
    }
  }
}
