import { createHash } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { z } from 'zod/v4';
import { Case, LeaderAnswer, MAX_LEADER_ANSWERS, MAX_OBSERVATIONS, Observation } from '../cases';
import { ConcernAnswersSchema } from './stateSchema';

/**
 * »Mine bekymringer« in storage: the documents and their keys. All of one user's cases live in one document,
 * `handleguide/cases/<user key>`; the user key is a hash of the Teams user id, so no key names a person. The
 * document also holds the 1:1 conversation reference the reminders are sent to: it never goes into the
 * conversation or user document, whose schema forbids `serviceUrl`. (The store is caseStore.ts, the due-reminder
 * index reminderIndex.ts.)
 */

export const MAX_CASES = 20;
export const IsoTime = z.iso.datetime({ offset: true });
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

export const userKeyOf = (userId: string): string =>
  createHash('sha256').update(`handleguide-case-user:${userId}`).digest('hex').slice(0, 32);

/** A UUID (version 4 layout) derived from a text, so the same origin always gives the same case id. */
export function uuidFrom(text: string): string {
  const hex = createHash('sha256').update(`handleguide-case:${text}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const casesKey = (userKey: string) => `handleguide/cases/${userKey}`;

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

/** The document without the cases past their retention. */
export function withoutExpired(document: CasesDocument, now: Date): CasesDocument {
  return {
    ...document,
    cases: document.cases.filter((stored) => Date.parse(stored.retainUntil) > now.getTime()),
  };
}

/** How often a read-modify-write is tried when another turn wrote the same document in between. */
export const ATTEMPTS = 5;
