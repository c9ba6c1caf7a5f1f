import type { DateTime } from 'luxon';
import { computeDeadline, danishDay, inDenmark, isWorkingDay } from '../dates';
import type { DeadlineId, NationalKnowledge } from '../knowledge/schema';
import type { Case } from './case';

/** Reminders are sent at this Copenhagen hour on working days: the start of a working day, not the night. */
export const REMINDER_HOUR = 9;
/** How long a case is kept after the point its status ties it to (see `retainUntil`). */
export const RETENTION_DAYS = 30;

export type ReminderKind =
  'callCheck' | 'receiptOverdue' | 'followUpCheck' | 'investigationCheck' | 'observation';

/** Reminders that come again on every working day of a period; the others come once per case. */
export const isRecurring = (kind: ReminderKind): boolean => kind === 'observation';

export interface PlannedReminder {
  kind: ReminderKind;
  /** The instant it falls due (ISO with offset). */
  dueAt: string;
}

type National = Pick<NationalKnowledge, 'deadlines' | 'generalDuty'>;

/** Whether the law promises this notifier a receipt and feedback (§ 137): not volunteers under § 135. */
export function isPromisedReceipt(c: Pick<Case, 'role'>, national: National): boolean {
  return !(c.role && national.generalDuty.roles.includes(c.role));
}

/** The case's deadlines from the day the notification was sent, as ISO dates; none before it is sent. */
export function caseDeadlines(c: Case, national: National): Partial<Record<DeadlineId, string>> {
  if (!c.notifiedOn) return {};
  const day = danishDay(c.notifiedOn);
  const result: Partial<Record<DeadlineId, string>> = {};
  for (const rule of national.deadlines) {
    if (rule.professionalOnly && !isPromisedReceipt(c, national)) continue;
    result[rule.id] = computeDeadline(rule, day, true).due.slice(0, 10);
  }
  return result;
}

/** REMINDER_HOUR on the given day, or on the first working day after it. */
function workingMorning(day: DateTime): DateTime {
  let candidate = day.startOf('day');
  while (!isWorkingDay(candidate)) candidate = candidate.plus({ days: 1 });
  return candidate.set({ hour: REMINDER_HOUR });
}

/** REMINDER_HOUR on the first working day strictly after the given day. */
function nextWorkingMorning(day: DateTime): DateTime {
  return workingMorning(day.startOf('day').plus({ days: 1 }));
}

const iso = (dt: DateTime) => dt.toISO({ suppressMilliseconds: true }) ?? '';

/** How long after a red-flag notification we ask whether the call was made (same day). */
const CALL_CHECK_AFTER_HOURS = 2;
const CALL_CHECK_LATEST_HOUR = 20;

/**
 * Every reminder the case should get given its status, before snooze and stop:
 * - `callCheck`: after a red-flag notification marked sent today, the same day: was the call made?
 * - `receiptOverdue`: the morning after the receipt deadline (§ 137), only to notifiers promised a receipt;
 * - `followUpCheck` and `investigationCheck`: on the first follow-up and the investigation deadline.
 */
