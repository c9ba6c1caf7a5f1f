import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import {
  addWorkingDaysTo,
  computeDeadline,
  copenhagenFromIso,
  copenhagenTime,
  danishDateTime,
  danishDateTimeOf,
  inDenmark,
  isWorkingDay,
  publicHolidays,
} from '../src/dates';
import type { Deadline } from '../src/knowledge/schema';
import { knowledge } from './helpers';

/**
 * The engine computes Copenhagen wall clocks and deadlines without luxon. These tests hold that fast path to
 * luxon (the reference the engine used before) on every day of 2025–2028, at the times of day that matter,
 * and minute by minute around each switch to and from summer time.
 */

const ZONE = 'Europe/Copenhagen';
const HOUR = 3_600_000;

function luxonWallClock(epochMs: number) {
  const dt = DateTime.fromMillis(epochMs, { zone: ZONE });
  return {
    year: dt.year,
    month: dt.month,
    day: dt.day,
    hour: dt.hour,
    minute: dt.minute,
    second: dt.second,
    millisecond: dt.millisecond,
    weekday: dt.weekday,
    offsetMinutes: dt.offset,
  };
}

function fastWallClock(epochMs: number) {
  const time = copenhagenTime(epochMs);
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
    millisecond: time.millisecond,
    weekday: time.weekday,
    offsetMinutes: time.offsetMinutes,
  };
}

/** The deadline computation as it was written with luxon, kept here as the reference. */
function luxonDeadline(
  rule: Deadline,
  notifiedAt: DateTime,
  dayOnly: boolean,
): { due: string; dueText: string } {
  const danishDate = (day: DateTime) => day.setLocale('da').toFormat("cccc 'den' d. LLLL yyyy");
  switch (rule.kind) {
    case 'hours': {
      if (dayOnly) {
        const lastDay = notifiedAt.endOf('day').plus({ hours: rule.amount });
        return { due: lastDay.toISODate() ?? '', dueText: danishDate(lastDay) };
      }
      const due = notifiedAt.plus({ hours: rule.amount });
      return {
        due: due.toISO({ suppressMilliseconds: true }) ?? '',
        dueText: `${danishDate(due)} kl. ${due.setLocale('da').toFormat('HH.mm')}`,
      };
    }
    case 'workingDays': {
      let day = notifiedAt.startOf('day');
      let counted = 0;
      while (counted < rule.amount) {
        day = day.plus({ days: 1 });
        if (day.weekday <= 5 && !publicHolidays(day.year).has(day.toISODate() ?? '')) counted++;
      }
      return { due: day.toISODate() ?? '', dueText: danishDate(day) };
    }
    case 'months': {
      const due = notifiedAt.startOf('day').plus({ months: rule.amount });
      return { due: due.toISODate() ?? '', dueText: danishDate(due) };
    }
  }
}

const DAYS: DateTime[] = [];
for (let day = DateTime.fromISO('2025-01-01', { zone: ZONE }); day.year <= 2028; day = day.plus({ days: 1 }))
  DAYS.push(day);

/** The last Sunday of March and of October of each year: the switches to and from summer time. */
const SWITCH_DAYS = DAYS.filter((d) => d.weekday === 7 && (d.month === 3 || d.month === 10) && d.day > 24);

/** Times of day (wall clock) around which a day can go wrong: midnight, the switch hours, the evening. */
const TIMES = [
  '00:00',
  '00:59',
  '01:30',
  '02:00',
  '02:30',
  '03:00',
  '09:00',
  '14:59',
  '23:00',
  '23:59:59.999',
];

/** The days from two days before to two days after a switch (a 24- or 48-hour deadline crosses it). */
const NEAR_SWITCH = new Set(
  SWITCH_DAYS.flatMap((d) => [-2, -1, 0, 1, 2].map((n) => d.plus({ days: n }).toISODate() ?? '')),
);

/** A deadline counted in days or months depends only on the day: its first and last moments suffice. */
const DAY_EDGES = ['00:00', '23:59:59.999'];

const deadlineRules = knowledge.national.deadlines;

