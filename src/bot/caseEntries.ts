import {
  addObservation,
  Case,
  changeCase,
  LeaderAnswer,
  MAX_LEADER_ANSWERS,
  retainUntil,
  type CaseChange,
} from '../cases';
import type { NationalKnowledge } from '../knowledge/schema';
import type { CasesDocument, StoredCase } from './caseDocuments';
import { skipPastReminders } from './caseReminders';

// What a user or a leader writes into one stored case: a change of status or reminders, an observation, the
// case's name, the leader's answer. Pure, over the stored case (caseStore.ts reads and writes the document). Each
// counts as a change of the case, so its retention is counted again from now.

type DeadlineRules = Pick<NationalKnowledge, 'deadlines' | 'generalDuty'>;

function withCase(stored: StoredCase, c: Case, national: DeadlineRules): StoredCase {
  return { ...stored, case: c, retainUntil: retainUntil(c, national) };
}

/** A case as saved: open, with no reminder sent yet. */
export function newCase(
  id: string,
  fields: { case: Omit<Case, 'id' | 'createdAt' | 'changedAt' | 'status'>; answers: StoredCase['answers'] },
  now: Date,
  national: DeadlineRules,
): StoredCase {
  const at = now.toISOString();
  const c = Case.parse({ ...fields.case, id, status: 'open', createdAt: at, changedAt: at });
  return { case: c, answers: fields.answers, reminders: [], retainUntil: retainUntil(c, national) };
}

/** Throws `CaseChangeError` for a change that does not fit; reminders already due are skipped, not sent late. */
export function changedCase(
  stored: StoredCase,
  document: CasesDocument,
  change: CaseChange,
  now: Date,
  national: DeadlineRules,
): StoredCase {
  return skipPastReminders(
    withCase(stored, changeCase(stored.case, change, now), national),
    document,
    now,
    national,
  );
}

/** Throws `ObservationError` for an entry that does not fit; an open case is kept 30 days after the last entry. */
export function withObservation(
  stored: StoredCase,
  entry: { id: string; on: string; text: string },
  now: Date,
  national: DeadlineRules,
): StoredCase {
  const observations = addObservation(stored.observations ?? [], entry, now);
  return { ...withCase(stored, { ...stored.case, changedAt: now.toISOString() }, national), observations };
}

/** An automatically saved case with the name the user chose: the user's case from then on. */
export function adoptedCase(
  stored: StoredCase,
  label: string,
  now: Date,
  national: DeadlineRules,
): StoredCase {
  const c: Case = { ...stored.case, label, changedAt: now.toISOString() };
  delete c.autoSaved;
  return withCase(stored, c, national);
}

/** The case with the leader's answer; undefined when this request's answer is recorded already. */
export function withLeaderAnswer(
  stored: StoredCase,
  answer: LeaderAnswer,
  national: DeadlineRules,
): StoredCase | undefined {
  if (stored.leaderAnswers?.some((a) => a.handoffId === answer.handoffId)) return undefined;
  const leaderAnswers = [...(stored.leaderAnswers ?? []), LeaderAnswer.parse(answer)].slice(
    -MAX_LEADER_ANSWERS,
  );
  return { ...withCase(stored, { ...stored.case, changedAt: answer.at }, national), leaderAnswers };
}
