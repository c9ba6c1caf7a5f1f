import type { DateTime } from 'luxon';
import type { Deadline, DeadlineId } from '../knowledge/schema';
import { addWorkingDays, danishDate, danishDateTime } from './calendar';

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

/**
 * Computes one deadline from the moment of notification (a Copenhagen DateTime). When only the day of the
 * notification is known (`dayOnly`), an hour deadline is given as the day it falls on at the latest.
 */
export function computeDeadline(
  rule: Deadline,
  notifiedAt: DateTime,
  dayOnly = false,
): Omit<ComputedDeadline, 'legal' | 'source'> {
  const base = { id: rule.id, label: rule.label, ...(rule.olderRule ? { olderRule: rule.olderRule } : {}) };
  switch (rule.kind) {
    case 'hours': {
      if (dayOnly) {
        // Received at any time that day: the deadline ends at the latest by the end of this day.
        const lastDay = notifiedAt.endOf('day').plus({ hours: rule.amount });
        return { ...base, due: lastDay.toISODate() ?? '', dueText: danishDate(lastDay) };
      }
      // Calendar hours: weekends and holidays count.
      const due = notifiedAt.plus({ hours: rule.amount });
      return { ...base, due: due.toISO({ suppressMilliseconds: true }) ?? '', dueText: danishDateTime(due) };
    }
    case 'workingDays': {
      const due = addWorkingDays(notifiedAt, rule.amount);
      return { ...base, due: due.toISODate() ?? '', dueText: danishDate(due) };
    }
    case 'months': {
      const due = notifiedAt.startOf('day').plus({ months: rule.amount });
      return { ...base, due: due.toISODate() ?? '', dueText: danishDate(due) };
    }
  }
}
