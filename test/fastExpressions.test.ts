import * as ACData from 'adaptivecards-templating';
import * as expansion from '../src/cards/templateExpansion';
import { renderCard } from '../src/cards/render';
import { Conversation, DETAILED_CONCERN, DETAILED_DETAILS } from './support/conversation';

/**
 * Cards are expanded by src/cards/templateExpansion.ts (with field paths evaluated in src/cards/fastExpressions.ts)
 * instead of adaptivecards-templating's `expand` (issue 16: templating was the largest share of a turn after
 * storage). Every card the conversations below draw is expanded again by the library alone, from the same template
 * and data: the two must be the same card.
 */
interface Expansion {
  template: ACData.Template;
  root: unknown;
  card: unknown;
}

const expansions: Expansion[] = [];
const expandTemplate = expansion.expandTemplate;

beforeAll(() => {
  jest.spyOn(expansion, 'expandTemplate').mockImplementation((template, root) => {
    const expanded = expandTemplate(template, root);
    expansions.push({ template, root: structuredClone(root), card: structuredClone(expanded.card) });
    return expanded;
  });
});

afterAll(() => jest.restoreAllMocks());

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

describe('card templates expanded without the library', () => {
  it('draw every card of several conversations exactly as adaptivecards-templating does', async () => {
    await conversations();
    expect(expansions.length).toBeGreaterThan(20);
    for (const { template, root, card } of expansions) expect(template.expand({ $root: root })).toEqual(card);
  });

  it('leave a missing field as its expression, so the card is refused', () => {
    expect(() => renderCard('notice', { title: 'Titel' })).toThrow('unresolved ${text}');
    // Data that itself holds one (a user typed it) is shown, not taken for a missing field.
    expect(JSON.stringify(renderCard('notice', { title: 'Titel', text: 'skrev ${x}' }))).toContain(
      'skrev $\u2060{x}',
    );
  });

  it('read fields in text, lists, the root and the index, and apply $when, as the library does', () => {
    const template = new ACData.Template({
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'Spørgsmål ${asked} af ${t.total}' },
        { type: 'TextBlock', $data: '${items}', text: '${label}: ${$root.t.total} (${$index + 1})' },
        { type: 'TextBlock', $when: '${shown}', text: '${nested.deep.value}' },
        { type: 'TextBlock', $when: "${count(items) > 2 && hidden != ''}", text: 'skjult' },
        { type: 'TextBlock', $when: '${!shown}', text: 'skjult' },
        { type: 'TextBlock', text: '${Missing.field} og ${list}' },
        { type: 'FactSet', facts: '${facts}' },
        { type: 'Container', $data: '${single}', items: [{ type: 'TextBlock', text: '${name}' }] },
      ],
    });
    const root = {
      asked: 3,
      t: { total: 7 },
      items: [{ label: 'a' }, { label: 'b' }],
      shown: true,
      nested: { deep: { value: 'dybt' } },
      list: ['x', 'y'],
      facts: [{ title: 'Alder', value: '8' }],
      single: { name: 'én' },
    };
    const { card, unresolved } = expansion.expandTemplate(template, root);
    expect(card).toEqual(template.expand({ $root: root }));
    expect(unresolved).toBe('${Missing.field}');
    const json = JSON.stringify(card);
    expect(json).toContain('Spørgsmål 3 af 7');
    expect(json).toContain('b: 7 (2)');
    expect(json).toContain('${Missing.field} og x,y');
    expect(json).not.toContain('skjult');
  });
});
