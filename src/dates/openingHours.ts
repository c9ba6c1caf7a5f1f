import type { Hours } from '../knowledge/schema';
import { isWorkingDay } from './calendar';
import type { CalendarDay } from './copenhagen';

/** A Copenhagen wall clock: the engine's `CopenhagenTime` or a luxon DateTime in Copenhagen. */
export interface WallClock extends CalendarDay {
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
}

export interface WeeklyHours {
  days: number[];
  open: string;
  close: string;
}

const minutesOf = new Map<string, number>();

/** "08:30" as minutes after midnight; the knowledge has a handful of such clocks, read on every assessment. */
function minutes(clock: string): number {
  let known = minutesOf.get(clock);
  if (known === undefined) {
    const [h = 0, m = 0] = clock.split(':').map(Number);
    known = h * 60 + m;
    if (minutesOf.size < 1000) minutesOf.set(clock, known);
  }
  return known;
}

function withinWeekly(hours: WeeklyHours, now: WallClock): boolean {
  if (!hours.days.includes(now.weekday)) return false;
  // Offices that keep weekday hours are closed on public holidays.
  if (hours.days.every((d) => d <= 5) && !isWorkingDay(now)) return false;
  const current = now.hour * 60 + now.minute;
  return current >= minutes(hours.open) && current < minutes(hours.close);
}

/**
 * Whether a line answers now (Copenhagen wall clock). Lines whose hours the sources do not give are
 * treated as open only within `assumed` office hours, so that outside them the police comes first.
 */
export function isOpenNow(hours: Hours, now: WallClock, assumed: WeeklyHours): boolean {
  switch (hours.kind) {
    case 'always':
      return true;
    case 'weekly':
      return withinWeekly(hours, now);
    case 'weekdaysDaytime':
    case 'unknown':
      return withinWeekly(assumed, now);
  }
}