export function plannedReminders(c: Case, national: National): PlannedReminder[] {
  if (c.status === 'closed') return [];
  const observations = observationReminders(c);
  if (!c.notifiedOn || c.status === 'open') return observations;
  const deadlines = caseDeadlines(c, national);
  const planned: PlannedReminder[] = [];
  if (c.redFlags.length > 0 && c.notifiedAt && inDenmark(c.notifiedAt).toISODate() === c.notifiedOn) {
    const marked = inDenmark(c.notifiedAt);
    const latest = marked.set({ hour: CALL_CHECK_LATEST_HOUR, minute: 0, second: 0, millisecond: 0 });
    const wanted = marked.plus({ hours: CALL_CHECK_AFTER_HOURS });
    // Marked late in the evening: ask soon rather than in the night or another day.
    const due = wanted <= latest ? wanted : marked.plus({ minutes: 30 });
    planned.push({ kind: 'callCheck', dueAt: iso(due) });
  }
  if (deadlines.kvittering && c.status === 'notified') {
    planned.push({ kind: 'receiptOverdue', dueAt: iso(nextWorkingMorning(danishDay(deadlines.kvittering))) });
  }
  if (c.status !== 'feedbackReceived') {
    if (deadlines.opfoelgning)
      planned.push({ kind: 'followUpCheck', dueAt: iso(workingMorning(danishDay(deadlines.opfoelgning))) });
    if (deadlines.undersoegelse)
      planned.push({
        kind: 'investigationCheck',
        dueAt: iso(workingMorning(danishDay(deadlines.undersoegelse))),
      });
  }
  return [...planned, ...observations].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/**
 * During a period of observation: a question for the next entry at REMINDER_HOUR on every working day after
 * the day the period was set, up to and including its last day.
 */
export function observationReminders(c: Case): PlannedReminder[] {
  if (!c.observeFrom || !c.observeUntil || c.status === 'closed') return [];
  const reminders: PlannedReminder[] = [];
  for (
    let morning = nextWorkingMorning(danishDay(c.observeFrom));
    (morning.toISODate() ?? '') <= c.observeUntil;
    morning = nextWorkingMorning(morning)
  ) {
    reminders.push({ kind: 'observation', dueAt: iso(morning) });
  }
  return reminders;
}

/**
 * The reminders that will actually be sent: none when stopped (for the case or for the user); a snoozed one
 * moves to the first working morning at or after the snooze ends.
 */
export function effectiveReminders(c: Case, national: National, globallyStopped = false): PlannedReminder[] {
  if (globallyStopped || c.remindersStopped) return [];
  const snoozedUntil = c.snoozedUntil ? Date.parse(c.snoozedUntil) : undefined;
  const seen = new Set<string>();
  return plannedReminders(c, national)
    .map((reminder) => {
      if (snoozedUntil === undefined || Date.parse(reminder.dueAt) >= snoozedUntil) return reminder;
      const end = inDenmark(new Date(snoozedUntil));
      const morning = workingMorning(end);
      return { ...reminder, dueAt: iso(morning < end ? nextWorkingMorning(end) : morning) };
    })
    .filter((reminder) => {
      // Snoozed observation questions fold into one, and none is asked after the period has ended.
      if (!isRecurring(reminder.kind)) return true;
      const key = reminder.dueAt;
      if (seen.has(key) || (inDenmark(reminder.dueAt).toISODate() ?? '') > (c.observeUntil ?? ''))
        return false;
      seen.add(key);
      return true;
    });
}

/**
 * How long the case is kept: an open case 30 days after its last change; a notified case until 30 days after
 * the investigation deadline (the last point the guide follows up); a closed case 30 days after closing.
 */
export function retainUntil(c: Case, national: National): string {
  const plus = (isoTime: string) => iso(inDenmark(isoTime).plus({ days: RETENTION_DAYS }));
  const afterChange = plus(c.changedAt);
  if (c.status === 'closed') return plus(c.closedAt ?? c.changedAt);
  // A period of observation keeps an open case at least 30 days past its last day.
  const afterPeriod = c.observeUntil
    ? iso(danishDay(c.observeUntil).endOf('day').plus({ days: RETENTION_DAYS }).startOf('second'))
    : afterChange;
  if (c.status === 'open')
    return Date.parse(afterPeriod) > Date.parse(afterChange) ? afterPeriod : afterChange;
  const investigation = caseDeadlines(c, national).undersoegelse;
  const afterDeadline = investigation
    ? iso(danishDay(investigation).endOf('day').plus({ days: RETENTION_DAYS }).startOf('second'))
    : afterChange;
  return Date.parse(afterDeadline) > Date.parse(afterChange) ? afterDeadline : afterChange;
}

/** The next deadline of the case still ahead of `now`, for the case list. */
export function nextDeadline(
  c: Case,
  national: National,
  now: Date,
): { id: DeadlineId; due: string } | undefined {
  if (c.status === 'closed') return undefined;
  const today = inDenmark(now).toISODate() ?? '';
  const skip = new Set<DeadlineId>(['vurdering']);
  if (c.status !== 'notified') skip.add('kvittering');
  if (c.status === 'feedbackReceived') {
    skip.add('opfoelgning');
    skip.add('undersoegelse');
  }
  return Object.entries(caseDeadlines(c, national))
    .filter(([id, due]) => !skip.has(id as DeadlineId) && due >= today)
    .map(([id, due]) => ({ id: id as DeadlineId, due }))
    .sort((a, b) => a.due.localeCompare(b.due))[0];
}
