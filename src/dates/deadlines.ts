import type { DateTime } from 'luxon';
import type { Deadline, DeadlineId } from '../knowledge/schema';
import { addWorkingDaysTo } from './calendar';
import {
  addCalendarMonths,
  copenhagenDayEnd,
  copenhagenTime,
  danishDateOf,
  danishDateTimeOf,
  epochDayOf,
  isoDateOf,
  isoDateTimeOf,
  type CalendarDay,
  type CopenhagenTime,
} from './copenhagen';

export interface ComputedDeadline {
  id: DeadlineId;
  /** ISO 8601: a date-time with offset for hour deadlines, a date for day and month deadlines. */
  due: string;
  /** The due date in Danish words. */
  dueText: string;
  label: string;
  legal: string;
  olderRule?: string;
  source: string;
}

const HOUR = 3_600_000;

/** A luxon DateTime in Copenhagen (the cases' schedule) or the engine's own wall clock. */
export type CopenhagenInstant = DateTime | CopenhagenTime;

export function toCopenhagenTime(instant: CopenhagenInstant): CopenhagenTime {
  return 'epochMs' in instant ? instant : copenhagenTime(instant.toMillis());
}

/** When a deadline falls due: ISO, in Danish words, and as epoch milliseconds to order deadlines by. */
export interface DueDate {
  due: string;
  dueText: string;
  /** `Date.parse(due)`: what the deadlines are ordered by. */
  order: number;
}

/** Day and month deadlines depend on the day alone: remembered per rule and day (a few hundred at most). */
const dueByDay = new WeakMap<Deadline, Map<number, DueDate>>();

function dayDue(rule: Deadline, day: CalendarDay, compute: () => CalendarDay): DueDate {
  let byDay = dueByDay.get(rule);
  if (!byDay) dueByDay.set(rule, (byDay = new Map()));
  const dayNumber = epochDayOf(day);
  let known = byDay.get(dayNumber);
  if (!known) {
    const dueDay = compute();
    const due = isoDateOf(dueDay);
    known = { due, dueText: danishDateOf(dueDay), order: Date.parse(due) };
    if (byDay.size >= 1000) byDay.clear();
    byDay.set(dayNumber, known);
  }
  return known;
}

/**
 * An hour deadline depends on the instant: the last one is remembered per rule, for a concern assessed again at the
 * same `now`. Updated in place, so that the clock's ever new instants cost no garbage.
 */
const lastHourDue = new WeakMap<Deadline, { notifiedMs: number; due: DueDate }>();

function hourDue(rule: Deadline, notifiedMs: number): DueDate {
  const last = lastHourDue.get(rule);
  if (last?.notifiedMs === notifiedMs) return last.due;
  // Calendar hours: weekends and holidays count, and so does the hour a DST switch adds or takes.
  const dueAt = copenhagenTime(notifiedMs + rule.amount * HOUR);
  const due = { due: isoDateTimeOf(dueAt), dueText: danishDateTimeOf(dueAt), order: dueAt.epochMs };
  if (last) {
    last.notifiedMs = notifiedMs;
    last.due = due;
  } else lastHourDue.set(rule, { notifiedMs, due });
  return due;
}

/**
 * When a deadline falls due, from the moment of notification (in Copenhagen). When only the day of the
 * notification is known (`dayOnly`), an hour deadline is given as the day it falls on at the latest.
 */
export function dueDate(rule: Deadline, notified: CopenhagenInstant, dayOnly = false): DueDate {
  const notifiedAt = toCopenhagenTime(notified);
  switch (rule.kind) {
    case 'hours': {
      if (dayOnly) {
        // Received at any time that day: the deadline ends at the latest by the end of this day.
        return dayDue(rule, notifiedAt, () =>
          copenhagenTime(copenhagenDayEnd(notifiedAt).epochMs + rule.amount * HOUR),
        );
      }
      return hourDue(rule, notifiedAt.epochMs);
    }
    case 'workingDays':
      return dayDue(rule, notifiedAt, () => addWorkingDaysTo(notifiedAt, rule.amount));
    case 'months':
      return dayDue(rule, notifiedAt, () => addCalendarMonths(notifiedAt, rule.amount));
  }
}

/**
 * Computes one deadline from the moment of notification (in Copenhagen). When only the day of the
 * notification is known (`dayOnly`), an hour deadline is given as the day it falls on at the latest.
 */
export function computeDeadline(
  rule: Deadline,
  notified: CopenhagenInstant,
  dayOnly = false,
): Omit<ComputedDeadline, 'legal' | 'source'> {
  const { due, dueText } = dueDate(rule, notified, dayOnly);
  return {
    id: rule.id,
    label: rule.label,
    ...(rule.olderRule ? { olderRule: rule.olderRule } : {}),
    due,
    dueText,
  };
}
