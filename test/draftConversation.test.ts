import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { MemberDirectory, Messenger, Person } from '../src/bot/handoff';
import { expectSendableCard } from './support/adaptiveCards';
import {
  cardsOf,
  Conversation,
  DETAILED_CONCERN,
  DETAILED_DETAILS,
  headlines,
  services,
} from './support/conversation';
import { fill, UI_TEXTS } from '../src/i18n/uiTexts';
import { TOO_MANY } from '../src/bot/draftRoutes';

/** Records what the bot sends proactively; can be told to fail like Teams does when the app is not installed. */
class RecordingMessenger implements Messenger {
  readonly toPeople: { person: Person; activity: Partial<Activity> }[] = [];
  readonly toConversations: { reference: Partial<ConversationReference>; activity: Partial<Activity> }[] = [];
  failing = false;

  async sendToPerson(_context: TurnContext, person: Person, activity: Partial<Activity>) {
    if (this.failing) throw new Error('403 MessageWritesBlocked');
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
const LEADER = {
  from: { id: 'leader-1', name: 'Bente Leder', aadObjectId: 'aad-leader' },
  conversation: { id: 'leader-1:1', isGroup: false, conversationType: 'personal', name: '' },
};

async function finishedConcern(messenger = new RecordingMessenger()) {
  const conversation = new Conversation(undefined, undefined, 'vejen', 30, { messenger, directory });
  for (const answer of DETAILED_CONCERN) await conversation.say(answer, SENDER);
  const results = await conversation.say(DETAILED_DETAILS, SENDER);
  return { conversation, messenger, results };
}

describe('from concern to draft', () => {
  it('the result offers the draft, which has the seven parts, the flags and the edit fields', async () => {
    const { conversation, results } = await finishedConcern();
    expect(JSON.stringify(cardsOf(results).at(-1))).toContain('"verb":"draft"');
    const replies = await conversation.say({ verb: 'draft' }, SENDER);
    const [card] = cardsOf(replies);
    expectSendableCard(card ?? {});
    const json = JSON.stringify(card);
    expect(json).toContain('Udkast til underretning – Vejen Kommune');
    for (let part = 1; part <= 7; part++) expect(json).toContain(`"${part}. `);
    expect(json).toContain('Lise Lærer');
    expect(json).toContain('[Barnets navn]');
    expect(json).toContain('Skriv det som iagttagelser');
    expect(json).toContain('»Jeg tror, mor drikker.«');
    expect(json).toContain('"id":"observed"');
  });

  it('"Opdater udkastet" takes the edited fields, and the flags follow the new text', async () => {
    const { conversation } = await finishedConcern();
    const replies = await conversation.say(
      { verb: 'draftUpdate', observed: 'Tirsdag havde hun ingen madpakke med. Hun er helt sikkert sulten.' },
      SENDER,
    );
    const json = JSON.stringify(cardsOf(replies)[0]);
    expect(json).toContain('Tirsdag havde hun ingen madpakke med.');
    expect(json).toContain('Skråsikkerhed');
  });

  it('an edit that is too long gets a clear message, not a crash', async () => {
    const { conversation } = await finishedConcern();
    const [reply] = await conversation.say({ verb: 'draftUpdate', observed: 'x'.repeat(2001) }, SENDER);
    expect(headlines([reply ?? {}])).toEqual(['Det kunne jeg ikke bruge']);
    expect(JSON.stringify(reply)).toContain('for langt');
  });

  it('"Kopiér som tekst" sends the draft as plain text', async () => {
    const { conversation } = await finishedConcern();
    const replies = await conversation.say({ verb: 'draftCopy' }, SENDER);
    // As Teams' HTML subset, so every line stays a line in the client.
    expect(replies[1]?.textFormat).toBe('xml');
    expect(replies[1]?.text).toContain('<br>4. Anledning til underretningen<br>');
    expect(replies[1]?.text).toContain('Sendes sådan:');
    expect(replies[1]?.text).not.toContain('\n');
  });
});

describe('send to my leader', () => {
  it('the leader gets the request card, and the sender sees the leader’s answer', async () => {
    const { conversation, messenger } = await finishedConcern();
    const picker = cardsOf(await conversation.say({ verb: 'draftToLeader' }, SENDER));
    expectSendableCard(picker[0] ?? {});
    const pickerJson = JSON.stringify(picker[0]);
    expect(pickerJson).toContain('graph.microsoft.com/users');
    expect(pickerJson).toContain('Bente Leder');
    expect(pickerJson).not.toContain('"title":"Lise Lærer"');

    const [sent] = await conversation.say(
      { verb: 'leaderChosen', member: 'aad-leader', message: 'Kan vi tale i dag?' },
      SENDER,
    );
    expect(sent?.text).toContain('Sendt til Bente Leder');
    expect(messenger.toPeople).toHaveLength(1);
    const request = messenger.toPeople[0];
    expect(request?.person).toEqual({ id: 'aad-leader', name: 'Bente Leder' });
    const card = request?.activity.attachments?.[0]?.content as Record<string, unknown>;
    expectSendableCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain(fill(UI_TEXTS.da.leader.requestTitle, { sender: 'Lise Lærer' }));
    expect(json).toContain('»Kan vi tale i dag?«');
    expect(json).toContain('Vurdering: Tertiær forebyggelse');
    // Worded for the leader, not for the notifier.
    expect(json).toContain('Kommunen skal have vurderet underretningen');
    expect(json).toContain('Den, der underretter, skal have fået en kvittering');
    expect(json).not.toContain('Du skal have en kvittering');
    expect(json).toContain('Drøftet – send den');
    expect(json).not.toContain('CPR-nr.');

    const handoffId = (json.match(/"handoffId":"([0-9a-f-]{36})"/) ?? [])[1];
    const [thanks] = await conversation.say(
      {
        verb: 'leaderReply',
        handoffId,
        answer: 'comment',
        comment: 'Godt skrevet. Lad os ringe til familieafdelingen.',
      },
      LEADER,
    );
    expect(thanks?.text).toBe(fill(UI_TEXTS.da.leader.thanks, { sender: 'Lise Lærer' }));
    const [answer] = messenger.toConversations;
    expect(answer?.reference.conversation?.id).toBe('Convo1');
    expect(answer?.activity.text).toContain('Bente Leder har skrevet en kommentar');
    expect(answer?.activity.text).toContain('Godt skrevet.');
  });

  it('when Teams refuses the message (app not installed), the sender is told plainly and gets the text', async () => {
    const messenger = new RecordingMessenger();
    messenger.failing = true;
    const { conversation } = await finishedConcern(messenger);
    const replies = await conversation.say({ verb: 'leaderChosen', member: 'aad-leader' }, SENDER);
    expect(replies[0]?.text).toContain('Jeg kunne ikke sende udkastet til Bente Leder');
    expect(replies[0]?.text).toContain('ikke har Handleguide installeret');
    expect(replies[1]?.text).toContain('1. Indledning');
  });

  it('"Send" without a chosen leader asks for one', async () => {
    const { conversation } = await finishedConcern();
    const [reply] = await conversation.say({ verb: 'leaderChosen', message: 'hej' }, SENDER);
    expect(JSON.stringify(reply)).toContain(UI_TEXTS.da.leaderPicker.chooseFirst);
  });

  it('only the chosen leader can answer the request', async () => {
    const { conversation, messenger } = await finishedConcern();
    await conversation.say({ verb: 'leaderChosen', member: 'aad-leader' }, SENDER);
    const json = JSON.stringify(messenger.toPeople[0]?.activity);
    const handoffId = (json.match(/"handoffId":"([0-9a-f-]{36})"/) ?? [])[1];
    const stranger = { ...LEADER, from: { id: 'x-1', name: 'Mallory', aadObjectId: 'aad-mallory' } };
    const [reply] = await conversation.say({ verb: 'leaderReply', handoffId, answer: 'approved' }, stranger);
    expect(JSON.stringify(reply)).toContain('Den anmodning er ikke til dig');
    expect(messenger.toConversations).toEqual([]);
  });

  it('a reply to an unknown or forged request is refused politely', async () => {
    const { conversation } = await finishedConcern();
    const [unknown] = await conversation.say(
      { verb: 'leaderReply', handoffId: '00000000-0000-4000-8000-000000000000', answer: 'approved' },
      LEADER,
    );
    expect(unknown?.text).toContain('findes ikke længere');
    const [forged] = await conversation.say(
      { verb: 'leaderReply', handoffId: '../../etc', answer: 'approved' },
      LEADER,
    );
    expect(JSON.stringify(forged)).toContain('kunne ikke læses');
  });
});

describe('»slet mine data«', () => {
  it('deletes the user’s and the conversation’s state and the leader requests, and says so', async () => {
    const { conversation } = await finishedConcern();
    await conversation.say({ verb: 'leaderChosen', member: 'aad-leader' }, SENDER);
    expect(readdirSync(conversation.stateDir).length).toBeGreaterThanOrEqual(3);
    const [reply] = await conversation.say('slet mine data', SENDER);
    expect(reply?.text).toContain('Slettet');
    const left = readdirSync(conversation.stateDir).map((f) =>
      readFileSync(path.join(conversation.stateDir, f), 'utf8'),
    );
    expect(left).toEqual([]);
    expect(headlines(await conversation.say({ verb: 'draft' }, SENDER))[0]).toContain(
      'ikke en afsluttet bekymring',
    );
  });
});

describe('»tjekliste«', () => {
  it('shows the checklist of the last concern again, and offers the shared ones when there is none', async () => {
    const { conversation } = await finishedConcern();
    expect(headlines(await conversation.say('tjekliste', SENDER))).toEqual(['Tjekliste']);
    const fresh = new Conversation();
    expect(headlines(await fresh.say('checklist')).slice(-1)).toEqual([
      UI_TEXTS.da.sharedChecklist.chooserTitle,
    ]);
  });
});

describe('card actions at the edge', () => {
  it('a card with an unknown verb gets a friendly card, not a crash', async () => {
    const { conversation } = await finishedConcern();
    const replies = await conversation.say({ verb: 'launchRockets' }, SENDER);
    expect(headlines(replies)).toEqual(['Det kort kan jeg ikke bruge']);
    expectSendableCard(cardsOf(replies)[0] ?? {});
  });

  it('limits how often one user can send to a leader, and says so calmly', async () => {
    const { conversation, messenger } = await finishedConcern();
    const texts: string[] = [];
    for (let i = 0; i < 7; i++) {
      const [reply] = await conversation.say({ verb: 'leaderChosen', member: 'aad-leader' }, SENDER);
      texts.push(reply?.text ?? '');
    }
    expect(messenger.toPeople).toHaveLength(5);
    expect(texts.slice(5)).toEqual([TOO_MANY, TOO_MANY]);
    // What the user reads when refused still carries the number for acute danger.
    for (const text of texts.slice(5)) expect(text).toContain('112');
  });
});

describe('a turn that fails in the middle of a dialog', () => {
  it('clears the dialog, so the next message starts cleanly instead of failing again', async () => {
    let broken = false;
    const base = services('2026-11-24T10:00:00+01:00');
    const flaky = {
      ...base,
      clock: () => {
        if (broken) throw new Error('clock failure');
        return base.clock();
      },
    };
    const conversation = new Conversation(undefined, undefined, 'vejen', 30, { services: flaky });
    for (const answer of ['Hun er 8 år og kommer ofte sulten i skole', 'vejen', 'lærer', 'nej', '4'])
      await conversation.say(answer);
    broken = true;
    const failed = await conversation.sayFailing('ingen');
    expect(failed.errors).toEqual([new Error('clock failure')]);
    expect(failed.replies.map((r) => r.text).join(' ')).toContain('ring 112');
    broken = false;
    expect(headlines(await conversation.say('hej'))).toEqual(['Hvad er du bekymret for?']);
  });
});
