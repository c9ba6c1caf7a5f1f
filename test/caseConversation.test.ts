import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { Messenger, Person } from '../src/bot/handoff';
import { CaseStore } from '../src/bot/caseStore';
import { userKeyOf } from '../src/bot/caseDocuments';
import { dayKey } from '../src/bot/reminderIndex';
import { InProcessLock, ReminderScheduler } from '../src/bot/reminderScheduler';
import { FileStorage } from '../src/storage/fileStorage';
import { fill, UI_TEXTS } from '../src/i18n/uiTexts';
import { expectSendableCard } from './support/adaptiveCards';
import {
  cardsOf,
  Conversation,
  DETAILED_CONCERN,
  DETAILED_DETAILS,
  headlines,
  services,
} from './support/conversation';
import { knowledge } from './helpers';

const CASES = UI_TEXTS.da.cases;

class RecordingMessenger implements Messenger {
  readonly sent: { reference: Partial<ConversationReference>; activity: Partial<Activity> }[] = [];
  failWith: Error | undefined;
  async sendToPerson(_context: TurnContext, _person: Person, _activity: Partial<Activity>) {}
  async sendToConversation(reference: Partial<ConversationReference>, activity: Partial<Activity>) {
    if (this.failWith) throw this.failWith;
    this.sent.push({ reference, activity });
  }
}

const SENDER = { from: { id: 'user-1', name: 'Lise Lærer', aadObjectId: 'aad-user' } };
// Friday 27 March 2026, the Friday before Easter week.
const FRIDAY_BEFORE_EASTER = '2026-03-27T10:00:00+01:00';

/** A user with a finished concern, a clock the test moves, and a scheduler over the same storage. */
async function setUp() {
  const clock = { now: FRIDAY_BEFORE_EASTER };
  const bot = { ...services(FRIDAY_BEFORE_EASTER), clock: () => new Date(clock.now) };
  const conversation = new Conversation(undefined, FRIDAY_BEFORE_EASTER, 'vejen', 30, { services: bot });
  for (const answer of DETAILED_CONCERN) await conversation.say(answer, SENDER);
  const results = await conversation.say(DETAILED_DETAILS, SENDER);
  const storage = new FileStorage(conversation.stateDir, 30 * 86_400_000, () => new Date(clock.now));
  const store = new CaseStore(storage, knowledge.national, () => new Date(clock.now));
  const messenger = new RecordingMessenger();
  const scheduler = (lock = new InProcessLock()) =>
    new ReminderScheduler({ store, storage, messenger, knowledge, clock: () => new Date(clock.now), lock });
  return { conversation, results, clock, store, storage, messenger, scheduler };
}

const say = (conversation: Conversation, input: string | Record<string, unknown>) =>
  conversation.say(input, SENDER);
const stored = (dir: string) => readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
const caseIdOf = (replies: Partial<Activity>[]) =>
  /"caseId":"([0-9a-f-]{36})"/.exec(JSON.stringify(cardsOf(replies)))?.[1] ?? '';

