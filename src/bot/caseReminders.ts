import { randomUUID } from 'node:crypto';
import { inDenmark } from '../dates';
import { effectiveReminders, type PlannedReminder } from '../cases';
import type { NationalKnowledge } from '../knowledge/schema';
import type { CasesDocument, SentReminder, StoredCase } from './caseDocuments';

// Which of a user's case reminders are due, claimed or skipped: pure, over the stored document (caseStore.ts
// reads and writes it).

type DeadlineRules = Pick<NationalKnowledge, 'deadlines' | 'generalDuty'>;

/** The case's reminders not claimed yet, with snooze and stop (case and global) applied. */
export function unclaimedReminders(
  stored: StoredCase,
  document: Pick<CasesDocument, 'remindersStopped'>,
  national: DeadlineRules,
): PlannedReminder[] {
  const claimed = new Set(stored.reminders.map((r) => r.kind));
  return effectiveReminders(stored.case, national, document.remindersStopped).filter(
    (r) => !claimed.has(r.kind),
  );
}

/** The Copenhagen days (never before today) with a reminder of this user still to send. */
export function pendingDays(document: CasesDocument, national: DeadlineRules, today: string): string[] {
  const days = new Set<string>();
  for (const stored of document.cases) {
    for (const reminder of unclaimedReminders(stored, document, national)) {
      const day = inDenmark(reminder.dueAt).toISODate() ?? today;
      days.add(day < today ? today : day);
    }
  }
  return [...days];
}

/** Reminders already due when the case changes (a notification dated weeks back) are not sent late. */
export function skipPastReminders(
  stored: StoredCase,
  document: CasesDocument,
  now: Date,
  national: DeadlineRules,
): StoredCase {
  const past = unclaimedReminders(stored, document, national).filter(
    (r) => Date.parse(r.dueAt) <= now.getTime(),
  );
  const at = now.toISOString();
  return {
    ...stored,
    reminders: [
      ...stored.reminders,
      ...past.map((r) => ({ kind: r.kind, attemptId: randomUUID(), claimedAt: at, skipped: true })),
    ],
  };
}

/**
 * The user's next due reminder, marked claimed (with a fresh attempt id) in its case: of several due reminders
 * of one case (after downtime) only the latest is claimed; the earlier ones are marked skipped.
 */
export function claimDue(
  current: CasesDocument,
  now: Date,
  national: DeadlineRules,
): { attemptId: string; stored: StoredCase; reminder: PlannedReminder } | undefined {
  const at = now.toISOString();
  const candidates = current.cases
    .filter((stored) => Date.parse(stored.retainUntil) > now.getTime())
    .map((stored) => {
      const due = unclaimedReminders(stored, current, national).filter(
        (r) => Date.parse(r.dueAt) <= now.getTime(),
      );
      return { stored, due, earliest: due[0], latest: due.at(-1) };
    })
    .filter((candidate) => candidate.earliest !== undefined)
    .sort((a, b) => Date.parse(a.earliest?.dueAt ?? '') - Date.parse(b.earliest?.dueAt ?? ''));
  const first = candidates.find((candidate) => candidate.latest !== undefined);
  const latest = first?.latest;
  if (!first || !latest) return undefined;
  const attemptId = randomUUID();
  const marks: SentReminder[] = first.due.map((r) =>
    r === latest
      ? { kind: r.kind, attemptId, claimedAt: at }
      : { kind: r.kind, attemptId: randomUUID(), claimedAt: at, skipped: true },
  );
  const stored = { ...first.stored, reminders: [...first.stored.reminders, ...marks] };
  return { attemptId, stored, reminder: latest };
}
