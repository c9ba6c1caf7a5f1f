import { randomUUID } from 'node:crypto';
import { inDenmark } from '../dates';
import { effectiveReminders, isRecurring, type PlannedReminder, type ReminderKind } from '../cases';
import type { NationalKnowledge } from '../knowledge/schema';
import type { CasesDocument, SentReminder, StoredCase } from './caseDocuments';

// Which of a user's case reminders are due, claimed or skipped: pure, over the stored document (caseStore.ts
// reads and writes it).

type DeadlineRules = Pick<NationalKnowledge, 'deadlines' | 'generalDuty'>;

/**
 * The marks with new ones added. Of a recurring kind only the latest mark is kept (it covers the earlier days),
 * so a month of daily observation questions stays one entry.
 */
function withMarks(current: SentReminder[], added: SentReminder[]): SentReminder[] {
  const all = [...current, ...added];
  const latestRecurring = new Map<ReminderKind, SentReminder>();
  for (const mark of all) {
    if (!isRecurring(mark.kind)) continue;
    const kept = latestRecurring.get(mark.kind);
    // Of two marks for one day, the one that was sent wins over a skipped one.
    if (
      !kept ||
      Date.parse(mark.dueAt ?? '') > Date.parse(kept.dueAt ?? '') ||
      (mark.dueAt === kept.dueAt && !mark.skipped)
    )
      latestRecurring.set(mark.kind, mark);
  }
  return all.filter((mark) => !isRecurring(mark.kind) || latestRecurring.get(mark.kind) === mark);
}

/** The case's reminders not claimed yet, with snooze and stop (case and global) applied. */
export function unclaimedReminders(
  stored: StoredCase,
  document: Pick<CasesDocument, 'remindersStopped'>,
  national: DeadlineRules,
): PlannedReminder[] {
  const claimed = new Set(stored.reminders.map((r) => r.kind));
  const recurringUpTo = (kind: ReminderKind) =>
    Math.max(
      -Infinity,
      ...stored.reminders.filter((r) => r.kind === kind && r.dueAt).map((r) => Date.parse(r.dueAt ?? '')),
    );
  return effectiveReminders(stored.case, national, document.remindersStopped).filter((r) =>
    isRecurring(r.kind) ? Date.parse(r.dueAt) > recurringUpTo(r.kind) : !claimed.has(r.kind),
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
    reminders: withMarks(
      stored.reminders,
      past.map((r) => ({
        kind: r.kind,
        attemptId: randomUUID(),
        claimedAt: at,
        dueAt: r.dueAt,
        skipped: true,
      })),
    ),
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
      ? { kind: r.kind, attemptId, claimedAt: at, dueAt: r.dueAt }
      : { kind: r.kind, attemptId: randomUUID(), claimedAt: at, dueAt: r.dueAt, skipped: true },
  );
  const stored = { ...first.stored, reminders: withMarks(first.stored.reminders, marks) };
  return { attemptId, stored, reminder: latest };
}

/** Stops (or resumes) every reminder of the user; on resuming, those already due are skipped, not sent late. */
export function withGlobalStop(
  document: CasesDocument,
  stopped: boolean,
  now: Date,
  national: DeadlineRules,
): CasesDocument {
  const next: CasesDocument = { ...document, remindersStopped: stopped || undefined };
  if (!stopped) next.cases = next.cases.map((stored) => skipPastReminders(stored, next, now, national));
  return next;
}

/** The document with the claimed reminder noted as sent; undefined when there is no such mark. */
export function markedSent(
  document: CasesDocument,
  caseId: string,
  attemptId: string,
  now: Date,
): CasesDocument | undefined {
  const stored = document.cases.find((s) => s.case.id === caseId);
  const mark = stored?.reminders.find((r) => r.attemptId === attemptId);
  if (!mark) return undefined;
  mark.sentAt = now.toISOString();
  return document;
}

/** Whether the user still has an unclaimed reminder due on or before the end of `day`. */
export function hasPendingOn(document: CasesDocument, day: string, national: DeadlineRules): boolean {
  if (!document.reference) return false;
  return document.cases.some((stored) =>
    unclaimedReminders(stored, document, national).some((r) => (inDenmark(r.dueAt).toISODate() ?? '') <= day),
  );
}
