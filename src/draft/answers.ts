import type { RedFlagId, RoleId } from '../knowledge/schema';

/** Everything the concern dialog has learnt; free texts are already CPR-masked. */
export interface ConcernAnswers {
  text: string;
  redFlags: RedFlagId[];
  redFlagUnsure?: boolean;
  suspicionAgainstParents?: boolean | 'unknown';
  role?: RoleId;
  childAge?: number;
  score?: number;
  signals?: string[];
  /** The user saw the signals question and confirmed (or changed) them; otherwise they are the bot's guess. */
  signalsConfirmed?: boolean;
  unlawfulAbsencePercent?: number;
  absenceLabel?: string;
  /** The age of a younger child named in a concern about a young adult (the duty may concern that child). */
  youngerChildAge?: number;
  observed?: string | null;
  duration?: string | null;
  actionsTaken?: string | null;
  parentsSay?: string | null;
  childSays?: string | null;
  /** The child's home municipality as the user wrote it; »ukendt« when the user does not know it. */
  childMunicipality?: string | null;
  /** The language an interpreter is needed for, or »nej«. */
  interpreter?: string | null;
  /** What goes well: the child's strengths and resources. */
  strengths?: string | null;
}

/** The fields a user can edit on the draft card: their own observations, never the child's identity. */
export const EDITABLE_FIELDS = [
  'observed',
  'duration',
  'actionsTaken',
  'parentsSay',
  'childSays',
  'strengths',
  'childMunicipality',
  'interpreter',
] as const;

/** Short fields: a municipality's name, a language. */
export const SHORT_FIELDS: readonly EditableField[] = ['childMunicipality', 'interpreter'];
export const SHORT_FIELD_LIMIT = 100;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
