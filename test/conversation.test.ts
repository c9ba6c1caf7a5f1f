import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CPR_REMOVED, CPR_WARNING } from '../src/bot/app';
import { expectSendableCard } from './support/adaptiveCards';
import { cardsOf, Conversation, headlines, newStateDir, services } from './support/conversation';
import { digits, knowledge, run } from './helpers';

const Q = {
  describe: 'Hvad er du bekymret for?',
  municipality: 'Hvilken kommune bor barnet i?',
  role: 'Hvor arbejder du?',
  age: 'Hvor gammel er barnet?',
  redFlagCheck: 'Er der mistanke om et af disse?',
  suspicion: 'Kan mistanken være rettet mod forældrene?',
  score: 'Hvor på trivselslinealen er barnet?',
  signals: 'Hvilke tegn ser du?',
  observed: 'Hvad har du konkret set eller hørt?',
  duration: 'Hvor længe har du været bekymret?',
  actionsTaken: 'Hvad er der allerede gjort?',
  parentsSay: 'Hvad siger forældrene?',
  childSays: 'Hvad siger barnet selv?',
};
const RESULT_HEADLINES = [
  'Hvem kan du kontakte?',
  'Frister efter underretningen',
  'Tjekliste',
  'Til underretningen',
];
const DETAIL_QUESTIONS = [Q.observed, Q.duration, Q.actionsTaken, Q.parentsSay, Q.childSays];

/** Answers the five detail questions by skipping; returns the replies of the last turn (the results). */
async function skipDetails(conversation: Conversation) {
  let replies = await conversation.say('spring over');
  for (let i = 1; i < DETAIL_QUESTIONS.length; i++) replies = await conversation.say('spring over');
  return replies;
}

describe('a concern with a red flag in the text', () => {
  const cases = [
    ['overgreb', 'Min elev fortæller, at hendes far slår hende, når han er fuld', 'vejen'],
    ['social_kontrol', 'Hun fortæller, at familien vil sende hende på genopdragelsesrejse', 'vejen'],
    ['radikalisering', 'Han deler ekstremistisk propaganda og taler om radikalisering', 'dragoer'],
  ] as const;

  it.each(cases)(
    '%s: the very first reply is the acute card with the number to call now',
    async (flag, text, municipality) => {
      const conversation = new Conversation(newStateDir(), '2026-11-24T10:00:00+01:00', municipality);
      const replies = await conversation.say(text);
      const titles = headlines(replies);
      const expected = run({ municipality, redFlags: [flag] }).contacts[0];
      // The acute route comes first of all, even before the welcome.
      expect(titles[0]).toBe('Akut: handl nu');
      expect(titles[1]).toBe('Ring nu – i denne rækkefølge');
      expect(titles[2]).toBe('Velkommen til Handleguiden');
      // The acute route comes before any question.
      expect(titles.indexOf(Q.municipality)).toBeGreaterThan(2);
      const acute = JSON.stringify(cardsOf(replies)[0]);
      expect(acute).toContain('Ring nu');
      expect(digits(acute)).toContain(digits(expected?.phone));
      expect(acute).toContain('Inddrag ikke forældrene');
      expect(acute).toContain('dialogbaseret underretning');
      cardsOf(replies).forEach(expectSendableCard);
    },
  );

  it('goes on to the details for the notification, and skips score and signals', async () => {
    const conversation = new Conversation();
    await conversation.say(cases[0][1]);
    expect(headlines(await conversation.say('Vejen'))).toContain(Q.role);
    expect(headlines(await conversation.say('lærer'))).toContain(Q.age);
    expect(headlines(await conversation.say('9'))).toContain(Q.suspicion);
    expect(headlines(await conversation.say('ja'))).toContain(Q.observed);
    const results = await skipDetails(conversation);
    expect(headlines(results)).toEqual([
      'Akut: handl nu',
      'Ring nu – i denne rækkefølge',
      ...RESULT_HEADLINES.slice(1),
    ]);
    expect(JSON.stringify(cardsOf(results)[4])).toContain('Mistanke mod forældre');
  });
});

