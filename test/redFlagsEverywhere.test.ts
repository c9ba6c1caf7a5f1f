import type { Activity } from 'botbuilder';
import { cardsOf, Conversation, headlines } from './support/conversation';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { assess, ConcernShape, redFlagsOf } from '../src/rules';
import { Corpus } from '../src/text/evaluate';
import { digits, forbiddenClock, knowledge, MUNICIPALITIES, run, TUESDAY_MORNING } from './helpers';

const ACUTE = 'Akut: handl nu';
const CALL_NOW = 'Ring nu – i denne rækkefølge';

describe('a red flag in any message, at any step', () => {
  it('typed while the bot waits at the confirmation card: the acute cards come at once, and the card again', async () => {
    const conversation = new Conversation();
    await conversation.say('Jeg er bekymret for en pige i min klasse, hun er ofte ked af det');
    const replies = await conversation.say('Hun fortalte i dag, at hendes far slår hende');
    expect(headlines(replies).slice(0, 2)).toEqual([ACUTE, CALL_NOW]);
    expect(headlines(replies)).toContain('Passer det her?');
    // The card shows what it now knows: the flag is the answer to its red-flag question.
    expect(JSON.stringify(cardsOf(replies).at(-1))).toMatch(/"id":"redFlag"[^}]*"value":"overgreb"/);
  });

  it('written into a detail answer on a card: the acute cards come at once, and the result follows the red-flag route', async () => {
    const conversation = new Conversation();
    for (const answer of ['Jeg er bekymret for en dreng i min klasse', 'vejen', 'lærer', '10', 'nej', '6'])
      await conversation.say(answer);
    const observed = await conversation.say({
      verb: 'answer',
      step: 'details',
      observed: 'Han sagde, at hans stedfar slår ham med et bælte',
    });
    expect(headlines(observed).slice(0, 2)).toEqual([ACUTE, CALL_NOW]);
    // The red-flag route asks whom the suspicion concerns before the result.
    expect(headlines(observed)).toContain('Kan mistanken være rettet mod forældrene?');
    const results = await conversation.say('ja');
    expect(results).toHaveLength(1);
    const result = JSON.stringify(cardsOf(results)[0]);
    expect(result).toContain('Inddrag ikke forældrene');
    expect(result).not.toContain('dialogbaseret underretning er en mulighed');
  });

  it('shows the acute cards once for one flag, however many messages name it', async () => {
    const conversation = new Conversation();
    const first = headlines(await conversation.say('Min elev fortæller, at hendes far slår hende'));
    expect(first.filter((h) => h === ACUTE)).toHaveLength(1);
    await conversation.say('vejen');
    const again = headlines(await conversation.say('Far slår hende også med bøjler'));
    expect(again).not.toContain(ACUTE);
  });

  it('on the red-flag route, »Hvad siger forældrene?« comes with a caution', async () => {
    const conversation = new Conversation();
    let replies: Partial<Activity>[] = [];
    for (const answer of ['Min elev fortæller, at hendes far slår hende', 'vejen', 'lærer', '9', 'ja'])
      replies = await conversation.say(answer);
    expect(headlines(replies)).toContain('Vil du tilføje detaljer til underretningen?');
    const card = JSON.stringify(cardsOf(replies));
    expect(card).toContain('Hvad siger forældrene?');
    expect(card).toMatch(/ikke .*forældrene|tal ikke med dem/i);
  });
});

describe('a red flag in a group chat', () => {
  const GROUP = {
    id: '19:team@thread.v2',
    conversationType: 'groupChat',
    isGroup: true,
    name: 'Personalemøde',
  };
  const BOT = { id: '28:handleguide', name: 'Handleguide' };
  const LISE = { id: '29:lise', name: 'Lise Lærer', aadObjectId: 'aad-lise' };

  it('gives the numbers of the municipality the user chose, not the deployment default', async () => {
    const conversation = new Conversation();
    await conversation.say('skift kommune', { from: LISE, recipient: BOT });
    await conversation.say('dragør', { from: LISE, recipient: BOT });
    const replies = await conversation.say({ type: 'message' } as never, {
      type: 'message',
      text: '<at>Handleguide</at> en elev siger at hendes far slår hende',
      value: undefined,
      from: LISE,
      recipient: BOT,
      conversation: GROUP as Activity['conversation'],
      entities: [{ type: 'mention', text: '<at>Handleguide</at>', mentioned: BOT }],
    });
    const contacts = JSON.stringify(cardsOf(replies));
    const dragoer = run({ municipality: 'dragoer', redFlags: ['overgreb'] }).contacts[0];
    const vejen = run({ municipality: 'vejen', redFlags: ['overgreb'] }).contacts[0];
    expect(digits(contacts)).toContain(digits(dragoer?.phone));
    expect(digits(contacts)).not.toContain(digits(vejen?.phone));
  });
});

describe('the red-flag check of every message (redFlagsOf)', () => {
  // Every labelled text of the tuning corpus: flags, denials, other senses, model guesses.
  const corpus = Corpus.parse(parseYaml(readFileSync(path.join(__dirname, 'corpus', 'tuning.yaml'), 'utf8')));
  const signalIds = knowledge.national.signals.map((s) => s.id);

  it('finds exactly the flags the whole assessment finds, for every labelled text and explicit answers', () => {
    expect(corpus.length).toBeGreaterThan(100);
    corpus.forEach((item, i) => {
      const concern = ConcernShape.parse({
        municipality: MUNICIPALITIES[i % MUNICIPALITIES.length],
        text: item.text,
        // Some concerns bring flags and signals of their own, as the dialog's answers do.
        redFlags: i % 7 === 0 ? ['radikalisering'] : [],
        signals: i % 5 === 0 ? signalIds.slice(i % signalIds.length, (i % signalIds.length) + 2) : [],
        now: TUESDAY_MORNING,
      });
      expect(redFlagsOf(concern, knowledge)).toEqual(assess(concern, knowledge, forbiddenClock).redFlags);
    });
  });
});
