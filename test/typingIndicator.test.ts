import { FileStorage } from '../src/storage/fileStorage';
import { Conversation, newStateDir } from './support/conversation';

/** A file store whose reads take longer than teams-ai's typing delay (1 s), as under load. */
class SlowStorage extends FileStorage {
  override async read(keys: string[]) {
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    return super.read(keys);
  }
}

describe('a slow turn', () => {
  it('sends no »typing« activity: the bot asked teams-ai for none, and one timer per app would mix turns', async () => {
    const stateDir = newStateDir();
    const now = '2026-11-24T10:00:00+01:00';
    const conversation = new Conversation(stateDir, now, 'vejen', 30, {
      storage: new SlowStorage(stateDir, 30 * 86_400_000, () => new Date(now)),
    });
    const replies = await conversation.say('hjælp');
    // The answer still comes; nothing but it.
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map((r) => r.type)).not.toContain('typing');
  });
});