describe('a score-based concern', () => {
  const walks = [
    {
      name: 'typed answers everywhere',
      answers: ['Jeg er bekymret for en pige i min klasse', 'Vejen', 'lærer', '9', 'nej', '3', 'ingen'],
      expect: { decision: 'Du skal underrette kommunen.', level: 'Tertiær forebyggelse' },
    },
    {
      name: 'card submits everywhere',
      answers: [
        'Jeg er bekymret for en dreng i vuggestuen, han græder meget',
        { verb: 'answer', step: 'municipality', answer: 'assens' },
        { verb: 'answer', step: 'role', answer: 'dagtilbud' },
        { verb: 'answer', step: 'age', answer: '0' },
        { verb: 'answer', step: 'redFlagCheck', answer: 'ingen' },
        { verb: 'answer', step: 'score', answer: '9' },
        { verb: 'answer', step: 'signals', signals_adfaerd: 'graed' },
      ],
      expect: { decision: 'ikke påkrævet', level: 'Primær' },
    },
  ];

  it.each(walks)(
    '$name: ends with all result cards, each a valid card',
    async ({ answers, expect: expected }) => {
      const conversation = new Conversation();
      for (const answer of answers) await conversation.say(answer);
      const results = await skipDetails(conversation);
      expect(headlines(results)).toEqual([expect.stringMatching(/^Vurdering – /), ...RESULT_HEADLINES]);
      const cards = cardsOf(results);
      cards.forEach(expectSendableCard);
      const assessment = JSON.stringify(cards[0]);
      expect(assessment).toContain(expected.decision);
      expect(assessment).toContain(expected.level);
      expect(JSON.stringify(cards[1])).toMatch(/tel:\+45\d{8}/);
      expect(JSON.stringify(cards[2])).toMatch(/den \d+\. \w+ 20\d\d/);
    },
  );

  it('asks each missing thing in turn, and takes the age from the description', async () => {
    const conversation = new Conversation();
    expect(headlines(await conversation.say('hej'))).toEqual(['Velkommen til Handleguiden', Q.describe]);
    expect(headlines(await conversation.say('Hun er 8 år og kommer ofte sulten i skole'))).toEqual([
      Q.municipality,
    ]);
    expect(headlines(await conversation.say('vejen'))).toEqual([Q.role]);
    expect(headlines(await conversation.say('pædagog'))).toEqual([Q.redFlagCheck]);
    expect(headlines(await conversation.say('nej'))).toEqual([Q.score]);
    expect(headlines(await conversation.say('6'))).toEqual([Q.signals]);
    expect(headlines(await conversation.say('ingen'))).toEqual([Q.observed]);
  });

  it('pre-ticks the signals it found in the description', async () => {
    const conversation = new Conversation();
    for (const answer of ['Hun kommer ofte sulten og har meget fravær', 'vejen', 'lærer', '10', 'nej'])
      await conversation.say(answer);
    const card = JSON.stringify(cardsOf(await conversation.say('5'))[0]);
    expect(card).toMatch(/"value":"[^"]*fravaer/);
  });

  it('typing »videre« at the signals keeps what was pre-ticked from the description', async () => {
    const conversation = new Conversation();
    for (const answer of ['Hun kommer ofte sulten og har meget fravær', 'vejen', 'pædagog', '10', 'nej', '5'])
      await conversation.say(answer);
    expect(headlines(await conversation.say('videre'))).toEqual([Q.observed]);
    const results = await skipDetails(conversation);
    expect(JSON.stringify(cardsOf(results)[4])).toContain('Hyppigt fravær');
  });

  it('asks a school for the unlawful absence when absence is a sign, and 15 % or more means notify (rule 9)', async () => {
    const conversation = new Conversation();
    for (const answer of ['Han har meget fravær og virker træt', 'vejen', 'lærer', '13', 'nej'])
      await conversation.say(answer);
    expect(headlines(await conversation.say('8'))).toEqual([Q.signals]);
    const asked = await conversation.say({ verb: 'answer', step: 'signals', signals_adfaerd: 'fravaer' });
    expect(headlines(asked)).toEqual(['Hvor stort er elevens ulovlige fravær i dette kvartal?']);
    expect(headlines(await conversation.say('18 %'))).toEqual([Q.observed]);
    const results = await skipDetails(conversation);
    expect(JSON.stringify(cardsOf(results)[0])).toContain('Du skal underrette kommunen.');
    expect(JSON.stringify(cardsOf(results)[4])).toContain('18 %');
  });

  it('a new description typed at a short question is not taken as its answer; one tap starts a new concern with it', async () => {
    const conversation = new Conversation();
    for (const answer of ['Jeg er bekymret for en pige i min klasse', 'vejen', 'lærer'])
      await conversation.say(answer);
    const typed = 'Nu er jeg også bekymret for en anden pige på 5 år, hun kommer uden madpakke';
    const replies = await conversation.say(typed);
    expect(headlines(replies)).toEqual(['Er det en ny bekymring?', Q.age]);
    const start = cardsOf(replies)[0] as { body: { actions?: { data: Record<string, unknown> }[] }[] };
    const data = start.body.flatMap((element) => element.actions ?? [])[0]?.data;
    expect(data).toMatchObject({ verb: 'command', command: 'restart', description: typed });
    // The new concern already knows the municipality, the role and the age from the description.
    expect(headlines(await conversation.say(data ?? {}))).toEqual([Q.redFlagCheck]);
  });

  it('takes the role and the age from the first message instead of asking for them', async () => {
    const conversation = new Conversation();
    await conversation.say('Jeg er pædagog, og en dreng på 4 har ofte beskidt tøj og er sulten');
    expect(headlines(await conversation.say('vejen'))).toEqual([Q.redFlagCheck]);
  });

  /** A concern about a 9-year-old pupil, answered by typing, to its result. */
  async function finishedConcern(municipality: string) {
    const conversation = new Conversation();
    for (const answer of [
      'Jeg er bekymret for en pige i min klasse',
      municipality,
      'lærer',
      '9',
      'nej',
      '5',
      'ingen',
    ])
      await conversation.say(answer);
    await skipDetails(conversation);
    return conversation;
  }

  it('»stop« after a finished concern forgets it too: its draft is gone', async () => {
    const conversation = await finishedConcern('vejen');
    expect(JSON.stringify(await conversation.say({ verb: 'draft' }))).toContain('Udkast til underretning');
    await conversation.say('stop');
    expect(JSON.stringify(await conversation.say({ verb: 'draft' }))).toContain(
      'ikke en afsluttet bekymring',
    );
  });

  it('remembers municipality and role for the next concern', async () => {
    const conversation = await finishedConcern('dragør');
    expect(headlines(await conversation.say('Nu er jeg bekymret for en anden elev'))).toEqual([Q.age]);
  });

  it('shows the acute route at once when the red-flag check is answered yes', async () => {
    const conversation = new Conversation();
    for (const answer of ['Jeg er bekymret for en pige i min klasse', 'vejen', 'lærer', '9'])
      await conversation.say(answer);
    const replies = await conversation.say({ verb: 'answer', step: 'redFlagCheck', answer: 'overgreb' });
    expect(headlines(replies)).toEqual(['Akut: handl nu', 'Ring nu – i denne rækkefølge', Q.suspicion]);
  });
});

