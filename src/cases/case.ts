import { z } from 'zod/v4';
import { LevelId, RedFlagId, RoleId } from '../knowledge/schema';
import { containsCpr, maskCpr } from '../text';
import { inDenmark } from '../dates';

/**
 * A saved concern (»sag«) for »Mine bekymringer«: what the guide needs to follow up, never who the child is.
 * No name, no CPR number, no address; the label is the user's own short reminder of which concern it is.
 */

export const LABEL_LIMIT = 60;
const IsoTime = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();

export const CaseStatus = z.enum(['open', 'notified', 'receiptReceived', 'feedbackReceived', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CaseLabel = z
  .string()
  .trim()
  .min(1)
  .max(LABEL_LIMIT)
  .refine((label) => !containsCpr(label), { message: 'Et CPR-nummer hører ikke hjemme i en sags navn.' });

export const Case = z.strictObject({
  id: z.uuid(),
  label: CaseLabel,
  municipality: z.string().min(1).max(128),
  level: LevelId.nullable(),
  redFlags: z.array(RedFlagId).max(3),
  role: RoleId.optional(),
  status: CaseStatus,
  createdAt: IsoTime,
  /** Every change of status or settings; an open case is kept for a while after its last change. */
  changedAt: IsoTime,
  /** The day the notification was sent, as the user gave it (a Copenhagen date). */
  notifiedOn: IsoDate.optional(),
  /** When the user told us the notification was sent: the same-day call check counts from here. */
  notifiedAt: IsoTime.optional(),
  receiptAt: IsoTime.optional(),
  feedbackAt: IsoTime.optional(),
  closedAt: IsoTime.optional(),
  /** No reminders for this case before this instant (snooze). */
  snoozedUntil: IsoTime.optional(),
  /** The user stopped reminders for this case. */
  remindersStopped: z.boolean().optional(),
  /**
   * Saved by the guide, not by the user: a draft sent to a leader needs a case for the answer. The user's own
   * »Gem som sag« later names this case instead of saving a second one.
   */
  autoSaved: z.boolean().optional(),
  /** A period of observation (»observér i 14 dage«): the day it was set and its last day, Copenhagen dates. */
  observeFrom: IsoDate.optional(),
  observeUntil: IsoDate.optional(),
});
export type Case = z.infer<typeof Case>;

export interface LabelCheck {
  /** The label as it will be stored: CPR numbers masked, trimmed and cut to the limit. */
  label: string;
  cprRemoved: boolean;
  /** Words that look like a name (a capital letter inside the label): the user is asked to check. */
  possibleNames: string[];
}

/** Cleans a label the user typed: CPR numbers never reach storage, a possible name is pointed out. */
export function checkLabel(typed: string): LabelCheck {
  const masked = maskCpr(typed.replace(/\s+/g, ' ').trim());
  // The mask itself must not end up in a case name: drop it rather than keep »[CPR-nr. fjernet]«.
  const label = masked.text
    .replace(/\[CPR-nr\. fjernet\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, LABEL_LIMIT);
  const words = label.split(' ');
  const possibleNames = words.filter(
    (word, index) => index > 0 && /^\p{Lu}\p{Ll}+/u.test(word) && !/^\p{Lu}+$/u.test(word),
  );
  return { label: label || 'Bekymring', cprRemoved: masked.masked > 0, possibleNames };
}

export type CaseChange =
  | { kind: 'notified'; on: string }
  | { kind: 'receiptReceived' }
  | { kind: 'feedbackReceived' }
  | { kind: 'closed' }
  | { kind: 'reopened' }
  | { kind: 'snooze'; until: string }
  | { kind: 'stopReminders' }
  | { kind: 'resumeReminders' }
  | { kind: 'observePeriod'; days: number }
  | { kind: 'stopObserving' };

const ORDER: CaseStatus[] = ['open', 'notified', 'receiptReceived', 'feedbackReceived', 'closed'];

export class CaseChangeError extends Error {}

/**
 * Applies a change the user made, at `now`. A status only moves forward (a receipt before the notification is
 * refused), except »lukket«, which is allowed from any status, and reopening a closed case.
 */
export function changeCase(current: Case, change: CaseChange, now: Date): Case {
  // The same change again (a double tap, or a turn run again after a storage conflict) changes nothing.
  const already =
    (change.kind === 'notified' && current.notifiedOn === change.on && current.status !== 'open') ||
    (change.kind === 'receiptReceived' && current.status === 'receiptReceived') ||
    (change.kind === 'feedbackReceived' && current.status === 'feedbackReceived') ||
    (change.kind === 'closed' && current.status === 'closed');
  if (already) return current;
  const at = now.toISOString();
  const next: Case = { ...current, changedAt: at };
  const advance = (status: CaseStatus) => {
    if (ORDER.indexOf(status) <= ORDER.indexOf(current.status) && current.status !== 'open')
      throw new CaseChangeError(`${current.status} → ${status}`);
    if (status !== 'notified' && status !== 'closed' && !current.notifiedOn)
      throw new CaseChangeError(`${status} before notified`);
    next.status = status;
  };
  switch (change.kind) {
    case 'notified':
      if (current.status !== 'open') throw new CaseChangeError('already notified');
      if (!IsoDate.safeParse(change.on).success) throw new CaseChangeError('bad date');
      if (change.on > (inDenmark(now).toISODate() ?? '')) throw new CaseChangeError('date in the future');
      next.status = 'notified';
      next.notifiedOn = change.on;
      next.notifiedAt = at;
      return next;
    case 'receiptReceived':
      advance('receiptReceived');
      next.receiptAt = at;
      return next;
    case 'feedbackReceived':
      advance('feedbackReceived');
      next.feedbackAt = at;
      return next;
    case 'closed':
      next.status = 'closed';
      next.closedAt = at;
      return next;
    case 'reopened':
      if (current.status !== 'closed') throw new CaseChangeError('not closed');
      delete next.closedAt;
      next.status = current.feedbackAt
        ? 'feedbackReceived'
        : current.receiptAt
          ? 'receiptReceived'
          : current.notifiedOn
            ? 'notified'
            : 'open';
      return next;
    case 'snooze':
      next.snoozedUntil = change.until;
      return next;
    case 'stopReminders':
      next.remindersStopped = true;
      return next;
    case 'resumeReminders':
      delete next.remindersStopped;
      delete next.snoozedUntil;
      return next;
    case 'observePeriod': {
      if (current.status === 'closed') throw new CaseChangeError('closed');
      if (!Number.isInteger(change.days) || change.days < 1 || change.days > 28)
        throw new CaseChangeError('bad period');
      const today = inDenmark(now);
      next.observeFrom = today.toISODate() ?? '';
      next.observeUntil = today.plus({ days: change.days }).toISODate() ?? '';
      return next;
    }
    case 'stopObserving':
      delete next.observeFrom;
      delete next.observeUntil;
      return next;
  }
}
