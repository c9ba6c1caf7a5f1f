import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { inDenmark } from '../dates';
import {
  Case,
  changeCase,
  retainUntil,
  type CaseChange,
  type PlannedReminder,
  type ReminderKind,
} from '../cases';
import type { NationalKnowledge } from '../knowledge/schema';
import {
  ATTEMPTS,
  casesKey,
  CasesDocument,
  isEtagConflict,
  MAX_CASES,
  userKeyOf,
  uuidFrom,
  type CaseReference,
  type StoredCase,
} from './caseDocuments';
import { ReminderIndex } from './reminderIndex';
import { claimDue, pendingDays, skipPastReminders, unclaimedReminders } from './caseReminders';

/**
 * »Mine bekymringer«: a user's cases in one document (caseDocuments.ts), changed by read-modify-write with its
 * eTag (a retry when two turns race), and the due-reminder index (reminderIndex.ts) kept in step with it.
 */
export class CaseStore {
  constructor(
    private readonly storage: Storage,
    private readonly national: Pick<NationalKnowledge, 'deadlines' | 'generalDuty'>,
    /** The clock the index days are counted from; tests set it. */
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.index = new ReminderIndex(storage);
  }

  private readonly index: ReminderIndex;

  async read(userKey: string): Promise<CasesDocument | undefined> {
    const item = (await this.storage.read([casesKey(userKey)]))[casesKey(userKey)];
    if (!item) return undefined;
    const parsed = CasesDocument.safeParse(item);
    // A document that breaks the schema is not used: better no reminder than one built from bad data.
    return parsed.success ? parsed.data : undefined;
  }