describe('at every step', () => {
  async function atAge(): Promise<Conversation> {
    const conversation = new Conversation();
    for (const answer of ['Jeg er bekymret for en pige i min klasse', 'vejen', 'lærer'])
      await conversation.say(answer);
    return conversation;
  }

  it('"forfra" starts a new concern', async () => {
    const conversation = await atAge();
    expect(headlines(await conversation.say('forfra'))).toEqual([Q.describe]);
  });

  it('"stop" ends the questions, and the next message starts a new concern', async () => {
    const conversation = await atAge();
    const [reply] = await conversation.say('Stop');
    expect(reply?.text).toContain('stoppet');
    expect(reply?.text).toContain('112');
    expect(headlines(await conversation.say('Han har blå mærker på armene igen'))).toContain(
      'Akut: handl nu',
    );
  });

  it('"hjælp" explains the commands and asks the same question again', async () => {
    const conversation = await atAge();
    const replies = await conversation.say('hjælp');
    expect(headlines(replies)).toEqual(['Sådan bruger du Handleguiden', Q.age]);
    expect(JSON.stringify(cardsOf(replies)[0])).toContain(`Jeg venter på svar på: ${Q.age}`);
  });

  it('"skift kommune" asks again, remembers it, and returns to the question', async () => {
    const conversation = await atAge();
    expect(headlines(await conversation.say('skift kommune'))).toEqual([Q.municipality]);
    const replies = await conversation.say('Assens');
    expect(replies[0]?.text).toContain('Assens Kommunes handleguide');
    expect(headlines(replies)[1]).toBe(Q.age);
  });

  it.each([
    ['age', 'blåbær', 'Skriv barnets alder som et tal'],
    ['age', '40 år', 'op til 25 år'],
  ])('a nonsense answer to %s ("%s") is asked again with help, not a crash', async (_step, answer, help) => {
    const conversation = await atAge();
    const replies = await conversation.say(answer);
    expect(replies[0]?.text).toContain(help);
    expect(headlines(replies)[1]).toBe(Q.age);
  });

  it('a score outside 1-10 is asked again', async () => {
    const conversation = await atAge();
    for (const answer of ['9', 'nej']) await conversation.say(answer);
    const replies = await conversation.say('11');
    expect(replies[0]?.text).toContain('fra 1 til 10');
    expect(headlines(replies)[1]).toBe(Q.score);
  });

  it('a button from an older card is recognised and the current question asked again', async () => {
    const conversation = await atAge();
    const replies = await conversation.say({ verb: 'answer', step: 'municipality', answer: 'dragoer' });
    expect(replies[0]?.text).toContain('tidligere spørgsmål');
    expect(headlines(replies)[1]).toBe(Q.age);
  });
});

describe('a card from a finished conversation', () => {
  it('is answered with how to start again, not a crash', async () => {
    const conversation = new Conversation();
    await conversation.say('hej');
    await conversation.say('stop');
    const [reply] = await conversation.say({ verb: 'answer', step: 'age', answer: '7' });
    expect(reply?.text).toContain('afsluttet');
  });
});

