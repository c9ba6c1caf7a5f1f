import { GuardedStorage } from '../src/bot/guardedStorage';
import { FileStorage } from '../src/storage/fileStorage';
import { newStateDir } from './support/conversation';

const DAY = 86_400_000;
const KEY = 'msteams/bot/conversations/c-1';
const at = '2026-11-24T09:00:00.000Z';
const mark = (activity: string) => ({ fingerprint: activity, activity, at });
const stored = async (storage: FileStorage) => (await storage.read([KEY]))[KEY] as Record<string, unknown>;

/**
 * A turn whose replies could not be delivered puts its conversation back as it first read it, so the user's next
 * try of the same answer lands at the same question. With several instances, another may have saved a newer turn
 * of the same conversation in the meantime: that turn must stand.
 */
describe('putting a conversation back after replies that did not arrive', () => {
  /** A turn that saved its answer and now waits, as when its replies are being sent; `finish` puts it back. */
  async function turnThatWrote(inner: FileStorage, guarded: GuardedStorage) {
    await inner.write({ [KEY]: { redFlagsShown: [], lastInput: mark('aaaaaaaaaaaaaaaa'), eTag: '*' } });
    let saved!: () => void;
    const hasSaved = new Promise<void>((resolve) => (saved = resolve));
    let sendFailed!: () => void;
    const sendHasFailed = new Promise<void>((resolve) => (sendFailed = resolve));
    const turn = guarded.inTurn(KEY, async () => {
      const first = (await guarded.read([KEY]))[KEY] as Record<string, unknown>;
      await guarded.write({ [KEY]: { ...first, lastInput: mark('bbbbbbbbbbbbbbbb') } });
      saved();
      await sendHasFailed;
      await guarded.restoreTurnStart(KEY);
    });
    await hasSaved;
    return {
      finish: async () => {
        sendFailed();
        await turn;
      },
    };
  }

  it('restores what the turn first read when nothing newer was saved', async () => {
    const inner = new FileStorage(newStateDir(), DAY);
    const guarded = new GuardedStorage(inner);
    const { finish } = await turnThatWrote(inner, guarded);
    await finish();
    expect((await stored(inner)).lastInput).toEqual(mark('aaaaaaaaaaaaaaaa'));
  });

  it('keeps a newer turn another instance saved in the meantime', async () => {
    const inner = new FileStorage(newStateDir(), DAY);
    const guarded = new GuardedStorage(inner);
    const { finish } = await turnThatWrote(inner, guarded);
    // Another instance takes the next message of the same conversation and saves it.
    const newer = await stored(inner);
    await inner.write({ [KEY]: { ...newer, lastInput: mark('cccccccccccccccc') } });
    await finish();
    expect((await stored(inner)).lastInput).toEqual(mark('cccccccccccccccc'));
  });
});
