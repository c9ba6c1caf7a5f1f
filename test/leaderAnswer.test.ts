import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { MemberDirectory, Messenger, Person } from '../src/bot/handoff';
import type { RunningServer } from '../src/server';
import { expectSendableCard } from './support/adaptiveCards';
import { cardsOf, Conversation, DETAILED_CONCERN, headlines } from './support/conversation';
import { teamsMessage, type FakeConnector } from './support/fakeConnector';
import { startLocalBot, type LocalBot } from './support/localBot';
import { fill, UI_TEXTS } from '../src/i18n/uiTexts';

const DA = UI_TEXTS.da;
const EN = UI_TEXTS.en;
const answeredTitle = (texts: typeof DA, sender: string) => fill(texts.leader.answeredTitle, { sender });

class RecordingMessenger implements Messenger {
  readonly toPeople: { person: Person; activity: Partial<Activity> }[] = [];
  readonly toConversations: { reference: Partial<ConversationReference>; activity: Partial<Activity> }[] = [];
  async sendToPerson(_context: TurnContext, person: Person, activity: Partial<Activity>) {
    this.toPeople.push({ person, activity });
  }
  async sendToConversation(reference: Partial<ConversationReference>, activity: Partial<Activity>) {
    this.toConversations.push({ reference, activity });
  }
}

const directory: MemberDirectory = {
  members: async () => [
    { id: 'aad-user', name: 'Lise Lærer' },
    { id: 'aad-leader', name: 'Bente Leder' },
  ],
};

const SENDER = { from: { id: 'user-1', name: 'Lise Lærer', aadObjectId: 'aad-user' } };
const LEADER_CHAT = { id: 'leader-1:1', isGroup: false, conversationType: 'personal', name: '' };
const LEADER = { from: { id: 'leader-1', name: 'Bente Leder', aadObjectId: 'aad-leader' } };

/** A sender with a finished concern, and the request card the leader got. */
async function requestSent(saveFirst: boolean, before?: (conversation: Conversation) => Promise<void>) {
  const messenger = new RecordingMessenger();
  const conversation = new Conversation(undefined, undefined, 'vejen', 30, { messenger, directory });
  await before?.(conversation);
  for (const answer of DETAILED_CONCERN) await conversation.say(answer, SENDER);
  await conversation.say('spring over', SENDER);
  if (saveFirst) await conversation.say({ verb: 'case', action: 'save', caseLabel: 'Pige 2.A' }, SENDER);
  const [sent] = await conversation.say({ verb: 'leaderChosen', member: 'aad-leader' }, SENDER);
  const card = (messenger.toPeople[0]?.activity.attachments?.[0]?.content ?? {}) as Record<string, unknown>;
  const handoffId = /"handoffId":"([0-9a-f-]{36})"/.exec(JSON.stringify(card))?.[1] ?? '';
  /** The leader taps a button of the card: a Universal Action; returns the invoke response's card or text. */
  const tap = async (data: Record<string, unknown>, from = LEADER.from) => {
    await conversation.adapter.receiveActivity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      from,
      conversation: LEADER_CHAT as Activity['conversation'],
      replyToId: 'leader-card-1',
      value: { action: { type: 'Action.Execute', verb: 'leaderReply', data: { handoffId, ...data } } },
    });
    const replies = conversation.adapter.activeQueue.splice(0);
    const response = replies.find((r) => r.type === 'invokeResponse')?.value as {
      status: number;
      body: { type: string; value: unknown };
    };
    return { response, replies };
  };
  return { conversation, messenger, card, handoffId, tap, sent };
}

const caseCards = async (conversation: Conversation) =>
  JSON.stringify(cardsOf(await conversation.say('mine bekymringer', SENDER)));