  /** Read-modify-write of the user's document; `undefined` from `change` writes nothing. */
  async update(
    userKey: string,
    change: (current: CasesDocument) => CasesDocument | undefined,
  ): Promise<CasesDocument | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current = (await this.read(userKey)) ?? { userKey, cases: [], indexedDays: [] };
      const next = change(structuredClone(current));
      if (!next) return undefined;
      const days = pendingDays(next, this.national, inDenmark(this.clock()).toISODate() ?? '');
      const indexedDays = [...new Set([...next.indexedDays, ...days])].sort().slice(-200);
      const keepUntil = next.cases
        .map((stored) => stored.retainUntil)
        .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
      const document = CasesDocument.parse({ ...next, indexedDays, keepUntil });
      try {
        await this.storage.write({ [casesKey(userKey)]: document });
        // Index after the write: a crash in between leaves a case without index entry until its next change,
        // never an index entry pointing at nothing that matters (the scheduler re-reads the document).
        for (const day of days) await this.index.addToDay(day, userKey);
        return document;
      } catch (error) {
        if (attempt >= ATTEMPTS || !isEtagConflict(error)) throw error;
      }
    }
  }

  async save(
    userId: string,
    fields: { case: Omit<Case, 'id' | 'createdAt' | 'changedAt' | 'status'>; answers: StoredCase['answers'] },
    reference: CaseReference | undefined,
    lang: 'da' | 'en',
    now: Date,
    /** What the save came from (the activity id): the same save again returns the case saved the first time. */
    origin?: string,
  ): Promise<StoredCase | 'full'> {
    const at = now.toISOString();
    const id = origin ? uuidFrom(`${userId}:${origin}`) : randomUUID();
    const c = Case.parse({ ...fields.case, id, status: 'open', createdAt: at, changedAt: at });
    const stored: StoredCase = {
      case: c,
      answers: fields.answers,
      reminders: [],
      retainUntil: retainUntil(c, this.national),
    };
    let full = false;
    let saved = stored;
    await this.update(userKeyOf(userId), (document) => {
      const live = this.withoutExpired(document, now);
      const earlier = live.cases.find((s) => s.case.id === id);
      if (earlier) {
        saved = earlier;
        return undefined;
      }
      if (live.cases.length >= MAX_CASES) {
        full = true;
        return undefined;
      }
      return { ...live, lang, ...(reference ? { reference } : {}), cases: [...live.cases, stored] };
    });
    return full ? 'full' : saved;
  }

  /** The user's cases, without those past their retention. */
  async list(userId: string, now: Date): Promise<StoredCase[]> {
    const document = await this.read(userKeyOf(userId));
    return document ? this.withoutExpired(document, now).cases : [];
  }

  async find(userId: string, caseId: string): Promise<StoredCase | undefined> {
    return (await this.read(userKeyOf(userId)))?.cases.find((stored) => stored.case.id === caseId);
  }

  /** Applies a status or reminder change; throws `CaseChangeError` for a change that does not fit. */
  async change(
    userId: string,
    caseId: string,
    change: CaseChange,
    now: Date,
    reference?: CaseReference,
    /** The language the user speaks now: the reminders follow it. */
    lang?: 'da' | 'en',
  ): Promise<StoredCase | undefined> {
    let changed: StoredCase | undefined;
    await this.update(userKeyOf(userId), (document) => {
      const index = document.cases.findIndex((stored) => stored.case.id === caseId);
      const stored = document.cases[index];
      if (!stored) return undefined;
      const c = changeCase(stored.case, change, now);
      const next = skipPastReminders(
        { ...stored, case: c, retainUntil: retainUntil(c, this.national) },
        document,
        now,
        this.national,
      );
      changed = next;
      document.cases[index] = next;
      return { ...document, ...(reference ? { reference } : {}), ...(lang ? { lang } : {}) };
    });
    return changed;
  }

  async remove(userId: string, caseId: string): Promise<boolean> {
    let removed = false;
    await this.update(userKeyOf(userId), (document) => {
      const cases = document.cases.filter((stored) => stored.case.id !== caseId);
      removed = cases.length < document.cases.length;
      return removed ? { ...document, cases } : undefined;
    });
    return removed;
  }

  /** Stops (or resumes) every reminder of the user. */
  async setGlobalStop(userId: string, stopped: boolean, now: Date): Promise<void> {
    await this.update(userKeyOf(userId), (document) => {
      const next: CasesDocument = { ...document, remindersStopped: stopped || undefined };
      if (!stopped)
        next.cases = next.cases.map((stored) => skipPastReminders(stored, next, now, this.national));
      return next;
    });
  }

  /** »slet mine data«: the cases, the reference and every index entry of the user. */
  async deleteUser(userId: string): Promise<void> {
    const userKey = userKeyOf(userId);
    const document = await this.read(userKey);
    await this.storage.delete([casesKey(userKey)]);
    for (const day of document?.indexedDays ?? []) await this.index.removeFromDay(day, userKey);
  }

  private withoutExpired(document: CasesDocument, now: Date): CasesDocument {
    return {
      ...document,
      cases: document.cases.filter((stored) => Date.parse(stored.retainUntil) > now.getTime()),
    };
  }

  /** Drops cases past their retention (the scheduler calls this for the users it visits). */
  async purgeExpired(userKey: string, now: Date): Promise<void> {
    await this.update(userKey, (document) => {
      const live = this.withoutExpired(document, now);
      return live.cases.length < document.cases.length ? live : undefined;
    });
  }
  // The due-reminder index (reminderIndex.ts), which the store keeps in step with the documents.

  usersDueOn(day: string): Promise<string[]> {
    return this.index.usersDueOn(day);
  }

  removeFromDay(day: string, userKey: string): Promise<void> {
    return this.index.removeFromDay(day, userKey);
  }

  /**
   * Claims the user's next due reminder: marks it (with a fresh attempt id) before anything is sent. Of several
   * due reminders of one case (after downtime) only the latest is sent; the earlier ones are marked skipped.
   * Returns the claimed reminder with what is needed to send it, or undefined when nothing is due.
   */
  async claimNext(
    userKey: string,
    now: Date,
  ): Promise<
    { attemptId: string; stored: StoredCase; reminder: PlannedReminder; document: CasesDocument } | undefined
  > {
    let claimed: { attemptId: string; stored: StoredCase; reminder: PlannedReminder } | undefined;
    const document = await this.update(userKey, (current) => {
      claimed = current.reference ? claimDue(current, now, this.national) : undefined;
      if (!claimed) return undefined;
      const stored = claimed.stored;
      return { ...current, cases: current.cases.map((s) => (s.case.id === stored.case.id ? stored : s)) };
    });
    return claimed && document ? { ...claimed, document } : undefined;
  }

  /** After the message went out: notes when. */
  async markSent(userKey: string, caseId: string, attemptId: string, now: Date): Promise<void> {
    await this.update(userKey, (document) => {
      const stored = document.cases.find((s) => s.case.id === caseId);
      const mark = stored?.reminders.find((r) => r.attemptId === attemptId);
      if (!mark) return undefined;
      mark.sentAt = now.toISOString();
      return document;
    });
  }

  /** Whether the user still has an unclaimed reminder due on or before the end of `day`. */
  async hasPendingOn(userKey: string, day: string): Promise<boolean> {
    const document = await this.read(userKey);
    if (!document?.reference) return false;
    return document.cases.some((stored) =>
      unclaimedReminders(stored, document, this.national).some(
        (r) => (inDenmark(r.dueAt).toISODate() ?? '') <= day,
      ),
    );
  }
}

export type { ReminderKind };
