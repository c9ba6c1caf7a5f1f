import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { loadKnowledge } from '../src/knowledge';
import { optionsInOrder, pickDilemmas, shuffleOptions } from '../src/dilemmas/round';
import { dilemmaCardModel } from '../src/cards/dilemmaCards';
import { expectSendableCard } from './support/adaptiveCards';
import { cardsOf, Conversation, headlines } from './support/conversation';
import { knowledge } from './helpers';
import { fill, UI_TEXTS } from '../src/i18n/uiTexts';

const T = UI_TEXTS.da.dilemma;

describe('the dilemma catalogue', () => {
  it('has at least 20 dilemmas, each with 2-4 options and an answer that cites a rule with a source', () => {
    expect(knowledge.dilemmas.length).toBeGreaterThanOrEqual(20);
    for (const dilemma of knowledge.dilemmas) {
      expect(dilemma.options.length).toBeGreaterThanOrEqual(2);
      expect(dilemma.options.length).toBeLessThanOrEqual(4);
      expect(dilemma.options.map((o) => o.id)).toContain(dilemma.answer);
      expect(dilemma.rule.length).toBeGreaterThan(20);
      expect(dilemma.source).toMatch(/^[a-z_]+#/);
    }
  });

  const copies: string[] = [];
  afterAll(() => {
    for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function brokenCopy(change: (yaml: string) => string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'handleguide-knowledge-'));
    copies.push(dir);
    cpSync(path.resolve(__dirname, '..', 'knowledge'), dir, { recursive: true });
    const file = path.join(dir, 'dilemmas.yaml');
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    return dir;
  }

  it.each([
    [
      'an answer that is not an option',
      (y: string) => y.replace('answer: b', 'answer: d'),
      'dilemmas[0].answer',
    ],
    [
      'an unknown source',
      (y: string) => y.replace('source: "ast#Lad tvivlen', 'source: "nobody#Lad tvivlen'),
      'unknown source "nobody"',
    ],
    [
      'a missing rule',
      (y: string) => y.replace(/ {4}rule: "Mistanke om vold[^\n]*\n/, ''),
      'dilemmas[0].rule',
    ],
  ])('rejects %s at start-up, naming the place', (_name, change, message) => {
    expect(() => loadKnowledge(brokenCopy(change))).toThrow(message);
  });
});

const GROUP = { id: '19:staff@thread.v2', conversationType: 'groupChat', isGroup: true };
const BOT = { id: '28:handleguide', name: 'Handleguide' };
const people = ['Lise', 'Bente', 'Palle'].map((name) => ({ id: `29:${name.toLowerCase()}`, name }));

describe('a round of the dilemma game', () => {
  let stateDir = '';
  function play() {
    // A fixed draw: the first five dilemmas of the catalogue, in order.
    const conversation = new Conversation(undefined, undefined, 'vejen', 30, { random: () => 0.999999 });
    stateDir = conversation.stateDir;
    const send = async (activity: Partial<Activity>) => {
      await conversation.adapter.receiveActivity({
        recipient: BOT,
        conversation: GROUP as Activity['conversation'],
        ...activity,
      });
      return conversation.adapter.activeQueue.splice(0);
    };
    const act = async (verb: string, data: object, from = people[0]) => {
      const replies = await send({
        type: 'invoke',
        name: 'adaptiveCard/action',
        from,
        value: { action: { type: 'Action.Execute', verb, data } },
      });
      const response = replies.find((r) => r.type === 'invokeResponse')?.value as {
        body: { value: Record<string, unknown> };
      };
      return response.body.value;
    };
    return { send, act };
  }

  it('a round started by someone who chose English is played in English by everyone, the dilemmas themselves in Danish', async () => {
    const { send, act } = play();
    await send({
      type: 'message',
      from: people[0],
      text: '<at>Handleguide</at> english',
      entities: [{ type: 'mention', text: '<at>Handleguide</at>', mentioned: BOT }],
    });
    const started = await send({
      type: 'message',
      from: people[0],
      locale: 'en-US',
      text: '<at>Handleguide</at> dilemma',
      entities: [{ type: 'mention', text: '<at>Handleguide</at>', mentioned: BOT }],
    });
    const EN = UI_TEXTS.en.dilemma;
    const json = JSON.stringify(cardsOf(started)[0] ?? {});
    expect(json).toContain(fill(EN.progress, { number: 1, total: 5 }));
    expect(json).toContain(EN.inDanish);
    expect(json).toContain(EN.reveal);
    expect(json).not.toContain(T.reveal);
    const roundId = (json.match(/"roundId":"([0-9a-f-]{36})"/) ?? [])[1] ?? '';
    const dilemmaId = (json.match(/"dilemmaId":"([a-z_]+)"/) ?? [])[1] ?? '';
    const revealed = JSON.stringify(await act('dilemmaReveal', { roundId, dilemmaId }, people[1]));
    expect(revealed).toContain(`${EN.source}: `);
    expect(revealed).toContain(EN.next);
    expect(revealed).toContain('Call 112');
  });

  it('posts a shared card, tallies one vote per person (a second vote replaces the first), reveals, and sums up', async () => {
    const { send, act } = play();
    const started = await send({
      type: 'message',
      from: people[0],
      text: '<at>Handleguide</at> dilemma',
      entities: [{ type: 'mention', text: '<at>Handleguide</at>', mentioned: BOT }],
    });
    const first = cardsOf(started)[0] ?? {};
    expectSendableCard(first);
    const json = JSON.stringify(first);
    expect(json).toContain(fill(T.progress, { number: 1, total: 5 }));
    const roundId = (json.match(/"roundId":"([0-9a-f-]{36})"/) ?? [])[1] ?? '';
    const dilemmaId = (json.match(/"dilemmaId":"([a-z_]+)"/) ?? [])[1] ?? '';
    const dilemma = knowledge.dilemmas.find((d) => d.id === dilemmaId);
    expect(dilemma).toBeDefined();

    await act('dilemmaVote', { roundId, dilemmaId, optionId: 'a' }, people[0]);
    await act('dilemmaVote', { roundId, dilemmaId, optionId: dilemma?.answer }, people[1]);
    let card = await act('dilemmaVote', { roundId, dilemmaId, optionId: dilemma?.answer }, people[0]);
    expect(JSON.stringify(card)).toContain(fill(T.voted, { count: 2 }));
    expect(JSON.stringify(card)).not.toContain('Lise');

    card = await act('dilemmaReveal', { roundId, dilemmaId });
    const revealed = JSON.stringify(card);
    expect(revealed).toContain(fill(T.answer, { label: '' }));
    expect(revealed).toContain(dilemma?.rule ?? 'x');
    expect(revealed).toContain(`2 ${T.votes} ✔`);
    expect(revealed).toContain(`${T.source}: `);
    expectSendableCard(card);

    // A late vote after the reveal changes nothing.
    const late = await act('dilemmaVote', { roundId, dilemmaId, optionId: 'a' }, people[2]);
    expect(JSON.stringify(late)).toContain(fill(T.voted, { count: 2 }));

    let current = dilemmaId;
    for (let n = 2; n <= 5; n++) {
      card = await act('dilemmaNext', { roundId, dilemmaId: current });
      expect(JSON.stringify(card)).toContain(fill(T.progress, { number: n, total: 5 }));
      current = (JSON.stringify(card).match(/"dilemmaId":"([a-z_]+)"/) ?? [])[1] ?? '';
      await act('dilemmaReveal', { roundId, dilemmaId: current });
    }
    card = await act('dilemmaNext', { roundId, dilemmaId: current });
    const summary = JSON.stringify(card);
    expect(headlines([{ attachments: [{ contentType: 'x', content: card }] }])).toEqual([T.summaryTitle]);
    expect(summary).toContain(fill(T.agreed, { agreed: 2, voters: 2 }));
    expect(summary.split(T.nobodyVoted)).toHaveLength(5);
    expectSendableCard(card);

    // »slet mine data«: the votes still count, but no longer under Lise's id.
    await send({ type: 'message', from: people[0], text: 'slet mine data' });
    const after = JSON.stringify(await act('dilemmaRefresh', { roundId }, people[1]));
    expect(after).toContain('2 af 2 stemte som handleguiden');
    expect(
      readdirSync(stateDir)
        .map((f) => readFileSync(path.join(stateDir, f), 'utf8'))
        .join('\n'),
    ).not.toContain('29:lise');
  });
});

describe('where the right answer stands', () => {
  /** A small deterministic generator, so the test does not depend on Math.random. */
  function seeded(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }

  it('moves between the places over many rounds, so »always B« is no strategy', () => {
    const random = seeded(7);
    const places = new Map<number, number>();
    for (let round = 0; round < 400; round++) {
      const ids = pickDilemmas(knowledge.dilemmas, random);
      const order = shuffleOptions(ids, knowledge.dilemmas, random);
      for (const id of ids) {
        const dilemma = knowledge.dilemmas.find((d) => d.id === id);
        const place = order[id]?.indexOf(dilemma?.answer ?? '') ?? -1;
        places.set(place, (places.get(place) ?? 0) + 1);
      }
    }
    const total = [...places.values()].reduce((a, b) => a + b, 0);
    expect(places.has(-1)).toBe(false);
    // No place holds more than half of the right answers (the catalogue alone puts 20 of 21 at B).
    for (const count of places.values()) expect(count / total).toBeLessThan(0.5);
  });

  it('the card’s »svar« letter is the place of the right answer in this round’s order', () => {
    const dilemma = knowledge.dilemmas.find((d) => d.options.length >= 3);
    if (!dilemma) throw new Error('the catalogue needs a dilemma with three options');
    const answerLast = [
      ...dilemma.options.map((o) => o.id).filter((id) => id !== dilemma.answer),
      dilemma.answer,
    ];
    const round = {
      id: 'r',
      dilemmaIds: [dilemma.id],
      optionOrder: { [dilemma.id]: answerLast },
      index: 0,
      votes: {},
      revealed: { [dilemma.id]: true },
      finished: false,
      participants: [],
      createdAt: '2026-11-24T10:00:00Z',
    };
    const model = dilemmaCardModel(round, dilemma, knowledge);
    expect(optionsInOrder(round, dilemma).at(-1)?.id).toBe(dilemma.answer);
    expect(model.answerLabel).toBe(['A', 'B', 'C', 'D'][answerLast.length - 1]);
    expect(model.options.at(-1)?.text).toBe(dilemma.options.find((o) => o.id === dilemma.answer)?.text);
  });
});
