import { GuardedStorage } from '../src/bot/guardedStorage';
import { FileStorage } from '../src/storage/fileStorage';
import { newStateDir } from './support/conversation';

const DAY = 86_400_000;
const KEY = 'msteams/bot/conversations/c-1';
const mark = {
  fingerprint: 'aaaaaaaaaaaaaaaa',
  activity: 'aaaaaaaaaaaaaaaa',
  at: '2026-11-24T09:00:00.000Z',
};
const dialogState = { dialogStack: [{ id: 'concern', state: { answers: { municipality: 'vejen' } } }] };

async function readBack(document: Record<string, unknown>) {
  const inner = new FileStorage(newStateDir(), DAY);
  const setAside: string[] = [];
  const guarded = new GuardedStorage(inner, (problem) => setAside.push(problem));
  await inner.write({ [KEY]: { ...document, eTag: '*' } });
  const read = (await guarded.read([KEY]))[KEY] as Record<string, unknown> | undefined;
  const stillStored = (await inner.read([KEY]))[KEY] !== undefined;
  return { read, setAside, stillStored };
}

/**
 * During a rolling deploy an older and a newer version serve the same conversations. A field only the newer
 * version knows must not cost the conversation on the older one: it is dropped, the rest is kept. What breaks the
 * schema otherwise (a wrong type, a platform object's field) is still set aside.
 */
describe('reading a state document with fields this version does not know', () => {
  it('keeps the conversation and drops only the unknown fields, at any depth', async () => {
    const { read, setAside } = await readBack({
      lastInput: { ...mark, shownSomethingNew: true },
      dialogState,
      addedByANewerVersion: 'x',
    });
    expect(setAside).toEqual([]);
    expect(read).toMatchObject({ lastInput: mark, dialogState });
    expect(read).not.toHaveProperty('addedByANewerVersion');
    expect(read?.lastInput).not.toHaveProperty('shownSomethingNew');
    expect(setAside).toEqual([]);
  });

  it('still sets aside a document whose known fields are wrong', async () => {
    const { read, setAside, stillStored } = await readBack({ redFlagsShown: 'overgreb', dialogState });
    expect(read).toBeUndefined();
    expect(setAside).toHaveLength(1);
    expect(stillStored).toBe(false);
  });

  it.each([
    ['at the top of a dialog’s state', { serviceUrl: 'https://smba.example' }],
    ['deeper in it', { options: { activity: { text: 'hej' } } }],
  ])('still sets aside a dialog state with a platform object’s field %s', async (_where, state) => {
    const { read, stillStored } = await readBack({
      dialogState: { dialogStack: [{ id: 'concern', state }] },
    });
    expect(read).toBeUndefined();
    expect(stillStored).toBe(false);
  });
});

/**
 * A document that passed the schema is not parsed again when it is read back unchanged (the memo in
 * GuardedStorage). Anything that differs from it, however little, is still checked in full.
 */
describe('reading back what passed the schema', () => {
  it('still sets aside a document changed in storage after this instance wrote it', async () => {
    const inner = new FileStorage(newStateDir(), DAY);
    const setAside: string[] = [];
    const guarded = new GuardedStorage(inner, (problem) => setAside.push(problem));
    await guarded.write({ [KEY]: { lastInput: mark, dialogState, eTag: '*' } });
    const first = (await guarded.read([KEY]))[KEY] as Record<string, unknown>;
    expect(first).toMatchObject({ lastInput: mark, dialogState });
    // Another writer (another instance, a damaged disk) stores the same document with a platform field.
    const stack = [{ id: 'concern', state: { answers: { municipality: 'vejen' }, serviceUrl: 'https://x' } }];
    await inner.write({ [KEY]: { ...first, dialogState: { dialogStack: stack } } });
    expect((await guarded.read([KEY]))[KEY]).toBeUndefined();
    expect(setAside).toHaveLength(1);
  });

  it('refuses to write a changed document that breaks the schema after an identical one passed', async () => {
    const guarded = new GuardedStorage(new FileStorage(newStateDir(), DAY));
    await guarded.write({ [KEY]: { lastInput: mark, eTag: '*' } });
    await guarded.write({ [KEY]: { lastInput: mark, eTag: '*' } });
    await expect(
      guarded.write({ [KEY]: { lastInput: { ...mark, activity: 'not a hash' }, eTag: '*' } }),
    ).rejects.toThrow('refused to store');
    await expect(guarded.write({ [KEY]: { lastInput: mark, eTag: 'e'.repeat(65) } })).rejects.toThrow(
      'refused to store',
    );
  });
});
