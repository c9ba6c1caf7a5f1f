import * as ACData from 'adaptivecards-templating';
import { useFastExpressions } from '../src/cards/fastExpressions';
import { renderCard } from '../src/cards/render';
import { Conversation, DETAILED_CONCERN, DETAILED_DETAILS } from './support/conversation';

/**
 * The cards' plain field paths are evaluated by src/cards/fastExpressions.ts instead of adaptive-expressions
 * (issue 16: templating was the largest share of a turn after storage). Every card the conversations below draw
 * is expanded again by the library alone, from the same template and data: the two must be the same card.
 */
interface Expansion {
  template: ACData.Template;
  context: ACData.IEvaluationContext;
  card: unknown;
}

const expansions: Expansion[] = [];
const expand = ACData.Template.prototype.expand;

beforeAll(() => {
  ACData.Template.prototype.expand = function (this: ACData.Template, context: ACData.IEvaluationContext) {
    const card: unknown = expand.call(this, context);
    expansions.push({ template: this, context: structuredClone(context), card: structuredClone(card) });
    return card;
  };
});

afterAll(() => {
  ACData.Template.prototype.expand = expand;
  useFastExpressions(true);
});

async function conversations(): Promise<void> {
  const detailed = new Conversation();
  for (const text of DETAILED_CONCERN) await detailed.say(text);
  await detailed.say(DETAILED_DETAILS);
  await detailed.say('udkast');
  await detailed.say('hjælp');
  await detailed.say('tilbage');

  const redFlag = new Conversation();
  await redFlag.say('Han fortæller, at hans far slår ham med en bælte, og han har blå mærker på armene');
  await redFlag.say('dragoer');

  const english = new Conversation();
  await english.say('english');
  await english.say('I am worried about a boy in my class, he is often hungry and tired');
  await english.say('assens');
  await english.say('forfra');
}

describe('the fast path for card field paths', () => {
  it('draws every card of several conversations exactly as adaptivecards-templating alone', async () => {
    await conversations();
    expect(expansions.length).toBeGreaterThan(20);
    useFastExpressions(false);
    for (const { template, context, card } of expansions)
      expect(expand.call(template, context)).toEqual(card);
  });

  it('leaves a missing field as its expression, so the card is refused, as the library does', () => {
    useFastExpressions(true);
    expect(() => renderCard('notice', { title: 'Titel' })).toThrow('unresolved ${text}');
    useFastExpressions(false);
    expect(() => renderCard('notice', { title: 'Titel' })).toThrow('unresolved ${text}');
  });

  it('reads fields in text, nested fields, arrays and the root from an item, as the library does', () => {
    const payload = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'Spørgsmål ${asked} af ${t.total}' },
        { type: 'TextBlock', $data: '${items}', text: '${label}: ${$root.t.total} (${$index})' },
        { type: 'TextBlock', $when: '${shown}', text: '${nested.deep.value}' },
        { type: 'TextBlock', text: '${Missing.field} og ${list}' },
        { type: 'FactSet', facts: '${facts}' },
      ],
    };
    const data = {
      $root: {
        asked: 3,
        t: { total: 7 },
        items: [{ label: 'a' }, { label: 'b' }],
        shown: true,
        nested: { deep: { value: 'dybt' } },
        list: ['x', 'y'],
        facts: [{ title: 'Alder', value: '8' }],
      },
    };
    useFastExpressions(true);
    const fast: unknown = new ACData.Template(payload).expand(data);
    useFastExpressions(false);
    expect(fast).toEqual(new ACData.Template(payload).expand(data));
    expect(JSON.stringify(fast)).toContain('Spørgsmål 3 af 7');
    expect(JSON.stringify(fast)).toContain('${Missing.field} og x,y');
  });
});
