import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { inDenmark } from '../dates';
import { type Case, type CaseChange, type LeaderAnswer, type PlannedReminder } from '../cases';
import type { NationalKnowledge } from '../knowledge/schema';
import {
  ATTEMPTS,
  casesKey,
  CasesDocument,
  MAX_CASES,
  userKeyOf,
  uuidFrom,
  withoutExpired,
  type CaseReference,
  type StoredCase,
} from './caseDocuments';
import { adoptedCase, changedCase, newCase, withLeaderAnswer, withObservation } from './caseEntries';
import { ReminderIndex } from './reminderIndex';
import { isStorageConflict } from './storageConflict';
import { claimDue, hasPendingOn, markedSent, pendingDays, withGlobalStop } from './caseReminders';

/**
 * »Mine bekymringer«: a user's cases in one document (caseDocuments.ts), changed by read-modify-write with its
 * eTag (a retry when two turns race), and the due-reminder index (reminderIndex.ts) kept in step with it. What a
 * change does to a case is pure: caseEntries.ts (status, observations, name, leader's answer), caseReminders.ts.
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
        if (attempt >= ATTEMPTS || !isStorageConflict(error)) throw error;
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
    const id = origin ? uuidFrom(`${userId}:${origin}`) : randomUUID();
    const stored = newCase(id, fields, now, this.national);
    let full = false;
    let saved = stored;
    await this.update(userKeyOf(userId), (document) => {
      const live = withoutExpired(document, now);
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
    return document ? withoutExpired(document, now).cases : [];
  }

  async find(userId: string, caseId: string): Promise<StoredCase | undefined> {
    return (await this.read(userKeyOf(userId)))?.cases.find((stored) => stored.case.id === caseId);
  }

  /** Read-modify-write of one case: the case as stored after `change` (undefined: write nothing), if there is one. */
  private async updateCase(
    userId: string,
    caseId: string,
    change: (stored: StoredCase, document: CasesDocument) => StoredCase | undefined,
    fields: Pick<CasesDocument, 'reference' | 'lang'> = {},
  ): Promise<StoredCase | undefined> {
    let result: StoredCase | undefined;
    await this.update(userKeyOf(userId), (document) => {
      const index = document.cases.findIndex((stored) => stored.case.id === caseId);
      const stored = document.cases[index];
      const next = stored && change(stored, document);
      result = next ?? stored;
      if (!next) return undefined;
      document.cases[index] = next;
      return {
        ...document,
        ...(fields.reference ? { reference: fields.reference } : {}),
        ...(fields.lang ? { lang: fields.lang } : {}),
      };
    });
    return result;
  }

  /** Applies a status or reminder change; throws `CaseChangeError` for a change that does not fit. */
  change(
    userId: string,
    caseId: string,
    change: CaseChange,
    now: Date,
    reference?: CaseReference,
    /** The language the user speaks now: the reminders follow it. */
    lang?: 'da' | 'en',
  ): Promise<StoredCase | undefined> {
    const changeOf = (stored: StoredCase, document: CasesDocument) =>
      changedCase(stored, document, change, now, this.national);
    return this.updateCase(userId, caseId, changeOf, { reference, lang });
  }

  /** Adds an entry to the case's observation log; throws `ObservationError` for an entry that does not fit. */
  addObservation(
    userId: string,
    caseId: string,
    entry: { id: string; on: string; text: string },
    now: Date,
  ): Promise<StoredCase | undefined> {
    return this.updateCase(userId, caseId, (stored) => withObservation(stored, entry, now, this.national));
  }

  /** Gives an automatically saved case the name the user chose; it is the user's case from then on. */
  adopt(userId: string, caseId: string, label: string, now: Date): Promise<StoredCase | undefined> {
    return this.updateCase(userId, caseId, (stored) => adoptedCase(stored, label, now, this.national));
  }

  /** Records the leader's answer on the sender's case; the same request answered again changes nothing. */
  recordLeaderAnswer(userId: string, caseId: string, answer: LeaderAnswer): Promise<StoredCase | undefined> {
    return this.updateCase(userId, caseId, (stored) => withLeaderAnswer(stored, answer, this.national));
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
    await this.update(userKeyOf(userId), (document) => withGlobalStop(document, stopped, now, this.national));
  }

  /** »slet mine data«: the cases, the reference and every index entry of the user. */
  async deleteUser(userId: string): Promise<void> {
    const userKey = userKeyOf(userId);
    const document = await this.read(userKey);
    await this.storage.delete([casesKey(userKey)]);
    for (const day of document?.indexedDays ?? []) await this.index.removeFromDay(day, userKey);
  }

  /** Drops cases past their retention (the scheduler calls this for the users it visits). */
  async purgeExpired(userKey: string, now: Date): Promise<void> {
    await this.update(userKey, (document) => {
      const live = withoutExpired(document, now);
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
    await this.update(userKey, (document) => markedSent(document, caseId, attemptId, now));
  }

  /** Whether the user still has an unclaimed reminder due on or before the end of `day`. */
  async hasPendingOn(userKey: string, day: string): Promise<boolean> {
    const document = await this.read(userKey);
    return document ? hasPendingOn(document, day, this.national) : false;
  }
}
