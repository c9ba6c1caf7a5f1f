import {
  confirmFormOf,
  fillAnswer,
  freshProgress,
  markAnswered,
  nextQuestion,
  progressToEdit,
  stepBack,
  type ConcernProgress,
} from '../src/conversation/concernProgress';
import type { QuestionId } from '../src/conversation/questions';

const answered = (...done: QuestionId[]): ConcernProgress => ({ ...freshProgress(), done });

describe('the next question of a concern', () => {
  it('asks the description, then the confirmation card, then the score, then the details, then ends', () => {
    const order: (QuestionId | undefined)[] = [];
    const progress = freshProgress();
    for (let next = nextQuestion(progress, []); next; next = nextQuestion(progress, [])) {
      order.push(next);
      markAnswered(progress, next);
    }
    expect(order).toEqual(['describe', 'confirm', 'score', 'details']);
  });

  it('asks whom the suspicion concerns instead of the score when there is a red flag', () => {
    const progress = answered('describe', 'confirm');
    progress.notes.redFlags = ['overgreb'];
    expect(nextQuestion(progress, [])).toBe('suspicion');
    markAnswered(progress, 'suspicion');
    expect(nextQuestion(progress, [])).toBe('details');
  });

  it('asks the absence and the younger child’s age only when the engine misses them', () => {
    const progress = answered('describe', 'confirm', 'score');
    expect(nextQuestion(progress, ['unlawfulAbsencePercent', 'youngerChildAge'])).toBe('absence');
    markAnswered(progress, 'absence');
    expect(nextQuestion(progress, ['unlawfulAbsencePercent', 'youngerChildAge'])).toBe('youngerChildAge');
    expect(nextQuestion(answered('describe', 'confirm', 'score'), [])).toBe('details');
  });
});

describe('»tilbage«', () => {
  it('forgets the last answered question so it is asked again, and stops at the first', () => {
    const progress = freshProgress();
    markAnswered(progress, 'describe');
    markAnswered(progress, 'confirm');
    expect(stepBack(progress)).toBe('confirm');
    expect(nextQuestion(progress, [])).toBe('confirm');
    expect(stepBack(progress)).toBe('describe');
    expect(stepBack(progress)).toBeUndefined();
    expect(nextQuestion(progress, [])).toBe('describe');
  });
});

describe('an answer fills the concern', () => {
  it('a school’s absence answer sets the figure, and »ved ikke« (no figure) removes an earlier one', () => {
    const { notes } = freshProgress();
    fillAnswer(notes, 'absence', { percent: 12, label: '12 %' });
    expect(notes).toMatchObject({ unlawfulAbsencePercent: 12, absenceLabel: '12 %' });
    fillAnswer(notes, 'absence', { percent: null, label: 'ved ikke' });
    expect(notes.unlawfulAbsencePercent).toBeUndefined();
    expect(notes.absenceLabel).toBe('ved ikke');
  });

  it('a skipped question leaves the earlier answer as it was', () => {
    const { notes } = freshProgress();
    fillAnswer(notes, 'suspicion', true);
    fillAnswer(notes, 'suspicion', null);
    fillAnswer(notes, 'score', 3);
    fillAnswer(notes, 'score', null);
    expect(notes).toMatchObject({ suspicionAgainstParents: true, score: 3 });
  });
});

describe('»Ret svar«', () => {
  const last = {
    municipality: 'vejen',
    answers: {
      text: 'Han har blå mærker',
      redFlags: [],
      score: 3,
      absenceLabel: '12 %',
      observed: 'blå mærker',
    },
  };

  it('reopens a finished concern on the confirmation card with every answer, without changing the stored one', () => {
    const progress = progressToEdit(last);
    expect(nextQuestion(progress, [])).toBe('confirm');
    expect(progress.done).toEqual(expect.arrayContaining(['describe', 'score', 'details', 'absence']));
    expect(progress.done).not.toContain('suspicion');
    const form = confirmFormOf(progress, undefined);
    expect(form).toMatchObject({ edit: true, municipality: 'vejen', redFlagAnswer: 'ingen', score: 3 });
    expect(form.details?.observed).toBe('blå mærker');
    progress.notes.score = 5;
    expect(last.answers.score).toBe(3);
  });

  it('the user’s chosen municipality wins over the one the concern was finished for', () => {
    expect(confirmFormOf(progressToEdit(last), 'dragoer').municipality).toBe('dragoer');
  });
});
