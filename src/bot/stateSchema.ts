import { z } from 'zod/v4';
import { RedFlagId, RoleId } from '../knowledge/schema';
import { TEXT_LIMIT } from '../rules/concern';

/**
 * Exactly what the bot may keep about a conversation and a user, checked on every write (and on read, so a
 * document written by an older version cannot poison a conversation). Anything else, such as a platform object,
 * a credential or a raw activity, is refused before it reaches storage.
 */

const IsoTime = z.iso.datetime({ offset: true });
const Text = z.string().max(TEXT_LIMIT);
const Id = z.string().min(1).max(128);
const Hash = z.string().regex(/^[0-9a-f]{16}$/);

/** Keys a platform object would bring along; plain data of ours never uses them. */
const FORBIDDEN_KEYS = new Set(['serviceUrl', 'aadObjectId', 'conversationReference', 'activity', 'adapter']);
const SAFE_KEY = /^[a-zA-Z][a-zA-Z0-9]{0,63}$/;

// `undefined` is allowed because JSON drops it: an optional field left unset is not stored at all.
type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

const LEAF_TYPES = new Set(['string', 'number', 'boolean', 'undefined']);

/**
 * Where `value` stops being plain JSON of ours within `depth` levels (the path from `value` down), or undefined if
 * it never does. The path is built only on the way back from a problem: a walk that finds none allocates nothing.
 */
function jsonProblem(value: unknown, depth: number): [(string | number)[], string] | undefined {
  if (value === null || LEAF_TYPES.has(typeof value)) {
    if (typeof value === 'string' && value.length > TEXT_LIMIT) return [[], `longer than ${TEXT_LIMIT}`];
    if (typeof value === 'number' && !Number.isFinite(value)) return [[], 'not a finite number'];
    return undefined;
  }
  if (depth === 0) return [[], 'nested too deeply'];
  if (Array.isArray(value)) {
    if (value.length > 200) return [[], 'more than 200 items'];
    for (let i = 0; i < value.length; i++) {
      const problem = jsonProblem(value[i], depth - 1);
      if (problem) {
        problem[0].unshift(i);
        return problem;
      }
    }
    return undefined;
  }
  const prototype = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (prototype !== Object.prototype && prototype !== null) return [[], 'not plain data'];
  for (const key in value as Record<string, unknown>) {
    if (!Object.hasOwn(value as object, key)) continue;
    if (!SAFE_KEY.test(key) || FORBIDDEN_KEYS.has(key)) return [[key], 'not a field the bot stores'];
    const problem = jsonProblem((value as Record<string, unknown>)[key], depth - 1);
    if (problem) {
      problem[0].unshift(key);
      return problem;
    }
  }
  return undefined;
}

/**
 * Plain JSON of bounded depth whose keys are ours (no `_private` fields, no platform field names). A direct walk
 * rather than a union of zod schemas: this runs on every state read and write, and a union builds an error for
 * each alternative it rules out, which cost more than the rest of the turn's state handling together.
 */
function plainJson(depth: number): z.ZodType<Json> {
  return z.unknown().superRefine((value, ctx) => {
    const problem = jsonProblem(value, depth);
    if (problem) ctx.addIssue({ code: 'custom', path: problem[0], message: problem[1] });
  }) as z.ZodType<Json>;
}

const DialogInstance = z.strictObject({
  id: z.string().min(1).max(64),
  // Its own keys are checked like every nested key: a platform object's field may not hide at the top either.
  state: z.record(
    z
      .string()
      .regex(SAFE_KEY)
      .refine((key) => !FORBIDDEN_KEYS.has(key)),
    plainJson(10),
  ),
  version: z.string().max(64).optional(),
});

const DialogState = z.strictObject({ dialogStack: z.array(DialogInstance).max(10) });

