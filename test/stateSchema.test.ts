import { ConversationDocument, schemaProblem } from '../src/bot/stateSchema';

/** A conversation document whose dialog keeps `state` in its one stack entry. */
const withDialogState = (state: Record<string, unknown>) => ({
  dialogState: { dialogStack: [{ id: 'concernDialog', state }] },
});

function problemOf(document: unknown): string | undefined {
  const checked = ConversationDocument.safeParse(document);
  return checked.success ? undefined : schemaProblem(checked.error);
}

describe('what the conversation document may hold in its dialog state', () => {
  it('accepts the plain data a dialog keeps: nested answers, lists, numbers, nulls', () => {
    const state = {
      dialogs: {
        dialogStack: [
          {
            id: 'concernSteps',
            state: {
              values: { progress: { notes: { text: 'sulten', redFlags: [] }, asked: 3 } },
              stepIndex: 4,
            },
          },
        ],
      },
      answer: null,
      tries: 2,
    };
    expect(problemOf(withDialogState(state))).toBeUndefined();
  });

  it.each([
    [
      'a platform field deep inside',
      { values: { step: { serviceUrl: 'https://smba.example' } } },
      'serviceUrl',
    ],
    ['a private field', { values: { _adapter: 'x' } }, '_adapter'],
    ['an object that is not plain data', { values: { when: new Date() } }, 'not plain data'],
    ['a text longer than a message may be', { values: { text: 'x'.repeat(100_000) } }, 'longer than'],
    [
      'a list of more than 200 items',
      { values: { list: Array.from({ length: 201 }, () => 1) } },
      'more than 200',
    ],
    [
      'nesting deeper than ten levels',
      { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: { k: { l: 1 } } } } } } } } } } } },
      'nested too deeply',
    ],
    ['a number that JSON cannot hold', { values: { score: Number.NaN } }, 'not a finite number'],
  ])('refuses %s, naming where', (_name, state, expected) => {
    expect(problemOf(withDialogState(state))).toContain(expected);
  });
});
