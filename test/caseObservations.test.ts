import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { Messenger, Person } from '../src/bot/handoff';
import { CaseStore } from '../src/bot/caseStore';
import { ReminderScheduler } from '../src/bot/reminderScheduler';
import { MAX_OBSERVATIONS, OBSERVATION_TEXT_LIMIT, ObservationError } from '../src/cases';
import { FileStorage } from '../src/storage/fileStorage';
import { expectSendableCard } from './support/adaptiveCards';
import { cardsOf, Conversation, DETAILED_CONCERN, headlines, services } from './support/conversation';
import { knowledge } from './helpers';
import { fill, UI_TEXTS } from '../src/i18n/uiTexts';

const CASES = UI_TEXTS.da.cases;

class RecordingMessenger implements Messenger {
  readonly sent: Partial<Activity>[] = [];
  async sendToPerson(_context: TurnContext, _person: Person, _activity: Partial<Activity>) {}
  async sendToConversation(_reference: Partial<ConversationReference>, activity: Partial<Activity>) {
    this.sent.push(activity);
  }
}

const SENDER = { from: { id: 'user-1', name: 'Lise Lærer', aadObjectId: 'aad-user' } };
// Tuesday 31 March 2026, the week of Easter: Thursday 2, Friday 3 and Monday 6 April are holidays.
const TUESDAY_BEFORE_EASTER = '2026-03-31T10:00:00+02:00';

async function setUp() {
  const clock = { now: TUESDAY_BEFORE_EASTER };
  const bot = { ...services(TUESDAY_BEFORE_EASTER), clock: () => new Date(clock.now) };
  const conversation = new Conversation(undefined, TUESDAY_BEFORE_EASTER, 'vejen', 30, { services: bot });
  const say = (input: string | Record<string, unknown>) => conversation.say(input, SENDER);
  for (const answer of DETAILED_CONCERN) await say(answer);
  await say('spring over');
  const saved = await say({ verb: 'case', action: 'save', caseLabel: 'Pige 2.A' });
  const caseId = /"caseId":"([0-9a-f-]{36})"/.exec(JSON.stringify(cardsOf(saved)))?.[1] ?? '';
  const storage = new FileStorage(conversation.stateDir, 30 * 86_400_000, () => new Date(clock.now));
  const store = new CaseStore(storage, knowledge.national, () => new Date(clock.now));
  const messenger = new RecordingMessenger();
  const scheduler = new ReminderScheduler({
    store,
    storage,
    messenger,
    knowledge,
    clock: () => new Date(clock.now),
  });
  const observe = (on: string, observation: string) =>
    say({ verb: 'case', action: 'observe', caseId, observedOn: on, observation });
  return { conversation, say, caseId, clock, store, messenger, scheduler, observe };
}

const storedText = (dir: string) =>
  readdirSync(dir)
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

