import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { MemberDirectory, Messenger, Person } from '../src/bot/handoff';
import { expectSendableCard } from './support/adaptiveCards';
import { cardsOf, Conversation, DETAILED_CONCERN, headlines } from './support/conversation';
import { knowledge } from './helpers';

class RecordingMessenger implements Messenger {
  readonly toPeople: Partial<Activity>[] = [];
  async sendToPerson(_context: TurnContext, _person: Person, activity: Partial<Activity>) {
    this.toPeople.push(activity);
  }
  async sendToConversation(_reference: Partial<ConversationReference>, _activity: Partial<Activity>) {}
}

const directory: MemberDirectory = { members: async () => [{ id: 'aad-leader', name: 'Bente Leder' }] };
const SENDER = { from: { id: 'user-1', name: 'Lise Lærer', aadObjectId: 'aad-user' } };
const template = knowledge.national.notificationDraft;

async function finishedConcern() {
  const messenger = new RecordingMessenger();
  const conversation = new Conversation(undefined, undefined, 'vejen', 30, { messenger, directory });
  const say = (input: string | Record<string, unknown>) => conversation.say(input, SENDER);
  for (const answer of DETAILED_CONCERN) await say(answer);
  await say('spring over');
  const update = async (fields: Record<string, string>) =>
    JSON.stringify(cardsOf(await say({ verb: 'draftUpdate', ...fields })));
  const copy = async () => (await say({ verb: 'draftCopy' }))[1]?.text ?? '';
  return { say, update, copy, messenger };
}

describe('the draft asks what municipalities’ forms ask for', () => {
  it('offers the new fields on the card, each with its placeholder in the draft until filled', async () => {
    const { say } = await finishedConcern();
    const card = cardsOf(await say({ verb: 'draft' }))[0] ?? {};
    expectSendableCard(card);
    const json = JSON.stringify(card);
    for (const id of ['strengths', 'childMunicipality', 'interpreter'])
      expect(json).toContain(`"id":"${id}"`);
    expect(json).toContain(template.placeholders.childMunicipality);
    expect(json).toContain(template.placeholders.interpreter);
    expect(json).toContain(template.placeholders.strengths);
    // The work address, never a private one, and that a notification is final.
    expect(json).toContain('[Din arbejdsadresse – aldrig din private adresse]');
    expect(json).toContain('En underretning kan ikke trækkes tilbage, når den er sendt.');
    // Not confirmed yet: the workplace's route, with the reminder that it belongs to the child's home municipality.
    expect(json).toContain(template.recipient.home.text);
  });

  it('a home municipality elsewhere is whom the notification is addressed to, in the card and the copied text', async () => {
    const { update, copy } = await finishedConcern();
    const card = await update({
      childMunicipality: 'Kolding',
      interpreter: 'arabisk',
      strengths: 'Hun er god til at tegne og hjælper de små i frikvarteret.',
    });
    expect(card).toContain('Jeg underretter hermed Kolding Kommune om min bekymring');
    expect(card).toContain('Hjemkommune: Kolding Kommune');
    expect(card).toContain('Barnet bor i Kolding Kommune.');
    expect(card).not.toContain('Jeg underretter hermed Vejen Kommune');
    expect(card).toContain('Tolk: ja, på arabisk.');
    expect(card).toContain('Barnets styrker og ressourcer: Hun er god til at tegne');
    const text = await copy();
    for (const line of [
      'Jeg underretter hermed Kolding Kommune',
      'Tolk: ja, på arabisk.',
      'Barnets styrker og ressourcer: Hun er god til at tegne',
      'En underretning kan ikke trækkes tilbage, når den er sendt.',
    ])
      expect(text).toContain(line);
  });

  it('a home municipality the guide knows takes that municipality’s own route', async () => {
    const { update } = await finishedConcern();
    const dragoer = knowledge.municipalities.get('dragoer');
    const card = await update({ childMunicipality: 'dragør kommune', interpreter: 'nej' });
    expect(card).toContain(`Jeg underretter hermed ${dragoer?.name}`);
    expect(card).toContain(dragoer?.notification.sendTo.text ?? '?');
    expect(card).toContain('Tolk: ikke nødvendig.');
  });

  it('an unknown home municipality sends the notification to Ankestyrelsen', async () => {
    const { update, copy } = await finishedConcern();
    const card = await update({ childMunicipality: 'ukendt' });
    expect(card).toContain('Jeg underretter hermed Ankestyrelsen');
    expect(card).toContain('fordi jeg ikke kender barnets hjemkommune');
    expect(card).toContain('33 41 12 00');
    expect(await copy()).toContain(`Sendes sådan: ${template.recipient.unknown.text}`);
  });

  it('the leader sees the recipient, the interpreter, the strengths and that it cannot be withdrawn', async () => {
    const { say, update, messenger } = await finishedConcern();
    await update({ childMunicipality: 'Kolding', interpreter: 'somali', strengths: 'Glad for at læse.' });
    await say({ verb: 'leaderChosen', member: 'aad-leader' });
    const card = (messenger.toPeople[0]?.attachments?.[0]?.content ?? {}) as Record<string, unknown>;
    expectSendableCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('Jeg underretter hermed Kolding Kommune');
    expect(json).toContain('Tolk: ja, på somali.');
    expect(json).toContain('Glad for at læse.');
    expect(json).toContain('En underretning kan ikke trækkes tilbage');
  });

  it('refuses a home municipality or language over its limit at the edge, and keeps the draft as it was', async () => {
    const { say, update } = await finishedConcern();
    await update({ childMunicipality: 'Kolding' });
    const refused = await say({ verb: 'draftUpdate', childMunicipality: 'K'.repeat(101) });
    expect(headlines(refused)).toEqual(['Det kunne jeg ikke bruge']);
    expect(JSON.stringify(cardsOf(await say({ verb: 'draft' })))).toContain('Hjemkommune: Kolding Kommune');
  });

  it('labels the fields in English for a user who chose English', async () => {
    const { say } = await finishedConcern();
    await say('english');
    const json = JSON.stringify(cardsOf(await say({ verb: 'draft' })));
    expect(json).toContain('The child’s home municipality');
    expect(json).toContain('The child’s strengths and resources');
    expect(json).toContain(template.irrevocable.en);
  });
});