export const ConcernAnswersSchema = z.strictObject({
  text: Text,
  redFlags: z.array(RedFlagId),
  redFlagUnsure: z.boolean().optional(),
  suspicionAgainstParents: z.union([z.boolean(), z.literal('unknown')]).optional(),
  role: RoleId.optional(),
  childAge: z.number().int().min(0).max(30).optional(),
  score: z.number().int().min(1).max(10).optional(),
  signals: z.array(z.string().max(64)).max(100).optional(),
  signalsConfirmed: z.boolean().optional(),
  unlawfulAbsencePercent: z.number().min(0).max(100).optional(),
  absenceLabel: z.string().max(200).optional(),
  youngerChildAge: z.number().int().min(0).max(17).optional(),
  observed: Text.nullable().optional(),
  duration: Text.nullable().optional(),
  actionsTaken: Text.nullable().optional(),
  parentsSay: Text.nullable().optional(),
  childSays: Text.nullable().optional(),
  childMunicipality: z.string().max(100).nullable().optional(),
  interpreter: z.string().max(100).nullable().optional(),
  strengths: Text.nullable().optional(),
});

export const ConversationDocument = z.strictObject({
  eTag: z.string().max(64).optional(),
  welcomedAt: IsoTime.optional(),
  cprWarnedAt: IsoTime.optional(),
  /**
   * A fingerprint (hash) of the last input, so a double tap or a redelivery is recognised; never the input. What
   * its turn showed that the dialog cannot show again by itself: the acute cards of `acuteFor`, the `result`.
   */
  lastInput: z
    .strictObject({
      fingerprint: Hash,
      activity: Hash,
      at: IsoTime,
      acuteFor: z.array(RedFlagId).max(3).optional(),
      result: z.literal(true).optional(),
    })
    .optional(),
  dialogState: DialogState.optional(),
  redFlagsShown: z.array(RedFlagId).max(3).optional(),
  lastConcern: z
    .strictObject({
      answers: ConcernAnswersSchema,
      municipality: Id,
      finishedAt: IsoTime,
      caseId: z.uuid().optional(),
    })
    .optional(),
});

export const UserDocument = z.strictObject({
  eTag: z.string().max(64).optional(),
  municipality: Id.optional(),
  role: RoleId.optional(),
  lang: z.enum(['da', 'en']).optional(),
  handoffIds: z.array(Id).max(200).optional(),
  sharedIds: z
    .strictObject({ checklists: z.array(Id).max(500), dilemmaRounds: z.array(Id).max(500) })
    .optional(),
});

/** teams-ai's keys: `<channel>/<bot>/conversations/<id>` and `<channel>/<bot>/users/<id>`. */
export const isConversationKey = (key: string): boolean => /^[^/]+\/[^/]+\/conversations\//.test(key);

export function documentSchemaFor(key: string): z.ZodType | undefined {
  if (isConversationKey(key)) return ConversationDocument;
  if (/^[^/]+\/[^/]+\/users\//.test(key)) return UserDocument;
  return undefined;
}

/**
 * `document` without the fields a strict schema did not recognise, when those are its only problem (a newer version
 * wrote them, e.g. during a rolling deploy); undefined when anything else is wrong with it.
 */
function withoutUnknownFields(
  document: Record<string, unknown>,
  error: z.ZodError,
): Record<string, unknown> | undefined {
  if (!error.issues.every((issue) => issue.code === 'unrecognized_keys')) return undefined;
  // A JSON copy: the document is JSON, and its objects keep this realm's plain prototype (checked above).
  const copy = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let at: unknown = copy;
    for (const step of issue.path)
      at = (at as Record<PropertyKey, unknown> | undefined)?.[step as PropertyKey];
    if (!at || typeof at !== 'object') return undefined;
    for (const key of issue.keys) Reflect.deleteProperty(at, key);
  }
  return copy;
}

/** Where a document breaks the schema, by path only: the values may be exactly what must not be logged. */
export function schemaProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

/**
 * A stored document as this version may use it: as stored, or without the fields only a newer version knows;
 * otherwise (damaged, or holding a platform field) the problem, by path only.
 */
export function readableDocument(
  key: string,
  document: Record<string, unknown>,
): { document: Record<string, unknown> } | { problem: string } {
  const schema = documentSchemaFor(key);
  const checked = schema?.safeParse(document);
  if (!schema || !checked || checked.success) return { document };
  const known = withoutUnknownFields(document, checked.error);
  if (known && schema.safeParse(known).success) return { document: known };
  return { problem: schemaProblem(checked.error) };
}
