import {
  Case,
  CaseChangeError,
  changeCase,
  checkLabel,
  effectiveReminders,
  nextDeadline,
  plannedReminders,
  retainUntil,
  type Case as CaseType,
} from '../src/cases';
import { knowledge } from './helpers';

const national = knowledge.national;

function newCase(fields: Partial<CaseType> = {}, at = '2026-03-27T10:00:00+01:00'): CaseType {
  return Case.parse({
    id: '6f1c1f57-2f0b-4a43-9d55-6a3c0a5f0c11',
    label: 'Drengen i 3.B',
    municipality: 'vejen',
    level: 'sekundaer',
    redFlags: [],
    role: 'skole',
    status: 'open',
    createdAt: new Date(at).toISOString(),
    changedAt: new Date(at).toISOString(),
    ...fields,
  });
}

const notified = (c: CaseType, on: string, at: string) =>
  changeCase(c, { kind: 'notified', on }, new Date(at));
const dueOf = (c: CaseType, kind: string) =>
  plannedReminders(c, national).find((r) => r.kind === kind)?.dueAt;

describe('a case label', () => {
  it('never holds a CPR number, and the schema refuses one that slipped past', () => {
    const checked = checkLabel('Pige 010203-1234 i 2.A');
    expect(checked.cprRemoved).toBe(true);
    expect(checked.label).not.toMatch(/\d{6}/);
    expect(() => newCase({ label: 'Pige 0102031234' })).toThrow();
  });

  it('points out what looks like a name, and is cut to 60 characters', () => {
    expect(checkLabel('Pigen Sofie fra stuen').possibleNames).toEqual(['Sofie']);
    expect(checkLabel('Dreng i 3.B').possibleNames).toEqual([]);
    expect(checkLabel('x'.repeat(100)).label).toHaveLength(60);
  });
});

describe('the status of a case', () => {
  it('moves open → sent (with the date) → receipt → feedback → closed, and sets notifiedAt', () => {
    let c = notified(newCase(), '2026-03-27', '2026-03-27T11:00:00+01:00');
    expect(c.status).toBe('notified');
    expect(c.notifiedOn).toBe('2026-03-27');
    expect(c.notifiedAt).toBe('2026-03-27T10:00:00.000Z');
    c = changeCase(c, { kind: 'receiptReceived' }, new Date('2026-04-02T09:00:00+02:00'));
    c = changeCase(c, { kind: 'feedbackReceived' }, new Date('2026-05-02T09:00:00+02:00'));
    c = changeCase(c, { kind: 'closed' }, new Date('2026-06-02T09:00:00+02:00'));
    expect(c.status).toBe('closed');
    expect(changeCase(c, { kind: 'reopened' }, new Date('2026-06-03T09:00:00+02:00')).status).toBe(
      'feedbackReceived',
    );
  });

  it('the same change twice (a double tap) changes nothing the second time', () => {
    const sent = notified(newCase(), '2026-03-27', '2026-03-27T11:00:00+01:00');
    expect(notified(sent, '2026-03-27', '2026-03-27T12:00:00+01:00')).toBe(sent);
    const receipt = changeCase(sent, { kind: 'receiptReceived' }, new Date('2026-04-02T09:00:00+02:00'));
    expect(changeCase(receipt, { kind: 'receiptReceived' }, new Date('2026-04-03'))).toBe(receipt);
  });

  it('refuses a receipt before the notification and a notification dated in the future', () => {
    expect(() => changeCase(newCase(), { kind: 'receiptReceived' }, new Date('2026-03-28'))).toThrow(
      CaseChangeError,
    );
    expect(() => notified(newCase(), '2026-03-29', '2026-03-27T11:00:00+01:00')).toThrow(CaseChangeError);
  });
});

