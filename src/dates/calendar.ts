import { DateTime } from 'luxon';
import { addCalendarDays, epochDayOf, isoDateOf, weekdayOf, type CalendarDay } from './copenhagen';

export const DANISH_ZONE = 'Europe/Copenhagen';

const holidayCache = new Map<number, ReadonlySet<string>>();

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The last year Store Bededag was a public holiday (abolished by lov nr. 1 of 2023 from 2024). */
const LAST_STORE_BEDEDAG = 2023;

/**
 * Danish public holidays (helligdage) of a year as ISO dates: nytårsdag, skærtorsdag, langfredag, påskedag,
 * 2. påskedag, Store Bededag (until 2023), Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag and 2.
 * juledag. 24 and 31 December, 1 May and 5 June are observances, not holidays. Computed from Easter, so the
 * calendar library (some 300 ms of start-up) is not loaded; test/copenhagen.test.ts holds it to date-holidays.
 */
export function publicHolidays(year: number): ReadonlySet<string> {
  let set = holidayCache.get(year);
  if (!set) {
    const easter = easterSunday(year);
    const fromEaster = [-3, -2, 0, 1, 39, 49, 50];
    if (year <= LAST_STORE_BEDEDAG) fromEaster.push(26);
    set = new Set([
      isoDateOf({ year, month: 1, day: 1 }),
      ...fromEaster.map((days) => isoDateOf(addCalendarDays(easter, days))),
      isoDateOf({ year, month: 12, day: 25 }),
      isoDateOf({ year, month: 12, day: 26 }),
    ]);
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
