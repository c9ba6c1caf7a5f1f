import { TurnContext, type Activity } from 'botbuilder';
import { CaseStore } from '../src/bot/caseStore';
import { referenceOf } from '../src/bot/caseDocuments';
import { TeamsMessenger } from '../src/bot/handoff';
import { ReminderScheduler } from '../src/bot/reminderScheduler';
import { readConfig } from '../src/config';
import { createAdapter } from '../src/host/adapter';
import { FileStorage } from '../src/storage/fileStorage';
import { expectSendableCard } from './support/adaptiveCards';
import { newStateDir } from './support/conversation';
import { startFakeConnector, teamsMessage, type FakeConnector } from './support/fakeConnector';
import { knowledge } from './helpers';

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());

describe('a case reminder over HTTP', () => {
  it('goes to the user’s stored 1:1 conversation through the Teams adapter, once', async () => {
    const clock = { now: '2026-03-27T10:00:00+01:00' };
    const storage = new FileStorage(newStateDir(), 30 * 86_400_000, () => new Date(clock.now));
    const store = new CaseStore(storage, knowledge.national, () => new Date(clock.now));
    const incoming = teamsMessage(connector.url, 'gem', 'a:9-personal-chat') as unknown as Activity;
    const reference = referenceOf(TurnContext.getConversationReference(incoming));
    expect(reference).toBeDefined();
    const saved = await store.save(
      '29:1-user',
      {
        case: { label: 'Dreng 3.B', municipality: 'vejen', level: 'sekundaer', redFlags: [], role: 'skole' },
        answers: { text: 'Kommer sulten i skole', redFlags: [] },
      },
      reference,
      'da',
      new Date(clock.now),
    );
    if (saved === 'full') throw new Error('full');
    await store.change(
      '29:1-user',
      saved.case.id,
      { kind: 'notified', on: '2026-03-27' },
      new Date(clock.now),
    );

    const config = readConfig({ PORT: '0', STATE_DIR: newStateDir(), MUNICIPALITY: 'vejen' }, ['vejen']);
    const adapter = createAdapter(config);
    const scheduler = new ReminderScheduler({
      store,
      storage,
      messenger: new TeamsMessenger(adapter, config.MicrosoftAppId),
      knowledge,
      clock: () => new Date(clock.now),
    });
    clock.now = '2026-04-10T09:00:00+02:00';
    const before = connector.received.length;
    expect(await scheduler.tick()).toEqual({ sent: 1, failed: 0 });
    expect(await scheduler.tick()).toEqual({ sent: 0, failed: 0 });
    const sent = connector.received.slice(before);
    expect(sent).toHaveLength(1);
    // botbuilder's proactive turn posts as a reply in the conversation (Teams shows it in the 1:1 chat).
    expect(sent[0]?.path.startsWith('/v3/conversations/a%3A9-personal-chat/activities')).toBe(true);
    const card = sent[0]?.activity.attachments?.[0]?.content ?? {};
    expectSendableCard(card);
    expect(JSON.stringify(card)).toContain('Har du fået kvittering?');
  });
});