describe('the observation log of a case', () => {
  it('keeps dated entries: the card shows the newest with a count, the draft takes them all in date order', async () => {
    const { say, observe } = await setUp();
    await observe('2026-03-30', 'Kl. 8.10 kom hun uden madpakke og spiste to boller fra køkkenet.');
    await observe('2026-03-23', 'Hun sagde: »Der er ikke noget mad derhjemme«.');
    await observe('2026-03-26', 'Hun sov i frikvarteret.');
    const last = await observe('2026-03-31', 'Hun bad om mad i første frikvarter.');
    expect(textOf(last)).toContain('4 i alt');
    const card = cardsOf(last).at(-1) ?? {};
    expectSendableCard(card);
    const cardText = JSON.stringify(card);
    expect(cardText).toContain('Iagttagelser (4) – de 3 nyeste');
    expect(cardText).toContain('Hun bad om mad i første frikvarter.');
    // The oldest entry is not on the card (only the newest three), but it is in the draft.
    expect(cardText).not.toContain('Der er ikke noget mad derhjemme');

    const draft = JSON.stringify(cardsOf(await say({ verb: 'draft' })));
    const order = ['23.3.2026', '26.3.2026', '30.3.2026', '31.3.2026'].map((day) => draft.indexOf(day));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(draft).toContain('23.3.2026: Hun sagde: »Der er ikke noget mad derhjemme«.');
  });

  it('never stores a CPR number in an entry; the objectivity check advises, quotes of the child are not judged', async () => {
    const { conversation, observe } = await setUp();
    const masked = await observe('2026-03-31', 'Hendes CPR er 010203-1234, og hun græd.');
    expect(textOf(masked)).toContain('CPR-nummer');
    expect(storedText(conversation.stateDir)).not.toMatch(/010203/);

    const judged = await observe('2026-03-31', 'Jeg tror, hun er deprimeret.');
    expect(textOf(judged)).toContain('Fortolkning');
    expect(textOf(judged)).toContain('Diagnose');
    // Advice only: the entry is saved all the same.
    expect(textOf(judged)).toContain('2 i alt');

    const quoted = await observe('2026-03-31', 'Hun sagde: »Jeg tror, mor er ligeglad«.');
    expect(textOf(quoted)).not.toContain(CASES.objectivity);
    // No name warning of any kind (the text after the name it would quote).
    expect(textOf(quoted)).not.toContain(CASES.observationNames.split('{words}')[1]);

    const named = await observe('2026-03-31', 'I frikvarteret græd Sofie. Kl. 10 spiste hun.');
    expect(textOf(named)).toContain(fill(CASES.observationNames, { words: 'Sofie' }));
  });

  it('refuses an entry from the future, an empty one and one over the limit, with a reason', async () => {
    const { observe, store } = await setUp();
    expect(textOf(await observe('2026-04-01', 'I morgen'))).toContain(CASES.observation.future);
    expect(textOf(await observe('2026-03-31', '   '))).toContain('før du trykker');
    expect(textOf(await observe('2026-03-31', 'x'.repeat(OBSERVATION_TEXT_LIMIT + 1)))).toContain(
      `højst ${OBSERVATION_TEXT_LIMIT} tegn`,
    );
    // A forged card beyond the edge's limit is refused there, and nothing is stored.
    expect(headlines(await observe('2026-03-31', 'x'.repeat(OBSERVATION_TEXT_LIMIT * 2 + 1)))).toEqual([
      'Det kunne jeg ikke bruge',
    ]);
    const [only] = await store.list('user-1', new Date(TUESDAY_BEFORE_EASTER));
    expect(only?.observations ?? []).toHaveLength(0);
  });

  it('holds at most MAX_OBSERVATIONS entries per case', async () => {
    const { caseId, store } = await setUp();
    const now = new Date(TUESDAY_BEFORE_EASTER);
    for (let i = 0; i < MAX_OBSERVATIONS; i++)
      await store.addObservation(
        'user-1',
        caseId,
        { id: crypto.randomUUID(), on: '2026-03-30', text: `${i}` },
        now,
      );
    await expect(
      store.addObservation(
        'user-1',
        caseId,
        { id: crypto.randomUUID(), on: '2026-03-30', text: 'en til' },
        now,
      ),
    ).rejects.toBeInstanceOf(ObservationError);
  });

  it('a case with a full log and long leader comments stays a small, sendable card', async () => {
    const { conversation, caseId, store } = await setUp();
    const now = new Date(TUESDAY_BEFORE_EASTER);
    for (let i = 0; i < MAX_OBSERVATIONS; i++)
      await store.addObservation(
        'user-1',
        caseId,
        { id: crypto.randomUUID(), on: '2026-03-30', text: `${i} ${'ø'.repeat(OBSERVATION_TEXT_LIMIT - 4)}` },
        now,
      );
    for (let i = 0; i < 10; i++)
      await store.recordLeaderAnswer('user-1', caseId, {
        handoffId: crypto.randomUUID(),
        answer: 'comment',
        comment: 'å'.repeat(1000),
        at: now.toISOString(),
      });
    const [, card] = cardsOf(await conversation.say('mine bekymringer', SENDER));
    expectSendableCard(card ?? {});
    expect(JSON.stringify(card)).toContain(`Iagttagelser (${MAX_OBSERVATIONS}) – de 3 nyeste`);
  });

  it('a full log keeps the draft card small: the card shortens »Anledning«, the copied text has every entry', async () => {
    const { say, caseId, store } = await setUp();
    const now = new Date(TUESDAY_BEFORE_EASTER);
    for (let i = 0; i < MAX_OBSERVATIONS; i++)
      await store.addObservation(
        'user-1',
        caseId,
        {
          id: crypto.randomUUID(),
          on: '2026-03-30',
          text: `Nr. ${i}: ${'ø'.repeat(OBSERVATION_TEXT_LIMIT - 10)}`,
        },
        now,
      );
    const card = cardsOf(await say({ verb: 'draft' }))[0] ?? {};
    expectSendableCard(card);
    expect(JSON.stringify(card)).toContain('»Kopiér som tekst« giver hele teksten');
    const copied = (await say({ verb: 'draftCopy' }))[1]?.text ?? '';
    expect(copied).toContain(`Nr. ${MAX_OBSERVATIONS - 1}:`);
  });

  it('a period of observation asks on working days at 9 (not on the Easter holidays) until it ends', async () => {
    const { say, caseId, clock, messenger, scheduler } = await setUp();
    const set = await say({ verb: 'case', action: 'observePeriod', caseId, observeDays: '7' });
    expect(textOf(set)).toContain('til og med tirsdag den 7. april 2026');
    expect(JSON.stringify(cardsOf(set))).toContain('eller observationsperiodens sidste dag');
    expect(JSON.stringify(cardsOf(set))).toContain('Stop observationen');
    const tickAt = async (now: string) => {
      clock.now = now;
      await scheduler.tick();
      return messenger.sent.length;
    };
    expect(await tickAt('2026-03-31T18:00:00+02:00')).toBe(0);
    expect(await tickAt('2026-04-01T08:59:00+02:00')).toBe(0);
    expect(await tickAt('2026-04-01T09:00:00+02:00')).toBe(1);
    expect(await tickAt('2026-04-01T15:00:00+02:00')).toBe(1);
    for (const holiday of ['2026-04-02', '2026-04-03', '2026-04-04', '2026-04-06'])
      expect(await tickAt(`${holiday}T09:00:00+02:00`)).toBe(1);
    expect(await tickAt('2026-04-07T09:00:00+02:00')).toBe(2);
    expect(await tickAt('2026-04-08T09:00:00+02:00')).toBe(2);
    expect(headlines(messenger.sent)).toEqual(['Hvad har du set i dag?', 'Hvad har du set i dag?']);
    const question = cardsOf(messenger.sent).at(-1) ?? {};
    expectSendableCard(question);
    // The question carries the inputs for the next entry, the case's id and the way to stop.
    expect(JSON.stringify(question)).toContain(`"action":"observe","caseId":"${caseId}"`);
    expect(JSON.stringify(question)).toContain('Stop observationen');
  });

  it('the daily question can be snoozed and stopped like the other reminders', async () => {
    const { say, caseId, clock, messenger, scheduler } = await setUp();
    await say({ verb: 'case', action: 'observePeriod', caseId, observeDays: '14' });
    clock.now = '2026-04-01T09:00:00+02:00';
    await scheduler.tick();
    expect(messenger.sent).toHaveLength(1);
    await say({ verb: 'case', action: 'snooze', caseId });
    // Snoozed until Wednesday 8 April 09:00: nothing on Tuesday 7 April, the next on Wednesday.
    clock.now = '2026-04-07T09:00:00+02:00';
    await scheduler.tick();
    expect(messenger.sent).toHaveLength(1);
    clock.now = '2026-04-08T09:00:00+02:00';
    await scheduler.tick();
    expect(messenger.sent).toHaveLength(2);
    const stopped = await say({ verb: 'case', action: 'stopObserving', caseId });
    expect(textOf(stopped)).toContain(CASES.periodStopped);
    clock.now = '2026-04-09T09:00:00+02:00';
    await scheduler.tick();
    expect(messenger.sent).toHaveLength(2);
  });

  it('entries go with the case: deleting the case or »slet mine data« removes them from storage', async () => {
    const { conversation, say, caseId, observe } = await setUp();
    await observe('2026-03-31', 'Hun havde et blåt mærke på kinden kl. 9.');
    expect(storedText(conversation.stateDir)).toContain('blåt mærke på kinden');
    await say({ verb: 'case', action: 'delete', caseId });
    expect(storedText(conversation.stateDir)).not.toContain('blåt mærke på kinden');

    const second = await say({ verb: 'case', action: 'save', caseLabel: 'Dreng 1.B' });
    const secondId = /"caseId":"([0-9a-f-]{36})"/.exec(JSON.stringify(cardsOf(second)))?.[1] ?? '';
    await say({
      verb: 'case',
      action: 'observe',
      caseId: secondId,
      observedOn: '2026-03-31',
      observation: 'Han sagde: »Far blev vred i går«.',
    });
    expect(storedText(conversation.stateDir)).toContain('Far blev vred');
    await say('slet mine data');
    expect(storedText(conversation.stateDir)).not.toContain('Far blev vred');
  });

  it('an entry keeps an open case 30 days after it was written; a period keeps it 30 days past its end', async () => {
    const { say, caseId, clock, store, observe } = await setUp();
    clock.now = '2026-04-20T10:00:00+02:00';
    await observe('2026-04-20', 'Hun kom til tiden og havde madpakke med.');
    clock.now = '2026-05-15T10:00:00+02:00';
    expect(await store.list('user-1', new Date(clock.now))).toHaveLength(1);
    await say({ verb: 'case', action: 'observePeriod', caseId, observeDays: '28' });
    // Period to 12 June: kept until 30 days after, though the last change was 15 May.
    clock.now = '2026-07-10T10:00:00+02:00';
    expect(await store.list('user-1', new Date(clock.now))).toHaveLength(1);
    clock.now = '2026-07-14T10:00:00+02:00';
    expect(await store.list('user-1', new Date(clock.now))).toHaveLength(0);
  });

  it('speaks English to a user who chose it', async () => {
    const { say, caseId } = await setUp();
    await say('english');
    const replies = await say({
      verb: 'case',
      action: 'observe',
      caseId,
      observedOn: '2026-03-31',
      observation: 'She ate two rolls at 8.10.',
    });
    expect(textOf(replies)).toContain('The observation is saved on the case (1 in all)');
    expect(JSON.stringify(cardsOf(replies))).toContain('Observations (1)');
  });
});
