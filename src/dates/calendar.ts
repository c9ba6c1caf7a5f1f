import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { addCalendarDays, epochDayOf, isoDateOf, weekdayOf, type CalendarDay } from './copenhagen';

export const DANISH_ZONE = 'Europe/Copenhagen';

const danishHolidays = new Holidays('DK');
const holidayCache = new Map<number, ReadonlySet<string>>();

/**
 * Danish public holidays (helligdage) of a year as ISO dates. Only date-holidays' `public` type counts:
 * Store Bededag is gone from 2024, and 24 and 31 December, 1 May and 5 June are observances, not holidays.
 */
export function publicHolidays(year: number): ReadonlySet<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(
      danishHolidays
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidayCache.set(year, set);
  }
  return set;
}

/** A plain date ("2026-05-11") as the start of that day in Copenhagen. */
export function danishDay(isoDate: string): DateTime {
  return DateTime.fromISO(isoDate, { zone: DANISH_ZONE }).startOf('day');
}

/** True for a plain ISO date without a time ("2026-05-11"). */
export function isPlainDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** The instant seen on a Copenhagen wall clock. */
export function inDenmark(instant: Date | string): DateTime {
  const dt =
    typeof instant === 'string' ? DateTime.fromISO(instant, { setZone: true }) : DateTime.fromJSDate(instant);
  return dt.setZone(DANISH_ZONE);
}

/** Whether a day (its own wall date: a luxon DateTime or a Copenhagen calendar day) is a public holiday. */
export function isPublicHoliday(day: CalendarDay): boolean {
  return publicHolidays(day.year).has(isoDateOf(day));
}

const workingDayByEpochDay = new Map<number, boolean>();

/** A working day (hverdag) is Monday to Friday and not a public holiday. Remembered per day (bounded). */
export function isWorkingDay(day: CalendarDay): boolean {
  const epochDay = epochDayOf(day);
  let working = workingDayByEpochDay.get(epochDay);
  if (working === undefined) {
    working = weekdayOf(day) <= 5 && !isPublicHoliday(day);
    if (workingDayByEpochDay.size >= 5000) workingDayByEpochDay.clear();
    workingDayByEpochDay.set(epochDay, working);
  }
  return working;
}

const workingDayCache = new Map<string, CalendarDay>();

/**
 * The n-th working day after the given calendar day (the day itself is not counted). Remembered per day and n
 * (every assessment asks for the same few), at most a few hundred.
 */
export function addWorkingDaysTo(start: CalendarDay, n: number): CalendarDay {
  const key = `${isoDateOf(start)}|${n}`;
  const known = workingDayCache.get(key);
  if (known) return known;
  let day: CalendarDay = { year: start.year, month: start.month, day: start.day };
  let counted = 0;
  while (counted < n) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) counted++;
  }
  if (workingDayCache.size >= 500) workingDayCache.clear();
  workingDayCache.set(key, day);
  return day;
}

/** The n-th working day after the given day (the day itself is not counted), as the start of that day. */
export function addWorkingDays(start: DateTime, n: number): DateTime {
  const due = addWorkingDaysTo(start, n);
  return DateTime.fromObject(due, { zone: start.zone }).startOf('day');
}

/** "fredag den 8. maj 2026" */
export function danishDate(day: DateTime): string {
  return day.setLocale('da').toFormat("cccc 'den' d. LLLL yyyy");
}

/** "fredag den 8. maj 2026 kl. 10.00" */
export function danishDateTime(instant: DateTime): string {
  return `${danishDate(instant)} kl. ${instant.setLocale('da').toFormat('HH.mm')}`;
}