describe('privacy', () => {
  it('explains the CPR masking once per conversation, then only confirms it', async () => {
    const conversation = new Conversation();
    const first = (await conversation.say('Emil 010203-1234 er 7 år og kommer ofte sulten')).map(
      (r) => r.text,
    );
    expect(first).toContain(CPR_WARNING);
    // The bot cannot delete the user's own message in Teams: it says so and how.
    expect(first.join('\n')).toMatch(/slet den selv i chatten/);
    const second = (await conversation.say('vejen 0102031234')).map((r) => r.text);
    expect(second).toContain(CPR_REMOVED);
    expect(second).not.toContain(CPR_WARNING);
  });

  it('masks a typed CPR number, warns, and never writes it to disk', async () => {
    const conversation = new Conversation();
    const replies = await conversation.say('Emil 010203-1234 er 7 år og kommer ofte sulten i skole');
    expect(replies.map((r) => r.text)).toContain(CPR_WARNING);
    await conversation.say('vejen');
    const stored = readdirSync(conversation.stateDir)
      .map((file) => readFileSync(path.join(conversation.stateDir, file), 'utf8'))
      .join('\n');
    expect(stored).not.toContain('010203');
    expect(stored).toContain('[CPR-nr. fjernet]');
  });
});

describe('state', () => {
  it('survives a restart of the bot: a new process with the same state folder continues the dialog', async () => {
    const stateDir = newStateDir();
    const before = new Conversation(stateDir);
    for (const answer of ['Jeg er bekymret for en pige i min klasse', 'vejen', 'lærer'])
      await before.say(answer);
    const after = new Conversation(stateDir);
    expect(headlines(await after.say('9'))).toEqual([Q.redFlagCheck]);
  });

  it('a remembered municipality that has left the knowledge is asked again, not a failing turn', async () => {
    const stateDir = newStateDir();
    const before = new Conversation(stateDir);
    for (const answer of [
      'Jeg er bekymret for en pige i min klasse',
      'assens',
      'lærer',
      '9',
      'nej',
      '5',
      'ingen',
    ])
      await before.say(answer);
    for (let i = 0; i < 5; i++) await before.say('spring over');
    const withoutAssens = {
      ...knowledge,
      municipalities: new Map([...knowledge.municipalities].filter(([id]) => id !== 'assens')),
    };
    const base = services('2026-11-24T10:00:00+01:00');
    const after = new Conversation(stateDir, undefined, 'vejen', 30, {
      services: { ...base, knowledge: withoutAssens },
    });
    expect(headlines(await after.say('Nu er jeg bekymret for en anden elev'))).toEqual([Q.municipality]);
  });

  it('forgets a conversation after the retention limit', async () => {
    const stateDir = newStateDir();
    const before = new Conversation(stateDir, '2026-11-24T10:00:00+01:00');
    for (const answer of ['Jeg er bekymret for en pige i min klasse', 'vejen', 'lærer'])
      await before.say(answer);
    const later = new Conversation(stateDir, '2026-12-30T10:00:00+01:00', 'vejen', 30);
    expect(headlines(await later.say('9'))).toEqual(['Velkommen til Handleguiden', Q.describe]);
  });
});

describe('English as a second language', () => {
  it('»english« switches the questions, the help and the result cards; the guidance facts stay Danish', async () => {
    const conversation = new Conversation();
    await conversation.say('hej');
    const switched = await conversation.say('english');
    expect(switched[0]?.text).toContain('I will speak English with you');
    expect(headlines(switched)[1]).toBe('What are you worried about?');
    for (const answer of [
      'She is 8 years old and often comes to school hungry and tired',
      'Vejen',
      'teacher',
      'no',
    ])
      await conversation.say(answer);
    const help = await conversation.say('seven');
    expect(help[0]?.text).toContain('Choose a number from 1 to 10');
    expect(headlines(await conversation.say('4'))).toEqual(['Which signs do you see?']);
    for (const answer of ['none', 'skip', 'Weeks', 'skip', 'skip']) await conversation.say(answer);
    const results = await conversation.say('skip');
    expect(headlines(results)).toEqual([
      'Assessment – Vejen Kommune',
      'Whom can you contact?',
      'Deadlines after a notification',
      'Checklist',
      'For the notification',
    ]);
    const json = JSON.stringify(results);
    expect(json).toContain('You must notify the municipality.');
    expect(json).toContain('Child in acute danger: call 112');
    expect(json).toContain('Drøft bekymringen med din nærmeste leder.');
    cardsOf(results).forEach(expectSendableCard);
    expect((await conversation.say('dansk'))[0]?.text).toContain('Jeg taler dansk med dig');
  });
});
