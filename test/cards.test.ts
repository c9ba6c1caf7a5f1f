import { renderCard } from '../src/cards/render';
import { helpCardModel, welcomeCardModel } from '../src/cards/welcomeCards';
import { assessmentCardModel, type AssessmentCardModel } from '../src/cards/viewModels';
import { contactsCardModel } from '../src/cards/resultCards';
import { knowledge, run, TUESDAY_NIGHT } from './helpers';
import { expectSendableCard, parseWithSdk } from './support/adaptiveCards';
import { QUESTION_IDS, questionCard } from '../src/conversation/questions';
const cases = [
  ['red flag in Dragør at night', { municipality: 'dragoer', text: 'Far slår hende', now: TUESDAY_NIGHT }],
  ['score 6 in Vejen', { municipality: 'vejen', score: 6, role: 'skole' as const, childAge: 9 }],
  ['score 9 in Assens', { municipality: 'assens', score: 9, role: 'dagtilbud' as const, childAge: 3 }],
] as const;

describe('assessment card', () => {
  it.each(cases)('%s renders as a valid Adaptive Card 1.5 with no unresolved template', (_name, input) => {
    const card = renderCard('assessment', assessmentCardModel(run(input), knowledge));
    expectSendableCard(card);
    const json = JSON.stringify(card);
    // Stricter than for every card: the assessment is the one read first, often on a phone.
    expect(Buffer.byteLength(json)).toBeLessThan(8000);
    expect(json).toContain('ring 112');
  });

  it('shows a user’s own »${…}« as typed instead of refusing the card', () => {
    const model = assessmentCardModel(run(cases[1][1]), knowledge);
    const card = renderCard('assessment', { ...model, notes: ['Hun skrev »${navn}« i chatten'] });
    expectSendableCard(card);
    expect(JSON.stringify(card)).toMatch(/Hun skrev »\$.?\{navn\}« i chatten/u);
  });

  it('still refuses a card whose model lacks a field the template needs', () => {
    const model: Partial<AssessmentCardModel> = assessmentCardModel(run(cases[1][1]), knowledge);
    delete model.title;
    expect(() => renderCard('assessment', model)).toThrow(/unresolved/);
  });

  it('gives the emergency line in the reader’s language', () => {
    const model = assessmentCardModel(run(cases[0][1]), knowledge, undefined, 'en');
    expect(model.emergency).toContain('call 112');
    expect(model.emergency).not.toContain('ring 112');
  });

  it('puts the number to call now at the top of an acute card, with a tap-to-call link', () => {
    const card = renderCard('assessment', assessmentCardModel(run(cases[0][1]), knowledge));
    const json = JSON.stringify(card);
    expect(json).toContain('Ring nu');
    expect(json).toContain('tel:114');
    expect(json.indexOf('Ring nu')).toBeLessThan(json.indexOf('Det skal du gøre'));
  });

  it('leaves out the "call now" block when nothing is acute', () => {
    const json = JSON.stringify(renderCard('assessment', assessmentCardModel(run(cases[2][1]), knowledge)));
    expect(json).not.toContain('Ring nu');
    expect(json).toContain('ikke påkrævet');
  });

  it('the SDK check reports a broken card (so the checks above can fail)', () => {
    expect(parseWithSdk({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] })).not.toEqual([]);
  });

  it('names the sources by title', () => {
    const json = JSON.stringify(renderCard('assessment', assessmentCardModel(run(cases[1][1]), knowledge)));
    expect(json).toContain('Vejen Kommune, »Handleguiden«');
  });
});

describe('must / must not on the assessment card', () => {
  it('a red flag lists what not to do in its own block', () => {
    const json = JSON.stringify(renderCard('assessment', assessmentCardModel(run(cases[0][1]), knowledge)));
    expect(json).toContain('Det må du ikke');
    expect(json).toMatch(/✖ Inddrag ikke forældrene/);
    expect(json).toMatch(/✖ Lav ikke en dialogbaseret underretning/);
  });

  it('no red flag, no "must not" block; the zone is shown with its colour mark', () => {
    const json = JSON.stringify(renderCard('assessment', assessmentCardModel(run(cases[1][1]), knowledge)));
    expect(json).not.toContain('Det må du ikke');
    expect(json).toContain('🟨 score 6: Sårbar trivsel');
  });
});

