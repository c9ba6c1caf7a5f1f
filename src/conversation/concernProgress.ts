import type { ConcernAnswers } from '../draft';
import { DETAIL_FIELDS, type ConfirmForm, type Details } from './confirm';
import type { QuestionId } from './questions';

/**
 * Where the concern's questions stand: the answers so far and which questions are answered. The dialog keeps it
 * in its state; everything that only reads or fills it lives here, free of botbuilder.
 */
export interface ConcernProgress {
  notes: ConcernAnswers;
  asked: number;
  acuteShownFor?: string;
  /** Questions answered (or not needed because the first message answered them). */
  done: QuestionId[];
  /** Questions the user answered in this dialog, in order: »tilbage« walks back along them. */
  history: QuestionId[];
  /** The question waiting for its answer. */
  pending?: QuestionId;
  /** A municipality named in the description, shown on the confirmation card until the user has chosen. */
  municipalityGuess?: string;
  /** The answer to the red-flag question on the confirmation card: `ingen`, `ved_ikke` or a flag id. */
  redFlagAnswer?: string;
  edit?: boolean;
}

/** A concern before its first answer. */
export const freshProgress = (): ConcernProgress => ({
  notes: { text: '', redFlags: [] },
  asked: 0,
  done: [],
  history: [],
});

/** »Ret svar«: a finished concern's answers reopened, with the confirmation card still to show them all. */
export function progressToEdit(last: { answers: ConcernAnswers; municipality: string }): ConcernProgress {
  const notes = JSON.parse(JSON.stringify(last.answers)) as ConcernAnswers;
  // Everything was answered once; the confirmation card shows it all for changing.
  const done: QuestionId[] = ['describe', 'score', 'details'];
  if (notes.suspicionAgainstParents !== undefined) done.push('suspicion');
  if (notes.absenceLabel !== undefined) done.push('absence');
  if (notes.youngerChildAge !== undefined) done.push('youngerChildAge');
  return {
    ...freshProgress(),
    edit: true,
    notes,
    done,
    municipalityGuess: last.municipality,
    redFlagAnswer: last.answers.redFlagUnsure
      ? 'ved_ikke'
      : last.answers.redFlags.length === 0
        ? 'ingen'
        : undefined,
  };
}

/**
 * The next question the answers call for, or undefined when the result can be shown; `missing` is what the
 * engine's assessment still lacks (`Assessment.missing`).
 */
export function nextQuestion(progress: ConcernProgress, missing: readonly string[]): QuestionId | undefined {
  const done = new Set(progress.done);
  const flagged = progress.notes.redFlags.length > 0;
  if (!done.has('describe')) return 'describe';
  if (!done.has('confirm')) return 'confirm';
  // With a red flag the level is decided: ask whom the suspicion concerns, and skip the score.
  if (flagged && !done.has('suspicion')) return 'suspicion';
  if (!flagged && !done.has('score')) return 'score';
  // Rule 9: the engine says when a school's absence figure decides the duty to notify.
  if (missing.includes('unlawfulAbsencePercent') && !done.has('absence')) return 'absence';
  if (missing.includes('youngerChildAge') && !done.has('youngerChildAge')) return 'youngerChildAge';
  if (!done.has('details')) return 'details';
  return undefined;
}

/**
 * Fills the answers from the reply to one of the simple questions (not the description or the confirmation
 * card, which can show the acute route and so belong to the dialog). A skipped question (`null`) changes nothing.
 */
export function fillAnswer(notes: ConcernAnswers, step: QuestionId, result: unknown): void {
  switch (step) {
    case 'suspicion':
      if (result !== null) notes.suspicionAgainstParents = result as boolean | 'unknown';
      break;
    case 'score':
      if (typeof result === 'number') notes.score = result;
      break;
    case 'signals':
      if (Array.isArray(result)) {
        notes.signals = result as string[];
        notes.signalsConfirmed = true;
      }
      break;
    case 'absence': {
      const answer = result as { percent: number | null; label: string } | null;
      if (answer) {
        notes.absenceLabel = answer.label;
        if (answer.percent !== null) notes.unlawfulAbsencePercent = answer.percent;
        else delete notes.unlawfulAbsencePercent;
      }
      break;
    }
    case 'youngerChildAge':
      if (typeof result === 'number') notes.youngerChildAge = result;
      break;
    case 'details':
      Object.assign(notes, result as Details);
      break;
    default:
      // The single detail questions and the old separate questions are no longer asked.
      break;
  }
}

/** A question answered: done, and the last step »tilbage« goes back to. */
export function markAnswered(progress: ConcernProgress, step: QuestionId): void {
  if (!progress.done.includes(step)) progress.done.push(step);
  progress.history.push(step);
}

/** »tilbage«: forgets the last answered question and returns it, or undefined at the first question. */
export function stepBack(progress: ConcernProgress): QuestionId | undefined {
  const previous = progress.history.pop();
  if (previous) progress.done = progress.done.filter((step) => step !== previous);
  return previous;
}

/** The optional details as the card shows them. */
export const detailsOf = (notes: ConcernAnswers): Details =>
  Object.fromEntries(DETAIL_FIELDS.map((field) => [field, notes[field]]));

/** The confirmation card as it stands: what we know, pre-filled; `municipality` is the user's chosen one. */
export function confirmFormOf(progress: ConcernProgress, municipality: string | undefined): ConfirmForm {
  const notes = progress.notes;
  return {
    municipality: municipality ?? progress.municipalityGuess,
    role: notes.role,
    childAge: notes.childAge,
    signals: notes.signals ?? [],
    // The explicit red-flag question is asked for every concern without a flag.
    askRedFlag: notes.redFlags.length === 0 || progress.redFlagAnswer !== undefined,
    redFlagAnswer: progress.redFlagAnswer,
    edit: !!progress.edit,
    text: notes.text,
    score: notes.score,
    details: detailsOf(notes),
  };
}