describe('the fast Copenhagen clock equals luxon', () => {
  it('covers 2025–2028 day by day, with the eight switches to and from summer time', () => {
    expect(DAYS).toHaveLength(365 * 3 + 366);
    expect(SWITCH_DAYS.map((d) => d.toISODate())).toEqual([
      '2025-03-30',
      '2025-10-26',
      '2026-03-29',
      '2026-10-25',
      '2027-03-28',
      '2027-10-31',
      '2028-03-26',
      '2028-10-29',
    ]);
  });

  it('reads the wall clock, weekday and offset of every day at the times that matter', () => {
    const mismatches: string[] = [];
    for (const day of DAYS) {
      for (const time of TIMES) {
        const instant = DateTime.fromISO(`${day.toISODate()}T${time}`, { zone: ZONE }).toMillis();
        const expected = luxonWallClock(instant);
        const actual = fastWallClock(instant);
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          mismatches.push(`${day.toISODate()} ${time}: ${JSON.stringify(actual)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads the wall clock minute by minute for three hours around each switch', () => {
    const mismatches: string[] = [];
    for (const day of SWITCH_DAYS) {
      const switchAt = Date.UTC(day.year, day.month - 1, day.day, 1);
      for (let t = switchAt - 3 * HOUR; t <= switchAt + 3 * HOUR; t += 60_000) {
        for (const instant of [t - 1, t]) {
          const actual = fastWallClock(instant);
          if (JSON.stringify(actual) !== JSON.stringify(luxonWallClock(instant)))
            mismatches.push(`${new Date(instant).toISOString()}: ${JSON.stringify(actual)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("writes the Danish date and time (a result card's »sendt«) as luxon's Danish format does", () => {
    const mismatches: string[] = [];
    // Every fifth day (each weekday and month many times over) and the days summer time starts and ends.
    for (const day of [...DAYS.filter((_, i) => i % 5 === 0), ...SWITCH_DAYS]) {
      for (const time of TIMES) {
        const instant = DateTime.fromISO(`${day.toISODate()}T${time}`, { zone: ZONE }).toMillis();
        const expected = danishDateTime(inDenmark(new Date(instant)));
        const actual = danishDateTimeOf(copenhagenTime(instant));
        if (actual !== expected) mismatches.push(`${day.toISODate()} ${time}: ${actual} ≠ ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads plain dates and date-times with any offset as luxon does', () => {
    const mismatches: string[] = [];
    for (const day of DAYS) {
      const iso = day.toISODate() ?? '';
      const inputs = [
        iso,
        `${iso}T00:30:00+01:00`,
        `${iso}T02:30:00Z`,
        `${iso}T10:15:30.250+02:00`,
        `${iso}T23:59:59.999-05:00`,
        `${iso}T12:00+0530`,
      ];
      for (const input of inputs) {
        const reference = iso === input ? DateTime.fromISO(input, { zone: ZONE }) : DateTime.fromISO(input);
        const actual = copenhagenFromIso(input).epochMs;
        if (actual !== reference.toMillis()) mismatches.push(`${input}: ${new Date(actual).toISOString()}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("computes the same Danish public holidays as the date-holidays library (its 'public' type), 1990–2100", () => {
    const library = new Holidays('DK');
    const mismatches: string[] = [];
    for (let year = 1990; year <= 2100; year++) {
      const expected = [
        ...new Set(
          library
            .getHolidays(year)
            .filter((h) => h.type === 'public')
            .map((h) => h.date.slice(0, 10)),
        ),
      ].sort();
      const actual = [...publicHolidays(year)].sort();
      if (actual.join() !== expected.join()) mismatches.push(`${year}: ${actual.join(', ')}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('finds the same working days as luxon, and the same n-th working day after each day', () => {
    const mismatches: string[] = [];
    for (const day of DAYS) {
      const luxonWorking = day.weekday <= 5 && !publicHolidays(day.year).has(day.toISODate() ?? '');
      if (isWorkingDay(copenhagenTime(day.toMillis())) !== luxonWorking)
        mismatches.push(`${day.toISODate()}`);
    }
    expect(mismatches).toEqual([]);
    // A sanity check of the reference itself: Easter 2027 is not counted.
    const afterMaundyThursday = addWorkingDaysTo({ year: 2027, month: 3, day: 24 }, 1);
    expect(afterMaundyThursday).toEqual({ year: 2027, month: 3, day: 30 });
  });

  it.each(deadlineRules.map((rule) => [rule.id, rule] as const))(
    'computes the deadline %s from every day and time as luxon did',
    (_id, rule) => {
      const mismatches: string[] = [];
      // An hour deadline is read at every time that matters near a switch, at the day's edges elsewhere.
      const timesOn = (day: DateTime) =>
        rule.kind === 'hours' && NEAR_SWITCH.has(day.toISODate() ?? '') ? TIMES : DAY_EDGES;
      // Only an hour deadline reads whether the time of notification is known.
      const dayOnlyCases = rule.kind === 'hours' ? [false, true] : [false];
      for (const day of DAYS) {
        for (const time of timesOn(day)) {
          const notified = DateTime.fromISO(`${day.toISODate()}T${time}`, { zone: ZONE });
          for (const dayOnly of dayOnlyCases) {
            const expected = luxonDeadline(rule, dayOnly ? notified.startOf('day') : notified, dayOnly);
            const fromLuxon = computeDeadline(rule, dayOnly ? notified.startOf('day') : notified, dayOnly);
            const fast = computeDeadline(rule, copenhagenTime(notified.toMillis()), dayOnly);
            for (const actual of [fromLuxon, fast]) {
              if (actual.due !== expected.due || actual.dueText !== expected.dueText)
                mismatches.push(`${notified.toISO()} dayOnly=${dayOnly}: ${actual.due} ${actual.dueText}`);
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});