describe('every question card and the welcome and help cards', () => {
  it.each(QUESTION_IDS)('%s renders as a sendable card with a typed-answer hint', (id) => {
    const card = renderCard(
      'question',
      questionCard(id, { knowledge, childAge: 9, preselectedSignals: ['fravaer'] }),
    );
    expectSendableCard(card);
    expect(JSON.stringify(card)).toContain('Du kan også bare skrive dit svar');
  });

  it.each(['da', 'en'] as const)('welcome and help render as sendable cards in %s', (lang) => {
    expectSendableCard(renderCard('welcome', welcomeCardModel('Vejen Kommune', lang), lang));
    expectSendableCard(renderCard('help', helpCardModel('Hvor gammel er barnet?', lang), lang));
  });

  it('speaks English on request, footer included; Danish by default', () => {
    const english = JSON.stringify(renderCard('welcome', welcomeCardModel('Vejen Kommune', 'en'), 'en'));
    expect(english).toContain('Welcome to Handleguide');
    expect(english).toContain('Child in acute danger: call 112');
    const danish = JSON.stringify(renderCard('welcome', welcomeCardModel('Vejen Kommune', 'da')));
    expect(danish).toContain('Velkommen til Handleguiden');
    expect(danish).toContain('Akut fare for barnet: ring 112');
  });

  it('the score card shows all ten steps with the zone names', () => {
    const json = JSON.stringify(renderCard('question', questionCard('score', { knowledge })));
    for (const label of [
      '🟥 1 – Truet trivsel',
      '🟧 4 – Udsat trivsel',
      '🟨 5 – Sårbar trivsel',
      '🟩 10 – I trivsel',
    ])
      expect(json).toContain(label);
  });
});

describe('the contacts card', () => {
  it('a contact reached on the web is opened, not »called«; a phone contact is called', () => {
    const assessment = run({ municipality: 'vejen', redFlags: ['overgreb'] });
    const card = JSON.stringify(
      renderCard('contacts', contactsCardModel(assessment, knowledge, new Date('2026-11-24T10:00:00+01:00'))),
    );
    const actions = [...card.matchAll(/"url":"([^"]+)","title":"([^"]+)"/g)].map((m) => [m[1], m[2]]);
    const web = actions.filter(([url]) => url?.startsWith('https://'));
    expect(web.length).toBeGreaterThan(0);
    for (const [, title] of web) expect(title).toMatch(/^Åbn /);
    for (const [url, title] of actions.filter(([u]) => u?.startsWith('tel:')))
      expect({ url, title: title?.startsWith('Ring ') }).toEqual({ url, title: true });
  });
});

describe('sources shown to users', () => {
  it.each([
    ['a red flag', { municipality: 'vejen', redFlags: ['overgreb' as const] }],
    ['a score', { municipality: 'dragoer', score: 4, childAge: 9, role: 'skole' as const }],
    ['self-harm talk', { municipality: 'assens', signals: ['selvmordstanker'], childAge: 15 }],
  ])('name documents a user can find, never an internal path (%s)', (_name, concern) => {
    const assessment = run(concern);
    const cards = JSON.stringify([
      renderCard('assessment', assessmentCardModel(assessment, knowledge)),
      renderCard('contacts', contactsCardModel(assessment, knowledge, new Date('2026-11-24T10:00:00+01:00'))),
    ]);
    expect(cards).toContain('Kilder');
    expect(cards).not.toMatch(/shared\/|\.md\b|DESIGN/);
  });
});

describe('question cards shared between turns', () => {
  const model = (progress: string) => ({
    ...questionCard('score', { knowledge, lang: 'da' }),
    progress,
    back: null,
  });

  it('shows each turn the card of its own model: the same question again is the same card, a change shows', () => {
    const first = renderCard('question', model('Spørgsmål 3'));
    const again = renderCard('question', model('Spørgsmål 3'));
    expect(again).toEqual(first);
    const next = renderCard('question', model('Spørgsmål 4'));
    expect(JSON.stringify(next)).toContain('Spørgsmål 4');
    expect(JSON.stringify(next)).not.toContain('Spørgsmål 3');
    // The other language is its own card.
    const english = renderCard('question', questionCard('score', { knowledge, lang: 'en' }), 'en');
    expect(JSON.stringify(english)).not.toEqual(JSON.stringify(renderCard('question', model('Spørgsmål 3'))));
    expectSendableCard(english);
  });

  it('cannot be changed by one turn under another: the shared card is frozen, emergency footer and all', () => {
    const card = renderCard('question', model('Spørgsmål 5')) as { body: unknown[] };
    expect(() => card.body.pop()).toThrow(TypeError);
    expect(() => {
      (card as Record<string, unknown>).version = '0.1';
    }).toThrow(TypeError);
    expect(JSON.stringify(renderCard('question', model('Spørgsmål 5')))).toContain('112');
  });
});