describe('the leader’s answer is part of the case', () => {
  it('the request card answers with Universal Actions; the answer lands on the case and the card loses its buttons', async () => {
    const { conversation, messenger, card, tap } = await requestSent(true);
    expectSendableCard(card);
    const actions = JSON.stringify(card);
    expect(actions).toContain('"type":"Action.Execute"');
    expect(actions).toContain('"verb":"leaderReply"');
    expect(actions).not.toContain('Action.Submit');

    const { response } = await tap({ answer: 'call', comment: 'Ring efter kl. 14. CPR 010203-1234' });
    expect(response.status).toBe(200);
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const updated = response.body.value as Record<string, unknown>;
    expectSendableCard(updated);
    const updatedJson = JSON.stringify(updated);
    expect(headlines([{ attachments: [{ contentType: 'x', content: updated }] }])).toEqual([
      answeredTitle(DA, 'Lise Lærer'),
    ]);
    expect(updatedJson).toContain(DA.leader.answerCall);
    expect(updatedJson).toContain('Ring efter kl. 14.');
    expect(updatedJson).not.toContain('010203');
    expect(updatedJson).not.toMatch(/Action\.(Execute|Submit)/);

    // The sender is told, and the case shows the answer.
    expect(messenger.toConversations).toHaveLength(1);
    expect(messenger.toConversations[0]?.activity.text).toContain(
      fill(DA.leaderReply.call, { leader: 'Bente Leder' }),
    );
    expect(messenger.toConversations[0]?.activity.text).toContain(
      fill(DA.leaderReply.onCase, { label: 'Pige 2.A' }),
    );
    const listed = await caseCards(conversation);
    expect(listed).toContain('Svar fra leder');
    expect(listed).toContain('Ring til mig: »Ring efter kl. 14. CPR [CPR-nr. fjernet]«');
    expect(listed).not.toContain('010203');
  });

  it('the buttons stop working after the answer: a second tap, or an old card’s Action.Submit, changes nothing', async () => {
    const { conversation, messenger, handoffId, tap } = await requestSent(true);
    await tap({ answer: 'approved' });
    const again = await tap({ answer: 'comment', comment: 'Nej, vent lidt' });
    expect(JSON.stringify(again.response.body.value)).toContain(DA.leader.answerApproved);
    expect(JSON.stringify(again.response.body.value)).not.toContain('Nej, vent lidt');
    const oldCard = await conversation.say(
      { verb: 'leaderReply', handoffId, answer: 'call' },
      { ...LEADER, conversation: LEADER_CHAT as Activity['conversation'] },
    );
    expect(headlines(oldCard)).toEqual([answeredTitle(DA, 'Lise Lærer')]);
    expect(messenger.toConversations).toHaveLength(1);
    const listed = await caseCards(conversation);
    expect(listed.match(/Svar fra leder/g)).toHaveLength(1);
  });

  it('a concern not saved yet is saved as a case when it is sent to the leader, so the answer has a place', async () => {
    const { conversation, sent, tap } = await requestSent(false);
    expect(sent?.text).toContain('gemmes på sagen under »Mine bekymringer«');
    await tap({ answer: 'comment', comment: 'Godt skrevet.' });
    const listed = await caseCards(conversation);
    expect(listed).toContain('Kommentar: »Godt skrevet.«');
    // The user's own »Gem som sag« afterwards names that case rather than saving a second one.
    await conversation.say({ verb: 'case', action: 'save', caseLabel: 'Dreng 4.B' }, SENDER);
    expect(headlines(await conversation.say('mine bekymringer', SENDER))).toEqual([
      'Mine bekymringer',
      'Dreng 4.B',
    ]);
    expect(await caseCards(conversation)).toContain('Kommentar: »Godt skrevet.«');
  });

  it('someone else tapping the leader’s card is told so, and the card stays answerable for the leader', async () => {
    const { messenger, tap } = await requestSent(true);
    const stranger = await tap({ answer: 'approved' }, { id: 'x-1', name: 'Palle', aadObjectId: 'aad-x' });
    expect(stranger.response.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(stranger.response.body.value)).toContain(DA.leader.notYoursTitle);
    expect(messenger.toConversations).toHaveLength(0);
    const leader = await tap({ answer: 'approved' });
    expect(JSON.stringify(leader.response.body.value)).toContain(answeredTitle(DA, 'Lise Lærer'));
  });

  it('an old card’s Action.Submit still answers once and records the answer on the case', async () => {
    const { conversation, messenger, handoffId } = await requestSent(true);
    const [thanks] = await conversation.say(
      { verb: 'leaderReply', handoffId, answer: 'approved' },
      { ...LEADER, conversation: LEADER_CHAT as Activity['conversation'] },
    );
    expect(thanks?.text).toBe(fill(DA.leader.thanks, { sender: 'Lise Lærer' }));
    expect(messenger.toConversations).toHaveLength(1);
    expect(await caseCards(conversation)).toContain('Drøftet – send den');
  });
});

