import type { Storage } from 'botbuilder';
import { z } from 'zod/v4';
import { danishDay } from '../dates';
import { ATTEMPTS, IsoTime } from './caseDocuments';
import { isStorageConflict } from './storageConflict';

/**
 * The due-reminder index: one small document per Copenhagen day, `handleguide/reminders/day/<date>`, listing the
 * user keys with a reminder due that day; the scheduler reads the days from its cursor up to today. An index
 * entry may be stale (a case closed since): the scheduler always re-reads the user's document.
 */

const DayBucket = z.strictObject({
  eTag: z.string().max(64).optional(),
  userKeys: z.array(z.string()).max(10_000),
  keepUntil: IsoTime.optional(),
});
/** A day's index entry outlives the day by a month, so a scheduler that was down still finds it. */
const BUCKET_KEEP_DAYS = 31;

export const dayKey = (day: string): string => `handleguide/reminders/day/${day}`;

export class ReminderIndex {
  constructor(private readonly storage: Storage) {}

  async usersDueOn(day: string): Promise<string[]> {
    const item = (await this.storage.read([dayKey(day)]))[dayKey(day)];
    const parsed = DayBucket.safeParse(item);
    return parsed.success ? parsed.data.userKeys : [];
  }

  private async changeDay(day: string, change: (keys: string[]) => string[] | undefined): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const item = (await this.storage.read([dayKey(day)]))[dayKey(day)];
      const parsed = DayBucket.safeParse(item);
      const current = parsed.success ? parsed.data : { userKeys: [] };
      const keys = change(current.userKeys);
      if (!keys) return;
      try {
        if (keys.length === 0) await this.storage.delete([dayKey(day)]);
        else {
          const keepUntil = danishDay(day).plus({ days: BUCKET_KEEP_DAYS }).toISO() ?? undefined;
          await this.storage.write({ [dayKey(day)]: { ...current, userKeys: keys, keepUntil } });
        }
        return;
      } catch (error) {
        if (attempt >= ATTEMPTS || !isStorageConflict(error)) throw error;
      }
    }
  }

  addToDay(day: string, userKey: string): Promise<void> {
    return this.changeDay(day, (keys) => (keys.includes(userKey) ? undefined : [...keys, userKey]));
  }

  removeFromDay(day: string, userKey: string): Promise<void> {
    return this.changeDay(day, (keys) =>
      keys.includes(userKey) ? keys.filter((k) => k !== userKey) : undefined,
    );
  }
}
