import { createHash, randomUUID } from 'node:crypto';
import type { ConversationReference, Storage } from 'botbuilder';
import { z } from 'zod/v4';
import { danishDay, inDenmark } from '../dates';
import {
  addObservation,
  Case,
  changeCase,
  effectiveReminders,
  isRecurring,
  LeaderAnswer,
  MAX_LEADER_ANSWERS,
  MAX_OBSERVATIONS,
  Observation,
  retainUntil,
  type CaseChange,
  type PlannedReminder,
  type ReminderKind,
} from '../cases';
import type { NationalKnowledge } from '../knowledge/schema';
import { ConcernAnswersSchema } from './stateSchema';

/**
 * »Mine bekymringer« in storage. All of one user's cases live in one document, `handleguide/cases/<user key>`,
 * changed by read-modify-write with its eTag (a retry when two turns race). The user key is a hash of the Teams
 * user id, so no key names a person. The document also holds the 1:1 conversation reference the reminders are
 * sent to: it never goes into the conversation or user document, whose schema forbids `serviceUrl`.
 *
 * The due-reminder index is one small document per Copenhagen day, `handleguide/reminders/day/<date>`, listing
 * the user keys with a reminder due that day; the scheduler reads the days from its cursor up to today. An
 * index entry may be stale (a case closed since): the scheduler always re-reads the user's document.
 */

export const MAX_CASES = 20;
const ATTEMPTS = 5;
const IsoTime = z.iso.datetime({ offset: true });
const ReminderKindSchema = z.enum([
  'callCheck',
  'receiptOverdue',
  'followUpCheck',
  'investigationCheck',
  'observation',
]);

const SentReminder = z.strictObject({
  kind: ReminderKindSchema,
  /** Written before the message is sent (record first, then send): a restart never sends it again. */
  attemptId: z.uuid(),
  claimedAt: IsoTime,
  /**
   * When the reminder fell due. A recurring reminder (the daily observation question) is claimed up to this
   * instant: only its latest mark is kept, and it covers every earlier day.
   */
  dueAt: IsoTime.optional(),
  /** Set once the message went out; missing after a crash between claiming and sending. */
  sentAt: IsoTime.optional(),
  /** Not sent on purpose: already due when the case was changed, or superseded by a later reminder. */
  skipped: z.boolean().optional(),
});
export type SentReminder = z.infer<typeof SentReminder>;

export const StoredCase = z.strictObject({
  case: Case,
  /** The concern's answers (CPR-masked like the conversation's), so the case can be reopened. */
  answers: ConcernAnswersSchema,
  reminders: z.array(SentReminder).max(20),
  /** When the case is deleted by itself (see `retainUntil`); stated on the card. */
  retainUntil: IsoTime,
  /** The observation log (special-category data): it lives and dies with the case. */
  observations: z.array(Observation).max(MAX_OBSERVATIONS).optional(),
  /** The leader's answers to drafts sent for discussion from this case. */
  leaderAnswers: z.array(LeaderAnswer).max(MAX_LEADER_ANSWERS).optional(),
});
export type StoredCase = z.infer<typeof StoredCase>;

/** Exactly what a proactive message needs, nothing more of the activity. */
const Reference = z.strictObject({
  channelId: z.string().max(64),
  serviceUrl: z.url().max(500),
  conversation: z.strictObject({
    id: z.string().min(1).max(500),
    conversationType: z.string().max(32).optional(),
    tenantId: z.string().max(128).optional(),
  }),
  user: z.strictObject({ id: z.string().min(1).max(500) }),
  bot: z.strictObject({ id: z.string().min(1).max(500) }),
  locale: z.string().max(16).optional(),
});
export type CaseReference = z.infer<typeof Reference>;

export const CasesDocument = z.strictObject({
  eTag: z.string().max(64).optional(),
  userKey: z.string().regex(/^[0-9a-f]{32}$/),
  lang: z.enum(['da', 'en']).optional(),
  reference: Reference.optional(),
  cases: z.array(StoredCase).max(MAX_CASES),
  /** The user stopped every reminder. */
  remindersStopped: z.boolean().optional(),
  /** The index days this user is listed in, so deleting the data leaves no trace in the index. */
  indexedDays: z.array(z.iso.date()).max(200),
  /** The latest retention of its cases: the store keeps the document that long (see FileStorage). */
  keepUntil: IsoTime.optional(),
});
export type CasesDocument = z.infer<typeof CasesDocument>;

const DayBucket = z.strictObject({
  eTag: z.string().max(64).optional(),
  userKeys: z.array(z.string()).max(10_000),
  keepUntil: IsoTime.optional(),
});
/** A day's index entry outlives the day by a month, so a scheduler that was down still finds it. */
const BUCKET_KEEP_DAYS = 31;

export const userKeyOf = (userId: string): string =>
  createHash('sha256').update(`handleguide-case-user:${userId}`).digest('hex').slice(0, 32);

