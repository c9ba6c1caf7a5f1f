import type { DateTime } from 'luxon';
import type { Hours } from '../knowledge/schema';
import { isWorkingDay } from './calendar';

export interface WeeklyHours {
  days: number[];
  open: string;
  close: string;
}

function minutes(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
}

function withinWeekly(hours: WeeklyHours, now: DateTime): boolean {
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
export function isOpenNow(hours: Hours, now: DateTime, assumed: WeeklyHours): boolean {
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
