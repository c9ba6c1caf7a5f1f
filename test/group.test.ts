import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { expectSendableCard } from './support/adaptiveCards';
import { cardsOf, Conversation, headlines } from './support/conversation';
import { fill, UI_TEXTS } from '../src/i18n/uiTexts';

/** »N af 7 klaret«, as the shared checklist's card says it. */
const progress = (done: number, lang: 'da' | 'en' = 'da') =>
  fill(UI_TEXTS[lang].sharedChecklist.progress, { done, total: 7 });

const GROUP = {
  id: '19:meeting-chat@thread.v2',
  conversationType: 'groupChat',
  isGroup: true,
  name: 'Personalemøde',
};
const CHANNEL = {
  id: '19:general@thread.tacv2',
  conversationType: 'channel',
  isGroup: true,
  name: 'Generelt',
};
const BOT = { id: '28:handleguide', name: 'Handleguide' };
const LISE = { id: '29:lise', name: 'Lise Lærer', aadObjectId: 'aad-lise' };
const BENTE = { id: '29:bente', name: 'Bente Leder', aadObjectId: 'aad-bente' };

/** A message as Teams sends it when the bot is @mentioned: the mention in the text and in the entities. */
function mentioned(text: string, from = LISE, conversation = GROUP): Partial<Activity> {
  return {
    type: 'message',
    text: `<at>Handleguide</at> ${text}`,
    from,
    recipient: BOT,
    conversation: conversation as Activity['conversation'],
    entities: [{ type: 'mention', text: '<at>Handleguide</at>', mentioned: BOT }],
  };
}

function invoke(verb: string, data: object, from = LISE): Partial<Activity> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    from,
    recipient: BOT,
    conversation: GROUP as Activity['conversation'],
    replyToId: 'card-message-1',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

async function say(conversation: Conversation, activity: Partial<Activity>) {
  await conversation.adapter.receiveActivity(activity);
  const replies = conversation.adapter.activeQueue.splice(0);
  if (conversation.errors.length > 0) throw conversation.errors[0];
  return replies;
}

describe.each([
  ['a group chat', GROUP],
  ['a team channel', CHANNEL],
])('in %s', (_name, where) => {
  it('strips the @mention and answers a command', async () => {
    const conversation = new Conversation();
    const replies = await say(conversation, mentioned('hjælp', LISE, where));
    expect(headlines(replies)).toEqual(['Handleguide i en fælles samtale']);
  });

  it('speaks English to a user who asked for it: the help, the way to a 1:1 chat and the numbers', async () => {
    const conversation = new Conversation();
    await say(conversation, mentioned('english', LISE, where));
    expect(headlines(await say(conversation, mentioned('help', LISE, where)))).toEqual([
      'Handleguide in a shared conversation',
    ]);
    const replies = await say(
      conversation,
      mentioned('A pupil says her father hits her. Hun siger, at far slår hende', LISE, where),
    );
    expect(headlines(replies)).toEqual(['Let us take this to a 1:1 chat', 'Call now – in this order']);
    cardsOf(replies).forEach(expectSendableCard);
  });

  it('never starts a concern dialog: a described child gets the way to a 1:1 chat', async () => {
    const conversation = new Conversation();
    const replies = await say(
      conversation,
      mentioned('Jeg er bekymret for Emil, han kommer ofte sulten og har meget fravær', LISE, where),
    );
    expect(headlines(replies)).toEqual(['Lad os tage det i en 1:1-chat']);
    const json = JSON.stringify(replies);
    expect(json).toContain('https://teams.microsoft.com/l/chat/0/0?users=28%3Ahandleguide');
    expect(json).not.toContain('Emil');
    expect(json).not.toContain('Hvilken kommune');
    expectSendableCard(cardsOf(replies)[0] ?? {});
  });

  it('a red flag also gets the numbers to call now, but no dialog and nothing about the child', async () => {
    const conversation = new Conversation();
    const replies = await say(
      conversation,
      mentioned('En elev siger, at hendes far slår hende', LISE, where),
    );
    expect(headlines(replies)).toEqual(['Lad os tage det i en 1:1-chat', 'Ring nu – i denne rækkefølge']);
    expect(JSON.stringify(replies)).toContain('51 43 65 73');
  });

  it('»forfra« from an old card button is sent to the 1:1 chat too', async () => {
    const conversation = new Conversation();
    const replies = await say(conversation, {
      ...mentioned(''),
      text: undefined,
      conversation: where as Activity['conversation'],
      value: { verb: 'command', command: 'restart' },
    });
    expect(headlines(replies)).toEqual(['Lad os tage det i en 1:1-chat']);
  });
});

