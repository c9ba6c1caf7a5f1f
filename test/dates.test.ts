import { DateTime } from 'luxon';
import {
  addWorkingDays,
  computeDeadline,
  inDenmark,
  isOpenNow,
  isWorkingDay,
  publicHolidays,
} from '../src/dates';
import { knowledge } from './helpers';

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Copenhagen' });
const rule = (id: string) => {
  const found = knowledge.national.deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`no deadline ${id}`);
  return found;
};

describe('Danish public holidays', () => {
  it('knows Store Bededag was abolished from 2024', () => {
    expect(publicHolidays(2023).has('2023-05-05')).toBe(true);
    expect(publicHolidays(2024).has('2024-04-26')).toBe(false);
    // 1 May 2026 would have been Store Bededag (the fourth Friday after Easter).
    expect(isWorkingDay(day('2026-05-01'))).toBe(true);
  });

  it.each([
    ['2026-12-24', 'juleaftensdag'],
    ['2026-12-31', 'nytårsaftensdag'],
    ['2026-05-01', '1. maj'],
    ['2026-06-05', 'grundlovsdag'],
  ])('treats %s (%s) as a working day, not a public holiday', (iso) => {
    expect(isWorkingDay(day(iso))).toBe(true);
  });

  it.each([
    ['2027-03-25', 'skærtorsdag'],
    ['2027-03-26', 'langfredag'],
    ['2027-03-29', '2. påskedag'],
    ['2026-05-14', 'Kristi himmelfartsdag'],
    ['2026-05-25', '2. pinsedag'],
    ['2026-12-25', 'juledag'],
    ['2027-01-01', 'nytårsdag'],
  ])('treats %s (%s) as a holiday', (iso) => {
    expect(isWorkingDay(day(iso))).toBe(false);
  });
});

describe('receipt within 6 working days', () => {
  it.each([
    ['across Easter 2027', '2027-03-24T10:00:00+01:00', '2027-04-06', 'tirsdag den 6. april 2027'],
    ['across Ascension 2026', '2026-05-13T10:00:00+02:00', '2026-05-22', 'fredag den 22. maj 2026'],
    [
      'from the day before the former Store Bededag',
      '2026-04-30T10:00:00+02:00',
      '2026-05-08',
      'fredag den 8. maj 2026',
    ],
    ['across Christmas and New Year', '2026-12-23T14:00:00+01:00', '2027-01-04', 'mandag den 4. januar 2027'],
    ['across Grundlovsdag', '2026-06-04T09:00:00+02:00', '2026-06-12', 'fredag den 12. juni 2026'],
    ['from a Saturday', '2026-11-28T10:00:00+01:00', '2026-12-07', 'mandag den 7. december 2026'],
  ])('%s', (_name, notified, due, text) => {
    const result = computeDeadline(rule('kvittering'), inDenmark(notified));
    expect(result.due).toBe(due);
    expect(result.dueText).toBe(text);
  });

  it('counts the working days strictly after the day of notification', () => {
    expect(addWorkingDays(day('2026-11-23'), 1).toISODate()).toBe('2026-11-24');
  });
});

describe('24-hour assessment', () => {
  it('counts calendar hours through the weekend', () => {
    const result = computeDeadline(rule('vurdering'), inDenmark('2026-11-27T16:00:00+01:00'));
    expect(result.due).toBe('2026-11-28T16:00:00+01:00');
    expect(result.dueText).toBe('lørdag den 28. november 2026 kl. 16.00');
  });

  it('counts real hours across the switch to summer time (Easter weekend 2027)', () => {
    const result = computeDeadline(rule('vurdering'), inDenmark('2027-03-27T12:00:00+01:00'));
    expect(result.due).toBe('2027-03-28T13:00:00+02:00');
  });
});

describe('investigation and follow-up', () => {
  it('gives the børnefaglig undersøgelse 4 months (barnets lov § 20)', () => {
    const result = computeDeadline(rule('undersoegelse'), inDenmark('2026-04-30T10:00:00+02:00'));
    expect(result.due).toBe('2026-08-30');
  });

  it('dates the first follow-up 3 months on under § 95 and shows 3-then-6 months only as the older rule', () => {
    const result = computeDeadline(rule('opfoelgning'), inDenmark('2026-10-31T10:00:00+01:00'));
    expect(result.due).toBe('2027-01-31');
    expect(result.olderRule).toMatch(/tidligere servicelov.*hver 6\. måned/);
    expect(result.label).not.toMatch(/6\. måned/);
  });
});

describe('opening hours', () => {
  const assumed = knowledge.national.assumedOfficeHours;
  const ankestyrelsen = knowledge.national.contacts.find((c) => c.id === 'ankestyrelsen');
  it.each([
    ['2026-11-24T09:00:00+01:00', true],
    ['2026-11-24T14:59:00+01:00', true],
    ['2026-11-24T15:00:00+01:00', false],
    ['2026-11-28T10:00:00+01:00', false],
    ['2026-12-25T10:00:00+01:00', false],
  ])('Ankestyrelsen (weekdays 9-15) at %s is open: %s', (iso, open) => {
    expect(ankestyrelsen && isOpenNow(ankestyrelsen.hours, inDenmark(iso), assumed)).toBe(open);
  });

  it('reads the wall clock in Copenhagen, not the machine zone', () => {
    // 08:30 UTC is 09:30 in Copenhagen in winter.
    expect(ankestyrelsen && isOpenNow(ankestyrelsen.hours, inDenmark('2026-11-24T08:30:00Z'), assumed)).toBe(
      true,
    );
  });
});
