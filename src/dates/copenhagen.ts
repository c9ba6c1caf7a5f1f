import { DateTime } from 'luxon';

/**
 * Copenhagen wall-clock time without luxon, for the engine's hot path (luxon's zone conversion goes through
 * `Intl.DateTimeFormat#formatToParts` and cost more than the rest of an assessment together). Denmark keeps
 * the EU rule: summer time (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October
 * 01:00 UTC, UTC+1 otherwise. The rule holds from 1996; outside the years below the offset comes from luxon,
 * so the helper is never wrong, only slower. test/copenhagen.test.ts holds it to luxon day by day.
 */
const EU_RULE_FROM_YEAR = 1997;
const EU_RULE_UNTIL_YEAR = 2199;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An instant with its Copenhagen wall clock; the field names and numbering are luxon's (weekday 1 = Monday). */
export interface CopenhagenTime {
  readonly epochMs: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number;
  /** Minutes east of UTC: 60 in winter, 120 in summer. */
  readonly offsetMinutes: number;
}

/** The Copenhagen calendar day only (a deadline counted in days or months). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The day of the month of the last Sunday of a month (month 1–12), at 01:00 UTC. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0, 1);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY;
}

const summerByYear = new Map<number, readonly [number, number]>();

/** Copenhagen's offset from UTC in minutes at an instant. */
export function copenhagenOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  if (year < EU_RULE_FROM_YEAR || year > EU_RULE_UNTIL_YEAR) {
    return DateTime.fromMillis(epochMs, { zone: 'Europe/Copenhagen' }).offset;
  }
  let summer = summerByYear.get(year);
  if (!summer) {
    summer = [lastSundayAt0100Utc(year, 3), lastSundayAt0100Utc(year, 10)] as const;
    summerByYear.set(year, summer);
  }
  return epochMs >= summer[0] && epochMs < summer[1] ? 120 : 60;
}

/** The Copenhagen wall clock at an instant. */
export function copenhagenTime(epochMs: number): CopenhagenTime {
  const offsetMinutes = copenhagenOffsetMinutes(epochMs);
  const wall = new Date(epochMs + offsetMinutes * MINUTE);
  const utcWeekday = wall.getUTCDay();
  return {
    epochMs,
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    weekday: utcWeekday === 0 ? 7 : utcWeekday,
    offsetMinutes,
  };
}

/**
 * The instant of the start of a Copenhagen day. Copenhagen switches at 02:00 and 03:00, so midnight always
 * exists once: it is the UTC midnight less the offset that holds an hour or two before.
 */
export function copenhagenDayStart(day: CalendarDay): CopenhagenTime {
  const wallMidnight = Date.UTC(day.year, day.month - 1, day.day);
  return copenhagenTime(wallMidnight - copenhagenOffsetMinutes(wallMidnight - 2 * HOUR) * MINUTE);
}

/** The last millisecond of a Copenhagen day (luxon's `endOf('day')`). */
export function copenhagenDayEnd(day: CalendarDay): CopenhagenTime {
  return copenhagenTime(copenhagenDayStart(addCalendarDays(day, 1)).epochMs - 1);
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * An ISO 8601 date-time with an offset as epoch milliseconds (what `z.iso.datetime({ offset: true })` lets
 * through), or undefined for any other form, which the caller then gives to luxon.
 */
export function parseIsoInstant(iso: string): number | undefined {
  const m = ISO_INSTANT.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  // luxon keeps milliseconds and truncates finer digits.
  const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000 + 1e-6);
  let offset = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (offsetMinutes > 59) return undefined;
    offset = sign * (offsetHours * 60 + offsetMinutes);
  }
  const wall = Date.UTC(Number(y), month - 1, day, hour, minute, second, millisecond);
  return wall - offset * MINUTE;
}

const wallClockByIso = new Map<string, CopenhagenTime>();

/**
 * An ISO date or date-time as a Copenhagen wall clock; plain dates ("2026-05-11") are the start of that day.
 * A concern's `now` and `notifiedAt` are read on every assessment of it (one turn assesses it several times), so
 * the last few hundred are remembered; the result is immutable.
 */
export function copenhagenFromIso(iso: string): CopenhagenTime {
  let time = wallClockByIso.get(iso);
  if (!time) {
    time = readCopenhagenIso(iso);
    if (wallClockByIso.size >= 500) wallClockByIso.clear();
    wallClockByIso.set(iso, time);
  }
  return time;
}

function readCopenhagenIso(iso: string): CopenhagenTime {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plain) {
    const day = { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) };
    if (day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month))
      return copenhagenDayStart(day);
  }
  const epochMs = parseIsoInstant(iso) ?? DateTime.fromISO(iso, { setZone: true }).toMillis();
  return copenhagenTime(epochMs);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? 31);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil), without a Date. */
export function epochDayOf(day: CalendarDay): number {
  const y = day.month <= 2 ? day.year - 1 : day.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (day.month + (day.month > 2 ? -3 : 9)) + 2) / 5) + day.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function addCalendarDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** luxon's `plus({ months })` on a date: the same day of the month, or the month's last day if it is shorter. */
export function addCalendarMonths(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: CalendarDay): number {
  // 1970-01-01 was a Thursday.
  return ((((epochDayOf(day) + 3) % 7) + 7) % 7) + 1;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function padYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
}

/** "2026-05-08" */
export function isoDateOf(day: CalendarDay): string {
  return `${padYear(day.year)}-${pad2(day.month)}-${pad2(day.day)}`;
}

/** "2026-05-08T10:00:00+02:00", milliseconds only when there are any (luxon's `suppressMilliseconds`). */
export function isoDateTimeOf(time: CopenhagenTime): string {
  const ms = time.millisecond ? `.${String(time.millisecond).padStart(3, '0')}` : '';
  const offset = `+${pad2(Math.floor(time.offsetMinutes / 60))}:${pad2(time.offsetMinutes % 60)}`;
  return `${isoDateOf(time)}T${pad2(time.hour)}:${pad2(time.minute)}:${pad2(time.second)}${ms}${offset}`;
}

const DANISH_WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** "fredag den 8. maj 2026" */
export function danishDateOf(day: CalendarDay): string {
  return `${DANISH_WEEKDAYS[weekdayOf(day) - 1]} den ${day.day}. ${DANISH_MONTHS[day.month - 1]} ${day.year}`;
}

/** "fredag den 8. maj 2026 kl. 10.00" */
export function danishDateTimeOf(time: CopenhagenTime): string {
  return `${danishDateOf(time)} kl. ${pad2(time.hour)}.${pad2(time.minute)}`;
}
