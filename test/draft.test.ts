import {
  buildDraft,
  buildObjectivityLexicon,
  checkObjectivity,
  draftAsText,
  type ConcernAnswers,
} from '../src/draft';
import { knowledge, run } from './helpers';

const lexicon = buildObjectivityLexicon(knowledge.national);

const answers: ConcernAnswers = {
  text: 'Hun kommer ofte sulten i skole og har tøj på, der er for småt.',
  redFlags: [],
  role: 'skole',
  childAge: 9,
  score: 3,
  signals: ['fravaer'],
  observed: 'Mandag den 16. november sagde hun, at hun ikke havde fået aftensmad.',
  duration: 'Siden efterårsferien',
  actionsTaken: 'Samtale med mor den 2. november.',
  parentsSay: 'Mor siger, at det går bedre.',
  childSays: '»Jeg er sulten.«',
};

function draftFor(input: Partial<ConcernAnswers> = {}, municipality = 'vejen', notifierName = 'Lise Lærer') {
  const merged = { ...answers, ...input };
  const assessment = run({
    municipality,
    role: merged.role,
    childAge: merged.childAge,
    score: merged.score,
    signals: merged.signals,
    redFlags: merged.redFlags,
    suspicionAgainstParents: merged.suspicionAgainstParents ?? 'unknown',
    text: merged.text,
  });
  return buildDraft({ answers: merged, assessment, notifierName }, knowledge, lexicon);
}

describe('the notification draft (Dragør’s seven parts of »den gode underretning«)', () => {
  it('has all seven parts in order', () => {
    expect(draftFor().sections.map((s) => s.heading)).toEqual([
      '1. Indledning',
      '2. Underretningen drejer sig om',
      '3. Underretter',
      '4. Anledning til underretningen',
      '5. Hvor længe har det stået på?',
      '6. Hvad har vi gjort?',
      '7. Kommentarer fra forældre og barn',
    ]);
  });

  it('fills in the answers, the level and the legal basis with the old section number', () => {
    const text = draftAsText(draftFor());
    expect(text).toContain('Jeg underretter hermed Vejen Kommune om min bekymring for et barn på 9 år.');
    expect(text).toContain('Barnets lov § 133 (tidligere Serviceloven § 153)');
    expect(text).toContain('hører til tertiær forebyggelse, score 3 (udsat trivsel).');
    expect(text).toContain('Mandag den 16. november sagde hun');
    expect(text).toContain('Siden efterårsferien');
    expect(text).toContain('Samtale med mor den 2. november.');
    expect(text).toContain('Forældrene siger: Mor siger, at det går bedre.');
    expect(text).toContain('Lise Lærer, Skole, SFO eller ungdomsskole');
    expect(text).toContain('hyppigt fravær');
  });

  it('keeps placeholders for what the bot must not hold: name, CPR, address, work contact', () => {
    const text = draftAsText(draftFor());
    for (const placeholder of Object.values(knowledge.national.notificationDraft.placeholders).filter(
      (p) => p !== '[Dit navn]',
    ))
      expect(text).toContain(placeholder);
    expect(draftAsText(draftFor({}, 'vejen', ''))).toContain('[Dit navn]');
  });

  it('a volunteer notifies under the general duty, § 135', () => {
    expect(draftFor({ role: 'forening' }).legalBasis).toBe(
      'Barnets lov § 135 (tidligere Serviceloven § 154)',
    );
  });

  it('with a red flag: asks for immediate handling and says why the parents were not involved', () => {
    const text = draftAsText(
      draftFor({ redFlags: ['overgreb'], suspicionAgainstParents: true, parentsSay: null, childSays: null }),
    );
    expect(text).toContain('Jeg beder om, at underretningen behandles straks.');
    expect(text).toContain('Forældrene er ikke inddraget, fordi mistanken kan være rettet mod dem.');
  });

  it.each([
    ['vejen', 'Digital Post'],
    ['dragoer', 'underretning@dragoer.dk'],
    ['assens', 'MitID'],
  ])('%s: says where and how the municipality wants it sent', (municipality, expected) => {
    const draft = draftFor({}, municipality);
    expect(draft.sendTo).toContain(expected);
    expect(draftAsText(draft)).toContain(`Sendes sådan: ${draft.sendTo}`);
  });

  it('missing answers become clear placeholders, not empty lines', () => {
    const text = draftAsText(
      draftFor({ duration: null, actionsTaken: null, parentsSay: null, childSays: null }),
    );
    expect(text).toContain('[Hvor længe har du været bekymret?]');
    expect(text).toContain('[Hvad har I gjort – samtaler, tiltag i hverdagen, møder?]');
    expect(text).toContain('[Hvad siger forældrene, barnet eller den unge?]');
  });
});

