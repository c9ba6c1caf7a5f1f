import { z } from 'zod/v4';
import { RedFlagId, RoleId, type Knowledge } from '../knowledge/schema';

const IsoDateTime = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 date-time, e.g. 2026-05-01T10:00:00+02:00',
});
/** A date-time, or a plain date meaning that day in Copenhagen ("2026-05-11"). */
const IsoDateOrDateTime = z.union([z.iso.date(), IsoDateTime], {
  error: 'must be an ISO 8601 date (2026-05-11) or date-time (2026-05-11T10:00:00+02:00)',
});

/**
 * The longest text the bot takes from one message (Teams' own limit is about 28 KB): the HTTP edge refuses
 * longer ones, and the engine accepts everything up to it, so a red flag in a long message is still read.
 */
export const TEXT_LIMIT = 28_000;

/** The input of the engine: one concern about one child. */
export const ConcernShape = z
  .object({
    municipality: z.string().min(1),
    role: RoleId.optional(),
    childAge: z.number().int().min(0).max(30).optional(),
    score: z.number().int().min(1).max(10).optional(),
    signals: z.array(z.string()).default([]),
    redFlags: z.array(RedFlagId).default([]),
    suspicionAgainstParents: z.union([z.boolean(), z.literal('unknown')]).default('unknown'),
    /** Life or health in immediate danger: call 112. */
    acute: z.boolean().default(false),
    text: z.string().max(TEXT_LIMIT).default(''),
    /** Unlawful school absence in the current quarter, in percent (barnets lov § 133, stk. 2). */
    unlawfulAbsencePercent: z.number().min(0).max(100).optional(),
    /**
     * The concern is about an 18+ youth but also names a younger child (e.g. a sibling) of this age: the
     * duty to notify holds for that child (DESIGN.md, clarifications).
     */
    youngerChildAge: z.number().int().min(0).max(17).optional(),
    now: IsoDateTime.optional(),
    notifiedAt: IsoDateOrDateTime.optional(),
  })
  .strict();

export type Concern = z.infer<typeof ConcernShape>;
export type ConcernInput = z.input<typeof ConcernShape>;

const schemas = new WeakMap<Knowledge, ReturnType<typeof buildConcernSchema>>();

/** The concern schema checked against the knowledge: the municipality and every signal id must exist. */
export function concernSchema(knowledge: Knowledge) {
  let schema = schemas.get(knowledge);
  if (!schema) {
    schema = buildConcernSchema(knowledge);
    schemas.set(knowledge, schema);
  }
  return schema;
}

function buildConcernSchema(knowledge: Knowledge) {
  const signalIds = new Set(knowledge.national.signals.map((s) => s.id));
  return ConcernShape.superRefine((concern, ctx) => {
    if (!knowledge.municipalities.has(concern.municipality)) {
      ctx.addIssue({
        code: 'custom',
        path: ['municipality'],
        message: `unknown municipality "${concern.municipality}" (known: ${[...knowledge.municipalities.keys()].join(', ')})`,
      });
    }
    concern.signals.forEach((id, i) => {
      if (!signalIds.has(id))
        ctx.addIssue({ code: 'custom', path: ['signals', i], message: `unknown signal "${id}"` });
    });
  });
}

/** One line naming the first faulty field, e.g. `score: Too big: expected number to be <=10`. */
export function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const field = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  return `${field || '(root)'}: ${issue.message}`;
}