describe('reminders', () => {
  it('a case notified on the Friday before Easter gets its receipt reminder the morning after the 6th working day', () => {
    // Working days after Fri 27 March 2026: 30, 31 March, 1 April, (Maundy Thursday, Good Friday, Easter
    // Monday are holidays) 7, 8, 9 April: the receipt is due Thursday 9 April, the reminder comes Friday 10.
    const c = notified(newCase(), '2026-03-27', '2026-03-27T15:00:00+01:00');
    expect(dueOf(c, 'receiptOverdue')).toBe('2026-04-10T09:00:00+02:00');
  });

  it('a notification on Good Friday itself counts from the Tuesday after Easter', () => {
    // 7, 8, 9, 10, 13, 14 April: due Tuesday 14, reminder Wednesday 15.
    const c = notified(newCase({}, '2026-04-03T10:00:00+02:00'), '2026-04-03', '2026-04-03T12:00:00+02:00');
    expect(dueOf(c, 'receiptOverdue')).toBe('2026-04-15T09:00:00+02:00');
  });

  it('volunteers (§ 135) get no receipt reminder, but still the later checks', () => {
    const c = notified(newCase({ role: 'forening' }), '2026-03-27', '2026-03-27T15:00:00+01:00');
    const kinds = plannedReminders(c, national).map((r) => r.kind);
    expect(kinds).not.toContain('receiptOverdue');
    expect(kinds).toEqual(expect.arrayContaining(['followUpCheck', 'investigationCheck']));
  });

  it('checks at the first follow-up and the investigation deadline on a working morning', () => {
    const c = notified(newCase(), '2026-03-27', '2026-03-27T15:00:00+01:00');
    // 27 June 2026 is a Saturday: the follow-up check moves to Monday 29 June. 27 July is a Monday.
    expect(dueOf(c, 'followUpCheck')).toBe('2026-06-29T09:00:00+02:00');
    expect(dueOf(c, 'investigationCheck')).toBe('2026-07-27T09:00:00+02:00');
  });

  it('after a red-flag notification asks the same day whether the call was made', () => {
    const c = notified(newCase({ redFlags: ['overgreb'] }), '2026-03-27', '2026-03-27T10:30:00+01:00');
    expect(dueOf(c, 'callCheck')).toBe('2026-03-27T12:30:00+01:00');
    const late = notified(newCase({ redFlags: ['overgreb'] }), '2026-03-27', '2026-03-27T19:00:00+01:00');
    expect(dueOf(late, 'callCheck')).toBe('2026-03-27T19:30:00+01:00');
    // Marked sent days later: the call check is no longer useful.
    const afterwards = notified(
      newCase({ redFlags: ['overgreb'] }),
      '2026-03-25',
      '2026-03-27T10:00:00+01:00',
    );
    expect(dueOf(afterwards, 'callCheck')).toBeUndefined();
  });

  it('no receipt reminder once the receipt came; nothing at all when closed or stopped', () => {
    const c = notified(newCase(), '2026-03-27', '2026-03-27T15:00:00+01:00');
    const withReceipt = changeCase(c, { kind: 'receiptReceived' }, new Date('2026-04-01T10:00:00+02:00'));
    expect(dueOf(withReceipt, 'receiptOverdue')).toBeUndefined();
    expect(dueOf(withReceipt, 'investigationCheck')).toBeDefined();
    expect(plannedReminders(changeCase(c, { kind: 'closed' }, new Date('2026-04-01')), national)).toEqual([]);
    const stopped = changeCase(c, { kind: 'stopReminders' }, new Date('2026-04-01'));
    expect(effectiveReminders(stopped, national)).toEqual([]);
    expect(effectiveReminders(c, national, true)).toEqual([]);
  });

  it('a snoozed reminder moves to the first working morning after the snooze', () => {
    const c = notified(newCase(), '2026-03-27', '2026-03-27T15:00:00+01:00');
    // Snoozed until Friday 10 April at noon: the receipt reminder (Friday 09:00) goes to Monday 13 April.
    const snoozed = changeCase(
      c,
      { kind: 'snooze', until: '2026-04-10T12:00:00+02:00' },
      new Date('2026-04-10'),
    );
    expect(effectiveReminders(snoozed, national).find((r) => r.kind === 'receiptOverdue')?.dueAt).toBe(
      '2026-04-13T09:00:00+02:00',
    );
  });
});

describe('retention', () => {
  it('open: 30 days after the last change; notified: 30 days after the investigation deadline; closed: 30 days', () => {
    const open = newCase();
    expect(Date.parse(retainUntil(open, national))).toBe(Date.parse('2026-04-26T10:00:00+02:00'));
    const sent = notified(open, '2026-03-27', '2026-03-27T15:00:00+01:00');
    expect(retainUntil(sent, national).slice(0, 10)).toBe('2026-08-26');
    const closed = changeCase(sent, { kind: 'closed' }, new Date('2026-05-01T10:00:00+02:00'));
    expect(retainUntil(closed, national).slice(0, 10)).toBe('2026-05-31');
  });

  it('the next deadline is the receipt while waiting for it, then the follow-up', () => {
    const sent = notified(newCase(), '2026-03-27', '2026-03-27T15:00:00+01:00');
    expect(nextDeadline(sent, national, new Date('2026-03-30T10:00:00+02:00'))).toEqual({
      id: 'kvittering',
      due: '2026-04-09',
    });
    const receipt = changeCase(sent, { kind: 'receiptReceived' }, new Date('2026-04-01'));
    expect(nextDeadline(receipt, national, new Date('2026-04-01T10:00:00+02:00'))?.id).toBe('opfoelgning');
  });
});
