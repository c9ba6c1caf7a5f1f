import { z } from 'zod/v4';
import { inDenmark } from '../dates';
import { maskCpr } from '../text';

/**
 * The observation log of a case: dated entries of what the user saw or heard, the child's own words in quotes.
 * Every guide's early step is to observe for a limited period and write down concretely what one sees; the log
 * is that timeline, and the draft's »Anledning« takes it in date order. Entries are special-category data: they
 * live inside the case and go with it (its retention, its deletion, »slet mine data«).
 */

/** One entry is a few sentences, not a report: long texts belong in the municipality's form. */
export const OBSERVATION_TEXT_LIMIT = 1000;
/** Enough for a period of daily notes; a case is not a journal. */
export const MAX_OBSERVATIONS = 40;
/** A period of observation is days or weeks, never open-ended. */
export const OBSERVATION_PERIOD_DAYS = [7, 14, 21, 28] as const;

const IsoDate = z.iso.date();

export const Observation = z.strictObject({
  id: z.uuid(),
  /** The Copenhagen day the user saw or heard it (not in the future). */
  on: IsoDate,
  /** CPR-masked before it is stored. */
  text: z.string().trim().min(1).max(OBSERVATION_TEXT_LIMIT),
  addedAt: z.iso.datetime({ offset: true }),
});
export type Observation = z.infer<typeof Observation>;

export class ObservationError extends Error {
  constructor(readonly reason: 'empty' | 'future' | 'full' | 'tooLong') {
    super(reason);
  }
}

/** Cleans a typed entry: CPR numbers never reach storage (the mask stays visible, so the user sees it happened). */
export function cleanObservation(typed: string): { text: string; cprRemoved: boolean } {
  const masked = maskCpr(typed.replace(/\r\n?/g, '\n').trim());
  return { text: masked.text, cprRemoved: masked.masked > 0 };
}

/**
 * Words in an entry that look like a name: a capital letter inside a sentence (not its first word, not in an
 * all-capitals abbreviation). Only pointed out: the user knows whether it is the child's name.
 */
export function possibleNamesIn(text: string): string[] {
  const names = new Set<string>();
  for (const sentence of withoutQuotes(text).split(/(?<=[.!?:])\s+|\n+/)) {
    const words = sentence.trim().split(/\s+/);
    words.forEach((word, index) => {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (index > 0 && /^\p{Lu}\p{Ll}+$/u.test(bare)) names.add(bare);
    });
  }
  return [...names];
}

/** The log with a new entry; refuses an empty, too long or future-dated entry and a full log. */
export function addObservation(
  log: readonly Observation[],
  entry: { id: string; on: string; text: string },
  now: Date,
): Observation[] {
  const text = entry.text.trim();
  if (!text) throw new ObservationError('empty');
  if (text.length > OBSERVATION_TEXT_LIMIT) throw new ObservationError('tooLong');
  if (entry.on > (inDenmark(now).toISODate() ?? '')) throw new ObservationError('future');
  // The same entry again (a double tap, a turn run again after a storage conflict) adds nothing.
  if (log.some((o) => o.id === entry.id)) return [...log];
  if (log.length >= MAX_OBSERVATIONS) throw new ObservationError('full');
  return [...log, Observation.parse({ ...entry, text, addedAt: now.toISOString() })];
}

/** Date order (the day observed, then the order they were written), as the draft and the card read them. */
export function inDateOrder(log: readonly Observation[]): Observation[] {
  return [...log].sort((a, b) => a.on.localeCompare(b.on) || a.addedAt.localeCompare(b.addedAt));
}

/**
 * The text to check for objectivity: the child's (or anyone's) own words in quotes are a quotation, not the
 * user's judgement, so they are left out of the check.
 */
export function withoutQuotes(text: string): string {
  return text.replace(/»[^«]*«|“[^”]*”|"[^"]*"|„[^“”]*[“”]/g, ' ');
}

/** The leader's answer to a draft sent for discussion, kept on the sender's case. */
export const LEADER_COMMENT_LIMIT = 1000;
export const LeaderAnswer = z.strictObject({
  /** The request it answers: one answer per request. */
  handoffId: z.uuid(),
  answer: z.enum(['approved', 'call', 'comment']),
  /** CPR-masked; the leader's own words. */
  comment: z.string().max(LEADER_COMMENT_LIMIT).optional(),
  at: z.iso.datetime({ offset: true }),
});
export type LeaderAnswer = z.infer<typeof LeaderAnswer>;
export const MAX_LEADER_ANSWERS = 10;
