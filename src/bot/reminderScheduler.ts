import { languageOf } from '../i18n/uiTexts';
import type { Logger } from 'pino';
import { caseReminderModel } from '../cards/caseCards';
import { inDenmark } from '../dates';
import type { Knowledge } from '../knowledge/schema';
import type { Storage } from 'botbuilder';
import type { CaseStore } from './caseStore';
import { conversationReferenceOf } from './caseDocuments';
import type { Messenger } from './handoff';
import { cardActivity } from '../turn/replies';

/**
 * Sends the due case reminders proactively in each user's 1:1 chat.
 *
 * - Record first, then send: a reminder is claimed in the user's document (with an attempt id) before the message
 *   goes out, so a restart or a crash between the two never sends it twice. The price is at most once: a crash
 *   right after claiming loses that one reminder (the case card still shows the deadline).
 * - After downtime the missed reminders go out once, late: at most one per user per tick (of several due ones of
 *   a case only the latest), and at most `perTick` in all, so a restart does not send a burst.
 * - One instance at a time: `SchedulerLock`. The file store runs in one process, where `InProcessLock` is enough;
 *   a shared store (Blob) plugs in a lease here. Even without a lock the claim is a write with the document's
 *   eTag, so two instances that race on one reminder cannot both claim it.
 */

export interface SchedulerLock {
  /** True when this instance may run a tick now; hold it until `release`. */
  tryAcquire(): Promise<boolean>;
  release(): Promise<void>;
}

/** One tick at a time within this process (every scheduler sharing the lock object). */
export class InProcessLock implements SchedulerLock {
  private held = false;
  tryAcquire(): Promise<boolean> {
    if (this.held) return Promise.resolve(false);
    this.held = true;
    return Promise.resolve(true);
  }
  release(): Promise<void> {
    this.held = false;
    return Promise.resolve();
  }
}

const CURSOR_KEY = 'handleguide/reminders/cursor';
/** Never look further back than this many days (a store restored from a very old backup). */
const MAX_CATCH_UP_DAYS = 400;
/** The first tick ever looks back this far, for cases indexed before the scheduler first ran. */
const FIRST_LOOK_BACK_DAYS = 31;

export interface SchedulerOptions {
  store: CaseStore;
  storage: Storage;
  messenger: Messenger;
  knowledge: Knowledge;
  clock: () => Date;
  lock?: SchedulerLock;
  perTick?: number;
  logger?: Logger;
}

export interface TickResult {
  sent: number;
  failed: number;
}

export class ReminderScheduler {
  private readonly lock: SchedulerLock;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.lock = options.lock ?? new InProcessLock();
  }

  /** Runs `tick` every `intervalMs`; the timer never keeps the process alive. */
  start(intervalMs = 60_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.tick().catch((error: unknown) =>
        this.options.logger?.error({ event: 'reminder_tick_failed', error: String(error).slice(0, 200) }),
      );
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async tick(): Promise<TickResult> {
    const result: TickResult = { sent: 0, failed: 0 };
    if (!(await this.lock.tryAcquire())) return result;
    try {
      await this.run(result);
    } finally {
      await this.lock.release();
    }
    return result;
  }

  private async run(result: TickResult): Promise<void> {
    const { store, storage, clock } = this.options;
    const perTick = this.options.perTick ?? 20;
    const now = clock();
    const today = inDenmark(now);
    const todayIso = today.toISODate() ?? '';
    const cursorItem = (await storage.read([CURSOR_KEY]))[CURSOR_KEY] as { day?: string } | undefined;
    let cursor =
      typeof cursorItem?.day === 'string'
        ? inDenmark(`${cursorItem.day}T12:00:00Z`)
        : today.minus({ days: FIRST_LOOK_BACK_DAYS });
    if (today.diff(cursor, 'days').days > MAX_CATCH_UP_DAYS)
      cursor = today.minus({ days: MAX_CATCH_UP_DAYS });
    const visited = new Set<string>();
    let cursorDone = true;
    let newCursor = cursor.toISODate() ?? todayIso;
    for (let day = cursor; (day.toISODate() ?? '') <= todayIso; day = day.plus({ days: 1 })) {
      const dayIso = day.toISODate() ?? '';
      const users = await store.usersDueOn(dayIso);
      for (const userKey of users) {
        if (result.sent + result.failed >= perTick || visited.has(userKey)) continue;
        visited.add(userKey);
        await this.sendNext(userKey, now, result);
      }
      if (dayIso < todayIso) {
        // A past day is done once none of its users has anything left due by then.
        let pending = false;
        for (const userKey of users) {
          if (await store.hasPendingOn(userKey, dayIso)) pending = true;
          else await store.removeFromDay(dayIso, userKey);
        }
        if (cursorDone && !pending) newCursor = day.plus({ days: 1 }).toISODate() ?? todayIso;
        else cursorDone = false;
      }
    }
    await storage.write({ [CURSOR_KEY]: { day: newCursor } });
  }

  private async sendNext(userKey: string, now: Date, result: TickResult): Promise<void> {
    const { store, messenger, knowledge, logger } = this.options;
    await store.purgeExpired(userKey, now);
    const claim = await store.claimNext(userKey, now);
    if (!claim?.document.reference) return;
    const lang = languageOf(claim.document.lang);
    const activity = cardActivity(
      'caseReminder',
      caseReminderModel(claim.stored.case, claim.reminder, knowledge, lang, now),
      lang,
    );
    try {
      await messenger.sendToConversation(conversationReferenceOf(claim.document.reference), activity);
      await store.markSent(userKey, claim.stored.case.id, claim.attemptId, now);
      result.sent++;
      logger?.info({ event: 'reminder_sent', kind: claim.reminder.kind });
    } catch (error) {
      // Not retried: the claim stays, so the user gets no second copy if the send did get through.
      result.failed++;
      logger?.warn({
        event: 'reminder_failed',
        kind: claim.reminder.kind,
        error: String(error).slice(0, 200),
      });
    }
  }
}