describe('»Gem som sag« and »Mine bekymringer«', () => {
  it('saves the result as a case without the CPR number and lists it with its status and retention', async () => {
    const { conversation, results } = await setUp();
    expect(JSON.stringify(cardsOf(results).at(-1))).toContain('Gem som sag');
    const saved = await say(conversation, {
      verb: 'case',
      action: 'save',
      caseLabel: 'Pige 2.A 010203-1234',
    });
    expect(saved[0]?.text).toContain('CPR-nummer');
    expect(stored(conversation.stateDir).join('\n')).not.toMatch(/010203/);
    const list = await say(conversation, 'mine bekymringer');
    expect(headlines(list)).toEqual(['Mine bekymringer', 'Pige 2.A']);
    const card = JSON.stringify(cardsOf(list)[1]);
    expect(card).toContain('Åben – underretning ikke sendt endnu');
    expect(card).toContain('Gemmes til søndag den 26. april 2026');
    for (const c of cardsOf(list)) expectSendableCard(c);
  });

  it('warns when the label looks like a name', async () => {
    const { conversation } = await setUp();
    const saved = await say(conversation, { verb: 'case', action: 'save', caseLabel: 'pigen Sofie fra 2.A' });
    expect(saved[0]?.text).toContain(fill(CASES.names, { words: 'Sofie' }));
  });

  it('»underretning sendt« on the Friday before Easter: receipt reminder on Friday 10 April at 9, sent once', async () => {
    const { conversation, clock, messenger, scheduler } = await setUp();
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' }));
    const sent = JSON.stringify(
      cardsOf(
        await say(conversation, { verb: 'case', action: 'notified', caseId: id, notifiedOn: '2026-03-27' }),
      ),
    );
    expect(sent).toContain('Underretning sendt');
    expect(sent).toContain('torsdag den 9. april 2026: Du skal have en kvittering');

    const instance = scheduler();
    clock.now = '2026-04-09T16:00:00+02:00';
    await instance.tick();
    clock.now = '2026-04-10T08:59:00+02:00';
    await instance.tick();
    expect(messenger.sent).toHaveLength(0);
    clock.now = '2026-04-10T09:00:00+02:00';
    expect(await instance.tick()).toEqual({ sent: 1, failed: 0 });
    await instance.tick();
    await scheduler().tick(); // a restarted process
    expect(messenger.sent).toHaveLength(1);
    const [reminder] = messenger.sent;
    expect(reminder?.reference.conversation?.id).toBeTruthy();
    const reminderCards = cardsOf(reminder ? [reminder.activity] : []);
    expect(headlines(reminder ? [reminder.activity] : [])).toEqual(['Har du fået kvittering?']);
    expect(JSON.stringify(reminderCards)).toContain('Kvittering modtaget');
    for (const card of reminderCards) expectSendableCard(card);

    const after = JSON.stringify(
      cardsOf(await say(conversation, { verb: 'case', action: 'receipt', caseId: id })),
    );
    expect(after).toContain('Kvittering modtaget');
    expect(after).toContain('Første opfølgning');
  });

  it('refuses a receipt before the notification', async () => {
    const { conversation } = await setUp();
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' }));
    const [reply] = await say(conversation, { verb: 'case', action: 'receipt', caseId: id });
    expect(reply?.text).toContain(CASES.refused);
  });

  it('snooze moves the reminder a week; stop (per case or globally) sends nothing', async () => {
    const { conversation, clock, messenger, scheduler } = await setUp();
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' }));
    await say(conversation, { verb: 'case', action: 'notified', caseId: id, notifiedOn: '2026-03-27' });
    clock.now = '2026-04-08T10:00:00+02:00';
    await say(conversation, { verb: 'case', action: 'snooze', caseId: id });
    clock.now = '2026-04-10T09:00:00+02:00';
    await scheduler().tick();
    expect(messenger.sent).toHaveLength(0);
    // Snoozed until Wednesday 15 April 10:00: the next working morning after that is Thursday 16 April.
    clock.now = '2026-04-16T09:00:00+02:00';
    await scheduler().tick();
    expect(messenger.sent).toHaveLength(1);

    await say(conversation, { verb: 'case', action: 'stopAll' });
    clock.now = '2026-06-29T09:00:00+02:00';
    await scheduler().tick();
    expect(messenger.sent).toHaveLength(1);
    await say(conversation, { verb: 'case', action: 'resumeAll' });
    await say(conversation, { verb: 'case', action: 'stop', caseId: id });
    clock.now = '2026-07-27T09:00:00+02:00';
    await scheduler().tick();
    expect(messenger.sent).toHaveLength(1);
  });

  it('a crash between recording and sending never sends twice; two instances never both send', async () => {
    const { conversation, clock, messenger, scheduler } = await setUp();
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' }));
    await say(conversation, { verb: 'case', action: 'notified', caseId: id, notifiedOn: '2026-03-27' });
    clock.now = '2026-04-10T09:00:00+02:00';
    messenger.failWith = new Error('process killed');
    expect(await scheduler().tick()).toEqual({ sent: 0, failed: 1 });
    messenger.failWith = undefined;
    await scheduler().tick();
    expect(messenger.sent).toHaveLength(0);
    // The follow-up check on Monday 29 June: two instances with their own locks tick at once.
    clock.now = '2026-06-29T09:00:00+02:00';
    await Promise.all([scheduler().tick(), scheduler().tick()]);
    expect(messenger.sent).toHaveLength(1);
  });

  it('after downtime, missed reminders come once, late, one per user per tick', async () => {
    const { conversation, clock, messenger, scheduler } = await setUp();
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' }));
    await say(conversation, { verb: 'case', action: 'notified', caseId: id, notifiedOn: '2026-03-27' });
    const second = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Pige 1.C' }));
    await say(conversation, { verb: 'case', action: 'notified', caseId: second, notifiedOn: '2026-03-27' });
    // Down from before the receipt reminders until after the follow-up check (29 June).
    clock.now = '2026-07-01T09:00:00+02:00';
    await scheduler().tick();
    expect(messenger.sent).toHaveLength(1);
    await scheduler().tick();
    await scheduler().tick();
    // One per case: the latest (the follow-up check), the missed receipt reminder is not sent as well.
    expect(messenger.sent.map((s) => headlines([s.activity])[0])).toEqual([
      'Ved du, om der er sat noget i gang?',
      'Ved du, om der er sat noget i gang?',
    ]);
    const followUp = JSON.stringify(cardsOf([messenger.sent[0]?.activity ?? {}]));
    expect(followUp).toContain('ast.dk');
    expect(followUp).toContain('Stadig bekymret: se resultat og udkast igen');
    for (const card of cardsOf(messenger.sent.map((s) => s.activity))) expectSendableCard(card);
  });

  it('reopens a case from its stored answers: the result again, and the draft works from it', async () => {
    const { conversation } = await setUp();
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' }));
    await say(conversation, 'stop');
    expect(headlines(await say(conversation, { verb: 'draft' }))[0]).toContain('ikke en afsluttet bekymring');
    const reopened = await say(conversation, { verb: 'case', action: 'reopen', caseId: id });
    expect(JSON.stringify(cardsOf(reopened))).toContain('Mandag sagde hun, at der ikke var aftensmad.');
    expect(JSON.stringify(cardsOf(await say(conversation, { verb: 'draft' })))).toContain('aftensmad');
  });

  it('the same save run twice (a turn repeated after a storage conflict) keeps one case', async () => {
    const { store } = await setUp();
    const fields = {
      case: { label: 'Dreng 3.B', municipality: 'vejen', level: null, redFlags: [] },
      answers: { text: 'Sulten i skole', redFlags: [] },
    };
    const now = new Date(FRIDAY_BEFORE_EASTER);
    await store.save('user-2', fields, undefined, 'da', now, 'activity-7');
    await store.save('user-2', fields, undefined, 'da', now, 'activity-7');
    expect(await store.list('user-2', now)).toHaveLength(1);
  });

  it('never shows a case in a group chat', async () => {
    const { conversation } = await setUp();
    await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' });
    const group = {
      ...SENDER,
      conversation: { id: '19:x@thread.v2', conversationType: 'groupChat', isGroup: true, name: 'Møde' },
    } as Partial<Activity>;
    const replies = await conversation.say('mine bekymringer', group);
    expect(JSON.stringify(cardsOf(replies))).not.toContain('Dreng 3.B');
  });

  it('a case button pressed in a group chat moves to the 1:1 chat and changes nothing', async () => {
    const { conversation, store } = await setUp();
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' }));
    const group = {
      ...SENDER,
      conversation: { id: '19:x@thread.v2', conversationType: 'groupChat', isGroup: true, name: 'Møde' },
    } as Partial<Activity>;
    const replies = await conversation.say({ verb: 'case', action: 'delete', caseId: id }, group);
    expect(JSON.stringify(cardsOf(replies))).not.toContain('Dreng 3.B');
    expect(await store.list('user-1', new Date(FRIDAY_BEFORE_EASTER))).toHaveLength(1);
  });

  it('speaks English to a user who chose it, in the list and in the reminders', async () => {
    const { conversation, clock, messenger, scheduler } = await setUp();
    await say(conversation, 'english');
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Boy in 3B' }));
    await say(conversation, { verb: 'case', action: 'notified', caseId: id, notifiedOn: '2026-03-27' });
    expect(headlines(await say(conversation, 'my concerns'))).toEqual(['My concerns', 'Boy in 3B']);
    clock.now = '2026-04-10T09:00:00+02:00';
    await scheduler().tick();
    expect(messenger.sent.map((s) => headlines([s.activity])[0])).toEqual(['Have you had a receipt?']);
  });

  it('a notified case outlives the store’s 30-day retention until 30 days after the investigation deadline', async () => {
    const { conversation, clock, store } = await setUp();
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' }));
    await say(conversation, { verb: 'case', action: 'notified', caseId: id, notifiedOn: '2026-03-27' });
    clock.now = '2026-08-20T10:00:00+02:00';
    expect(await store.list('user-1', new Date(clock.now))).toHaveLength(1);
    clock.now = '2026-08-28T10:00:00+02:00';
    expect(await store.list('user-1', new Date(clock.now))).toHaveLength(0);
  });

  it('after a red-flag notification asks the same day whether the call was made, with the number for that flag', async () => {
    const { clock, store, messenger, scheduler } = await setUp();
    const saved = await store.save(
      'user-3',
      {
        case: {
          label: 'Pige 4.A',
          municipality: 'vejen',
          level: 'tertiaer',
          redFlags: ['overgreb'],
          role: 'skole',
        },
        answers: { text: 'Hun fortæller, at far slår hende', redFlags: ['overgreb'] },
      },
      {
        channelId: 'msteams',
        serviceUrl: 'https://smba.example/',
        conversation: { id: 'a:3' },
        user: { id: 'user-3' },
        bot: { id: 'bot' },
      },
      'da',
      new Date(clock.now),
    );
    if (saved === 'full') throw new Error('full');
    await store.change('user-3', saved.case.id, { kind: 'notified', on: '2026-03-27' }, new Date(clock.now));
    clock.now = '2026-03-27T11:59:00+01:00';
    await scheduler().tick();
    expect(messenger.sent).toHaveLength(0);
    clock.now = '2026-03-27T12:00:00+01:00';
    await scheduler().tick();
    expect(messenger.sent.map((s) => headlines([s.activity])[0])).toEqual(['Fik du ringet?']);
    const vejen = knowledge.municipalities.get('vejen');
    const route = vejen?.redFlagRoutes.find((r) => r.flag === 'overgreb');
    const contact = [...(vejen?.contacts ?? []), ...knowledge.national.contacts].find(
      (c) => c.id === route?.contact,
    );
    expect(contact?.phone).toBeTruthy();
    expect(JSON.stringify(cardsOf([messenger.sent[0]?.activity ?? {}]))).toContain(contact?.phone ?? '?');
  });

  it('sends at most `perTick` reminders in one tick, the rest in the next ones', async () => {
    const { clock, store, storage, messenger } = await setUp();
    for (const user of ['u-a', 'u-b', 'u-c']) {
      const saved = await store.save(
        user,
        {
          case: { label: 'Sag', municipality: 'vejen', level: 'sekundaer', redFlags: [], role: 'skole' },
          answers: { text: 'Sulten i skole', redFlags: [] },
        },
        {
          channelId: 'msteams',
          serviceUrl: 'https://smba.example/',
          conversation: { id: `a:${user}` },
          user: { id: user },
          bot: { id: 'bot' },
        },
        'da',
        new Date(clock.now),
      );
      if (saved === 'full') throw new Error('full');
      await store.change(user, saved.case.id, { kind: 'notified', on: '2026-03-27' }, new Date(clock.now));
    }
    clock.now = '2026-04-10T09:00:00+02:00';
    const scheduler = new ReminderScheduler({
      store,
      storage,
      messenger,
      knowledge,
      clock: () => new Date(clock.now),
      perTick: 2,
    });
    expect(await scheduler.tick()).toEqual({ sent: 2, failed: 0 });
    expect(await scheduler.tick()).toEqual({ sent: 1, failed: 0 });
    expect(await scheduler.tick()).toEqual({ sent: 0, failed: 0 });
    expect(new Set(messenger.sent.map((s) => s.reference.conversation?.id)).size).toBe(3);
  });

  it('»slet mine data« removes the cases and the pending reminders', async () => {
    const { conversation, clock, messenger, scheduler, store, storage } = await setUp();
    const id = caseIdOf(await say(conversation, { verb: 'case', action: 'save', caseLabel: 'Dreng 3.B' }));
    await say(conversation, { verb: 'case', action: 'notified', caseId: id, notifiedOn: '2026-03-27' });
    expect((await storage.read([dayKey('2026-04-10')]))[dayKey('2026-04-10')]).toBeDefined();
    await say(conversation, 'slet mine data');
    expect(await store.read(userKeyOf('user-1'))).toBeUndefined();
    expect((await storage.read([dayKey('2026-04-10')]))[dayKey('2026-04-10')]).toBeUndefined();
    clock.now = '2026-04-10T09:00:00+02:00';
    await scheduler().tick();
    expect(messenger.sent).toHaveLength(0);
    expect(headlines(await say(conversation, 'mine bekymringer'))).toEqual(['Mine bekymringer']);
  });
});