describe('the objectivity check', () => {
  const judged: [string, string][] = [
    ['Jeg tror, at han bliver slået derhjemme.', 'fortolkning'],
    ['Jeg tænker, at mor drikker.', 'fortolkning'],
    ['Jeg synes, hun er for tynd.', 'fortolkning'],
    ['Jeg mener ikke, at far passer på ham.', 'fortolkning'],
    ['Det virker som om, hun er bange for at gå hjem.', 'fortolkning'],
    ['Hun virker trist.', 'fortolkning'],
    ['Han ser ud til at have det svært.', 'fortolkning'],
    ['Det er formentlig noget derhjemme.', 'fortolkning'],
    ['Mor har sandsynligvis et misbrug.', 'fortolkning'],
    ['Måske bliver hun holdt hjemme.', 'fortolkning'],
    ['Hun er en dårlig mor.', 'vurdering'],
    ['Forældrene er uansvarlige.', 'vurdering'],
    ['Far er helt ligeglad med ham.', 'vurdering'],
    ['Det er et forfærdeligt hjem.', 'vurdering'],
    ['Han bliver helt sikkert slået.', 'sikkerhed'],
    ['Hun er altid sulten.', 'sikkerhed'],
    ['Han har aldrig madpakke med.', 'sikkerhed'],
    ['Hun græder hele tiden.', 'sikkerhed'],
    ['Det er tydeligt, at noget er galt.', 'sikkerhed'],
    ['Han har ADHD.', 'diagnose'],
    ['Hun er nok autistisk.', 'diagnose'],
    ['Mor er deprimeret.', 'diagnose'],
    ['Far er alkoholiker.', 'diagnose'],
    ['Hun bør anbringes uden for hjemmet.', 'loesning'],
    ['Familien har brug for en kontaktperson.', 'loesning'],
    ['Vi anbefaler familiebehandling.', 'loesning'],
    ['Han bør have aflastning.', 'loesning'],
  ];
  const factual = [
    'Hun kom i skole uden madpakke tre dage i uge 45.',
    'Mandag sagde han: »Far slog mig i går.«',
    'Hun havde et blåt mærke på venstre overarm den 12. november.',
    'Han lugtede af urin to gange i sidste uge.',
    'Mor hentede ham kl. 17.30 og talte sløret.',
    'Hun har haft 22 fraværsdage i dette kvartal.',
    'Han græd i garderoben, da far kom.',
    'Hun fortalte, at hun sover på sofaen.',
    'Vi har holdt to forældresamtaler, den 1. og den 15. oktober.',
    'Han spiser tre portioner frokost og gemmer mad i tasken.',
  ];

  it('has at least 30 sentences in its table', () => {
    expect(judged.length + factual.length).toBeGreaterThanOrEqual(30);
  });

  it.each(judged)('flags »%s« as %s, with advice', (sentence, kind) => {
    const flags = checkObjectivity(sentence, 'observed', lexicon);
    expect(flags.map((f) => f.kind)).toContain(kind);
    expect(flags[0]?.advice.length).toBeGreaterThan(30);
    expect(flags[0]?.sentence).toBe(sentence);
  });

  it.each(factual)('leaves the observation »%s« alone', (sentence) => {
    expect(checkObjectivity(sentence, 'observed', lexicon)).toEqual([]);
  });

  it('points at the sentence, not the whole text, and names the field', () => {
    const flags = checkObjectivity(
      'Hun kom uden madpakke. Jeg tror, mor drikker. Hun græd.',
      'observed',
      lexicon,
    );
    expect(flags).toEqual([
      expect.objectContaining({ field: 'observed', sentence: 'Jeg tror, mor drikker.', kind: 'fortolkning' }),
    ]);
  });

  it('the draft carries the flags from the notifier’s own words, not from quotes of parents or child', () => {
    const draft = draftFor({
      observed: 'Jeg tror, hun bliver slået.',
      parentsSay: 'Far synes, skolen er dårlig.',
    });
    expect(draft.flags.map((f) => f.field)).toEqual(['observed']);
  });
});

describe('the draft says each thing once, and only what the user confirmed', () => {
  it('a red flag reads »Der er mistanke om: fysisk …«, not »mistanke om: mistanke om«', () => {
    const text = draftAsText(draftFor({ redFlags: ['overgreb'], suspicionAgainstParents: true }));
    expect(text).toContain('Der er mistanke om: fysisk');
    expect(text.toLocaleLowerCase('da')).not.toContain('mistanke om: mistanke om');
  });

  it('the role stands without brackets inside brackets', () => {
    const text = draftAsText(draftFor({ role: 'dagtilbud' }));
    expect(text).toContain('Lise Lærer, Dagtilbud (pædagog, dagplejer)');
    expect(text).not.toMatch(/\([^()]*\(/);
  });

  it('signs the bot only guessed from the description stay a question; confirmed ones are stated', () => {
    const guessed = draftAsText(draftFor({ signals: ['spiseproblemer'], signalsConfirmed: undefined }));
    expect(guessed).not.toContain('Det har jeg set: spiseproblemer');
    expect(guessed).toMatch(/\[Passer disse tegn\? spiseproblemer/);
    const confirmed = draftAsText(draftFor({ signals: ['spiseproblemer'], signalsConfirmed: true }));
    expect(confirmed).toContain('Det har jeg set: spiseproblemer');
  });
});
