import { z } from 'zod/v4';
import { DeadlineId, LevelId, RedFlagId } from '../knowledge/schema';

const Sourced = { source: z.string() };

/** The stable output contract (docs/assessment.md). Extra fields beyond DESIGN.md's are additive. */
export const AssessmentShape = z.object({
  municipality: z.string(),
  level: LevelId.nullable(),
  levelLabel: z.string().nullable(),
  zone: z.object({ score: z.number(), label: z.string(), colour: z.string() }).nullable(),
  redFlags: z.array(RedFlagId),
  signals: z.array(z.object({ id: z.string(), label: z.string(), matched: z.string().optional() })),
  notify: z.enum(['required', 'consider', 'not_indicated']),
  involveParents: z.enum(['yes', 'no']),
  dialogueBasedAllowed: z.boolean(),
  acute: z.boolean(),
  /** Self-harm or suicidal statements (rule R11); `imminent`: a plan or intent for now, 112 first. */
  selfHarm: z.enum(['none', 'statements', 'imminent']),
  /** The duty to notify concerns a younger child named in a concern about an 18+ youth. */
  youngerChild: z.boolean(),
  /** A caution to show beside any question about the parents' view (red flag, parents not involved). */
  parentsCaution: z.string().nullable(),
  contacts: z.array(
    z.object({
      name: z.string(),
      phone: z.string().optional(),
      email: z.string().optional(),
      web: z.string().optional(),
      hours: z.string().optional(),
      openNow: z.boolean().optional(),
      why: z.string(),
      ...Sourced,
    }),
  ),
  /** `kind: "mustNot"` marks what the user must not do (e.g. involve the parents); the rest are to-dos. */
  steps: z.array(z.object({ text: z.string(), kind: z.literal('mustNot').optional(), ...Sourced })),
  dialogueBasedSteps: z.array(z.object({ text: z.string(), ...Sourced })),
  meetings: z.array(z.object({ name: z.string(), purpose: z.string(), target: z.string(), ...Sourced })),
  deadlines: z.array(
    z.object({
      id: DeadlineId,
      due: z.string(),
      dueText: z.string(),
      label: z.string(),
      legal: z.string(),
      olderRule: z.string().optional(),
      ...Sourced,
    }),
  ),
  legal: z.array(
    z.object({ ref: z.string(), formerly: z.string().optional(), summary: z.string(), ...Sourced }),
  ),
  reasons: z.array(z.object({ rule: z.string(), text: z.string(), ...Sourced })),
  missing: z.array(z.string()),
  notes: z.array(z.string()),
});

export type Assessment = z.infer<typeof AssessmentShape>;
export type AssessedContact = Assessment['contacts'][number];
export type AssessedStep = Assessment['steps'][number];