describe('the hand-off in English', () => {
  const inLeaderChat = { ...LEADER, conversation: LEADER_CHAT as Activity['conversation'] };

  it('a leader who chose English gets the request and the answered card in English; an English sender hears the answer in English', async () => {
    const { messenger, card, tap } = await requestSent(true, async (conversation) => {
      await conversation.say('english', inLeaderChat);
      await conversation.say('english', SENDER);
    });
    const request = JSON.stringify(card);
    expect(headlines([{ attachments: [{ contentType: 'x', content: card }] }])[0]).toBe(
      fill(EN.leader.requestTitle, { sender: 'Lise Lærer' }),
    );
    // The buttons and the duty are in English, and the card says once that the draft itself is Danish.
    for (const text of [EN.leader.approve, EN.leader.call, EN.leader.personalDuty, EN.leader.inDanish])
      expect(request).toContain(text);
    expect(request).not.toContain(DA.leader.approve);
    expect(request).not.toContain(DA.leader.personalDuty);
    expect(request).toContain('Call 112');
    expectSendableCard(card);

    const { response } = await tap({ answer: 'approved' });
    const answered = JSON.stringify(response.body.value);
    expect(answered).toContain(answeredTitle(EN, 'Lise Lærer'));
    expect(answered).toContain(EN.leader.answerApproved);
    expect(messenger.toConversations[0]?.activity.text).toContain(
      fill(EN.leaderReply.approved, { leader: 'Bente Leder' }),
    );
  });

  it('a Danish sender hears an English leader’s answer in Danish, and a leader the bot does not know gets Danish', async () => {
    const english = await requestSent(true, async (conversation) => {
      await conversation.say('english', inLeaderChat);
    });
    await english.tap({ answer: 'call' });
    expect(english.messenger.toConversations[0]?.activity.text).toContain(
      fill(DA.leaderReply.call, { leader: 'Bente Leder' }),
    );
    const unknown = await requestSent(true);
    expect(JSON.stringify(unknown.card)).toContain(fill(DA.leader.requestTitle, { sender: 'Lise Lærer' }));
    expect(JSON.stringify(unknown.card)).not.toContain(EN.leader.inDanish);
  });
});

describe('the leader’s Universal Action over HTTP', () => {
  let local: LocalBot;
  let bot: RunningServer;
  let connector: FakeConnector;
  beforeAll(async () => {
    local = await startLocalBot();
    ({ bot, connector } = local);
  });
  afterAll(() => local.close());

  const post = async (body: object) => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };

  it('the invoke’s HTTP response carries the updated card, and the card in the chat is replaced', async () => {
    const chat = 'a:5-personal-chat';
    const message = (text: string) => teamsMessage(connector.url, text, chat);
    for (const text of DETAILED_CONCERN) await post(message(text));
    await post(message('spring over'));
    const before = connector.received.length;
    await post({
      ...message(''),
      text: undefined,
      value: { verb: 'leaderChosen', leader: 'aad-leader-http' },
    });
    const request = connector.received
      .slice(before)
      .find((r) => JSON.stringify(r.activity).includes('vil drøfte en bekymring'));
    const handoffId = /"handoffId":"([0-9a-f-]{36})"/.exec(JSON.stringify(request))?.[1];
    expect(handoffId).toBeDefined();

    const afterRequest = connector.received.length;
    const invoke = {
      ...teamsMessage(connector.url, '', 'a:leader-http-chat', '29:leader-http'),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      from: { id: '29:leader-http', name: 'Bente Leder', aadObjectId: 'aad-leader-http' },
      replyToId: 'request-card-7',
      value: {
        action: { type: 'Action.Execute', verb: 'leaderReply', data: { handoffId, answer: 'approved' } },
        trigger: 'manual',
      },
    };
    const { status, text } = await post(invoke);
    expect(status).toBe(200);
    const body = JSON.parse(text) as { statusCode: number; type: string; value: Record<string, unknown> };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expectSendableCard(body.value);
    expect(JSON.stringify(body.value)).toContain('Du har svaret');
    expect(JSON.stringify(body.value)).toContain('Drøftet – send den');
    const back = connector.received.slice(afterRequest);
    // The card message itself is updated in place (for every device of the leader) ...
    expect(back.some((r) => r.path.endsWith('/activities/request-card-7'))).toBe(true);
    // ... and the sender hears the answer in their own chat.
    const toSender = back.find((r) => r.path.startsWith('/v3/conversations/a%3A5-personal-chat/activities'));
    expect(toSender?.activity.text).toContain('har drøftet udkastet med dig');
    expect(toSender?.activity.text).toContain('gemt på sagen');
  });
});