describe('a shared checklist at the staff meeting', () => {
  async function postChecklist(conversation: Conversation, kind: string, lang: 'da' | 'en' = 'da') {
    // A Teams client in English does not switch the language: only the person's own choice does.
    if (lang === 'en') await say(conversation, { ...mentioned('english'), locale: 'en-GB' });
    const chooser = await say(conversation, { ...mentioned('tjekliste'), locale: 'en-GB' });
    expect(headlines(chooser)).toEqual([UI_TEXTS[lang].sharedChecklist.chooserTitle]);
    expect(JSON.stringify(chooser)).toContain('Tegn: ');
    const posted = await say(conversation, {
      ...mentioned(''),
      text: undefined,
      value: { verb: 'sharedChecklist', kind },
      locale: 'en-GB',
    });
    const card = cardsOf(posted)[0] ?? {};
    expectSendableCard(card);
    const checklistId = (JSON.stringify(card).match(/"checklistId":"([0-9a-f-]{36})"/) ?? [])[1] ?? '';
    return { card, checklistId };
  }

  const invokeResponseCard = (replies: Partial<Activity>[]) => {
    const response = replies.find((r) => r.type === 'invokeResponse');
    return (response?.value as { body?: { value?: Record<string, unknown> } }).body?.value ?? {};
  };

  it('ticks from two users update one card, which shows who ticked what', async () => {
    const conversation = new Conversation();
    const { card, checklistId } = await postChecklist(conversation, 'beforeCalling');
    expect(JSON.stringify(card)).toContain(progress(0));

    const first = invokeResponseCard(
      await say(conversation, invoke('checklistTick', { checklistId, itemId: '1' }, LISE)),
    );
    expect(JSON.stringify(first)).toContain(progress(1));
    expect(JSON.stringify(first)).toContain('Lise Lærer');

    const second = invokeResponseCard(
      await say(conversation, invoke('checklistTick', { checklistId, itemId: '3' }, BENTE)),
    );
    const json = JSON.stringify(second);
    expect(json).toContain(progress(2));
    expect(json).toContain('Lise Lærer');
    expect(json).toContain('Bente Leder');
    expect((second.refresh as { userIds: string[] }).userIds).toEqual(['29:lise', '29:bente']);
    expectSendableCard(second);

    const untick = invokeResponseCard(
      await say(conversation, invoke('checklistTick', { checklistId, itemId: '1' }, BENTE)),
    );
    expect(JSON.stringify(untick)).toContain(progress(1));
  });

  it('the card speaks the language of the one who asked for it, to everyone who ticks it', async () => {
    const conversation = new Conversation();
    const { card, checklistId } = await postChecklist(conversation, 'beforeCalling', 'en');
    const json = JSON.stringify(card);
    expect(json).toContain(progress(0, 'en'));
    // The items are the municipality's own, in Danish, and the card says so once.
    expect(json).toContain(UI_TEXTS.en.sharedChecklist.inDanish);
    expect(json).toContain('Call 112');
    expect(json).not.toContain(progress(0));
    // Bente's client is Danish, but the card stays in the asker's language.
    const ticked = invokeResponseCard(
      await say(conversation, {
        ...invoke('checklistTick', { checklistId, itemId: '1' }, BENTE),
        locale: 'da-DK',
      }),
    );
    expect(JSON.stringify(ticked)).toContain(progress(1, 'en'));
    expectSendableCard(ticked);
    // Without a chosen language, Danish, though the client is English (and no note that the items are Danish).
    const danish = await postChecklist(new Conversation(), 'beforeCalling');
    expect(JSON.stringify(danish.card)).not.toContain(UI_TEXTS.en.sharedChecklist.inDanish);
  });

  it('survives a restart: a new bot on the same state folder still knows the ticks', async () => {
    const conversation = new Conversation();
    const { checklistId } = await postChecklist(conversation, 'written');
    await say(conversation, invoke('checklistTick', { checklistId, itemId: '2' }, LISE));
    const restarted = new Conversation(conversation.stateDir);
    const refreshed = invokeResponseCard(
      await say(restarted, invoke('checklistRefresh', { checklistId }, BENTE)),
    );
    expect(JSON.stringify(refreshed)).toContain('1 af');
    expect(JSON.stringify(refreshed)).toContain('Lise Lærer');
  });

  it('»slet mine data« keeps the team’s ticks but removes the user’s name and id from them', async () => {
    const conversation = new Conversation();
    const { checklistId } = await postChecklist(conversation, 'beforeCalling');
    await say(conversation, invoke('checklistTick', { checklistId, itemId: '1' }, LISE));
    await say(conversation, invoke('checklistTick', { checklistId, itemId: '2' }, BENTE));
    const deleted = await say(conversation, mentioned('slet mine data', LISE));
    expect(deleted[0]?.text).toContain('Slettet');
    const card = JSON.stringify(
      invokeResponseCard(await say(conversation, invoke('checklistRefresh', { checklistId }, BENTE))),
    );
    expect(card).toContain(progress(2));
    expect(card).toContain('Bente Leder');
    expect(card).toContain('En kollega');
    expect(card).not.toContain('Lise Lærer');
    const stored = readdirSync(conversation.stateDir).map((f) =>
      readFileSync(path.join(conversation.stateDir, f), 'utf8'),
    );
    expect(stored.join('\n')).not.toContain('29:lise');
  });

  it('a tick on an unknown checklist gets a friendly card, not an error', async () => {
    const conversation = new Conversation();
    const reply = invokeResponseCard(
      await say(
        conversation,
        invoke('checklistTick', { checklistId: '00000000-0000-4000-8000-000000000000', itemId: '1' }),
      ),
    );
    expect(JSON.stringify(reply)).toContain('Tjeklisten findes ikke længere');
  });
});

describe('explainer cards', () => {
  it.each([
    ['efter underretning', 'Hvad sker der efter en underretning?', 'In English'],
    ['forældre', 'Til forældre: hvad er en underretning?', 'In English'],
    ['for parents', 'For parents: what is a notification?', 'På dansk'],
  ])('»%s« shares a card, in a group too', async (command, title, switchTitle) => {
    const conversation = new Conversation();
    const replies = await say(conversation, mentioned(command));
    expect(headlines(replies)).toEqual([title]);
    const card = cardsOf(replies)[0] ?? {};
    expectSendableCard(card);
    expect(JSON.stringify(card)).toContain(switchTitle);
  });

  it('switches language with its button', async () => {
    const conversation = new Conversation();
    const replies = await conversation.say({ verb: 'explainer', kind: 'forParents', lang: 'en' });
    expect(headlines(replies)).toEqual(['For parents: what is a notification?']);
    expect(JSON.stringify(replies)).toContain('Parents cannot say no to a notification');
  });
});