/** A UUID (version 4 layout) derived from a text, so the same origin always gives the same case id. */
function uuidFrom(text: string): string {
  const hex = createHash('sha256').update(`handleguide-case:${text}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const casesKey = (userKey: string) => `handleguide/cases/${userKey}`;
export const dayKey = (day: string): string => `handleguide/reminders/day/${day}`;

export function referenceOf(reference: Partial<ConversationReference>): CaseReference | undefined {
  const parsed = Reference.safeParse({
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    conversation: {
      id: reference.conversation?.id,
      ...(reference.conversation?.conversationType
        ? { conversationType: reference.conversation.conversationType }
        : {}),
      ...(reference.conversation?.tenantId ? { tenantId: reference.conversation.tenantId } : {}),
    },
    user: { id: reference.user?.id },
    bot: { id: reference.bot?.id },
    ...(reference.locale ? { locale: reference.locale } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}

/** The stored reference in the shape botbuilder's proactive calls take. */
export function conversationReferenceOf(reference: CaseReference): Partial<ConversationReference> {
  return {
    ...reference,
    conversation: {
      ...reference.conversation,
      conversationType: reference.conversation.conversationType ?? 'personal',
      isGroup: false,
      name: '',
    },
    user: { ...reference.user, name: '' },
    bot: { ...reference.bot, name: '' },
  };
}

const isEtagConflict = (error: unknown) => /etag/i.test(error instanceof Error ? error.message : '');

/** A reminder of a case that may go out now: due, not claimed before. */
export interface DueReminder {
  caseId: string;
  reminder: PlannedReminder;
}

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

export class CaseStore {
  constructor(
    private readonly storage: Storage,
    private readonly national: Pick<NationalKnowledge, 'deadlines' | 'generalDuty'>,
    /** The clock the index days are counted from; tests set it. */
    private readonly clock: () => Date = () => new Date(),
  ) {}

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
      const days = this.pendingDays(next);
      const indexedDays = [...new Set([...next.indexedDays, ...days])].sort().slice(-200);
      const keepUntil = next.cases
        .map((stored) => stored.retainUntil)
        .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
      const document = CasesDocument.parse({ ...next, indexedDays, keepUntil });
      try {
        await this.storage.write({ [casesKey(userKey)]: document });
        // Index after the write: a crash in between leaves a case without index entry until its next change,
        // never an index entry pointing at nothing that matters (the scheduler re-reads the document).
        for (const day of days) await this.addToDay(day, userKey);
        return document;
      } catch (error) {
        if (attempt >= ATTEMPTS || !isEtagConflict(error)) throw error;
      }
    }
  }

  /** The Copenhagen days (never before today) with a reminder of this user still to send. */
  private pendingDays(document: CasesDocument): string[] {
    const today = inDenmark(this.clock()).toISODate() ?? '';
    const days = new Set<string>();
    for (const stored of document.cases) {
      for (const reminder of this.unclaimed(stored, document)) {
        const day = inDenmark(reminder.dueAt).toISODate() ?? today;
        days.add(day < today ? today : day);
      }
    }
    return [...days];
  }

  /** The case's reminders not claimed yet, with snooze and stop (case and global) applied. */
  unclaimed(stored: StoredCase, document: Pick<CasesDocument, 'remindersStopped'>): PlannedReminder[] {
    const claimed = new Set(stored.reminders.map((r) => r.kind));
    const recurringUpTo = (kind: ReminderKind) =>
      Math.max(
        -Infinity,
        ...stored.reminders.filter((r) => r.kind === kind && r.dueAt).map((r) => Date.parse(r.dueAt ?? '')),
      );
    return effectiveReminders(stored.case, this.national, document.remindersStopped).filter((r) =>
      isRecurring(r.kind) ? Date.parse(r.dueAt) > recurringUpTo(r.kind) : !claimed.has(r.kind),
    );
  }

  /** Reminders already due when the case changes (a notification dated weeks back) are not sent late. */
  private skipPast(stored: StoredCase, document: CasesDocument, now: Date): StoredCase {
    const past = this.unclaimed(stored, document).filter((r) => Date.parse(r.dueAt) <= now.getTime());
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
      const next = this.skipPast(
        { ...stored, case: c, retainUntil: retainUntil(c, this.national) },
        document,
        now,
      );
      changed = next;
      document.cases[index] = next;
      return { ...document, ...(reference ? { reference } : {}), ...(lang ? { lang } : {}) };
    });
    return changed;
  }

  /**
   * Adds an entry to the case's observation log; throws `ObservationError` for an entry that does not fit.
   * Writing counts as a change of the case, so an open case is kept 30 days after the last entry.
   */
  async addObservation(
    userId: string,
    caseId: string,
    entry: { id: string; on: string; text: string },
    now: Date,
  ): Promise<StoredCase | undefined> {
    let changed: StoredCase | undefined;
    await this.update(userKeyOf(userId), (document) => {
      const index = document.cases.findIndex((stored) => stored.case.id === caseId);
      const stored = document.cases[index];
      if (!stored) return undefined;
      const observations = addObservation(stored.observations ?? [], entry, now);
      const c = { ...stored.case, changedAt: now.toISOString() };
      changed = { ...stored, case: c, observations, retainUntil: retainUntil(c, this.national) };
      document.cases[index] = changed;
      return document;
    });
    return changed;
  }

  /** Gives an automatically saved case the name the user chose; it is the user's case from then on. */
  async adopt(userId: string, caseId: string, label: string, now: Date): Promise<StoredCase | undefined> {
    let changed: StoredCase | undefined;
    await this.update(userKeyOf(userId), (document) => {
      const index = document.cases.findIndex((stored) => stored.case.id === caseId);
      const stored = document.cases[index];
      if (!stored) return undefined;
      const c: Case = { ...stored.case, label, changedAt: now.toISOString() };
      delete c.autoSaved;
      changed = { ...stored, case: c, retainUntil: retainUntil(c, this.national) };
      document.cases[index] = changed;
      return document;
    });
    return changed;
  }

  /** Records the leader's answer on the sender's case; the same request answered again changes nothing. */
  async recordLeaderAnswer(
    userId: string,
    caseId: string,
    answer: LeaderAnswer,
  ): Promise<StoredCase | undefined> {
    let changed: StoredCase | undefined;
    await this.update(userKeyOf(userId), (document) => {
      const index = document.cases.findIndex((stored) => stored.case.id === caseId);
      const stored = document.cases[index];
      if (!stored) return undefined;
      if (stored.leaderAnswers?.some((a) => a.handoffId === answer.handoffId)) {
        changed = stored;
        return undefined;
      }
      const c = { ...stored.case, changedAt: answer.at };
      const leaderAnswers = [...(stored.leaderAnswers ?? []), LeaderAnswer.parse(answer)].slice(
        -MAX_LEADER_ANSWERS,
      );
      changed = { ...stored, case: c, leaderAnswers, retainUntil: retainUntil(c, this.national) };
      document.cases[index] = changed;
      return document;
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
      if (!stopped) next.cases = next.cases.map((stored) => this.skipPast(stored, next, now));
      return next;
    });
  }

  /** »slet mine data«: the cases, the reference and every index entry of the user. */
  async deleteUser(userId: string): Promise<void> {
    const userKey = userKeyOf(userId);
    const document = await this.read(userKey);
    await this.storage.delete([casesKey(userKey)]);
    for (const day of document?.indexedDays ?? []) await this.removeFromDay(day, userKey);
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

  // --- the due-reminder index ---

  async usersDueOn(day: string): Promise<string[]> {
    const item = (await this.storage.read([dayKey(day)]))[dayKey(day)];
    const parsed = DayBucket.safeParse(item);
    return parsed.success ? parsed.data.userKeys : [];
  }

  private async changeDay(day: string, change: (keys: string[]) => string[] | undefined): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const item = (await this.storage.read([dayKey(day)]))[dayKey(day)];
      const parsed = DayBucket.safeParse(item);
      const current = parsed.success ? parsed.data : { userKeys: [] };
      const keys = change(current.userKeys);
      if (!keys) return;
      try {
        if (keys.length === 0) await this.storage.delete([dayKey(day)]);
        else {
          const keepUntil = danishDay(day).plus({ days: BUCKET_KEEP_DAYS }).toISO() ?? undefined;
          await this.storage.write({ [dayKey(day)]: { ...current, userKeys: keys, keepUntil } });
        }
        return;
      } catch (error) {
        if (attempt >= ATTEMPTS || !isEtagConflict(error)) throw error;
      }
    }
  }

  private addToDay(day: string, userKey: string): Promise<void> {
    return this.changeDay(day, (keys) => (keys.includes(userKey) ? undefined : [...keys, userKey]));
  }

  removeFromDay(day: string, userKey: string): Promise<void> {
    return this.changeDay(day, (keys) =>
      keys.includes(userKey) ? keys.filter((k) => k !== userKey) : undefined,
    );
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
      claimed = undefined;
      if (!current.reference) return undefined;
      const at = now.toISOString();
      const candidates = current.cases
        .filter((stored) => Date.parse(stored.retainUntil) > now.getTime())
        .map((stored) => {
          const due = this.unclaimed(stored, current).filter((r) => Date.parse(r.dueAt) <= now.getTime());
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
      claimed = { attemptId, stored, reminder: latest };
      return {
        ...current,
        cases: current.cases.map((s) => (s.case.id === stored.case.id ? stored : s)),
      };
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
      this.unclaimed(stored, document).some((r) => (inDenmark(r.dueAt).toISODate() ?? '') <= day),
    );
  }
}

export type { ReminderKind };
