import { analyseText, buildLexicon, CPR_MASK, findCprNumbers, maskCpr } from '../src/text';
import { fold, withinOneEdit } from '../src/text/fold';
import { knowledge } from './helpers';

const lexicon = buildLexicon(knowledge.national);
const flagsIn = (text: string) => analyseText(text, lexicon).redFlags.map((f) => f.id);
const signalsIn = (text: string) => analyseText(text, lexicon).signals.map((s) => s.id);
/** What the engine raises: red flags in the text plus those implied by a signal found in it. */
const raisedBy = (text: string) => {
  const analysis = analyseText(text, lexicon);
  const implied = analysis.signals.flatMap(
    (hit) => knowledge.national.signals.find((s) => s.id === hit.id)?.impliesRedFlag ?? [],
  );
  return [...new Set([...analysis.redFlags.map((f) => f.id), ...implied])];
};

describe('red flags in free text', () => {
  it.each([
    ['Hun fortæller, at far slår hende', 'overgreb'],
    ['Han blev slået med en bøjle i weekenden', 'overgreb'],
    ['Onklen rører ved hende, når mor er på arbejde', 'overgreb'],
    ['Hun siger, at stedfaren rørte ved hendes tissekone', 'overgreb'],
    ['Der er mistanke om seksuelt misbrug', 'overgreb'],
    ['Han bliver mishandlet derhjemme', 'overgreb'],
    ['Familien planlægger et tvangsægteskab', 'social_kontrol'],
    ['Hun frygter at blive bortgiftet i sommerferien', 'social_kontrol'],
    ['Det handler om familiens ære, siger hun', 'social_kontrol'],
    ['Hun må ikke se veninder – det er negativ social kontrol', 'social_kontrol'],
    ['Han deler ekstremistiske videoer i klassen', 'radikalisering'],
    ['Vi er bekymrede for radikalisering', 'radikalisering'],
    ['Han er blevet radikaliseret online', 'radikalisering'],
  ])('%s → %s', (text, flag) => {
    expect(flagsIn(text)).toContain(flag);
  });

  it.each([
    'Ingen tegn på vold',
    'Der er ingen mistanke om vold',
    'Far slår ikke',
    'Han er aldrig blevet slået',
    'Han slår de andre børn i frikvarteret',
    'Hun slog sig på gyngen',
    'Intet tyder på radikalisering',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it('reports negated phrases so the user can see what was not counted', () => {
    expect(analyseText('Ingen tegn på vold', lexicon).negated.map((n) => n.matched)).toEqual(['vold']);
  });

  it('keeps the flag when a negation only expresses doubt', () => {
    expect(flagsIn('Jeg er ikke sikker på, om hun bliver slået')).toContain('overgreb');
    expect(flagsIn('Vi kan ikke udelukke vold i hjemmet')).toContain('overgreb');
  });

  it('lets a negation end at a clause border', () => {
    expect(flagsIn('Ingen tegn på vold før, men nu slår far hende')).toContain('overgreb');
  });
});

describe('everyday words for violence and abuse, as professionals write them', () => {
  it.each([
    ['Stedfar bankede ham, fordi han havde tabt sin jakke', 'overgreb'],
    ['Hun fik en lussing af mor i morges', 'overgreb'],
    ['Far ruskede hende hårdt i armen ved afhentning', 'overgreb'],
    ['Mors kæreste tog kvælertag på ham i går aftes', 'overgreb'],
    ['Hun har fingermærker om halsen og siger, at far holdt hende', 'overgreb'],
    ['Barnet har runde sår på ryggen, der ligner mærker fra en cigaret', 'overgreb'],
    ['Pigen på 4 måneder har et brækket ribben, forældrene ved ikke hvorfor', 'overgreb'],
    ['Far rystede babyen, fordi hun ikke ville stoppe med at græde', 'overgreb'],
    ['Drengen fortæller, at han hører far slå mor om natten', 'overgreb'],
    ['Han bliver låst inde i kælderen, når han har været uartig', 'overgreb'],
    ['Far truer med at slå hende ihjel, hvis hun siger noget', 'overgreb'],
    ['En mand på Snapchat har bedt hende om billeder uden tøj', 'overgreb'],
    ['Hun har en kæreste på 27, som hun har mødt online, og han vil hente hende efter skole', 'overgreb'],
    ['Hun skal til Somalia i sommerferien for at blive omskåret ligesom sin storesøster', 'overgreb'],
    [
      'Hun må ikke gå til svømning eller på lejrskole, og hendes brødre holder øje med hende',
      'social_kontrol',
    ],
    ['Familien vil sende hende til Pakistan for at blive gift med en fætter', 'social_kontrol'],
    ['Han siger, at alle jøder burde dø, og har tegnet hagekors i sine bøger', 'radikalisering'],
    ['Han vil rejse til Syrien for at kæmpe for kalifatet', 'radikalisering'],
  ])('%s → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it('explains each hit with the words that matched', () => {
    const [hit] = analyseText('Hun fortæller, at stedfar slog hende i går', lexicon).redFlags;
    expect(hit?.matched).toBe('stedfar slog');
    expect(hit?.pattern).toBe('slag_fra_voksen');
  });
});

describe('negation', () => {
  it('negates every noun coordinated after a nominal negator', () => {
    expect(raisedBy('Ingen blå mærker, skrammer eller andre skader på ham')).toEqual([]);
    expect(raisedBy('Hverken slag, spark eller trusler er nævnt')).toEqual([]);
  });

  it('stops a coordinated negation where a new clause with its own subject begins', () => {
    expect(flagsIn('Hun har ingen venner, og far slår hende')).toContain('overgreb');
    expect(flagsIn('Ingen mærker i dag, far slog ham i weekenden')).toContain('overgreb');
  });

  it('carries a negated verb of evidence or a negated existential to the end of the sentence', () => {
    expect(raisedBy('Jeg har ikke set nogen mærker efter slag på hende')).toEqual([]);
    expect(raisedBy('Der er ikke noget, der tyder på, at han bliver slået derhjemme')).toEqual([]);
    expect(raisedBy('Jeg har ikke hørt hende sige, at hun ikke må gå til fester')).toEqual([]);
  });

  it('reads a negated existential to the end of the sentence, and skips light words', () => {
    expect(raisedBy('Der er ikke noget i det han siger om at blive slået')).toEqual([]);
    expect(raisedBy('Hun er ikke blevet udsat for noget overgreb')).toEqual([]);
    expect(flagsIn('Der er ikke noget at sige til det, men far slår ham')).toContain('overgreb');
  });

  it('reads "ingen" before a verb as "nobody" and negates only that verb', () => {
    expect(raisedBy('Mor og far skændes om penge, men ingen slår')).toEqual([]);
    expect(flagsIn('Ingen må vide, at far slår hende')).toContain('overgreb');
  });

  it('does not read "ikke kun" or "ikke bare" as a negation', () => {
    expect(flagsIn('Det er ikke kun skældud, han slår hende også')).toContain('overgreb');
    expect(flagsIn('Far råber ikke bare, han sparker ham også')).toContain('overgreb');
  });

  it("does not let a parent's reported denial negate what the child said", () => {
    const text = 'Mor siger, at han aldrig er blevet slået, men drengen fortalte i dag, at far slår ham';
    expect(flagsIn(text)).toContain('overgreb');
    expect(flagsIn('Forældrene siger, at hun aldrig er blevet slået')).toContain('overgreb');
  });

  it("still reads the child's or the notifier's own denial as a negation", () => {
    expect(flagsIn('Hun siger selv, at hun aldrig er blevet slået')).toEqual([]);
  });
});

describe('word senses', () => {
  it.each([
    'Han slår de andre børn, når han ikke får bolden',
    'Sønnen på 5 slår sin mor, når hun siger nej til iPad',
    'Han sparkede til bolden og ramte en pige',
    'Han spiller GTA og taler meget om at skyde og slå',
    'I historietimen talte vi om terror og 2. verdenskrig',
    'Han faldt ned fra trampolinen og slog hovedet',
    'Mor har slået op med sin kæreste',
    'Han terroriserer klassen og ødelægger de andres ting',
    'Han blev omskåret af en læge på hospitalet',
    'Hun følte sig krænket over min bemærkning om hendes tøj',
    'Han fik et spark i benet under fodboldkampen',
    'Hun har blå mærker på skinnebenene fra fodbold',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it('keeps a real blow even when a game, sport or lesson is mentioned', () => {
    expect(flagsIn('Han spiller meget computer, og far slår ham, når han taber')).toContain('overgreb');
    expect(flagsIn('Til fodbold fortalte han, at far slår ham med et bælte')).toContain('overgreb');
    expect(flagsIn('Hun har fået slag i ansigtet af sin far')).toContain('overgreb');
  });

  it('tells who hits: the child hitting is no red flag, an adult hitting the child is', () => {
    expect(raisedBy('Han slog en klassekammerat i frikvarteret')).toEqual([]);
    expect(flagsIn('Han blev slået af sin far')).toContain('overgreb');
    expect(flagsIn('Far slog mor, mens drengen så på')).toContain('overgreb');
  });

  it("reads a girl's circumcision as abuse and a boy's by a doctor as lawful", () => {
    expect(flagsIn('Pigen skal omskæres, når de rejser til Somalia')).toContain('overgreb');
    expect(flagsIn('Drengen blev omskåret af en læge på Rigshospitalet')).toEqual([]);
  });

  it('reports the sense that excluded a hit', () => {
    const analysis = analyseText('Han sparkede til bolden', lexicon);
    expect(analysis.excluded.map((x) => x.sense)).toContain('slaa_ting');
  });
});

describe('spelling, typos and English', () => {
  it('folds ae/oe/aa to æ/ø/å in both text and lexicon', () => {
    expect(fold('slaar')).toBe('slår');
    expect(fold('Maerker')).toBe('mærker');
    expect(flagsIn('far slaar hende naar han er fuld')).toContain('overgreb');
    expect(raisedBy('hun har blaa maerker paa ryggen og siger mor gjorde det')).toContain('overgreb');
  });

  it('allows one typo in a long word, never in a short one', () => {
    expect(withinOneEdit('sparkde', 'sparkede')).toBe(true);
    expect(withinOneEdit('mishnadlet', 'mishandlet')).toBe(true);
    expect(withinOneEdit('slag', 'slog x')).toBe(false);
    expect(flagsIn('han sparkde hende i maven')).toContain('overgreb');
    expect(flagsIn('hun er blevet mishnadlet')).toContain('overgreb');
    expect(flagsIn('han slig hende')).toEqual([]);
  });

  it('does not read a real word as a typo of a lexicon word', () => {
    expect(raisedBy('Han kalder på mor i garderoben')).toEqual([]);
    expect(raisedBy('Hun gled i hallen og fik et blåt mærke på knæet')).toEqual([]);
  });

  it.each([
    ['han blev abused af sin stepdad', 'overgreb'],
    ['far hitter hende når han er sur', 'overgreb'],
    ['en voksen har grooming-agtig kontakt med hende og vil have nudes', 'overgreb'],
    ['hun frygter en forced marriage', 'social_kontrol'],
    ['familien taler om honour og hun må ikke have venner', 'social_kontrol'],
    ['han er blevet radicalised online', 'radikalisering'],
  ])('understands English mixed in: %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });
});

describe('signals in free text', () => {
  it.each([
    ['Hun kommer med tom madkasse og beskidt tøj', ['spiseproblemer', 'usoigneret']],
    ['Han er ked af det og har ingen venner', ['tristhed', 'aendrede_relationer']],
    ['Hun har haft meget fravær og pjækker', ['fravaer']],
    ['Han har blå mærker på armene', ['maerker_efter_vold']],
    ['Mor drikker, og han passer sine søskende', ['foraeldres_misbrug', 'overdreven_ansvarlighed']],
    ['Babyen tager ikke på og er sløv', ['s_vaekst', 's_apati']],
    ['Hun bliver mobbet og trækker sig', ['mobning', 'traekker_sig']],
    ['Hun siger, at hun ikke vil leve mere og har tænkt på at hænge sig', ['selvmordstanker']],
    ['Han har skåret sig i armene med et barberblad', ['selvskade']],
    ['Mor er gravid og ryger hash hver dag', ['graviditet_risiko']],
    ['Far lugter af alkohol, når han henter hende', ['foraeldres_misbrug']],
    ['Babyen på 3 måneder har blå mærker på kinden', ['s_brud_maerker']],
  ])('%s', (text, expected) => {
    expect(signalsIn(text)).toEqual(expect.arrayContaining(expected));
  });

  it('is negation-aware for signals too', () => {
    expect(signalsIn('Hun er ikke ked af det')).not.toContain('tristhed');
  });

  it('does not read an ordinary pregnancy or a cup of coffee as a risk', () => {
    expect(signalsIn('Mor er gravid og glæder sig til den lille kommer')).not.toContain('graviditet_risiko');
    expect(signalsIn('Mor drikker kaffe med de andre forældre')).not.toContain('foraeldres_misbrug');
  });

  it("does not turn bruises from play or sport, or a school child's broken arm, into abuse", () => {
    expect(raisedBy('Hun på 9 har blå mærker på benene fra fodbold')).toEqual([]);
    expect(raisedBy('Han brækkede armen, da han faldt ned fra klatrestativet')).toEqual([]);
  });
});

describe('CPR numbers', () => {
  it.each([
    '010203-1234',
    '0102031234',
    '010203 1234',
    '01 02 03-1234',
    '01.02.03-1234',
    '010203–1234',
    '311299-9999',
  ])('finds and masks %s', (cpr) => {
    const text = `Barnets cpr er ${cpr}, tak`;
    expect(findCprNumbers(text)).toHaveLength(1);
    const masked = maskCpr(text);
    expect(masked.masked).toBe(1);
    expect(masked.text).toBe(`Barnets cpr er ${CPR_MASK}, tak`);
    expect(masked.text.replace(/\D/g, '')).toBe('');
  });

  it('masks a mistyped CPR number with an impossible date too', () => {
    expect(maskCpr('cpr 320299-1234').masked).toBe(1);
  });

  it.each([
    'Ring 51 43 65 73',
    'score 4 af 10',
    'Hun er 12 år',
    'Tlf. 64747517',
    'sagsnr. 2026-123456',
    '12345678901',
  ])('leaves "%s" alone', (text) => {
    expect(maskCpr(text).text).toBe(text);
  });
});

describe('families of phrasings, not single sentences', () => {
  it.each([
    // The last part of a compound (`*brud`): fracture words nobody listed one by one.
    ['Røntgen viser et spiralbrud på lårbenet hos en baby på 3 måneder', 'overgreb'],
    ['Den lille på 6 uger har et metafysært hjørnebrud i knæet', 'overgreb'],
    // An adult's violent verb on the child or a body part, whatever the verb.
    ['Hun siger at stedfaren kylede hende ind i skabet', 'overgreb'],
    ['Han fortalte at far hamrede ham i ryggen', 'overgreb'],
    // A threat told in the future tense.
    ['Han siger at far har sagt han vil knække hans fingre', 'overgreb'],
    // Sexual acts and intimate body parts with an adult, in everyday words.
    ['Hun fortalte at træneren tog hende på brysterne i omklædningsrummet', 'overgreb'],
    ['Nogen har delt et billede af hende topløs på Snapchat', 'overgreb'],
    // Euphemisms for female genital mutilation with the holiday or the country.
    ['Pigen skal til Somalia i sommerferien og skal gøres ren ligesom sin storesøster', 'overgreb'],
    // An ideology or a group together with violence.
    ['Han siger at de vantro skal slagtes', 'radikalisering'],
    ['Hun siger at hun skal blive i Pakistan efter ferien og ikke komme tilbage', 'social_kontrol'],
    // "han" acting on "hende" is the man already named, not the girl (coreference).
    ['Stedfaren siger at pigen lyver, men hun har fortalt at han rører hende om natten', 'overgreb'],
    // Marks on a body part, whatever the word for the mark, imply abuse (via the signal).
    ['Hun har rifter på lårene og vil ikke sige hvorfor', 'overgreb'],
    // A negation in a condition denies nothing.
    ['Mormor siger at hun er uren, hvis de ikke fjerner det der dernede', 'overgreb'],
  ])('%s → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    'Drengen på 2 år faldt ned fra rutsjebanen og brækkede armen, vi så det selv',
    'Han knækkede sin arm da han faldt på løbehjulet',
    'Mor ryster en rangle foran den lille på 4 måneder og han griner',
    'Far er rystet efter at babyen var syg med feber i weekenden',
    'Pigen var med til sin fætters omskæringsfest i Tyrkiet',
    'Hun skal have klippet håret i sommerferien i Somalia',
    'Hun har et rødt mærke på halsen fra sin nye halskæde',
    'Mor truer med at tage hans telefon, hvis han ikke laver lektier',
    'Mor ved ikke hvad hun skal gøre, han slår hende når han får raserianfald',
    'Han har skrevet en historie om en ninja der dræber alle fjenderne',
  ])('raises no red flag: %s', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the third round: relations and families that generalise (sentences of our own)', () => {
  it.each([
    // An adult makes the child undress, or undresses it with a sexual context.
    ['Hun siger at naboen beder hende tage blusen af når hun er alene hos ham', 'overgreb'],
    ['Han fortalte at fætteren på 19 trækker hans shorts ned og lægger sig ovenpå', 'overgreb'],
    // A hand inside the child's clothes or sleeping bag, with an adult.
    ['Lederen på lejren havde hånden inde under hendes nattøj, fortæller hun', 'overgreb'],
    // Forced touching or sex.
    ['Hun siger at stedbroren får hende til at røre ved ham om aftenen', 'overgreb'],
    ['Han fortæller at en voksen mand på nettet presser ham til sex', 'overgreb'],
    // Injuries at intimate places in a small child.
    ['Ved bleskift så jeg blod og en rift ved hendes skede, hun er 2', 'overgreb'],
    // A first name defined as an adult stands for that adult.
    ['Hun sagde "Tom kilder min tissekone når mor sover". Tom er mors kæreste.', 'overgreb'],
    // The child's own words: "han" acting on "mig" is the adult already named.
    ['Hendes onkel passer hende. Hun siger "han tager på min numse og det kan jeg ikke lide"', 'overgreb'],
    // Re-enacting in play what an adult does.
    ['Drengen klemte dukken om halsen og sagde "sådan gør far ved mor"', 'overgreb'],
    // Days of silence or food withheld as punishment, threats of abandonment, frightening the child.
    ['Far har ikke talt til hende i fem dage som straf for karakteren', 'overgreb'],
    ['Mor siger at hvis han ikke tier stille, kører hun ham ud i skoven og efterlader ham', 'overgreb'],
    ['Stedfar siger til ham at spøgelset kommer og henter ham hvis han står op om natten', 'overgreb'],
    ['Hun får at vide at hun er ingenting værd', 'overgreb'],
    // Blows with an implement, and the marks it leaves.
    ['Han sagde at han fik med remmen fordi han løj', 'overgreb'],
    ['Der var lange striber på ryggen som efter en ledning', 'overgreb'],
    // FGM described by a euphemism, a country where girls are cut, and a girl.
    ['Mor siger at pigen skal have sin store dag hos mormor i Gambia, det bløder kun lidt', 'overgreb'],
    ['Efter rejsen til Etiopien går pigen meget langsomt med benene tæt sammen', 'overgreb'],
    // A girl pregnant below the age of consent.
    ['Pigen på 13 er gravid og vil ikke sige hvem faderen er', 'overgreb'],
    // Radicalisation by its signs.
    ['Han har en liste over lærerne i klassen og spørger hvor man køber en pistol', 'radikalisering'],
    ['Han ser videoer med IS og siger at krigerne er modige', 'radikalisering'],
    ['Hun siger at søstrene i kampen har brug for hende', 'radikalisering'],
    ['Hun skal forlove sig med sin fætter i sommerferien, og hun vil ikke', 'social_kontrol'],
    // A stranger adult with gifts and a meeting, online or not.
    ['Hun har fået en iPhone af en mand hun mødte i byen, og han vil have hende med hjem', 'overgreb'],
    // An adult who smashes things at home; blood on the floor after the adults' quarrel.
    ['Hun fortæller at far har smadret døren og slået hul i væggen, og at mor græd', 'overgreb'],
    ['Hun fortalte at der var blod på gulvet efter far og mor havde skændtes', 'overgreb'],
    // The child who has marks is not the one who acts.
    ['Drengen har mærker under kæben og siger at far løftede ham op i halsen', 'overgreb'],
    ['Babyen på 5 uger virker sløv og har kastet op, og mor siger at far mistede det i nat', 'overgreb'],
    ['Hun er bange for at familien tager hende med til Marokko og efterlader hende der', 'social_kontrol'],
    ['Hun har pakket sit pas og venter på at blive hentet ved grænsen i Hatay', 'radikalisering'],
    ['Han har søgt på hvordan man laver sprængstof', 'radikalisering'],
    ['Han har lavet en Telegram-gruppe hvor han deler videoer af angreb på politiet', 'radikalisering'],
    // In the child's own words, "han … mig" is the adult named before or after.
    ['Hun sagde "han slår mig når mor er ude". Han er mors kæreste.', 'overgreb'],
  ])('%s → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    // Care, play and ordinary life that share words with the families above.
    'Jeg hjalp hende med at tage trøjen af, da hun havde spildt suppe',
    'Lægen bad ham tage trøjen af, så hun kunne lytte på lungerne',
    'Pigen på 3 rører ved sig selv, når hun skal sove, og stopper, når vi afleder hende',
    'Han har bleudslæt og et lille sår i numsen',
    'Mor er gravid, og datteren på 12 glæder sig til at blive storesøster',
    'Drengen på 5 slog en anden dreng med en skovl og råbte at han ville slå ham ihjel',
    'Han tager til Etiopien i sommerferien og skal opereres for mandler når de kommer hjem',
    'Vi har om Nazityskland i historie, og han lavede en fin plakat',
    'Vores målmand er ren terror for modstanderne',
    'En veninde kaldte hende dum, og hun føler sig krænket',
    'Han spiste is og sagde at det var sejt',
    'Far har sagt at hun ikke må fortælle om fødselsdagsgaven til mor',
    'Far bad ham tage bukserne af, fordi de var våde efter regnvejret',
    'Hun skal opereres for mandler i Somalia hos sin onkel, som er læge',
    'Han har købt en billet til Gaziantep for at besøge familien',
    'Kim er mors nye kæreste, og han er god til at lave mad med børnene',
    'Hun skal på kostskole efter sommerferien, og forældrene har fundet en god skole',
    'Mor sagde at hun næsten blev kvalt af grin',
    'Hendes storesøster skal forloves i sommer, og hun vil ikke med til festen',
    'Han spiller ikke fodbold mere, men ser meget film',
    'Hun terroriserer sin lillebror og har bidt ham flere gange',
    'Han blev vred og slog hul i væggen på sit værelse, og mor var ked af det',
    'Drengen har slået sin lillebror i dag',
    'Vi har lavet bomber af bagepulver i fysik',
    'Han deler videoer af angreb fra Call of Duty med sine venner',
    'Drengen løftede sin lillesøster op i halsen',
    'En voksen fra klubben har givet ham en gave til hans fødselsdag, og hans mor hentede ham',
    'Hun sagde at hun ville slå sin bror ihjel, fordi han havde ødelagt hendes tegning',
  ])('raises no red flag: %s', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it('says which words made a first name an adult', () => {
    const hit = analyseText(
      'Hun siger at Tom rører ved hende under dynen. Tom er mors kæreste.',
      lexicon,
    ).redFlags;
    expect(hit.map((h) => h.id)).toEqual(['overgreb']);
    expect(hit[0]?.matched).toMatch(/Tom|rører/);
  });
});

describe('suicidal talk, as a relation and not only as fixed phrases', () => {
  it.each([
    'Han siger han tænker på at gøre en ende på det',
    'Hun har googlet hvordan man kan dø uden at det gør ondt',
    'Hun siger det ville være bedre for alle hvis hun ikke fandtes',
    'Han skrev at han ikke kan se meningen med livet og har tænkt på at tage piller',
    'Hun siger at det ville være nemmere for alle hvis hun ikke var her mere',
    'Han har skrevet at han er træt af at leve',
    'Hun sagde til sin mor at hun vil dø',
    // The child's own essay or poem shows the child's own thoughts; it is no lesson or film.
    'I en dansk stil skrev hun at hun ikke vil leve mere',
    'Han har skrevet et digt om at han vil dø',
    'Hun har ikke lyst til at leve mere, siger hun',
  ])('%s → selvmordstanker', (text) => {
    expect(signalsIn(text)).toContain('selvmordstanker');
  });

  it.each([
    'Farmor døde i sidste uge, og hun er meget ked af det',
    'Han tænker meget på at morfar er død',
    'Han siger at han vil dø som martyr',
    'Morfar begik selvmord sidste år, og hun savner ham',
    'Hun vil være væk fra klassen i morgen, fordi hun skal til tandlæge',
    'Vi havde emneuge om selvmord, og klassen var meget stille bagefter',
    'Han så en film om en dreng der tog sit eget liv',
  ])('is no suicidal talk: %s', (text) => {
    expect(signalsIn(text)).not.toContain('selvmordstanker');
  });
});

describe('suicidal talk and self-harm by kind, as children say them and professionals write them (issue 11)', () => {
  it.each([
    // The child's own words: it does not matter whether I live, the others are rid of me, no reason to live.
    'Han sagde i frikvarteret, at det er lige meget om han dør',
    'Han skrev til sin lærer: »I slipper snart for mig«',
    'Hun siger, at hun ikke ser nogen grund til at leve længere',
    'Hun siger, at hun bare gerne vil forsvinde',
    // A goodbye, things given away, a method searched for, the means gathered.
    'Hun skrev »farvel alle sammen« i klassens chat og har ikke svaret siden',
    'Han har givet sine ting væk til de andre på holdet',
    'Han har googlet hvor mange sovepiller der skal til',
    'Hun har samlet sine sovepiller i en skuffe under sengen',
  ])('%s → selvmordstanker', (text) => {
    expect(signalsIn(text)).toContain('selvmordstanker');
  });

  it.each([
    // A parent's or a partner's words, hatred of others, a figure of speech, an ordinary plan or goodbye.
    'Far har sagt, at han hellere vil have en død søn end en søn der er bøsse',
    'Han siger, at alle vantro skal dø',
    'Pigen vil hellere dø end at skulle til tandlæge',
    'Vi har en plan med forældrene for de næste uger',
    'Kæresten siger, at han slår sig selv ihjel, hvis hun slår op med ham',
    'Hun har sagt farvel til alle, fordi familien flytter til Jylland',
    'Han kan ikke være her, når de andre larmer',
    'Hun har ingen selvmordstanker, siger hun selv',
  ])('is no suicidal talk: %s', (text) => {
    expect(signalsIn(text)).not.toContain('selvmordstanker');
  });

  it.each([
    // Cuts described by where they are, a symbol cut into the skin, the child's own explanation.
    'Jeg så friske rifter på hendes underarm, da hun rakte hånden op',
    'Han har ridset et symbol ind i huden på armen med en passer',
    'Hun har små snit på armen og siger, at hun selv har gjort det',
  ])('%s → selvskade', (text) => {
    expect(signalsIn(text)).toContain('selvskade');
  });

  it.each([
    // Accidents, eczema, a toddler's temper, a cat, cut-off friends, long sleeves alone.
    'Hun brændte sig på ovnpladen, da vi bagte boller',
    'Han skar sig i tommelfingeren på en kniv i hjemkundskab',
    'Drengen på 2 år bider sig selv i armen, når han bliver vred',
    'Hun kradser sig til blods, fordi hun har eksem',
    'Han har cuttet alle sine gamle venner og hænger ud med nogle nye',
    'Hun går med lange ærmer, fordi hun fryser',
    'Hun har ridser på armene fra katten derhjemme',
  ])('is no self-harm: %s', (text) => {
    expect(signalsIn(text)).not.toContain('selvskade');
  });
});

describe("parents' substance use told by when and how, and words that only look like it (issue 11)", () => {
  it.each([
    'Stedfar er ellers meget engageret. Pigen siger, at han bliver helt anderledes og råber, når han har drukket',
    'Mor henter altid til tiden. Men i dag var hun sløret i talen, og pupillerne er små',
    'Far er en sød mand, men drengen fortalte om hvide piller alle steder i stuen',
  ])('%s → foraeldres_misbrug', (text) => {
    expect(signalsIn(text)).toContain('foraeldres_misbrug');
  });

  it.each([
    'Hun viste mig en sjov video på Snap, og mor har også set den',
    'Drengen har skæve tænder, og mor vil have ham til tandlæge',
    'Babyen drikker dårligt, siger mor, og sover meget',
  ])('is no substance use: %s', (text) => {
    expect(signalsIn(text)).not.toContain('foraeldres_misbrug');
  });
});

describe('a pregnancy with a risk to the unborn child, not an ordinary one (issue 11)', () => {
  it('is found when she drinks', () => {
    expect(signalsIn('Hun er gravid i uge 20 og drikker sig fuld flere gange om ugen.')).toContain(
      'graviditet_risiko',
    );
  });

  it('is not found when the text says she neither smokes nor drinks', () => {
    expect(
      signalsIn('Hun er gravid i uge 18, ryger ikke og drikker ikke, og kæresten er med til alle besøg.'),
    ).not.toContain('graviditet_risiko');
  });
});

describe('negation that does not deny what the child told', () => {
  it.each([
    // Not telling someone else: the "at" clause is what the child has told us.
    'Hun har ikke fortalt sin mor at stedfar rører ved hende om natten',
    'Han har aldrig sagt til nogen at far slår ham',
    // What someone does not know is still so.
    'Mor ved ikke at kæresten slår pigen',
    // A negated evidence verb ends at a new clause with "siden".
    'Hun har ikke set sin far siden han slog hende i sommer',
    // "Ikke første gang" is no denial.
    'Det er ikke første gang far slår hende, siger hun',
    // A verb after "og" starts a new predicate that a nominal negation does not reach.
    'Han har ingen venner og bliver slået af far',
  ])('%s → overgreb', (text) => {
    expect(raisedBy(text)).toContain('overgreb');
  });

  it.each([
    'Hun har ikke fortalt noget om at far slår hende',
    'Jeg har ikke set at far slår hende',
    'Hun har ikke sagt til mig at nogen slår hende',
    'Jeg tror ikke at far slår ham',
    'Han har ikke været slået siden han flyttede til sin mor',
  ])('still reads a denial: %s', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the fourth round: explanations that do not fit, varslede skader, contacts from the net (our own sentences)', () => {
  it.each([
    // An injury and, anywhere in the text, a professional's note that the explanation does not fit it.
    [
      'Drengen har blærer på begge hænder. Far siger at han rørte ved komfuret, men det passer ikke med mønsteret.',
      'overgreb',
    ],
    [
      'Der er et sår bag øret. Hun siger at hun slog sig på en legeplads, men sådan ser et fald ikke ud.',
      'overgreb',
    ],
    [
      'Babyen på 3 måneder har et brud på låret, og mor siger hun rullede ned fra sofaen, selvom hun slet ikke kan vende sig selv.',
      'overgreb',
    ],
    // A story about an injury that changes; marks shaped by an instrument.
    ['Han har en hævet kind. Først sagde han at han faldt, i dag siger han at det var en dør.', 'overgreb'],
    ['Ved lægetjekket så jeg flere parallelle striber på hendes lår.', 'overgreb'],
    // Repeated injuries counted.
    ['Den lille har nu tre knoglebrud på et år, og det er mest far der passer ham.', 'overgreb'],
    // An adult foretelling harm to the child: next time / if not, and a harm.
    ['Onkel sagde til pigen at hvis hun ikke holder mund, så smider han hende ud af vinduet.', 'overgreb'],
    ['Mor skrev til ham: "næste gang får du en tur med bæltet".', 'overgreb'],
    ['Papfar sagde at han skulle få noget at græde over.', 'overgreb'],
    // Someone only known from a game or the net asks for secrecy, the body or a meeting alone.
    ['En fra spillet har bedt hende om at tage trøjen af foran kameraet.', 'overgreb'],
    ['En bruger på Snapchat spørger ham hele tiden om han er alene hjemme.', 'overgreb'],
    // An adult goes for another adult at home.
    ['Drengen fortæller at stedfar gik løs på mor i køkkenet i går.', 'overgreb'],
    // A family council about the girl, gossip about her and boys.
    ['Hun siger at familien har holdt familieråd om hende efter weekenden.', 'social_kontrol'],
    ['Der går rygter om at hun har en kæreste, og hun tør ikke gå hjem til familien.', 'social_kontrol'],
    // A parent who would rather bury the child than accept her choice.
    ['Far har sagt at han hellere vil begrave hende end se hende gift med en fra klassen.', 'social_kontrol'],
    // »På spil« is at stake, not a game; a virginity check before a wedding.
    ['Far siger at familiens ære står på spil, hvis hun bliver set med drenge.', 'social_kontrol'],
    ['Mor vil have hende tjekket før brylluppet, og hun er 16.', 'social_kontrol'],
    // She may not come back after the holiday.
    [
      'Hun er bange for at hun ikke kommer tilbage efter sommerferien, fordi hun skal blive hos sin farmor i Pakistan.',
      'social_kontrol',
    ],
    // A colon that opens the adult's own words keeps them in the adult's sentence.
    ['Hun viste mig en sms fra far: du er en klam lille taber, og ingen gider dig.', 'overgreb'],
    // An instrument an adult brings out as a punishment.
    ['Hun fortalte at mor henter grydeskeen når hun kommer for sent hjem.', 'overgreb'],
    // Daughters in the plural are girls: no boy's legal circumcision.
    ['Mor siger at hendes døtre skal omskæres i sommer.', 'overgreb'],
    // Paraphrases of FGM with a country where it is done.
    [
      'Far spurgte om jeg kendte nogen der kunne gøre det på pigerne, for turen til Somalia er for dyr, og datteren er 6.',
      'overgreb',
    ],
    // A place where the child told it is not where an adult's violence happened.
    ['stedfar gav hende en ordentlig endefuld, sagde hun i bussen', 'overgreb'],
    // Sexual acts in everyday words, with an adult.
    ['Pigen siger at morfar plejer at pille hende dernede når hun sover der.', 'overgreb'],
    ['Drengen fortalte at naboen vasker ham mellem benene i badet selvom han kan selv.', 'overgreb'],
    // An infant that will not use an arm or a leg.
    ['Drengen på 4 måneder vil ikke bruge sin venstre arm, og far ved ikke hvad der er sket.', 'overgreb'],
    // A strangulation mark described by its shape.
    ['Der er en rød stribe hele vejen rundt om halsen på ham, og han vil ikke sige noget.', 'overgreb'],
    // A ban whose reason is that she is a girl.
    ['Far har meldt hende ud af svømning, fordi hun er blevet kvinde nu.', 'social_kontrol'],
    // A break with old friends for a new creed's words; a code word of an extremist milieu alone.
    [
      'Han har droppet sin bedste ven og siger at kun hans nye sheikh ved hvad der er rigtigt.',
      'radikalisering',
    ],
    ['Hun deler videoer om at man skal rense Danmark, og de andre i klassen er bange.', 'radikalisering'],
    // Taken out of school before a stay in the home country; sent to the relatives for her conduct; her wedding.
    [
      'Forældrene har taget hende ud af skolen, for hun skal bo hos familien i Pakistan et stykke tid.',
      'social_kontrol',
    ],
    [
      'Hvis hun bliver ved med at gå til fest, bliver hun sendt ned til farmor, siger broren.',
      'social_kontrol',
    ],
    ['Der er købt bryllupskjole til hende, og hun siger at hun ikke vil. Hun er 15.', 'social_kontrol'],
    // Washing kept secret, or an adult's genitals, is no care.
    ['Naboen vasker hende dernede i badet og siger at hun ikke må fortælle det til nogen.', 'overgreb'],
    // A mark shaped like a hot object; hot water poured over the child; burns like gloves.
    ['Hun har et mærke på låret der ligner spidsen af et strygejern.', 'overgreb'],
    ['Han siger at mor hældte kogende vand ud over ham i går.', 'overgreb'],
    // Deprived of food as a punishment.
    ['Stedmor siger at pigen ikke skal have noget at spise, før hun har ryddet op.', 'overgreb'],
    // An adult calling the child sexy; a drawing the child says shows the adults at home.
    ['Spejderlederen har skrevet til hende at hun er sexet. Hun er 12.', 'overgreb'],
    ['Hun tegnede en mand der sparker en kvinde og sagde at det er stedfar og mor.', 'overgreb'],
    // A subordinate existential denies only its own clause.
    [
      'Hun fortalte at der ikke er nogen voksne hjemme om aftenen, og far slår hende når han kommer.',
      'overgreb',
    ],
    // Made to watch "those films" by an adult.
    ['Han skrev at onkel tvinger ham til at se de der film om natten.', 'overgreb'],
    // Shaking told as rocking.
    [
      'Babyen på 2 måneder er slap, og far siger at han gyngede hende lidt voldsomt, da hun ikke ville sove.',
      'overgreb',
    ],
    // A friend who tells it is no child in a fight.
    ['Stedfar skælder ud, og så tager han fat i hende og slår, siger en veninde.', 'overgreb'],
    // Finding the way to a conflict zone around checks or parents.
    ['Han spurgte mig hvordan man rejser til Syrien uden at blive stoppet.', 'radikalisering'],
  ])('%s → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    // The explanation fits, or nobody says it does not.
    'Han har et sår på knæet efter at han faldt på cyklen, og det passer med det han fortæller.',
    'Hun har en skade i foden fra fodbold; hun kan ikke gå på den i en uge, siger lægen.',
    // A change of mind without an injury; lines in maths.
    'Først sagde hun at hun ville med på tur, men nu er hun syg.',
    'I matematik tegnede hun parallelle streger og aflange figurer.',
    // "Næste gang" and "hvis ikke" without any harm.
    'Mor sagde til ham at næste gang de skal en tur med færgen, skal han have jakke på.',
    'Far sagde at hvis han ikke laver lektier, bliver det ikke sjovt til prøven.',
    'Far har sagt at næste gang hun kommer for sent, skal hun selv skære brød til madpakken.',
    // A contact from the net without any demand; a safety lesson.
    'Han spiller online med en fra spillet, og de snakker om Minecraft.',
    'Vi havde et forløb om at en fra nettet aldrig skal have din adresse eller vide om du er alene hjemme.',
    // A family council about the holidays, gossip that is not about the girl and boys, a holiday with a return.
    'Vi holdt et familieråd om hvor vi skal holde jul i år.',
    'Der går rygter om at skolen skal lukkes, og forældrene er bekymrede.',
    'En dreng i klassen spreder rygter om de andre og truer med at lægge billeder op.',
    // An instrument without any punishment; a daughter's haircut; a fight among children in the bus.
    'Far tager bæltet af når han kommer hjem fra arbejde og hænger det på knagen.',
    'Mor siger at hendes døtre skal klippes i sommer.',
    'Han gav ham en på hovedet i bussen, og så sloges de to drenge.',
    // A toddler who will not use an arm after a diagnosed illness; a ban with no reason in her being a girl.
    'Han er 5 år og vil ikke bruge sin arm efter gipsen kom af, siger fysioterapeuten.',
    'Hun må ikke spise slik i børnehaven, fordi hun har diabetes.',
    // Teenagers falling out, in strong words; cleaning the school.
    'Hun har slettet alle sine veninder på Snap efter et skænderi og siger at de kan gå ad helvede til.',
    'Klassen skal rense skolegården for affald i morgen.',
    // A school change, a visit to grandmother, a cousin's wedding that a boy does not want to attend.
    'Forældrene har meldt ham ud af skolen, fordi familien flytter til Odense.',
    'Hun bliver sendt ned til farmor i weekenden, mens forældrene er til fest.',
    'Han skal med til sin kusines bryllup i Tyrkiet, men han vil ikke have jakkesæt på.',
    // Washing a child as care; a hot object as a present; pouring water for the child.
    'Mor vasker hende dernede med en svamp efter bleskift, fordi hun har udslæt.',
    'Mor har købt et krøllejern til hende i fødselsdagsgave, og hun er glad for det.',
    'Far hældte varmt vand i koppen til hende, så hun kunne lave te.',
    // A mother praising a dress; a drawing from a film.
    'Mor siger at hun er lækker i den nye kjole.',
    'Han tegnede en mand der sparker en kvinde, ligesom i filmen de så i går.',
    // »Hverken« in a subordinate clause denies the whole list.
    'Hun siger at der hverken er slag eller trusler derhjemme, hun savner bare sin hund.',
    'Han fortæller at der ikke er nogen der slår ham, han er bare træt.',
    // Made to watch a film to the end.
    'Far tvinger ham til at se film med familien om fredagen i stedet for at spille.',
    // Rocking a baby gently.
    'Far vugger babyen på 2 måneder blidt, når hun ikke vil sove.',
    // A child hitting a friend, told by another friend.
    'Hun slår sin veninde, fortæller kammeraten, og mor har talt med hende om det.',
    // A game where the honour of the team is at stake; a health check before a trip.
    'I spillet står holdets ære på spil i sidste runde, og han er helt oppe at køre.',
    'Hun skal undersøges af lægen før ferien, fordi hun har astma.',
    // A colon before someone's kind words.
    'Far skrev til mig: drengen er en god dreng, men han er meget træt for tiden.',
    'Hun kommer tilbage efter sommerferien i Tyrkiet og glæder sig til at se klassen.',
    // Travel to a conflict zone's neighbourhood for the family, asked plainly.
    'Hun spurgte hvordan man søger om pas, for familien skal på ferie til Tyrkiet.',
  ])('stays quiet on %s', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it('reads a father filming his crying daughter as humiliation, not as the family watching her', () => {
    const flags = raisedBy('Far filmer hende når hun græder og viser det til sine venner og familien.');
    expect(flags).not.toContain('social_kontrol');
  });
});

describe('the fifth round: families from fresh batches, each with near misses (sentences of our own)', () => {
  it.each([
    ['Far gav ham et ordentligt rap over fingrene, fordi han spildte mælken', 'overgreb'],
    ['Mor tugter ham med en kæp, når han ikke vil spise', 'overgreb'],
    ['Bedstefar giver hende klø på fingrene med linealen', 'overgreb'],
    ['Han fortæller, at stedfar pisker ham med opladeren', 'overgreb'],
    ['Hun sagde, at onkel rørte ved hendes tissen, og at det er deres hemmelighed', 'overgreb'],
    ['Den lille på 3 siger »nej, ikke putte fingeren ind«, når morfar skifter hende', 'overgreb'],
    ['Hun græd ved bleskiftet og sagde »ikke pille i numsen, det gør onkel også«', 'overgreb'],
    [
      'En gamer-ven på Discord har tilbudt at betale hans togbillet til København, hvis han ikke siger det til mor',
      'overgreb',
    ],
    ['Mor fortæller, at pigerne skal til Gambia i sommer for at blive gjort klar', 'overgreb'],
    ['Ved undersøgelsen ses cirkulære ar på begge underarme, og han vil ikke sige hvorfor', 'overgreb'],
    ['Hun er hæs, og fundene er forenelige med tryk mod halsen', 'overgreb'],
    ['Fætrene holder øje hver gang hun har håndbold og filmer hende fra tribunen', 'social_kontrol'],
    [
      'Hun skal sende et billede til sin bror hvert kvarter, så han kan se at hun ikke er sammen med drenge',
      'social_kontrol',
    ],
    ['Moren har bedt os skrive ned hvem hun snakker med i frikvartererne', 'social_kontrol'],
    ['Han siger, at hvis hans far finder ud af, at han er bøsse, så er han en død mand', 'social_kontrol'],
    ['Far ringer flere gange om dagen for at høre, hvem hun sidder ved siden af', 'social_kontrol'],
    ['Familien har arrangeret et ægteskab for hende i sommerferien', 'social_kontrol'],
    ['Hvis hun ikke makker ret, bliver hun sendt ned til sin farmor i Irak', 'social_kontrol'],
    ['Hun siger, at onkel ligger i hendes seng om natten, og at hun ikke må sige det til mor', 'overgreb'],
    ['Han har små røde prikker i øjnene og et rødt mærke på halsen', 'overgreb'],
    ['Han siger, at storebroren på 17 har gjort ting ved ham i badet, som han ikke kan lide', 'overgreb'],
    ['Far nakkede ham i garderoben, så hovedet ramte knagerækken', 'overgreb'],
    ['Hun har købt en enkeltbillet til Tyrkiet og taler om at gifte sig med en kriger', 'radikalisering'],
    ['Han har skrevet RAHOWA på sit penalhus', 'radikalisering'],
    ['Hun taler om at make hijrah og om at rejse til Sham', 'radikalisering'],
    ['Han har delt manifestet fra en skoleskytte og skriver, at han vil gå i hans fodspor', 'radikalisering'],
  ])('%s → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    'Mor er helt flad efter nattevagterne',
    'Hun brændte sig på komfuret, da hun hjalp med aftensmaden, og mor kølede det straks',
    'Han rørte ved ovndøren og fik en lille forbrænding; de var på skadestuen samme dag',
    'Hun blev bidt af naboens hund som lille og er stadig bange for hunde',
    'Han slår på boksepuden i kælderen, når han er sur',
    'De to søskende slås som hund og kat, siger mor',
    'Storebror på 4 skubbede lillebror i sandkassen',
    'Hun vil slå ham, hvis han tager hendes viskelæder igen',
    'Mors dødsfald har ramt ham hårdt, og han sover dårligt',
    'Familien bor på et herberg for hjemløse, efter at de mistede lejligheden',
    'Hun har fået venneanmodninger fra fremmede på Snapchat, men har blokeret dem',
    'Hun er 17 og vil testes for klamydia, fordi hun har haft sex med sin kæreste',
    'I frikvarteret legede de bombe med en bold',
    'Storebror filmer hende til kampen og lægger det op, og hun er stolt',
    'Han er flygtet fra Syrien og tegner fly, der smider bomber',
    'Pigerne legede bryllup i dukkekrogen, og den ene sagde, at hun skulle giftes med prinsen',
    'Vi har renset såret og sat plaster på',
    'Mor er selv aktiv i en forening mod omskæring',
    'Malthe (6) slog pædagogen, da han skulle rydde op',
    'I dag slog han en pædagog med en skovl, fordi han var vred',
    'Han kom glad tilbage fra Pakistan, hvor han havde gået i koranskole med fætrene',
    'Hun siger, at ingen bliver slået derhjemme, de råber bare',
    'Han skrev en gyserhistorie om en zombie, der kvæler folk i kælderen',
    'Han laver beats og drømmer om at blive producer',
    'Hun læser om islamisk feminisme og går i moskeen med sin veninde',
    'Hun fik hestens hov på foden i stalden og har et blåt mærke',
    'Vi har en hemmelighed: vi laver en gave til mor i weekenden',
    'Han har røde prikker i ansigtet efter at have kastet op hele natten',
    'Far er meget vred på ham, fordi han har knækket sin cykel',
    'Han nakker bolden ind i målet til træning',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it('reads »Blood & Honour« as a neo-Nazi network, not as the family’s honour', () => {
    const flags = raisedBy('Han har »Blood & Honour« skrevet på tasken og et keltisk kors på jakken');
    expect(flags).toContain('radikalisering');
    expect(flags).not.toContain('social_kontrol');
  });
});

describe('the sixth round: control described by behaviour, slogans, explanations elsewhere in the text (sentences of our own)', () => {
  it.each([
    // honour and reputation as the reason for a ban or for watching her
    ['Hun må ikke gå til volleyball længere, for det giver snak i familien', 'social_kontrol'],
    ['Hun er holdt op med at danse; hendes bror siger, at så ser folk det', 'social_kontrol'],
    [
      'Far siger, at hun ikke er hans datter mere, hvis hun bliver ved med at se sin kæreste',
      'social_kontrol',
    ],
    ['Hun må ikke tage med på hyttetur, det er imod vores kultur, skriver far', 'social_kontrol'],
    // surveillance in the girl's own words
    ['Min fætter tjekker mine beskeder hver aften', 'social_kontrol'],
    ['Storebror ringede til hende 14 gange, da bussen var forsinket', 'social_kontrol'],
    ['Hendes lillebror får 10 kr for at fortælle, hvad hun laver i frikvarteret', 'social_kontrol'],
    ['Han ringer til far, hvis jeg snakker med nogen fra klassen, siger hun', 'social_kontrol'],
    // threats and decisions from the family
    ['Onklerne holdt et familieråd om hende, efter at hun var blevet set med en dreng', 'social_kontrol'],
    ['Hun siger, at familien tager sig af det, hvis hun ikke stopper med at træne', 'social_kontrol'],
    ['Mor siger, at ellers tager de hende ud af landet', 'social_kontrol'],
    ['Hun er 14 og skal giftes i sommer. Det har hendes far bestemt', 'social_kontrol'],
    ['Storebror har tævet hende, fordi hun var med på lejrskole', 'social_kontrol'],
    ['She says she is engaged to a cousin and that the family decided; hun er 15', 'social_kontrol'],
    ['Hun går med tørklæde nu og siger, at ellers snakker folk om os', 'social_kontrol'],
    ['Hun har bedt skolen om at gemme hendes pas, far har planer for sommeren', 'social_kontrol'],
    [
      'Hans storebror følger ham til træning. Han tjekker hvem han har snakket med, siger drengen',
      'social_kontrol',
    ],
    [
      'Hun siger, at hvis hendes brødre finder ud af, at hun har en kæreste, så er det slut',
      'social_kontrol',
    ],
    ['Han blev sendt til en madrasa i Somalia i et år for at lære respekt', 'social_kontrol'],
    // radicalisation: slogans and behaviour
    ['Hans bror rejste til Syrien, og nu er han stolt af ham og vil selv af sted', 'radikalisering'],
    ['Hun siger, at fredelig protest er død, og har fundet ud af, hvor direktøren bor', 'radikalisering'],
    ['Han siger, at jøderne styrer medierne, og har fået en SS-ring', 'radikalisering'],
    ['Hun vil hjælpe søstrene i lejrene og spørger, hvordan man får et pas', 'radikalisering'],
    ['Han skriver kun med nye brødre i en telegramgruppe og vil til Syrien', 'radikalisering'],
    ['Han viser videoer af henrettelser og siger, det er det de fortjener', 'radikalisering'],
    ['Hun siger, at systemet skal brændes ned, og at det er på tide', 'radikalisering'],
    // threats in the adult's own words, beatings in slang, violence against mother's body
    ['Far sagde: ellers brækker jeg dine fingre', 'overgreb'],
    ['Stedfar har drukket og sagde til hende: næste gang er det dig', 'overgreb'],
    ['Han fik nogle på skrinet af sin far i går', 'overgreb'],
    ['Hun fortalte, at stedfar knuste mors næse', 'overgreb'],
    // marks that tell what made them, findings no game makes
    ['Striber på låret som efter en ledning; han siger, han faldt', 'overgreb'],
    ['Hun har lilla aftryk rundt om halsen', 'overgreb'],
    // a small child's sexual knowledge, contacts who offer and ask for secrecy
    ['Han imiterer samleje med bamserne og siger, at det har han set', 'overgreb'],
    ['En mand på Snap har lovet hende gavekort, hvis hun møder ham uden at sige det til nogen', 'overgreb'],
    ['Han har fået klø af far igen, siger storesøster i frikvarteret', 'overgreb'],
    ['She wrote: my stepdad beats my mom', 'overgreb'],
    ['Hun siger, at mors kæreste vasker hende indeni, når mor er på arbejde', 'overgreb'],
    ['Holdlederen kører ham hjem, og så lægger han hånden på mig der, siger drengen', 'overgreb'],
    ['Storebror på 19 har smadret ham ind i væggen', 'overgreb'],
    [
      'Mors nye mand bor hos dem. Hun sagde: når mor er på arbejde, sover jeg i hans seng og det gør ondt',
      'overgreb',
    ],
    // the same words with an adult as the doer or a girl named stay red flags
    ['Far har slået ham i ansigtet, og han har blå mærker på kinden', 'overgreb'],
    ['Pigen skal omskæres hos en kvinde i landsbyen i sommerferien', 'overgreb'],
  ])('%s → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    // ordinary parents' rules and checks
    'Han må ikke tage til LAN-party, fordi mor ikke kender de andre forældre',
    'Mor har tjekket hans telefon én gang, fordi han havde brugt 900 kr på et spil',
    'Han skammer sig over sin karakter i matematik',
    'Hun bliver hentet af storebror hver dag, fordi mor arbejder sent',
    'Mor synes, at kæresten er en dårlig indflydelse, fordi han ryger',
    'Storebror henter hende efter træning, fordi hun cykler langt i mørket',
    'Han må ikke komme med på lejrskole, fordi han har brækket benet',
    // teaching, news, play and distance from the ideology
    'Temauge om terror. En dreng spurgte, om Islamisk Stat kan komme til Danmark',
    'To venner kalder hinanden terrorist, når de spiller bold, og griner',
    'Han tegnede et overstreget hagekors som anti-nazi-kunst',
    'Hun skriver opgave om, hvorfor unge blev rekrutteret af IS. Hun er tydeligt kritisk',
    'Hans storebror bor i Syrien, og han savner ham',
    // medical explanations in another sentence
    'Hun har blå mærker på benene. Hun har ITP og følges på børneafdelingen',
    'De runde røde mærker på ryggen er fra kopsugning mod forkølelse',
    'Henvist for blå mærker. Blodprøver viser von Willebrands sygdom',
    'Honningfarvede skorper om næse og mund. Lægen siger børnesår',
    'Lille Oscar blev omskåret på klinikken af religiøse grunde og har det fint',
    'Han sagde, at far har slået en mand. Det viste sig at være fra en film, han har set',
    'Han har et billede af en pistol som baggrund på sin telefon',
    'Han har fået klø i hovedet, der går lus på stuen',
    'Skolen gemmer hendes pas til studieturen til Berlin',
    'Storebror på 12 skubbede ham ind i væggen, da de legede',
    'Hun sover i hans seng og det gør ondt i maven, siger hun om lillebror',
    'Det er imod vores kultur at spise svinekød, siger hun, og hun glæder sig til lejrskolen',
    'Hun får 10 kr for at fortælle, hvad hun har lært i skolen',
    'Hun vil hjælpe søstrene på hospitalet som frivillig',
    'Hun må ikke gå på efterskole, fordi de ikke har råd',
    'Hun har kontakter i Ukraine, fordi hendes mormor bor der',
    'Mor sagde til ham, at ellers tager de ikke til Tyrkiet i sommer',
    'Far siger, at hun er næste, der skal i bad',
    'Han er med i en telegramgruppe for sit fodboldhold',
    'Brandsår på armen fra bålet på spejderturen, vi kølede det straks',
    'Mor holdt hende fast, da hun blev vaccineret, og der er et lille blåt mærke ved stikstedet',
    'Han siger, det var et overgreb, at vi tog hans mobil i timen',
    'Hun har set i nyhederne, at en far havde rystet sin baby, og spurgte om det',
    'Han fortæller om en film hvor en far kvæler en mand',
    'Mor vasker hende, når hun har tisset i bukserne',
    'Hun er helt slap i kroppen efter influenzaen, siger mor',
    'Hun er stolt af sin morfar, som rejste fra Syrien til Danmark i 1990',
    'Hun lægger make-up og har sagt, at hun gerne vil være frisør',
    'Mor er så træt og sagde med et smil, at hun kunne slå ham ihjel, da han væltede mælken',
    'Mor er bange for at gøre hende fortræd, fordi hun sover så lidt; vi har aftalt ekstra besøg',
    'Far siger, at han selv går ud på altanen og trækker vejret, når sønnen skriger',
    'Hun har tisset i bukserne tre gange i denne uge, siden lillebror kom',
    'Hun sagde, at det nu er hendes tur, og at jeg er den næste i køen',
    'Hun har en rem på tasken og en ledning til opladeren',
    'Han tegner en mand med en stor hat og en lille hund',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it('reads a ban on talking with boys as social control, not as psychological violence', () => {
    expect(raisedBy('Hun må ikke tale med drenge i frikvarteret, og hun må ikke gå i klub')).toEqual([
      'social_kontrol',
    ]);
    expect(raisedBy('Han må ikke tale med nogen, når han er hjemme, siger han')).toContain('overgreb');
  });

  it('reads »må ikke blive set med drenge« as a ban, not as a denial that reaches the end of the sentence', () => {
    // `negation.prohibitive` (»må«) makes the negator a ban: »set« after it is no verb of evidence denied.
    const text = 'Hun siger hun ik maa blive set med drenge for så er familiens ære ødelagt';
    expect(raisedBy(text)).toContain('social_kontrol');
    expect(raisedBy('Vi har ikke set tegn på, at familiens ære spiller en rolle')).toEqual([]);
  });
});

describe('the seventh round: scope of negations and word senses', () => {
  it.each([
    // A related word inside a negation does not complete a pattern when the negator stands between it and the act.
    'En fremmed skrev til ham på Snapchat. Den fremmede bad ikke om billeder.',
    // A spaced dash ends a negation, but what stands after it must still be a red flag of its own.
    'Intet tyder på det – men hun har blå mærker på knæet efter fodbold',
    // The adult who trembles herself, not a baby shaken.
    'Mor fortæller, at hun ryster og er stresset. Babyen på 3 måneder græder meget.',
    // A slur's word about a situation, not about the child.
    'Forældrene er midt i en grim skilsmisse, og far er flyttet.',
    // Violence in the town, not against the child.
    'Storebror følger ham hjem pga. overfaldene i byen',
    // A small child who lashes out at the baby.
    'Han vågner om natten og slår ud efter babyen',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it.each([
    ['En fremmed skrev til ham på Snapchat og bad om billeder', 'overgreb'],
    // The ban's own negator does not take its words away, nor does one that goes on listing what it forbids.
    ['Hun må ikke tage kørekort, ikke gå på gymnasiet og ikke have egen bankkonto', 'social_kontrol'],
    [
      'Hun siger, at hun ikke må synge nationalsangen. Hun taler ikke længere med sine gamle veninder.',
      'radikalisering',
    ],
    // After a spaced dash the negation is over.
    ['Vi har ikke set noget – slag med bæltet, siger hun', 'overgreb'],
    ['Vi har ikke set tegn på noget – hun er blevet slået med en bøjle', 'overgreb'],
    ['Mor ryster den lille, når hun græder. Hun er 3 måneder.', 'overgreb'],
    ['Far siger til hende, at hun er grim og dum', 'overgreb'],
    ['Hun blev overfaldet i parken af sin stedfar', 'overgreb'],
    ['Far slår ud efter ham, når han er fuld', 'overgreb'],
    ['Han vågner om natten og slår babyen', 'overgreb'],
    // »ikke … ligesom morfar«: the child names who does it, a protest, not a denial.
    ["Hun sagde 'ikke slikke tissen ligesom morfar'", 'overgreb'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });
});

describe('the seventh round: social control told by behaviour', () => {
  it.each([
    // Violence or a threat from the family for her own life: a boy, being seen, her clothes.
    [
      'Hun siger, at hendes bror slog hende, fordi hun var blevet set med en dreng efter skole',
      'social_kontrol',
    ],
    [
      'Hendes far har sagt, at han vil ordne hende, hvis han igen ser hende sammen med en fyr',
      'social_kontrol',
    ],
    // A stay abroad that is to change the child, or is for her own life.
    ['Familien vil sende hende til Irak, fordi hun har fået en kæreste', 'social_kontrol'],
    ['Forældrene siger, at han skal et år til Somalia for at blive en rigtig mand', 'social_kontrol'],
    // The family watching, with what it is to find out, or what happens at home when they see.
    [
      'Hendes fætter står i kantinen og holder øje og fortæller det hele til hendes far, hvis hun snakker med drenge',
      'social_kontrol',
    ],
    [
      'Hun siger, at hvis hendes storebror ser hende med drenge, så får hun problemer derhjemme',
      'social_kontrol',
    ],
    [
      'Storesøster kigger efter hende i frikvarteret. Mor har sagt, hun skal se om hun er sammen med drenge.',
      'social_kontrol',
    ],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    // Violence from the mother's boyfriend, or for homework: abuse, not control of her own life.
    'Mors kæreste slog hende i går, og hun har et blåt mærke',
    'Far slog ham i weekenden, fordi han havde glemt sine lektier',
    // A year abroad she chose, a summer holiday.
    'Hun skal et år til Tyrkiet på højskole, det har hun selv søgt',
    'Hun skal på ferie i Tyrkiet i sommerferien og besøge sin farmor',
  ])('"%s" is no social control', (text) => {
    expect(raisedBy(text)).not.toContain('social_kontrol');
  });

  it.each([
    'Hun siger, at hvis hun får dårlige karakterer, så får hun problemer derhjemme',
    'Mor vil fortælle far, at hun har været sød i dag',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the seventh round: radicalisation told by its signs', () => {
  it.each([
    // A group called vermin, a weapon meant for a group, admiration of an attack, codes, a journey to fight.
    ['Han siger, at migranter er virus, og at nogen burde rydde op', 'radikalisering'],
    ['Han viste en kniv og sagde, den var til zionisterne', 'radikalisering'],
    ['Han har skrevet, at han bliver den næste, under en video om et skoleangreb', 'radikalisering'],
    ['Han har sorte sole på jakken og taler om at alle skal sendes hjem', 'radikalisering'],
    ['Han siger, at vi skal lave en Anders på fredag', 'radikalisering'],
    ['Han vil til Afghanistan for at leve under den rigtige lov', 'radikalisering'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    'Han har virus og ligger syg, sagde mor',
    'Indvandrere i klassen hjælper ham med matematik',
    'Han ser meget op til sin storebror, der spiller fodbold',
    // Sort Sol, the starlings over the marsh, is no symbol.
    'Vi var i Tønder og så sort sol med klassen',
    'Han vil til Afghanistan for at besøge sin farmor',
    'Han viste mig sin nye kniv fra spejderne',
    'Han vil gerne blive den næste formand for elevrådet',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the seventh round: ordinary concerns that read like red flags', () => {
  it.each([
    // A ban with an ordinary reason the child accepts.
    'Hun må ikke gå til fester, hvor der er alkohol, og det synes hun er fair nok',
    // Knowing what goes on somewhere is no threat.
    'Far ved, hvad der sker på nettet, så hun må kun have mobilen en time',
    // A small child's new behaviour.
    'Han er 2 og er begyndt at bide og slå, når han bliver træt',
    // Wetting oneself with laughter.
    'Hun tisser næsten i bukserne af grin, når morfar kilder hende',
    // »Slå ihjel« said with a laugh.
    'Han sagde, at far slår ham ihjel, når han ser karakteren, og så grinede han',
    // The family's photos of small children.
    'Far tog billeder af dem i badekarret, da de var små, og de hænger i stuen',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it.each([
    ['Far er begyndt at slå hende, når han har drukket', 'overgreb'],
    ['Far siger: du ved, hvad der sker, hvis du siger noget', 'overgreb'],
    ['Morfar kilder hende i bukserne, og hun siger, det er en hemmelighed', 'overgreb'],
    ['Far slår ham, siger han, og så griner han nervøst', 'overgreb'],
    ['Far siger, at han slår hende ihjel, hvis hun fortæller det', 'overgreb'],
    ['Stedfar tager billeder af hende i badet, og hun må ikke sige det til mor', 'overgreb'],
    ['Hun må ikke gå til fester eller have veninder med hjem, fordi hun er pige', 'social_kontrol'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });
});

describe('the seventh round: negated lists', () => {
  it.each([
    // »Hverken … eller« denies the verb of everyone listed, also the people who are subjects elsewhere.
    'Hverken mor, far eller storebror har slået hende, siger hun; det var en dreng fra 5., og det er håndteret.',
    // After a negated preposition the list of nouns goes on over its commas to "eller".
    'Hun har ikke været udsat for trusler, slag eller at blive låst inde, siger hun.',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it.each([
    ['Hverken mor eller far har slået hende, men onklen slår hende', 'overgreb'],
    // A comma after a plain negation without a preposition still ends it.
    ['Hun har ikke set ham, far slår hende eller mor', 'overgreb'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });
});

describe('the seventh round: abuse told indirectly', () => {
  it.each([
    // Marks where children rarely hurt themselves: a fall does not explain them.
    ['Hun har blå mærker bag begge ører. Mor siger, hun faldt på legepladsen.', 'overgreb'],
    ['Han har mærker på ryggen og maven og siger, det var ingenting.', 'overgreb'],
    // Sexual acts in a child's or a teenager's own euphemisms, with an adult.
    ['Han siger, at morfar leger doktor med ham i sommerhuset', 'overgreb'],
    ['Hun siger, at hun lod ham gøre det, selvom hun sagde nej. Kæresten er 22.', 'overgreb'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    // A cheek, a knee after a fall or sport; a diagnosis.
    'Han har et blåt mærke på kinden, han faldt ned af sofaen, siger mor.',
    'Blåt mærke på knæet efter fodbold.',
    'Hun har røde striber på ryggen, det er dermatografisme, hun har kradset sig.',
    // Children's own play.
    'To 4-årige legede doktor bag skuret, de fnisede, og pædagogen talte med dem.',
    'Hun sagde nej til kage, selvom hun var sulten.',
  ])('"%s" is no abuse', (text) => {
    expect(raisedBy(text)).not.toContain('overgreb');
  });
});

describe('the seventh round: the misses and false alarms of tuning7a/7b, by kind', () => {
  it.each([
    [
      'En han kender fra Roblox giver ham robux på Discord og vil have, at han tager trøjen af på kamera',
      'overgreb',
    ],
    ['Pigen fortæller, at hun skal have sit snit i Somalia til sommer ligesom storesøster', 'overgreb'],
    ['Mor har sagt, at hun bliver givet væk, hvis hun græder igen', 'overgreb'],
    ['Kæresten ruskede ham godt igennem, fordi han græd. Han er 4 mdr.', 'overgreb'],
    ['Han har pepe i SS-uniform som baggrund og skriver its okay to be white', 'radikalisering'],
    ['Storebror har hendes Snapchat-kode og står ved lågen hver dag', 'social_kontrol'],
    // A question the child answers yes to is told.
    ['Mor spurgte hende, om far slår hende, og hun sagde ja', 'overgreb'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    // A child who hits, named by age; two children who fight.
    'Hendes 5-årige slår hende, når han ikke får skærmtid',
    'To piger kom op at slås i frikvarteret',
    'Hun bider og kradser tre børn om dagen',
    // A question, not a report.
    'Mor spørger hver dag, om nogen har slået hende',
    // The school, not the family; a feeling, not psychological violence.
    'En lærer læste hendes besked højt i timen, og hun følte sig ydmyget',
    'Han følte sig ydmyget, da han tabte i skak',
    // »Oplevet« is a verb of evidence.
    'Vi har ikke oplevet noget bekymrende ift. vold hjemme',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the seventh round: hurried Teams registers (tuning8d) and what they showed', () => {
  it.each([
    ['Stedfar har taget pics af hende naked i badet', 'overgreb'],
    ['X har set stepdad hitte mor flere gange', 'overgreb'],
    ['Flere små runde sår på numsen i forskellige stadier af heling', 'overgreb'],
    ['Hun ska giftes i sommer med en fætter, hun er 15', 'social_kontrol'],
    ['Onklen siger, hun bliver sendt til Marokko, hvis hun taler med drenge', 'social_kontrol'],
    ['Mor har taget hende ud af fodbold, fordi det ikke er for piger i vores familie', 'social_kontrol'],
    ['Mor sagde, at nu har hun ødelagt vores navn, og at far skal tage sig af det', 'social_kontrol'],
    ['Han har en liste over moskeer, han vil besøge med benzin', 'radikalisering'],
    // An adult who wishes the child dead, said to the child.
    ['Far har sagt til ham, at han ville ønske han var død', 'overgreb'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    // A hold in a sport; a denial with the existential inverted (»er der ikke noget, der tyder på«).
    'Hun har judo og fik mærker på halsen fra et kvælertag til stævnet',
    'Efter hjemmebesøget er der ikke noget, der tyder på, at hun er udsat for overgreb',
    // The child's own wish to be dead is a sign of suicidal thoughts, not of abuse.
    'En 10-årig siger, hun ønsker hun var død',
    // A theme in religion lessons.
    'Vi har et tema om korstog og jihad i religion',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the seventh round: what the family must not find out, and bans for being a girl', () => {
  it.each([
    [
      'Hun siger, at hvis hendes familie finder ud af det, så bliver det et problem for hele familien',
      'social_kontrol',
    ],
    ['Hvis min far finder ud af, at jeg har været i biografen, så er det slut, siger hun', 'social_kontrol'],
    ['Far meldte hende ud af badminton, da han opdagede, at der også er drenge på holdet', 'social_kontrol'],
    ['Hun siger, hun skal bare giftes, hun er 13', 'social_kontrol'],
    ["My dad says I'm going back home to get fixed, siger hun", 'social_kontrol'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    'Hvis mor finder ud af, at jeg har spist slik, så bliver hun sur',
    'Hun må ikke gå til håndbold, fordi hun har brækket armen',
    'Storesøster kom ikke tilbage efter sommerferien, hun er startet på efterskole',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the seventh round: false alarms on radicalisation (tuning8b)', () => {
  it.each([
    // »som mor frygter« is what the mother fears, not a child naming who does it: the negation holds.
    'Han er ikke nogen ekstremist, som mor frygter, han er mest præget af angst',
    // The lexicon's words are folded like the text's: »troede« (folded »trøde«) is a verb of thinking too.
    'Han er ikke nogen ekstremist, som mor troede, han er mest præget af angst',
    // Calling others Nazis, fiction, play, a nickname, parents checking the phone with the boy.
    'En af drengene kaldte et parti for nazister under debatten',
    'Han har skrevet en novelle om en dreng, der bliver rekrutteret af en terrorgruppe',
    'En pige på 7 tegner et sort flag med et dødningehoved og leger pirater',
    'Han kalder sig bomberen, fordi han skyder så hårdt',
    'Forældrene har tjekket hans telefon sammen med ham og fundet hverken propaganda eller grupper',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it.each([
    // The child's protest that names the doer is still no denial.
    ['Nej, ikke i munden, som mor gør, sagde hun', 'overgreb'],
    ['Han kalder familien frafaldne og sover hos nogle ældre, han har mødt i et bedested', 'radikalisering'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });
});

describe('the seventh round: radicalisation said in class, lists of targets, slogans', () => {
  it.each([
    // The youth's own call for violence stands, also in a lesson.
    ['Efter en lektion om demokrati sagde han, at Allahs lov skal indføres med sværdet', 'radikalisering'],
    ['Han har en liste over mål i kommunen, bl.a. et asylcenter og en synagoge', 'radikalisering'],
    ['Hun siger, at blodet skal flyde, og kalder de andre hjernevaskede', 'radikalisering'],
    ['Han har fundet en kanal, der siger at kvinder skal straffes fysisk', 'radikalisering'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    // A question about history in the lesson, a text read in class.
    'I historie havde vi om korstogene, og han spurgte, hvorfor man slog folk ihjel i Guds navn',
    'Vi har læst Det Kommunistiske Manifest i samfundsfag',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the seventh round: abuse told indirectly (tuning8c), second part', () => {
  it.each([
    // Sextortion, violence between the adults, pain named with the adult, flinching, a knife kept as a threat.
    ['Han har fået en besked: send 2000 kr ellers sender jeg dine billeder til hele din klasse', 'overgreb'],
    ['Ved aflevering skubbede far mor ind mod døren, så hun faldt', 'overgreb'],
    ['Hun sagde daddy hurts mommy og gemte sig under bordet', 'overgreb'],
    ['I dag sagde han: far gør ondt om aftenen', 'overgreb'],
    ['Drengen krøb sammen, da jeg løftede armen for at hjælpe med jakken', 'overgreb'],
    ['Far har en kniv i skuffen til når jeg er uartig, siger han', 'overgreb'],
    ['Far holdt hendes hånd under det varme vand, så hun kunne lære det', 'overgreb'],
    // Grooming by a coach, and a game lost that is punished.
    ['Klubbens ungdomstræner 26 skriver privat til hende om aftenen og kalder hende min lille', 'overgreb'],
    ['Far hitter ham, når han taber i FIFA, siger han', 'overgreb'],
    // A small child who does it to other children.
    ['Drengen på 4 prøver at stikke sin tissemand ind i munden på de andre børn', 'overgreb'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    'Onklen siger, at ellers sender de hende til Pakistan',
    'Han siger, far altid banker ham i bordtennis, og han vil have revanche',
    'Han fik en ordentlig lussing af en bølge i Vesterhavet',
    'Hun spørger meget om, hvordan man kan se, om nogen er pædofil',
    'Han er 3 og rører tit ved sin tissemand, når han ser tv',
    'Den hemmelige leg var skjul med bedstefar i haven',
  ])('"%s" is no abuse', (text) => {
    expect(raisedBy(text)).not.toContain('overgreb');
  });
});

describe('the seventh round: a ban for being a girl anywhere in the text, the family reacting to her own life', () => {
  it.each([
    [
      'Hun fik et fritidsjob, men fik ikke lov at tage det. Far siger, piger fra vores familie ikke skal smile til fremmede mænd.',
      'social_kontrol',
    ],
    ['Familien har sagt, at hun skal finde et andet sted at bo, fordi hun er lesbisk', 'social_kontrol'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    'Han fik et fritidsjob, men fik ikke lov at tage det. Far siger, han skal læse lektier.',
    'Hun er flyttet hjemmefra og skal finde et andet sted at bo, fordi lejligheden er for lille.',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the seventh round: a brother set to watch, bans on the schoolyard and on showing her arms', () => {
  it.each([
    ['Han skal sende billeder til sin far af, hvem hans søster snakker med i frikvarteret', 'social_kontrol'],
    ['Han skal rapportere hjem om sin søster og være hendes vagt, siger han', 'social_kontrol'],
    ['Hun må ikke være med ude i frikvarteret længere, fordi hendes bror har sagt det', 'social_kontrol'],
    ['Hun må ikke vise armene, siger far', 'social_kontrol'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it.each([
    'Han sender billeder til sin far af sine tegninger',
    'Hun må ikke være ude i frikvarteret i dag, fordi hun har feber',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the seventh round: conspiracy about a group, spellings of jihad', () => {
  it.each([
    ['Han siger, at jøderne har plantet corona', 'radikalisering'],
    ['Han skal være klar til jihaad, siger en broer på Telegram', 'radikalisering'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it('reads planting in the garden as no red flag', () => {
    expect(raisedBy('Hun har plantet tomater med farmor i haven')).toEqual([]);
  });
});

describe('the seventh round: a game explained in the next sentence, a question with its subject after the verb', () => {
  it.each([
    'Han råbte far tævede mig ind over bordet. Det viste sig at være i Mario Kart i går aftes.',
    'Efter en podcast spørger hun meget om, hvordan man kan se, om nogen er pædofil',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the seventh round: threats, a beating, the night, being given away, the adults fighting (tuning7b)', () => {
  it.each([
    'Mor råbte: du får en kæp over nakken, når vi kommer hjem',
    // The one who »får« the beating is the child, though "han … far" reads like a child hitting his father.
    'Han siger, at han får bare røvfuld, når far ser karakterbogen',
    'Hun skriver, at hun ikke kan lide, når stedfar kommer ind om natten og lægger sig, og det gør ondt bagefter',
    'Mor siger, at hun bliver givet væk, hver gang hun græder',
    'Han gemmer sig under sengen, når de råber og mor falder',
  ])('"%s" → overgreb', (text) => {
    expect(raisedBy(text)).toContain('overgreb');
  });

  it.each([
    'Vi har besøgt et børnehjem i Rumænien med klassen, sagde læreren',
    'Han vågner om natten og har ondt i maven, siger mor',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe("the seventh round: the family's reputation as the reason", () => {
  it("reads a ban for the family's reputation as social control", () => {
    expect(raisedBy('Hun må ikke gå til lægen alene, fordi det kan give familien et dårligt ry')).toContain(
      'social_kontrol',
    );
  });

  it("reads a child's own bad name in class as no red flag", () => {
    expect(raisedBy('Han har fået et dårligt ry i klassen, fordi han snyder i fodbold')).toEqual([]);
  });
});

describe('the seventh round: violence within an extremist message is radicalisation, not abuse of the child', () => {
  it.each([
    ['Han synger med på nasheeds om at skære halsen over på fjenderne', 'radikalisering'],
    ['En mand på Discord siger til ham, at han skal forberede sig til krigen mod de brune', 'radikalisering'],
  ])('"%s" → %s only', (text, flag) => {
    expect(raisedBy(text)).toEqual([flag]);
  });

  it.each([
    'Far sagde, at han vil skære halsen over på hende',
    'En mand på Discord vil mødes med ham og sender ham robux',
  ])('"%s" → overgreb', (text) => {
    expect(raisedBy(text)).toContain('overgreb');
  });
});

describe('the eighth round (tuning8e): psychological abuse told by what the adult says and does', () => {
  it.each([
    // Rejection and the threat of losing one's home, said by an adult to the child.
    'Stedfar siger tit til hende, at så kommer hun på opholdssted, og så slipper de for hende',
    'Far råbte til ham i går, at han aldrig ville have ham',
    'Mor sagde til pigen, at hun bare kan finde sig en ny familie',
    // Food held back as a punishment.
    'Han fortæller, at han får ikke aftensmad, når han har glemt sin madpakke',
    'Mor sender ham i seng uden mad, siger han',
    // The door locked from outside.
    'Hun siger, at mor låste udefra, da hun ikke ville sove',
    // A child's minimising "det er ikke noget, bare …" does not deny what follows.
    'Han siger, det er ikke noget, bare at far ikke gider give ham mad om weekenden',
  ])('"%s" → overgreb', (text) => {
    expect(raisedBy(text)).toContain('overgreb');
  });

  it.each([
    // Missing a meal for illness; going to bed hungry by choice; a door at work.
    'Hun fik ikke aftensmad, fordi hun var syg og kastede op hele aftenen',
    'Han går sulten i seng, når han har spist slik om eftermiddagen, siger mor',
    'Pedellen har låst udefra, så vi bruger bagindgangen',
    // An ordinary children's home named as a workplace; a child's wish for a bigger family.
    'Hans moster arbejder på et opholdssted og har fortalt om sit arbejde i klassen',
    // "bare" after a denial leaves the denial standing for what came before.
    'Der er ingen tegn på vold, bare lidt uro ved aflevering',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the eighth round (tuning8e): silence demanded by a trusted adult, and images paid for or used to extort', () => {
  it.each([
    // An adult outside the parents who lures with closeness or gifts and demands silence.
    'Spejderlederen giver ham gaver, og han har sagt, at det må han ikke fortælle om derhjemme',
    'Hun siger, at onklen kalder hende sin favorit, og at mor ikke må vide det',
    'Naboen tager ham med hjem efter skole. Han har bedt ham om at slette beskederne',
    // Images of the child paid for, or sold, by an adult or a contact from the net.
    'Hun får penge af en fyr på snap for at vise lidt',
    'En voksen mand sælger billeder af hende i en gruppe',
    'some guy is paying him for pics, siger vennen',
    // Sextortion: more images demanded under the threat of spreading the first ones.
    'Han siger, at de vil sende dem ud, hvis han ikke sender flere',
  ])('"%s" → overgreb', (text) => {
    expect(raisedBy(text)).toContain('overgreb');
  });

  it.each([
    // A surprise, a parent's own gift, a game at work, a tactic kept from the other teams.
    'Morfar har købt en overraskelse til hendes fødselsdag, og mor må ikke vide det',
    'Træneren har bedt ham om ikke at fortælle de andre hold om den nye taktik',
    'Vi har en hemmelig leg i SFO, hvor pædagogen gemmer en skat',
    // Money for one's own videos, a school photo paid for, a camera sold.
    'Han tjener penge på at lave videoer på YouTube om Minecraft, og far hjælper ham',
    'Mor har betalt for skolefotoet, og billederne kommer i næste uge',
    'Far har solgt sit kamera, så nu tager han billeder med mobilen',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the eighth round (tuning8e): mild words for everyday violence, and violence between the adults', () => {
  it.each([
    'Han siger, at han får tit klø derhjemme',
    'Hun fik en over munden af far, da hun svarede igen',
    'Stedfar truede med, at han giver ham et par på skrinet',
    'Mor hev ham op i kraven foran de andre forældre',
    'Pigen bliver grebet hårdt i armen af far hver morgen ved lågen',
    'Han fortæller, at far blev alt for hård ved mor igen i weekenden',
    'Hun siger, at det banker ind i væggen om natten, når far og mor skændes',
    'Stedfar har sparket et hul i døren, da han var sur på mor',
  ])('"%s" → overgreb', (text) => {
    expect(raisedBy(text)).toContain('overgreb');
  });

  it.each([
    // An itch, a fair telling-off, a hold in the collar of a coat, a hard teacher, noise from the neighbours.
    'Han har fået udslæt og det klør hver aften',
    'Hun fik en over snuden af træneren for at komme for sent, og det var vist fortjent',
    'Far hjalp ham med at lukke jakken helt op i kraven, fordi det blæste',
    'Læreren var lidt for hård ved klassen i dag, synes hun',
    'Hun siger, at naboerne borer i væggen om morgenen',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the eighth round (tuning8e): word senses that are not abuse', () => {
  it.each([
    // Cuts in one's own arms are self-harm, not genital mutilation.
    'Han på 15 har skåret i låret flere gange, siger vennen',
    // A piggyback; a vein burnt by the doctor; a fracture from a hard birth.
    'Morfar havde hende på skuldrene hele vejen hjem fra stranden',
    'Han skal have brændt en åre i næsen hos lægen på fredag, siger far',
    'Et spædbarn på 2 uger har et brud på kravebenet efter en svær fødsel',
    // Feeling smothered by a falling-out with friends; patchy hair loss, typed as it is.
    'Han siger, at det føltes som om han blev kvalt, da vennerne gik uden ham',
    'Hun har skaldede pletter, som hudlægen kalder pletskaldethed',
    // Young people a year or two apart.
    'Han er 16 og har en kæreste på 19 fra efterskolen, forældrene kender hende godt',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it.each([
    // The same words where the harm is done by an adult or the age gap is wide.
    ['Far tog ham i nakken og slog hans hoved ned i bordet', 'overgreb'],
    ['Hun er 13 og har en kæreste på 19, som henter hende efter skole', 'overgreb'],
    ['Hun er 16 og hendes kæreste på 19 tvinger hende til sex', 'overgreb'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });

  it('reads cuts in her own arms as the signal of self-harm', () => {
    expect(signalsIn('Hun har skåret i armene igen i weekenden')).toContain('selvskade');
  });
});

describe('the eighth round (tuning8e): sexual abuse told by acts, looks and a child lying still', () => {
  it.each([
    'Onklen står og kigger, mens hun er i bad, og vil ikke gå',
    'Træneren plejer at kigge på dem i brusebadet, siger drengene',
    'Hun skal kysse ham på et særligt sted, før hun må gå, siger hun om onklen',
    'Han skal tage bukserne af for at få lov til at være med, siger han om stedfar',
    'Stedfar kommer ind til hende om natten, og hun lader som om hun sover',
    'En ung hjælpetræner på 25 skrev til hende: du er så lækker i dag',
  ])('"%s" → overgreb', (text) => {
    expect(raisedBy(text)).toContain('overgreb');
  });

  it.each([
    // A father comforting at night; a child pretending to sleep to stay up; a cake that looks good.
    'Far kommer ind til hende om natten, når hun har mareridt, og synger for hende',
    'Hun lader som om hun sover, når mor kommer ind, så hun kan læse videre med lommelygte',
    'Far sagde, at kagen hun havde bagt var så lækker',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the eighth round: »spillerne« are the players of a team, not a game', () => {
  it('reads an image demanded of one of the players as abuse', () => {
    expect(
      raisedBy('En af spillerne på holdet fortæller, at træneren bad ham sende et billede uden noget på'),
    ).toContain('overgreb');
  });

  it('still reads violence in a game as a game', () => {
    expect(raisedBy('Han spiller et spil, hvor man slår folk ihjel')).toEqual([]);
  });
});

describe('the eighth round (tuning8b): radicalisation told by new brothers, a mission and a passport sent on', () => {
  it.each([
    'Han siger, at han har fundet sine sande brødre, og at de skal forsvare Vesten',
    'Hans online brothers har givet ham en mission, siger han og griner ikke',
    'De har sagt til ham, at han bliver en helt, hvis han gør noget stort',
    'Hun har sendt et foto af sit pas til en kontakt på Telegram',
  ])('"%s" → radikalisering', (text) => {
    expect(raisedBy(text)).toContain('radikalisering');
  });

  it.each([
    'Han har fået to nye brødre, tvillinger, og han er meget stolt',
    'Holdet er hans rigtige brødre, og træneren har givet dem en mission: at vinde pokalen',
    'Hun har sendt et billede af sit pas til rejsebureauet, så de kan bestille flybilletterne',
    'Han vil gøre noget stort i sit liv og blive en legende som musiker',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the eighth round (tuning8a): what the family must not know, being married off, the whole family angry', () => {
  it.each([
    // A secret the family does not know, with a threat to her life.
    'Hun er 16 og gravid, hendes forældre ikke ved det, og hun siger, at de dræber hende',
    // Being married off is a marriage others decide.
    'Hun siger stille, at hun skal giftes bort i sommer',
    // A passport locked away by the family.
    'Hun fortæller, at hendes pas er låst inde hos onklen',
    // The whole family's anger over what a relative saw of her life.
    'Hun er stoppet med at danse, efter at en fætter så en video, og nu er hele familien sure',
    'Hun siger, at hvis hun kommer for sent, så bliver det et problem for hele familien',
  ])('"%s" → social_kontrol', (text) => {
    expect(raisedBy(text)).toContain('social_kontrol');
  });

  it.each([
    // A pregnancy she will tell her parents about herself; a cousin's wedding; a lost key; driving to sport.
    'Hun er 17 og gravid, og forældrene ved det ikke endnu, men hun vil fortælle dem det i weekenden',
    'Hendes kusine blev giftet bort sidste år, siger hun',
    'Hele familien blev sure, da han tabte nøglerne til sommerhuset, men det gik over',
    'Han er stoppet til fodbold, fordi det er et problem for hele familien at køre ham tre gange om ugen',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it('reads a passport locked away as no locking in of the child', () => {
    expect(raisedBy('Hans pas er låst inde i skabet hos far, fordi han mistede det sidste år')).not.toContain(
      'overgreb',
    );
  });
});

describe("the eighth round (tuning8a): a sister's fate used as a warning", () => {
  it.each([
    'Far har sagt til hende, at hun ved, hvad der skete med hendes storesøster, hvis hun bliver ved',
    'Hendes søster blev sendt hjem til Irak sidste år, og nu siger broren, at hun er den næste',
  ])('"%s" → social_kontrol', (text) => {
    expect(raisedBy(text)).toContain('social_kontrol');
  });

  it.each([
    'Hun vil gerne ende som sin storesøster, der er læge i Aarhus',
    'Du er den næste, der skal op til tavlen, sagde læreren',
    'Hun er bange for, hvad der skete med sin søster, der fik kræft, hvis hun også bliver syg',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the eighth round (tuning8e): sexualised play of a small child', () => {
  it('reads a toddler who "knepper" a teddy as sexualised behaviour', () => {
    expect(
      raisedBy('Drengen på 3 knepper sin bamse i puderummet og siger, det gør mor og hendes kæreste'),
    ).toContain('overgreb');
  });

  it.each(['Han tog dukkens tøj af og gav den bad i vasken', 'Hun knuser sin bamse, når hun skal sove'])(
    '"%s" is no red flag',
    (text) => {
      expect(raisedBy(text)).toEqual([]);
    },
  );
});

/** The rules' own red flags, without the model's guesses: what round 9's patterns must find by themselves. */
const ruleFlagsIn = (text: string) =>
  analyseText(text, lexicon)
    .redFlags.filter((hit) => hit.pattern !== 'model')
    .map((hit) => hit.id);

describe('the ninth round (tuning10a): social control as the family lives it, told by acts and consequences', () => {
  it.each([
    // A child set to tell the father what the mother does, or a relative who passes everything on.
    'Drengen på 7 siger, at han skal fortælle far, hvem mor har snakket med i løbet af dagen',
    'Hun tør ikke tale med drengene, for hendes fætter siger alt videre',
    // The mother's own life forbidden, by the father.
    'Mor må ikke lære dansk, siger pigen, for det vil far ikke have',
    // A sibling or cousin who takes her out of her activity, and what it does to her.
    'Hendes fætter har meldt hende ud af håndbold, og hun stod og græd i hallen',
    // The reason is shame: what is unfitting for a girl.
    'Hun må ikke spille i orkestret mere, for musik er skammeligt for en pige, siger hendes onkel',
    // A sister or cousin sent away as a warning; being sent to the grandparents if the family finds out.
    'Hun siger, at hendes storesøster blev sendt tilbage til Pakistan for mindre end det, hun selv har gjort',
    'Hun siger, at de sender hende til sin farmor, hvis de finder ud af, hvor hun var i går',
    // Being disowned.
    'Far har sagt, at hun ikke længere er hans datter, efter hun fik en kæreste',
    'Far har sagt, at han ikke har nogen søn, hvis han bliver ved med at se drengen',
    // Watched by an aunt, and what happens if the family finds out.
    'Fasteren ringer til skolen hver dag for at høre, om hun er kommet',
    'Hvis de finder ud af det, er jeg færdig, siger hun om sin familie',
    // A brother after a negated list of nouns starts a new clause: his watching is not negated.
    'Hun har ingen telefon mere, og storebror følger hende til og fra skole',
  ])('"%s" → social_kontrol by the rules', (text) => {
    expect(ruleFlagsIn(text)).toContain('social_kontrol');
  });

  it.each([
    'Han skal sige det til far, hvis han har ondt i maven',
    'Mor må ikke gå ud alene efter operationen, så far henter i denne uge',
    'Storebror har meldt hende ud af svømning, fordi hun hellere vil gå til håndbold',
    'Han må ikke tage på efterskole, fordi det er for dyrt',
    'Hendes storesøster blev sendt til Aarhus på kursus, og hun vil gerne det samme',
    'Hun bliver sendt til sin farmor i weekenden, mens mor er på kursus',
    'Naboen siger, at han ikke har nogen søn, kun to døtre',
    'Mor ringer til skolen hver dag for at høre, om han har fået sin medicin',
    'Hvis de finder ud af det, bliver de glade, siger hun om overraskelsen',
    'Hendes veninde fortæller alt videre, så hun vil ikke sige noget i gruppen',
    'Hun skal ned og bo hos sin mormor i ferien og hjælpe til på gården',
    'Hun sender billeder til klassen fra ferien hos fætrene i Tyrkiet',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning10a): radicalisation told by a new family, the awaited day, duty and enemies', () => {
  it.each([
    'Han har skiftet alle sine venner ud og kalder nogle ældre på nettet for sine sande brødre',
    'Hun siger, at hun har fået en ny familie på nettet, og at rejsen snart er klar',
    'Han træner med kniv i skoven med nogle fra Telegram, så de er klar, når det går løs',
    'Han siger, at han skal tjene Allah, og han har spurgt efter sit pas',
    'Hun har sendt penge til søstrene derude uden at mor ved det',
    'Han siger, at Danmark er et fjendeland, og at sharia snart bliver loven',
    'Han sagde til de muslimske elever, at jeres tid er snart forbi',
    'Han har en liste med navne og adresser på muslimer i byen',
    // Nasheeds are read as radicalisation only with fighters, weapons or a fallen hero around them.
    'Han hører nasheeds med billeder af krigere og våben hver aften',
  ])('"%s" → radikalisering by the rules', (text) => {
    expect(ruleFlagsIn(text)).toContain('radikalisering');
  });

  it.each([
    'Han har skiftet alle sine venner ud, efter han flyttede til Aalborg',
    'Han er flyttet i plejefamilie og har fået en ny familie, som han er glad for',
    'Han træner hver dag, så han er klar, når sæsonen starter',
    'Han siger, at det er hans pligt at hjælpe mormor, og han har fået sit pas fornyet',
    'Hun har sendt penge til sin søster i Tyrkiet til hendes fødselsdag',
    'Hun fortalte, at hendes tid på holdet snart er forbi, fordi hun flytter',
    'Han har lavet en liste med navne og adresser på gæsterne til sin fødselsdag',
    'Han hører nasheeds i ramadanen sammen med sin farfar',
    'Han spurgte, hvordan man overfører penge til sin onkel i Irak for færrest gebyrer',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning9a/10a): words the stemmer blurred', () => {
  it.each([
    // »den slags« is no blow, »banken« no beating, »abort« no wish that a child had been aborted.
    'Far sagde, at den slags ikke er noget for ham',
    'Han spurgte, hvordan man sparer op, uden at banken tager gebyr',
    'Hun er 17 og overvejer abort efter en samtale med lægen',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it('still reads a father who »banker« the boy as violence', () => {
    expect(raisedBy('Han siger, at far banker ham, når han er fuld')).toContain('overgreb');
  });
});

describe('the ninth round (tuning12a-e): ordinary concerns the new batches showed as false alarms', () => {
  it.each([
    // A child who lived through a war draws and tells what it did to the family.
    'Han tegner bomber og fly og siger, at de ødelagde hans by, før familien flygtede',
    // Joining the army is no reporting home to the family.
    'Han vil melde sig til hæren, når han fylder 18, og hans familie er stolte af ham',
    // A threat to kill in a game, laughed at afterwards.
    'Han skrev "jeg slår dig ihjel!" til sin kammerat, da han tabte i skak. Bagefter grinede de af det.',
    // Parents calling each other names; a joke about boarding school; a ban the child shares the reason for.
    'Mor kalder far en idiot, når de skændes om weekenderne',
    'Hun siger for sjov, at hun bliver sendt væk, når hun starter på efterskole',
    'Hun må ikke sove med til klassens overnatning, fordi hun tisser i sengen og er flov',
  ])('"%s" is no red flag from the rules', (text) => {
    expect(ruleFlagsIn(text)).toEqual([]);
  });

  it.each([
    ['Mor kalder ham en idiot og en taber hver dag', 'overgreb'],
    ['Mor truer med, at han bliver sendt væk, hvis han ikke opfører sig', 'overgreb'],
    ['Han tegner bomber over skolen og siger, at de vantro skal dø', 'radikalisering'],
  ])('still reads "%s" as %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });
});

describe('the ninth round (tuning12a): radicalisation across the spectrum, told by plans, sabotage and codes', () => {
  it.each([
    // A plan to kill many, in the words school shooters and terrorists use.
    'Han skrev i sin dagbog, at han vil tage så mange med som muligt, når han ikke kan mere',
    'Han sagde til de andre, at han vil skyde jer alle sammen, som i Amerika',
    // Sabotage for a cause, and the system to be brought down by violence.
    'Han siger, at de skal brænde minkfarmen af, og at vagterne selv er ude om det',
    'Hun har spurgt, hvordan man får noget der kan sprænge en bro, for systemet skal brydes ned med vold',
    // Calling people vermin, with violence; a list of a group to be smashed; a code of the violent milieus.
    'Han kalder drengene fra parallelklassen for kakerlakker, der skal sendes hjem i kister',
    'Han har skrevet en liste over fascister i byen og siger, at de skal smadres',
    'Han har skrevet Blut und Ehre på sit penalhus',
  ])('"%s" → radikalisering by the rules', (text) => {
    expect(ruleFlagsIn(text)).toContain('radikalisering');
  });

  it.each([
    'Han vil tage så mange billeder med som muligt på klasseturen',
    'Vi så en film om Columbine i samfundsfag og talte om, hvordan skolen kunne have hjulpet',
    'Han brændte bålet af sammen med far, og de grillede pølser bagefter',
    'Der er rotter i kælderen, og viceværten siger, at de skal fjernes med gift',
    'Han har skrevet en liste over de spillere, han vil have med på holdet',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning12c): sexual abuse told by findings, a child’s words, photos and online contacts', () => {
  it.each([
    // FGM told as making her a woman; a small child's drawing of what it has seen.
    'Mormor fortalte, at de tager til Gambia med datteren i ferien for at gøre hende til kvinde',
    'Drengen på 4 tegner tissemænd der sprøjter, og det har han ikke fra de andre børn',
    // An adult photographing children changing; game money for photos from someone met online.
    'En af trænerne tager candid shots af drengene i omklædningen',
    'En fra Roblox har lovet hende robux for billeder, og han skriver til hende hver aften',
    // A finding at an examination; an adult's body in a child's own words.
    'Ved undersøgelsen af pigen på 4 fandt lægen en hymenal læsion',
    'Hun siger, at morfar putter sin pølse i hendes mund',
  ])('"%s" → overgreb by the rules', (text) => {
    expect(ruleFlagsIn(text)).toContain('overgreb');
  });

  it.each([
    'Hun fortæller, at de tager til Gambia i ferien og skal hjælpe mormor på markedet',
    'Drengen på 4 leger med vandpistolen, der sprøjter, og spørger, om jeg vil smage hans is',
    'Mor fotograferer holdet efter kampen til klubbens hjemmeside',
    'Han har fået robux for at slå græsset hos naboen',
    'Lægen fandt en læsion på knæet efter faldet fra cyklen',
    'Morfar putter altid sin pølse i et brød, når de griller om søndagen',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning12e): what happens behind the front door, told by its traces', () => {
  it.each([
    // Violence between the adults: the police at the home, a restraining order, a child hiding.
    ['Drengen siger, at naboen ringede efter politiet i nat, og at han gemte sig under sengen', 'overgreb'],
    ['Hun fortæller, at far har polititilhold, men at han alligevel står ved lågen', 'overgreb'],
    // Psychological abuse told by what is done: food withheld for days, a mother wishing him unborn.
    ['Han har ikke fået aftensmad i tre dage, fordi han løj om lektierne', 'overgreb'],
    ['Mor sagde højt, at hun ville ønske hun aldrig havde fået ham', 'overgreb'],
    // Social control: a brother reading all her messages; a trip home to be »cured«.
    ['Hun siger, at storebror har adgang til alle hendes beskeder og læser dem hver aften', 'social_kontrol'],
    ['Far har sagt, at han skal kureres i hjemlandet til sommer', 'social_kontrol'],
  ])('"%s" → %s by the rules', (text, flag) => {
    expect(ruleFlagsIn(text)).toContain(flag);
  });

  it.each([
    'Politiet var på skolen i dag og fortalte om trafik og cykelhjelme',
    'Drengen slog mor i armen, da hun sagde, at han skulle slukke computeren',
    'Han sad ude på altanen med far og så på stjernerne',
    'Hun har adgang til alle klassens beskeder på Aula, fordi hun er kontaktforælder',
    'Han skal have behandlet sin astma, når de er i hjemlandet til sommer',
    'Han har ikke fået aftensmad i tre dage, fordi han har været på lejrskole',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning12b): abuse of children aged 0-10, told by threats, acts and punishments', () => {
  it.each([
    // A threat of what happens at home, with the child's fear.
    'Når mor henter ham, siger hun lavt: vent bare til vi kommer hjem, og han begynder at ryste',
    // A head-butt, belt marks, hands around a girl's neck in a drawing, a toddler left alone in the dark.
    'Hun siger, at far pander hende, når hun er fræk',
    'Hun har bæltestriber på lårene igen, og hun er kun 5',
    'Hun har tegnet en mand med hænderne om en lille piges hals og skrevet NEJ under',
    'Han må ligge alene i kælderen, når han skriger om natten',
  ])('"%s" → overgreb by the rules', (text) => {
    expect(ruleFlagsIn(text)).toContain('overgreb');
  });

  it.each([
    'Vent bare til vi kommer hjem, så skal du se, hvad mormor har bagt',
    'Han løb ind i dørkarmen, da han legede fangeleg med sin bror',
    'Hun har tegnet en giraf med en lang hals og skrevet sit navn under',
    'Vi slukker lyset på badeværelset, når han er færdig med at børste tænder',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning12d): short hurried messages of every kind', () => {
  it.each([
    ['Hun er stoppet til dans, fordi far siger, at det er skamløst for en pige', 'social_kontrol'],
    ['Lillebror skal sige det hjemme, hvis hun taler med nogen fra klassen', 'social_kontrol'],
    ['Han har delt bombeopskrifter i en gruppe på nettet', 'radikalisering'],
    ['De to drenge på 5 bad de andre om at slikke hinanden i puderummet', 'overgreb'],
  ])('"%s" → %s by the rules', (text, flag) => {
    expect(ruleFlagsIn(text)).toContain(flag);
  });

  it.each([
    'Hun er stoppet til dans, fordi hun hellere vil spille fodbold med sine veninder',
    'Han skal sige det hjemme, hvis han får ondt i maven igen',
    'Han har delt opskrifter på boller med klassen',
    'Hundene slikker hinanden i hovedet, når de har leget',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning9a/9b): what the earlier rounds left', () => {
  it.each([
    [
      'Far sagde til ham ved bilen: så kan du godt glæde dig til vi kommer hjem, og han græd hele vejen',
      'overgreb',
    ],
    ['Hun fortæller, at hun får livremmen, når hun kommer for sent hjem', 'overgreb'],
    ['Han siger, at stedfar holder ham for mund og næse, når han larmer', 'overgreb'],
    ['Hun bliver altid fulgt af sin storebror, som skal med til alt, også til træning', 'social_kontrol'],
    ['Han siger til klassen, at danskerne skal vågne, før det er for sent', 'radikalisering'],
    ['En voksen mand har skrevet til hende på Insta: send mere, så betaler jeg', 'overgreb'],
  ])('"%s" → %s by the rules', (text, flag) => {
    expect(ruleFlagsIn(text)).toContain(flag);
  });

  it.each([
    'Du kan godt glæde dig til vi kommer hjem, for farmor er på besøg',
    'Han har fået et nyt bælte til sin livrem, og han er stolt af spændet',
    'Hun holder sig for næsen, når hun går forbi skraldespanden',
    'Han siger, at folk skal vågne op og sortere deres affald',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning9a/9b): false alarms on ordinary concerns', () => {
  it.each([
    // A lonely boy who eats alone; a name classmates call him; a soldier mother; a visit in class.
    'Han er genert, har ikke mange venner og spiser alene',
    'Han bliver kaldt terroristen af nogle fra klassen, fordi han har skæg',
    'Hun siger stolt, at hendes mor er soldat og har fanget terrorister, og hun savner hende',
    'Vi havde besøg af en betjent, der fortalte om ekstremisme, og eleverne stillede gode spørgsmål',
    // A child who terrorises the others is the one who hits.
    'Hun terroriserer de små i børnehaven, slår dem og tager deres legetøj, siger mor',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });

  it.each([
    'Han skal spise alene i gangen, når han har været fræk, siger han om stedmor',
    'Far terroriserer hele familien, og han slår mor, når han drikker',
  ])('"%s" → overgreb by the rules', (text) => {
    expect(ruleFlagsIn(text)).toContain('overgreb');
  });
});

/**
 * The ninth round (tuning12a-g, false alarms): each kind of wrong sense read by the rules as a red flag, with a near
 * miss that must not be flagged and a sentence close to it that must.
 */
describe('the ninth round (tuning12): ordinary worries that only sound like red flags', () => {
  it.each([
    // A door the child locks herself, a lost key: nobody locks the child in or out.
    [
      'Han siger, han var låst ude, men det var fordi han havde glemt sin nøgle, og mor var på arbejde',
      'Han siger, far låste ham ude på altanen hele aftenen',
      'overgreb',
    ],
    // Grades and a disappointed parent; unless there are blows.
    [
      'Hun tør ikke tage hjem med sin karakterbog, fordi mor bliver skuffet',
      'Hun tør ikke tage hjem med sin karakterbog, for far slår hende, når karaktererne er dårlige',
      'overgreb',
    ],
    // The child's own wish never to have been born, not a parent's words to the child.
    [
      'Efter fodboldkampen sagde hun: jeg vil ønske jeg aldrig var født, og så grinede hun',
      'Hun siger, at mor hver dag siger, hun ville ønske jeg aldrig var født',
      'overgreb',
    ],
    // An insult aimed at an adult, not at the child.
    [
      'Han råbte, at hans far er en idiot, fordi han ikke måtte spille mere',
      'Far kalder ham en idiot og en taber foran de andre',
      'overgreb',
    ],
    // Parents' look at the phone agreed with the child over screen time and sleep; not when she is afraid.
    [
      'Forældrene tjekker hendes telefon hver aften; det har de aftalt med hende, efter hun sad oppe til kl. 2 og spillede',
      'Forældrene tjekker hendes telefon hver aften, og hun tør ikke skrive med sine veninder',
      'social_kontrol',
    ],
    // One event forbidden, the rest of her life free.
    [
      'Hun må ikke komme med til festen på fredag på grund af bedstemors fødselsdag. Hun må gerne komme til alle andre fester og har mange veninder',
      'Hun må ikke komme med til festen, og hun må heller ikke have veninder med hjem',
      'social_kontrol',
    ],
    // A rule about food.
    [
      'Far vil ikke have at drengen spiser svinekød hos kammeraterne',
      'Forældrene vil ikke have at hun går til fødselsdage hos klassekammeraterne',
      'social_kontrol',
    ],
    // A doctor's explanation of an intimate symptom; a parent's explanation alone is not enough.
    [
      'Hun har kløet og haft ondt i tissekonen i en uge, og mor siger, at lægen har set det, og at det er børneorm',
      'Hun har kløet og haft ondt i tissekonen i en uge, og mor siger, at det er børneorm',
      'overgreb',
    ],
    // Parents who stop a stranger online; not when he goes on.
    [
      'En voksen mand på nettet bad hende om billeder, men forældrene har slettet kontakten og anmeldt profilen',
      'En voksen mand på nettet bad hende om billeder; forældrene blokerede ham, men han skriver stadig til hende fra en ny profil',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the ninth round (tuning12): children and things, play, the dentist, jest and war', () => {
  it.each([
    // A thing broken, not a person threatened.
    [
      'Han blev ked af det, da mor råbte, fordi han var kommet til at smadre hendes briller',
      'Far råbte, at han ville smadre ham',
      'overgreb',
    ],
    // A threat over a lost card game; not when the child is threatened for losing.
    [
      "Han sagde 'jeg slår dig ihjel!' til sin fætter, da han tabte i Uno",
      'Han fortæller, at storebror siger, han slår ham ihjel, hvis han taber i ludo igen',
      'overgreb',
    ],
    // Siblings who fight each other; not adults.
    [
      'Tvillingerne slås tit med hinanden. I dag gav den ene den anden en flækket læbe',
      'Far og onkel slås med hinanden i stuen, mens børnene ser på',
      'overgreb',
    ],
    // Fear of the dentist's chair.
    [
      'Drengen på 6 er bange for at ligge i stolen og få noget i munden. Mor siger, det startede hos tandlægen',
      'Drengen er bange for at få noget i munden, efter onklen var alene med ham',
      'overgreb',
    ],
    // Small children playing doctor with each other; not with an adult.
    [
      'Hun (4) leger doktor med sin veninde. Forældrene spørger, om det er normalt',
      'Hun (4) leger doktor med onklen. Forældrene spørger, om det er normalt',
      'overgreb',
    ],
    // A small child touching herself; not an adult touching her.
    [
      'Hun (3) rører ved sig selv under dynen, når hun skal sove',
      'Hun (3) siger, at far rører ved hende under dynen, når hun skal sove',
      'overgreb',
    ],
    // An imaginary friend who lives in the wardrobe.
    [
      'Hun siger, at Trolle bor i skabet på hendes værelse. Det er hendes hemmelige ven',
      'Hun siger, at far låser hende inde i skabet, når hun græder',
      'overgreb',
    ],
    // Said in jest about a boarding school he looks forward to.
    [
      'Han skal på efterskole og siger for sjov, at han bliver sendt væk',
      'Han siger, far vil sende ham væk til Pakistan, hvis han ikke makker ret',
      'overgreb',
    ],
    // Joining the army or leaving a club, not reporting home.
    [
      'Han vil melde sig til hæren, når han bliver 18, for at forsvare sin familie i Ukraine',
      'Hun skal melde sig hjemme hver halve time, og broren tjekker hendes telefon',
      'social_kontrol',
    ],
    // A refugee child drawing the war she fled.
    [
      'Pigen på 7 fra Syrien tegner fly, der kaster bomber over et hus, og siger: det var vores hus',
      'Han tegner bomber over et hus og siger, at han vil sprænge skolen i luften',
      'radikalisering',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the ninth round (tuning12): teaching, family life, films, name-calling and play', () => {
  it.each([
    // Nude images as a subject in class; not a man who sends them.
    [
      'I 9. klasse diskuterede vi, hvorfor det er ulovligt at sende nøgenbilleder videre',
      'En voksen mand har sendt nøgenbilleder til hende og vil mødes',
      'overgreb',
    ],
    // A family at the swimming bath; not an adult she will not be alone with.
    [
      "'Min far har en stor tissemand', sagde han. Han er 4 og var i svømmehallen med far i går",
      "'Min far har en stor tissemand', sagde han. Han er 4 og vil ikke være alene med far",
      'overgreb',
    ],
    // A boy's circumcision for a medical reason; not a girl's.
    [
      'Drengen på 5 er henvist til omskæring på grund af phimosis',
      'Pigen på 5 skal til Somalia i sommer, hvor farmor vil have hende omskåret',
      'overgreb',
    ],
    // What happened in a film.
    [
      'Hun så en krimi med mor i går, hvor en mand slog en kvinde, og hun taler om det hele dagen',
      'Han siger, at far slog ham i weekenden, da han så film med storebror',
      'overgreb',
    ],
    // A child called a terrorist by others; not a child who admires terror.
    [
      "Han bliver drillet, og de andre råber 'terrorist' efter ham i frikvarteret",
      "Han råber 'terrorist er helte' i frikvarteret og siger, IS kæmper for den rette sag",
      'radikalisering',
    ],
    // A Hindu symbol of luck.
    [
      'Hun har tegnet et hagekors til Diwali; familien er hinduistisk, og det er et lykkesymbol',
      'Han har tegnet hagekors på penalhuset og siger, at Hitler havde ret',
      'radikalisering',
    ],
    // A pillow fight.
    [
      'Far slog ham med en pude under en pudekamp, og de grinede begge to',
      'Far slog ham i ansigtet i går, så han fik næseblod',
      'overgreb',
    ],
    // Police at home because someone fell ill.
    [
      'Hun fortalte, at politiet kom hjem til dem i nat, fordi morfar faldt om med et hjertestop',
      'Hun fortalte, at der var politi i deres hjem i nat, fordi far og mor sloges',
      'overgreb',
    ],
    // A love bite.
    [
      'Han har et mærke på halsen – et sugemærke fra kæresten, siger han',
      'Han har et mærke på halsen, efter far tog ham hårdt om halsen',
      'overgreb',
    ],
    // An English idiom over a forgotten lunch box.
    [
      "Hun sagde 'my mom is gonna kill me', da hun havde glemt sin madpakke",
      'Hun siger, at stedfar sagde, at han vil slå hende ihjel',
      'overgreb',
    ],
    // Marks from paintball.
    [
      'Han har mærker over hele ryggen efter paintball i weekenden',
      'Han har mærker over hele ryggen, og han siger, at far slog ham med bæltet',
      'overgreb',
    ],
    // A history museum; a dive from the board.
    [
      'Efter besøget på Frihedsmuseet talte drengene om modstandsfolkene og nazisterne',
      'Han taler begejstret om nazisterne og siger, at jøderne skal ud af landet',
      'radikalisering',
    ],
    [
      'Han lavede en bombe fra vippen i svømmehallen, så alle blev våde',
      'Han har lavet en bombe med krudt fra nytårsraketter og siger, han vil bruge den på skolen',
      'radikalisering',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });

  it('still reads Nordisk Modstandsbevægelse as radicalisation, not as the resistance in history', () => {
    expect(raisedBy('Han har klistermærker fra Nordisk Modstandsbevægelse på sin taske')).toContain(
      'radikalisering',
    );
  });
});

describe('the ninth round (tuning12g, misses): teenagers in their own words', () => {
  it.each([
    ['Hun siger, at stedfar har sagt, at han gør hende færdig, hvis hun fortæller noget', 'overgreb'],
    ['Hun græd og sagde, at hendes ex har leaket mine billeder til hele skolen', 'overgreb'],
    ['Han siger, at mor tager billeder af mig når jeg græder og viser dem til sine venner', 'overgreb'],
    ['Hvis nogen ser mig med en dreng, ved min far det på ti minutter, siger hun', 'social_kontrol'],
    ['Far har sagt, at du ikke er vores bror mere, efter han fortalte, at han er homo', 'social_kontrol'],
    ['Han siger i klassen, at piger er property, som skal sættes på plads', 'radikalisering'],
  ])('"%s" → %s by the rules', (text, flag) => {
    expect(ruleFlagsIn(text)).toContain(flag);
  });

  it.each([
    'Hun lover at gøre opgaven færdig, inden hun går hjem',
    'Mor tager billeder af ham, når han spiller fodbold, og sender dem til farmor',
    'Hun siger, at hendes bror er flyttet til Aarhus og ikke bor hjemme mere',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning12c, misses): sexual abuse told by acts in the child’s words and by pressure', () => {
  it.each([
    // »når de ser film« says when it happens; it is no film's story.
    'Hun siger, at pædagogen putter hånden ned i hendes leggings, når de ser film',
    'Billedet bliver brugt til at presse hende til at mødes med ham',
    'En mistænkelig bruger på Discord spørger drengene, hvem der har fået hår dernede',
  ])('"%s" → overgreb by the rules', (text) => {
    expect(ruleFlagsIn(text)).toContain('overgreb');
  });

  it.each([
    'Hun putter hånden ned i lommen, når hun fryser',
    'Hun sover med bamsen i sengen uden dyne, fordi hun har det varmt',
    'De spurgte i biologi, hvornår man får hår under armene',
  ])('"%s" is no red flag', (text) => {
    expect(raisedBy(text)).toEqual([]);
  });
});

describe('the ninth round (tuning12): words with an everyday sense, and topics in class', () => {
  it.each([
    // »En slags«: a kind of.
    [
      'Hun har tegnet en slags stjerne på hånden med tusch',
      'Far slog ham med en slags stok i går',
      'overgreb',
    ],
    // »Et hit«: a success.
    ['Festen var et kæmpe hit, og alle dansede', 'Far hit him in the face, siger drengen', 'overgreb'],
    // Heartbroken, not broken.
    [
      'Far er helt knust, efter mor flyttede, og ringer tit til mig',
      'Far har knust hans fingre i døren med vilje',
      'overgreb',
    ],
    // An abortion she considers herself, not a parent's words that she should have been aborted.
    [
      'Hun er 17 og overvejer abort; mor støtter hende og er med til samtalerne',
      'Mor siger til hende, at hun burde have været aborteret',
      'overgreb',
    ],
    // Pictures for the class, not a report home.
    [
      'Han glæder sig til at se fætrene og har lovet at sende billeder til klassen fra ferien',
      'Hun skal sende billeder til fætrene, når hun er ude, så familien ved, hvor hun er',
      'social_kontrol',
    ],
    // A mother who says no to genital mutilation.
    [
      'Hun har været i Gambia hele sommeren, og mor har sagt klart nej til omskæring',
      'Hun har været i Gambia hele sommeren, hvor farmor fik hende omskåret',
      'overgreb',
    ],
    // A child who hits a supply teacher.
    [
      'Han har slået en vikar i armen, da han skulle aflevere sin mobil',
      'Han siger, at far har slået ham i armen, da han ikke ville aflevere sin mobil',
      'overgreb',
    ],
    // Propaganda analysed in class; sex education about the hymen.
    [
      'I dansk har vi analyseret propagandavideoer fra ekstreme grupper',
      'Han deler propagandavideoer fra ekstreme grupper og siger, at de har ret',
      'radikalisering',
    ],
    [
      'Pigerne syntes, at seksualundervisningen om jomfruhinden var pinlig',
      'Hun siger, at familien vil tjekke, at hun stadig har sin jomfruhinde, før brylluppet',
      'social_kontrol',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the ninth round (tuning12e): »ingen« as nobody carries the denial over »har fået«', () => {
  it('reads »ingen har fået bank« as a denial, and »hun har fået bank« as a blow', () => {
    expect(raisedBy('Mor og far skændtes i går, men ingen har fået bank, siger hun')).toEqual([]);
    expect(raisedBy('Mor og far skændtes i går, og hun har fået bank, siger hun')).toContain('overgreb');
  });

  it('does not reach past what nobody was told', () => {
    expect(raisedBy('Ingen har fået at vide, at far slår hende')).toContain('overgreb');
  });
});

describe('the ninth round (tuning9, 12b, 12d): teasing, a question answered no, diagnoses, loneliness, sport', () => {
  it.each([
    // A nickname as teasing; not a child who admires a terrorist.
    [
      "De kalder ham 'terroristen', fordi han smed en stol; det er ren drilleri",
      'Han hylder terroristen fra Christchurch og siger, han vil gøre det samme',
      'radikalisering',
    ],
    // A direct question answered no; not answered yes.
    [
      'Jeg spurgte hende direkte om nogen slår hende derhjemme, og hun sagde nej',
      'Jeg spurgte hende direkte om nogen slår hende derhjemme, og hun nikkede',
      'overgreb',
    ],
    // A diagnosis for round marks.
    [
      'Han har runde røde mærker på ryggen; sundhedsplejersken siger, det er ringorm',
      'Han har runde røde mærker på ryggen, og han siger, at far slår ham med bæltet',
      'overgreb',
    ],
    // A lonely child who eats alone; not one an adult makes eat alone.
    [
      'Han er genert og har ikke nogen venner. Han spiser alene og siger ikke meget',
      'Stedfar siger, at han skal spise alene på sit værelse, fordi han er en skam for familien',
      'overgreb',
    ],
    // A mark from football told first.
    [
      'Han fik et knæ i låret til fodbold. Det blev til et kæmpe blåt mærke',
      'Han har et kæmpe blåt mærke på låret. Han siger, far sparkede ham',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });

  it('reads »hvis han sladrer« as a threat against telling, not as a family that watches', () => {
    expect(raisedBy('Storebror siger, at han får bank, hvis han sladrer om hashen')).toEqual(['overgreb']);
    expect(raisedBy('Storebror sladrer om alt, hvad hun gør, til far')).toContain('social_kontrol');
  });
});

describe("the ninth round: a child's anger at an adult, idioms and a talk on radicalisation", () => {
  it.each([
    // A child who shouts that he hates his mother; not a mother who shouts it at the child.
    [
      'Han sparker efter sin mor ved afhentning og råber, at han hader hende',
      'Hun siger, at mor råber, at hun hader hende, hver aften',
      'overgreb',
    ],
    // A child who calls his sibling names; not a sibling who calls the child names.
    [
      'Hun kaldte sin storebror dum og grim, da han tog hendes cykel',
      'Storebror kalder hende dum og grim hver dag, og far griner',
      'overgreb',
    ],
    // »Far slår mig ihjel, hvis jeg mister …«: an idiom; not a threat against telling.
    [
      "'Far slår mig ihjel, hvis jeg mister min nye telefon', sagde han og grinede",
      'Han siger, at far slår ham ihjel, hvis han fortæller det til nogen',
      'overgreb',
    ],
    // A police officer's talk on radicalisation.
    [
      'Vi har haft besøg af en politibetjent om radikalisering, og eleverne stillede gode spørgsmål',
      'Vi er bekymrede for radikalisering, for han deler videoer fra IS',
      'radikalisering',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the ninth round: a toddler who bites, and violence as a means in an opinion', () => {
  it('reads a toddler who bites as a toddler, and an adult who bites a toddler as abuse', () => {
    expect(raisedBy('Bider stadig. 20 mdr. Tre børn i dag.')).toEqual([]);
    expect(raisedBy('Han er 2 år, og mor siger, at far bed ham i armen')).toContain('overgreb');
  });

  it('reads »med vold, hvis det er nødvendigt« in an opinion as no abuse of the child, but an adult who threatens the child with it as abuse', () => {
    expect(
      raisedBy('Han siger, at de fremmede skal ud af landet, med vold hvis det er nødvendigt'),
    ).not.toContain('overgreb');
    expect(raisedBy('Han siger, at stedfar vil opdrage ham med vold, hvis det er nødvendigt')).toContain(
      'overgreb',
    );
  });
});

describe('the ninth round: a holiday, a stereotype from a classmate, a rule about clothes', () => {
  it.each([
    // A visit to a grandmother he is glad to come back from; not a marriage planned on the trip.
    [
      'Han har været i Somalia i fire uger hos sin farmor og lærte at køre motorcykel med sin fætter. Han er glad for at være tilbage',
      'Han har været i Pakistan i tre uger, og nu siger han, at han skal giftes med sin kusine derovre',
      'social_kontrol',
    ],
    // A classmate's prejudice; not her own marriage.
    [
      'Hun blev ked af det, da en dreng sagde, at hun sikkert skal giftes med sin fætter; vi har talt med ham om fordomme',
      'Hun siger, at hun skal giftes med sin fætter til sommer, og hun vil ikke',
      'social_kontrol',
    ],
    // One garment not allowed, while she takes part in everything.
    [
      'Forældrene vil ikke have at hun går i shorts til idræt. Hun er med i alt og har det godt',
      'Forældrene vil ikke have at hun går til idræt eller har veninder med hjem',
      'social_kontrol',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });

  it("does not take a parent's »det er fint« as the child's consent, nor one allowed activity as a free life", () => {
    expect(raisedBy('Broren tjekker hendes telefon hver aften. Det er fint, siger far')).toContain(
      'social_kontrol',
    );
    expect(raisedBy('Hun må ikke gå til svømning. Hun må gerne komme i moskeen hver dag')).toContain(
      'social_kontrol',
    );
  });
});

describe('the ninth round: the new word senses leave real red flags alone', () => {
  it.each([
    [
      'Hun har fået dårlige karakterer, og nu er hun bange, for familien siger, at hun har bragt skam over dem',
      'social_kontrol',
    ],
    [
      'Alle børn i klassen kender ham. Han er 35 og skriver til hende på Snapchat og vil have billeder af hende',
      'overgreb',
    ],
    ['Vi ses som familie hver søndag. Morfar har set hende nøgen og taget billeder af hende', 'overgreb'],
    ['Far låste ham inde på værelset hele weekenden. Nøglen var væk, sagde far bagefter', 'overgreb'],
    ['Den praktiserende læge så ar efter omskæring hos pigen på 7', 'overgreb'],
  ])('"%s" → %s', (text, flag) => {
    expect(raisedBy(text)).toContain(flag);
  });
});

describe('session 23, recall of the rules alone: abuse told by what happens at night (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // Someone comes into the child's bed at night, and the child must keep still or quiet.
    [
      'Når far er ude at køre nat, kommer han ind og lægger sig hos hende, og så skal hun ligge helt stille',
      'Når hun har mareridt, kommer far ind og lægger sig hos hende, til hun falder i søvn igen',
    ],
    [
      'Drengen siger at onklen kom ind til ham om natten, og at det er noget han ikke må sige til mor',
      'Drengen siger at onklen kom ind til ham om natten med et glas vand, fordi han hostede',
    ],
    // A trusted adult outside the family in the child's bed.
    [
      'På lejrturen kravlede en af hjælpetrænerne op i pigens seng efter lys ud',
      'På lejrturen kravlede pigen op i sin veninders seng efter lys ud og fnisede',
    ],
    // A secret and the child's own word for her genitals.
    [
      'Hun hviskede at det er en hemmelighed og pegede på sin tisse',
      'Hun hviskede at det er en hemmelighed og pegede på sin nye taske',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, ordinary) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
    expect(rulesFlag(ordinary)).not.toContain('overgreb');
  });
});

describe('session 23, recall of the rules alone: psychological abuse told by words and punishments (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // What an adult says the child is: the insult follows »… at hun er«, »far siger jeg er«, »kalder hende for«.
    [
      'Stedfar siger hver morgen ved afleveringen at han er et fejlskud og en skændsel',
      'Stedfar siger hver morgen ved afleveringen at han er en stjerne til fodbold',
    ],
    [
      'Hun fortalte at far siger hun er en klam kælling, når han er sur',
      'Hun fortalte at hun siger far er en klam kælling, når hun er sur på ham',
    ],
    // The child made to sleep or eat apart from the family, as a punishment.
    [
      'Pigen skal sove i bryggerset, for mor siger at hun ikke fortjener sin seng',
      'Pigen skal sove i bryggerset, når kusinerne er på besøg, for de får hendes værelse',
    ],
    [
      'Drengen spiser på gulvet mens de andre sidder ved bordet',
      'Drengen spiser ved bordet sammen med de andre',
    ],
    // Food held back for days for something the child did.
    [
      'Han fortæller at han ikke får aftensmad i flere dage, når han har fået en skideballe i skolen',
      'Han fortæller at han ikke får aftensmad i skolen, for han går hjem kl. 14',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, ordinary) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
    expect(rulesFlag(ordinary)).not.toContain('overgreb');
  });
});

describe('session 23, recall of the rules alone: a small child’s protest that names the doer by his first name (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    [
      'Ved skiftet sagde hun: »du må ikke røre min tissekone, det gør kun Jonas«. Jonas er mors nye kæreste',
      'Ved skiftet sagde hun: »du må ikke røre min tissekone«, og vi taler om at kroppen er hendes egen',
    ],
    [
      'Han sagde »ikke pille i numsen, det gør ondt ligesom når Mikkel gør det«. Mikkel er fars ven',
      'Han sagde »ikke pille i numsen«, da han fik skiftet ble, og så grinede han',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, ordinary) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
    expect(rulesFlag(ordinary)).not.toContain('overgreb');
  });

  it('still reads a denial that a named person reports as a denial', () => {
    expect(rulesFlag('Far har ikke slået ham, fortæller Mette fra SFO')).not.toContain('overgreb');
  });
});

describe('session 23, recall of the rules alone: radicalisation told by an attack to copy, a kill list, a threat to a group (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // An attack named by its place, to be done again: »gøre en …«, »… 2.0«.
    [
      'I klassechatten skrev han at nogen snart burde lave en Kongsberg på gymnasiet',
      'I klassechatten skrev han at han snart skal på udveksling til Kongsberg med gymnasiet',
    ],
    [
      'Deres gruppe på Snap hedder Hanau 2.0, og de har tegnet skolens gange',
      'Deres gruppe på Snap hedder Hanau-turen, for de var på klassetur i Tyskland',
    ],
    // A perpetrator as a model.
    [
      'Han skriver i sin dagbog at han har det ligesom Breivik havde det',
      'Han skriver i sin dagbog at han har det ligesom sin storebror havde det',
    ],
    // A list of people to kill, called by its name.
    [
      'Hun har en dødsliste i sin kalender med fire lærere på',
      'Hun har en ønskeliste i sin kalender med fire bøger på',
    ],
    // A group named as a target of violence.
    [
      'Han siger at klimaaktivisterne skal køres over, når de sætter sig på vejen',
      'Han siger at klimaaktivisterne sætter sig på vejen igen i morgen',
    ],
    // Codes and names of violent milieus online.
    [
      'Hans profilnavn er nu Terrorgram_soldat og han deler billeder derfra',
      'Hans profilnavn er nu Telegram_soldat og han deler billeder af sin hund',
    ],
    // An attack described by what was done, with admiration.
    [
      'Hun kalder dem der stak folk ned ved koncerten for helte',
      'Hun kalder brandmændene der hjalp folk ved koncerten for helte',
    ],
    // A weapon to get, and a group of children named by their origin.
    [
      'Han siger at han kan skaffe en pistol og gøre noget ved de somaliske drenge fra 8.a',
      'Han siger at han kan skaffe en bold og spille med de somaliske drenge fra 8.a',
    ],
  ])('"%s" → radikalisering, but not "%s"', (radical, ordinary) => {
    expect(rulesFlag(radical)).toContain('radikalisering');
    expect(rulesFlag(ordinary)).not.toContain('radikalisering');
  });
});

describe('session 23, recall of the rules alone: sexual abuse told by the bath and by what a contact online asks for (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // An adult at the child's bath, and something that makes it wrong: pain, not wanting, a phone, a secret.
    [
      'Hun siger at morfar bader hende når mormor er ude, og at det gør ondt bagefter',
      'Hun siger at morfar bader hende når mormor er ude, og at de leger med skum og ænder',
    ],
    [
      'Hun siger at onklen bader hende, også når hun ikke vil',
      'Hun siger at onklen bader hende, når hun har været i sandkassen',
    ],
    // What a contact online asks for or threatens with.
    [
      'En hun kender fra Snapchat spørger hver aften hvad hun har på',
      'En hun kender fra klassen spørger hver aften hvad hun har fået for i matematik',
    ],
    [
      'Han har sendt en video til en pige på Instagram, og nu skriver hun at ellers bliver den lagt op',
      'Han har sendt en video til en pige på Instagram, og nu skriver hun at den var sjov',
    ],
    // One word that needs no more.
    [
      'De andre siger at hun på 13 har en sugar daddy, der køber tøj til hende',
      'De andre siger at hun på 13 har en onkel, der køber tøj til hende til jul',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, ordinary) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
    expect(rulesFlag(ordinary)).not.toContain('overgreb');
  });
});

describe('session 23, recall of the rules alone: honour told by what the family does about a boy, and FGM told by its euphemisms (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // Contact with a boy, and what the family then does or threatens.
    [
      'Hun siger at hvis hendes brødre ser hende stå med en dreng, så ved de hvad de gør',
      'Hun siger at hvis hendes brødre ser hende stå med en dreng, så driller de hende lidt',
      'social_kontrol',
    ],
    [
      'Han fortæller at hans onkel har sagt at han er død for familien, fordi han er forelsket i en dreng',
      'Han fortæller at hans onkel har sagt at det er helt fint, at han er forelsket i en dreng',
      'social_kontrol',
    ],
    // FGM told by a euphemism, a country where girls are cut, and a girl.
    [
      'Pigen på 6 siger at hun skal til Guinea og have sin fest ligesom sine kusiner',
      'Pigen på 6 siger at hun skal til Guinea og besøge sine kusiner i ferien',
      'overgreb',
    ],
    [
      'Efter sommeren i Somalia tisser hun i dråber og sidder på kanten af stolen',
      'Efter sommeren i Somalia er hun glad og fortæller om kamelerne',
      'overgreb',
    ],
  ])('"%s", but not "%s" → %s', (redFlag, ordinary, flag) => {
    expect(rulesFlag(redFlag)).toContain(flag);
    expect(rulesFlag(ordinary)).not.toContain(flag);
  });
});

describe('session 23, recall of the rules alone: a threat after a negated condition, and the adult who does »også« (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // The negation of the condition does not reach the threat after »så«.
    [
      'Stedmor skrev til hende: »kommer du ikke hjem nu, så tager jeg kniven frem«',
      'Stedmor skrev til hende: »kommer du ikke hjem nu, så spiser vi uden dig«',
    ],
    // »Far råber ikke bare, han slår også«: the »han« is the father.
    [
      'Drengen fortæller at far ikke bare råber, han slår også',
      'Drengen fortæller at far ikke bare råber, han griner også',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, ordinary) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
    expect(rulesFlag(ordinary)).not.toContain('overgreb');
  });

  it('still reads »… ikke, så vidt jeg ved« as a denial', () => {
    expect(rulesFlag('Far slår ham ikke, så vidt jeg ved')).not.toContain('overgreb');
  });
});

describe('session 23, recall of the rules alone: the child’s own words for a sexual act, and pain after a night with an adult (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    [
      'Han siger at han skal holde om onkels pølse, når de ser film',
      'Han siger at han skal holde om onkels hund, når de ser film',
    ],
    ['Hun sagde at Mads har stukket en finger i hende', 'Hun sagde at Mads har stukket en finger i kagen'],
    [
      'Han fortæller at det gør ondt i numsen, når stedfar har været inde hos ham om natten',
      'Han fortæller at det gør ondt i numsen, når han har cyklet langt om aftenen',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, ordinary) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
    expect(rulesFlag(ordinary)).not.toContain('overgreb');
  });
});

describe('session 23, recall of the rules alone: psychological abuse told by threats to a pet, punishment positions and dark places (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // A threat against the child's pet, to make the child keep quiet or obey.
    [
      'Hun siger at stedfar vil aflive hendes kanin, hvis hun fortæller om det derhjemme',
      'Hun siger at dyrlægen vil aflive hendes kanin, fordi den er meget syg',
    ],
    // A position the child must hold as a punishment, for long or until it hurts.
    [
      'Han skal stå med næsen mod væggen i en time, når han har sagt imod',
      'Han skal stå med næsen mod væggen, når vi leger gemmeleg og han tæller',
    ],
    [
      'Pigen fortæller at hun skal knæle på risengryn, når hun har været uartig',
      'Pigen fortæller at hun skal hjælpe med at koge risengryn til juleaften',
    ],
    // A spelled-out threat from a parent, after a condition.
    [
      'Mor sagde i telefonen: »hvis han skaber sig igen, så stikker jeg ham en«',
      'Mor sagde i telefonen: »hvis han skaber sig igen, så tager vi hjem«',
    ],
    [
      'Han siger at far har sagt at han ender i en container, hvis han fortæller noget',
      'Han siger at far har sagt at papkasserne ender i en container, når de flytter',
    ],
    // A dark place the child is put in or threatened with.
    [
      'Far siger at han kommer i kælderen med rotterne, hvis han græder igen',
      'Far siger at de har fundet rotter i kælderen, og at der kommer en skadedyrsmand',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, ordinary) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
    expect(rulesFlag(ordinary)).not.toContain('overgreb');
  });
});

describe('the tenth round (s23, false alarms): things hit or thrown, little siblings, ball technique, the verb »mærke«', () => {
  it.each([
    // Anger let out on cushions or a cupboard door; not a blow to anyone.
    [
      'Han er vred over at farfar er død og slår i puder, når han kommer hjem',
      'Han er vred, og far slår ham, når han kommer hjem',
      'overgreb',
    ],
    [
      'Hun blev sur og smækkede med lågen til garderoben',
      'Hun blev sur, og far smækkede hende en lussing',
      'overgreb',
    ],
    // A little brother or sister is a child, also when kicking in bed.
    [
      'Hun sover dårligt, fordi min lillebror sparker hele natten, siger hun',
      'Hun sover dårligt, fordi stedfar sparker hende om natten, siger hun',
      'overgreb',
    ],
    // Kicking or shooting with the left foot is a ball technique.
    [
      'Træneren siger, at han skal øve sig i at skyde med venstre',
      'Træneren siger, at han vil sparke ham, hvis han taber',
      'overgreb',
    ],
    // »Det kan man mærke«: to feel or notice, not a mark.
    [
      'Efter flytningen går det bedre, det kan man tydeligt mærke på hende i klassen',
      'Efter weekenden havde hun et mærke på kinden',
      'overgreb',
    ],
    // A toddler throwing food or toys; not an adult throwing the child.
    [
      'Han vil ikke spise maden og kaster tallerkenen på gulvet hver dag',
      'Far kaster tallerkenen efter ham, når han ikke spiser',
      'overgreb',
    ],
    [
      'Han smider legetøjet på gulvet, når han er træt. Han er 2 år',
      'Far smider ham på gulvet, når han er træt. Han er 2 år',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the tenth round (s23, false alarms): cupboards, curves, break-ups, a rule for an age, the mouth, stories', () => {
  it.each([
    // Something kept in a cupboard, or a child closed up in himself; not a child locked in.
    [
      'Vi har skiftetøj liggende i skabet, hvis han tisser i bukserne',
      'Mor låser ham inde i skabet, når han tisser i bukserne',
      'overgreb',
    ],
    [
      'Efter fars død er hun lukket inde i sig selv og siger ikke meget',
      'Efter fars død er hun blevet lukket inde på sit værelse af sin stedfar',
      'overgreb',
    ],
    // A growth curve that bends, a quiet break-up; not a broken bone in an infant.
    [
      'Hans vækstkurve knækker lidt, han er 5 mdr og spiser dårligt',
      'Han er 5 mdr og har et brud på låret, som forældrene ikke kan forklare',
      'overgreb',
    ],
    [
      'Forældrene gik fra hinanden, da hun var 3 mdr; det var et fredeligt brud',
      'Han er 3 mdr gammel og har et brud på armen',
      'overgreb',
    ],
    // A rule explained by a young age; not a ban to protect the family's name.
    [
      'Hun må ikke tage med til fester, siger mor, fordi hun kun er 10',
      'Hun må ikke tage med til fester eller have veninder, siger far, fordi det er en skam for familien',
      'social_kontrol',
    ],
    // Sores from a brace, a ball in the mouth at training; not something put in the child's mouth.
    [
      'Hun har mange sår i munden efter sin nye tandbøjle, og mor spørger til det',
      'Hun siger at stedfar putter noget i munden på hende om natten',
      'overgreb',
    ],
    [
      'Han fik en bold i munden til håndbold, og træneren kørte ham på skadestuen',
      'Han siger at træneren tvinger ham til at tage den i munden efter håndbold',
      'overgreb',
    ],
    // A story the child wrote; not what happens at home.
    [
      'Hun har skrevet en historie hvor en far kvæler en zombie',
      'Hun siger at far kvæler hende, når han er fuld',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the tenth round (s23, false alarms): a topic in class, a worry dismissed, a sport, animals, the body', () => {
  it.each([
    // A topic in class carries over to the next sentence; not the young person's own wish.
    [
      'I religion læste vi om jihad. En elev forklarede forskellen på den indre og ydre jihad',
      'I religion læste vi om jihad. Bagefter sagde han at han vil rejse til Syrien og føre jihad',
      'radikalisering',
    ],
    // The word for the worry, looked into and dismissed by the one writing; not when signs follow.
    [
      'Mor er bange for at han bliver radikaliseret, fordi han beder. Jeg har ikke set noget der tyder på det',
      'Mor er bange for at han bliver radikaliseret. Han siger at vantro skal dø og ser IS-videoer',
      'radikalisering',
    ],
    // Shooting as a sport in a club; not a plan to shoot people.
    [
      'Han skyder i skytteforeningen og har vundet DM',
      'Han taler om at skyde folk på skolen og har et gevær',
      'radikalisering',
    ],
    // An animal bites; vomiting is »kaste op«; a phone setting is switched off.
    [
      'Hunden hos morfar er stor, og den har bidt ham én gang, så han vil ikke derhen',
      'Han vil ikke hen til morfar, for morfar har bidt ham i armen',
      'overgreb',
    ],
    [
      'Han kaster op ved synet af fisk, siger mor',
      'Han kaster op efter far har kastet ham ned ad trappen',
      'overgreb',
    ],
    [
      'Vi har talt med klassen om at slå det fra på telefonen',
      'Han siger at far slår ham, når telefonen ringer',
      'overgreb',
    ],
    // A small child soothing herself against her duvet; not what an adult taught or did.
    [
      'Hun er 4 og gnider sig mod sin dyne, når hun skal sove. Mor spørger om det er normalt',
      'Hun er 4 og gnider sig mod sin dyne og siger at onkel har lært hende det',
      'overgreb',
    ],
    // A doctor's diagnosis for pain in the bottom; a parent's explanation alone is not enough.
    [
      'Han har ondt i numsen; lægen siger det er børneorm, og hele familien er i behandling',
      'Han har ondt i numsen og blod i bleen; mor siger det er børneorm',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the tenth round (s23, false alarms): losing weight, self-image, care, a country left, toilet training, siblings', () => {
  it.each([
    // »Taber sig«, »spiser kylling«: a verb and a food, not names called.
    [
      'Han er 14, taber sig og spiser kun kylling, og han træner hver dag',
      'Han er 14, og far kalder ham en taber og en kylling hver dag',
      'overgreb',
    ],
    // The child's own view of herself; not an adult's words.
    [
      'Hun er stille, mor siger at hun synes hun er grim med sin nye tandbøjle',
      'Hun er stille, mor siger at far synes hun er grim og kalder hende det',
      'overgreb',
    ],
    // Pulling a child up into the bike seat is care.
    [
      'Mor trak ham lidt hårdt i armen for at få ham op i cykelstolen, men han lo bagefter',
      'Mor trak ham hårdt i armen og slæbte ham hen ad gangen, så han fik mærker',
      'overgreb',
    ],
    // The country the family came from; not a trip the child is sent on.
    [
      'Familien er flygtet fra Afghanistan for to år siden, og drengen har fået mange venner',
      'Familien vil sende hende til Afghanistan for et år, så hun kan lære at opføre sig ordentligt',
      'social_kontrol',
    ],
    // Toilet training; not an adult undressing the child at night.
    [
      'Mor siger de er begyndt at tage bleen af om natten, og han tisser i sengen',
      'Hun siger at stedfar tager bleen af hende om natten og rører ved hende',
      'overgreb',
    ],
    // A child hitting a little brother, as mother tells it; not mother's boyfriend. (»Mor siger hun også slår
    // lillebror« may be mother herself, by the »også« that joins a pronoun to the adult before it: that stays a flag.)
    [
      'Mor siger hun slår lillebror, når hun bliver sur',
      'Mor siger han også slår lillebror, når han har drukket. Han er mors nye kæreste',
      'overgreb',
    ],
    // A father asking staff to watch out for adult strangers; not a brother set to watch her.
    [
      'Far bad mig passe på, at hun ikke snakker med nogen på stævnet; han mente voksne mænd online',
      'Far bad hendes bror passe på, at hun ikke snakker med drenge på stævnet',
      'social_kontrol',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the tenth round (s23, false alarms): combat sport, baby swimming, pressure, burns from baking, play and plays', () => {
  it.each([
    // Blows in boxing, told in another sentence; not a blow at home.
    [
      'Han går til boksning og elsker det. I dag fortalte han stolt, at han bankede en fra klubben',
      'Han går til boksning og elsker det. I dag fortalte han, at far bankede ham derhjemme',
      'overgreb',
    ],
    // Dipping a baby under water as the instructor shows; not holding a child under water.
    [
      'Til babysvømning dykker mor ham kort under vandet, som instruktøren viser, og han griner',
      'Mor holder ham under vandet i badekarret, til han hoster og græder',
      'overgreb',
    ],
    // Pressure to perform in sport; not pressing the child down.
    [
      'Hun siger at far presser hende for hårdt med fodboldtræning, og hun er træt',
      'Hun siger at far presser hende hårdt ned mod gulvet, så hun får mærker på armen',
      'overgreb',
    ],
    // A burn from touching the baking tray; not an adult holding the hand to it.
    [
      'Hun har et brandsår på hånden, fordi hun kom til at røre bagepladen, da de bagte boller',
      'Hun har brandsår på hånden og siger at mor holdt den mod bagepladen',
      'overgreb',
    ],
    // »Det er ikke fordi nogen slår ham«: the writer rules it out.
    [
      'Det er ikke fordi nogen slår ham, han er bare stille efter flytningen',
      'Han er stille efter flytningen, og han siger at far slår ham derhjemme',
      'overgreb',
    ],
    // Grief that »hit« him; not a blow in the same sentence as the grief.
    [
      'Skilsmissen har ramt ham hårdt, og han græder meget',
      'Efter skilsmissen slår far ham, når han græder',
      'overgreb',
    ],
    // A doll punished in play; not a child shut away.
    [
      'Hun leger med dukkerne, og dukken skal sidde alene på trappen, når den har været uartig',
      'Hun skal sidde alene i kælderen, når hun har været uartig, siger far',
      'overgreb',
    ],
    // A play about a princess; not her own marriage.
    [
      'Klassen spillede et stykke om en prinsesse, der skal giftes mod sin vilje, og alle klappede',
      'Hun siger hun skal giftes mod sin vilje til sommer, og hun græder',
      'social_kontrol',
    ],
    // Small children playing doctor; not an adult who plays along.
    [
      "De leger doktor i dagplejen og siger 'nu skal du have en sprøjte i numsen'. De er 3",
      "Onkel leger doktor med hende og siger 'nu skal du tage bukserne af'",
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the tenth round (s23, false alarms): a »hverken« list with several »eller«', () => {
  it.each([
    [
      'Hverken mor eller far eller andre voksne har råbt eller slået, siger drengen, han blev bange for en hund',
      'Hverken mor eller far eller andre voksne har råbt, og stedfar slår ham hver dag',
    ],
    [
      'Hverken mor eller far eller storebror har slået hende, siger hun',
      'Hverken mor eller far eller storebror har slået hende, men onkel slår hende hver dag',
    ],
  ])('"%s" denies it, but "%s" → overgreb', (denied, redFlag) => {
    expect(raisedBy(denied)).toEqual([]);
    expect(raisedBy(redFlag)).toContain('overgreb');
  });
});

describe('the tenth round (s23, tuning16d): ordinary worries that sound serious', () => {
  it.each([
    // Another small child bit her; not an adult.
    [
      'Hun er 2 og græd i dag; det var en anden lille fyr der bed hende i sandkassen',
      'Hun er 2 og græd i dag; hun siger at stedfar bed hende i armen',
      'overgreb',
    ],
    // Self-harm the child explains himself; not an adult's cuts.
    [
      'Han er 13 og har rifter på armen; han siger selv, det er noget han gør med en blyantspidser, når han er ked af det',
      'Han er 13 og har rifter på armen; han siger, at far gør det med en kniv, når han er fuld',
      'overgreb',
    ],
    // Old scars from a pot that tipped over; not cigarette burns.
    [
      'Han har ar på ryggen, fordi en gryde væltede ud over ham som baby, og han var indlagt',
      'Han har runde ar på ryggen, og han siger at far slukker cigaretter på ham',
      'overgreb',
    ],
    // A big word used about a lost cap; not what an adult did.
    [
      'Hun brugte ordet »voldtægt« i frikvarteret om at en dreng tog hendes hue',
      'Hun sagde at onkel har voldtaget hende i weekenden',
      'overgreb',
    ],
    // A stranger beaten in the street; not violence at home.
    [
      'Han så en mand blive slået ned foran Netto og har talt om det hele ugen',
      'Han så far slå mor ned i køkkenet og har talt om det hele ugen',
      'overgreb',
    ],
    // Marks from insulin injections; not pinching.
    [
      'Han har fået sukkersyge og har små mærker på maven efter insulinstik',
      'Han har små mærker på maven og siger at far kniber ham',
      'overgreb',
    ],
    // The child's own words about killing himself (a signal of its own); not a mother's threat to him.
    [
      'Han siger han vil slå sig selv ihjel, hvis han ikke får en ny telefon',
      'Mor siger til ham, at hun slår sig selv ihjel, hvis han ikke opfører sig',
      'overgreb',
    ],
    // Parents who see where she is, while she takes part in everything; not a brother who checks her phone.
    [
      'Hun klager over at forældrene kan se hvor hun er på deres telefon, men hun er med på alle klasseture og går til gymnastik',
      'Hun siger at broren tjekker hendes telefon hver aften, og hun må ikke gå til gymnastik',
      'social_kontrol',
    ],
    // Parents naked in the family's shower; not a stepfather watching her.
    [
      'Mor spørger om det er ok at drengen på 3 ser hende og far nøgne, når de går i bad',
      'Stedfar går nøgen rundt og kigger, når hun går i bad',
      'overgreb',
    ],
    // A question whether a scarf is allowed at school; not a ban on a free life.
    [
      'Han har spurgt om det er forbudt at gå med Palæstina-tørklæde til skole',
      'Hun må ikke gå til svømning eller have veninder med hjem, siger far',
      'social_kontrol',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the tenth round (s23, tuning16c/16e): protective brothers, own choices, flight, a child hitting his mother, strangers', () => {
  it.each([
    // A brother who sees that nobody gives her alcohol; not one who reports her to father.
    [
      'Storebror holdt øje med, at ingen gav hans søster alkohol til festen, og hun grinede af det',
      'Storebror holder øje med hende til festen og ringer til far, hvis hun taler med drenge',
      'social_kontrol',
    ],
    // Engaged by her own wish; not a marriage decided for her.
    [
      'Hun er 16 og blevet forlovet efter eget ønske med en hun har datet i et år; begge familier er glade',
      'Hun er 16 og skal giftes med sin fætter til sommer; hun vil ikke, men familien har bestemt det',
      'social_kontrol',
    ],
    // A family that fled a country; not a mother fleeing violence.
    [
      'Familien flygtede fra Syrien for fem år siden, og drengen vil gerne se sin gamle skole',
      'Mor flygtede fra far med børnene, fordi han slog hende',
      'overgreb',
    ],
    // »Slog han sin mor«: the child hits his own mother; not the child beaten by his father.
    [
      'I dag slog han sin mor i ansigtet, fordi han ikke ville hjem. Han er 7',
      'Hun er blevet slået af sin far, fordi hun blev set med en kæreste',
      'overgreb',
    ],
    // A burglar; not father.
    [
      'Mor blev slået af en tyv, da der var indbrud, og drengen er bange for at sove alene',
      'Mor blev slået af far, da han kom fuld hjem, og drengen er bange for at sove alene',
      'overgreb',
    ],
    // The size of a fist, a car set on fire, cuts she made herself.
    [
      'Han har en knytnæve-stor bule i panden efter at være faldet på trampolinen',
      'Han har en bule i panden efter at far gav ham en knytnæve',
      'overgreb',
    ],
    [
      'Naboens bil blev brændt af, og han så det fra vinduet',
      'Han har brændemærker på armen, og han siger at far brændte ham med en lighter',
      'overgreb',
    ],
    [
      'Hun har skåret i sig selv og er bange for at forældrene finder ud af det',
      'Hun siger at hun skal til Somalia og blive skåret i, så hun bliver en rigtig pige',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });

  it('keeps a younger brother sent along to watch her as social control', () => {
    expect(raisedBy('Hendes lillebror på 11 skal med til alt og holde øje med hende, siger hun')).toContain(
      'social_kontrol',
    );
  });
});

describe('the tenth round (s23, tuning16g/16h): misspelt denials, a saying, a ban with an end, »bh«, a question asked', () => {
  it.each([
    // »ingn«, »ik«: denials typed in a hurry.
    [
      'der er ingn tegn paa vold hjemme, han er bare træt efter de har faaet en baby',
      'der er tegn paa vold hjemme, han har blå mærker og er bange for far',
      'overgreb',
    ],
    [
      'far raaber ik og slaar ik, hun er bare stille af sig',
      'far raaber og slaar hende, hun er stille af sig',
      'overgreb',
    ],
    // A saying the child or the writer calls a saying; not when the child is afraid.
    [
      'Hun siger at far slår hende ihjel, hvis hun taber sin jakke igen. Det er en talemåde derhjemme, siger hun og griner',
      'Hun siger at far slår hende ihjel, hvis hun taber sin jakke igen. Hun er bange for at gå hjem',
      'overgreb',
    ],
    // A ban on friends at home for the rest of the month; not a ban for the family's shame.
    [
      'Han har forbud mod at få venner med hjem resten af måneden, fordi de smadrede en lampe',
      'Han må ikke have venner med hjem eller gå til fodbold, fordi familien skammer sig over ham',
      'social_kontrol',
    ],
    // »bh« for the kindergarten.
    [
      'Drengen er 4 og har fri fra bh i en måned, mens de besøger bedsteforældrene',
      'Han er 4 og siger at onkel rører ved hans tissemand, når de er alene',
      'overgreb',
    ],
    // A class debate; a routine question answered no.
    [
      'I samf har klassen debatteret IS og hvorfor unge blev fremmedkrigere',
      'Han siger at han vil rejse til Syrien og kæmpe for IS ligesom sin bror',
      'radikalisering',
    ],
    [
      'Jeg spurgte ind til om der var vold i hjemmet; det er rutine, og der var ingen tegn',
      'Jeg spurgte ind til om der var vold i hjemmet, og hun sagde ja, far slår',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the tenth round (s23): a rule about clothes, friends who may sleep over', () => {
  it.each([
    [
      'Mor har sagt, at hun ikke må gå med den korte nederdel i skole, og hun græd',
      'Hun må ikke gå med den korte nederdel, for det er en skam for familien, siger far',
    ],
    [
      'Hun må ikke sove hos veninder, men veninderne må gerne sove hos hende',
      'Hun må ikke sove hos veninder eller gå til fester, og broren holder øje med hende',
    ],
  ])('"%s" is no red flag, but "%s" → social_kontrol', (ordinary, redFlag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain('social_kontrol');
  });
});

describe('the tenth round (s23): »ikke haft noget med … at gøre« denies what is listed', () => {
  it('denies violence after »har ikke haft noget med politiet eller vold at gøre«, but not a blow after »ikke haft det godt«', () => {
    expect(
      raisedBy('Han har ikke haft noget med politiet eller vold at gøre, han er bare forelsket'),
    ).toEqual([]);
    expect(raisedBy('Hun har ikke haft det godt, siden far slog hende i weekenden')).toContain('overgreb');
  });
});

describe('the tenth round (s23): a mark from boxing', () => {
  it('reads a bruise explained by boxing in a club as sport, and one from father as a red flag', () => {
    expect(
      raisedBy('Han har et blåt mærke ved kæben og forklarer at han bokser i en klub og fik et hook'),
    ).toEqual([]);
    expect(raisedBy('Han har et blåt mærke ved kæben og siger at far slog ham derhjemme')).toContain(
      'overgreb',
    );
  });
});

describe('session 23, recall of the rules alone: social control and radicalisation by kind (sentences of our own, s23-rules3)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // A severe consequence (dead to the family, made to disappear, killed, sent away for good) for the child's own
    // love life, sexuality or contact with the other sex.
    [
      'Hans morbror har sagt at hvis han bliver ved med at ses med kæresten, så er han død for familien',
      'Hans morbror har sagt at hvis han bliver ved med at komme for sent, så får han ingen lommepenge',
    ],
    [
      'Hun tør ikke gå hjem: hvis nogen har set hende snakke med en dreng, så ved de hvad de gør med hende',
      'Hun tør ikke gå hjem: hun har glemt sin nøgle og ved ikke hvad hun skal gøre med den',
    ],
    [
      'Far har sagt at hvis han er sådan en, så får storebror ham til at forsvinde',
      'Far har sagt at hvis han er træt, så må storebror køre ham til træning',
    ],
    // The same words said by a mother's boyfriend or about an ordinary rule are violence, not honour.
    [
      'Hun siger at hendes fætter slår hende ihjel hvis hun går ud uden tørklæde',
      'Hun siger at hendes mor slår hende ihjel hvis hun glemmer gymnastiktøjet igen, men det er bare noget mor siger',
    ],
    // A relative who watches whom she talks to, where she is, how long she takes, or films her with a boy for the
    // family; a brother made the guard of his sister.
    [
      'Hendes fætter venter ved busstoppestedet hver dag. Hun siger han skal se hvem hun går sammen med',
      'Til projektugen siger hun at læreren skal se hvem hun går sammen med',
    ],
    [
      'Storebror har filmet hende sammen med en klassekammerat og sendt det til familien i Pakistan',
      'Storebror har filmet hende til skolekomedien og sendt det til mormor, som ikke kunne komme',
    ],
    [
      'Drengen på 13 siger at han skal sørge for at storesøsteren ikke taler med drenge i frikvarteret',
      'Drengen på 13 siger at han skal sørge for at lillesøsteren ikke glemmer sin madpakke',
    ],
    // Violence, locking in or cutting her hair for her contact with a boy or her clothes.
    [
      'Hun har mærker på armen, fordi hendes onkel tog hårdt fat i hende, da han så hende gå sammen med en dreng',
      'Hun har mærker på armen, fordi hun faldt på cyklen, da hun skulle hjem fra en dreng i klassen',
    ],
    [
      'Veninden fortæller at hun har været låst inde i en uge, fordi hun havde lånt en bluse med korte ærmer',
      'Veninden fortæller at hun har lånt en bluse med korte ærmer, fordi hun glemte sin egen',
    ],
    // The child's own wedding as a thing decided.
    [
      'Hun er 15 og har vist mig et billede af den mand hun skal giftes med i sommerferien',
      'Hun er 15 og har vist mig et billede af den hest hun skal passe i sommerferien',
    ],
    // A ban or a withdrawal because she is a girl, because of men who might see her, or because she is »too Danish«.
    [
      'Far har meldt hende fra lejrskolen, fordi en ugift pige ikke skal sove ude',
      'Far har meldt hende fra lejrskolen, fordi hun har brækket foden og ikke kan gå langt',
    ],
    [
      'Hun må ikke gå til svømning mere, fordi der er mandlige trænere i hallen',
      'Hun går stadig til svømning, og de har fået mandlige trænere i hallen',
    ],
    // Sent away as the price of a relationship or an activity of her own.
    [
      'Hun siger at hvis hun ikke dropper kæresten, bliver hun sendt på koranskole',
      'Hun siger at hvis hun ikke dropper mobilen i timerne, skal hun på en lang tur med klassen uden den',
    ],
    [
      'Far har sagt at hvis han fortsætter med at se hende, skal han bo hos sin onkel for altid',
      'Far har sagt at han skal bo hos sin onkel i weekenden, fordi far er på arbejde',
    ],
    // Friends only from the family's own circle; disowned for a boyfriend; her location or screenshots sent home.
    [
      'Han siger at han kun må være sammen med sine fætre efter skole',
      'Han siger at han helst vil være sammen med sine fætre efter skole',
    ],
    [
      'Far har sagt at hvis hun får en kæreste, er hun ikke hans datter mere',
      'Far har sagt at hvis hun får en hund, skal hun selv gå tur med den',
    ],
    [
      'Hendes kusiner sender screenshots til hendes far, når hun skriver med en fra klassen',
      'Hendes kusiner sender hilsner til hendes far fra ferien i Spanien',
    ],
  ])('"%s" → social_kontrol, but not "%s"', (honour, ordinary) => {
    expect(rulesFlag(honour)).toContain('social_kontrol');
    expect(rulesFlag(ordinary)).not.toContain('social_kontrol');
  });
});

describe('session 23, recall of the rules alone: radicalisation by targets mapped and by training to fight an enemy (sentences of our own, s23-rules3)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // People or a place mapped as targets: where they live, photos of those who go there, a crosshair, a list.
    [
      'Om flygtningefamilien på vejen skriver han at han og vennerne nok skal finde ud af hvor de bor',
      'Om den nye familie på vejen skriver han at han og vennerne vil finde ud af hvor de bor og sige velkommen',
    ],
    [
      'Han har tegnet et sigtekorn på et foto af synagogen i byen',
      'Han har tegnet et hjerte på et foto af sin mormor i byen',
    ],
    [
      'Hun har lavet en liste med navne på elever med anden etnisk baggrund og skrevet "først" øverst',
      'Hun har lavet en liste med navne på elever, der vil med til fodboldstævnet',
    ],
    // Training to fight as a group, against an enemy or with a sign of a violent milieu.
    [
      'Han øver skydning med nogle ældre fyre, som siger at de skal være klar når de der kommer',
      'Han øver skydning i skytteforeningen og skal til DM til sommer',
    ],
    [
      'Hun er med i en kampgruppe, der træner i weekenderne, og de har runer på deres jakker',
      'Hun er med i en løbegruppe, der træner i weekenderne, og de har refleksvest på deres jakker',
    ],
    // A weapon with the fight to come.
    [
      'Han har vist de andre en pistol og siger at vi snart skal forsvare landet mod dem',
      'Han har vist de andre en vandpistol og siger at de snart skal have vandkamp i gården',
    ],
    // Violence foretold, with a group, a weapon, an attack or a sign of a violent milieu.
    [
      'I gruppechatten skriver de at de planlægger noget stort mod de fremmede i byen',
      'I gruppechatten skriver de at de planlægger noget stort til lærernes sidste skoledag',
    ],
    [
      'Han har lagt et billede af en klassekammerat op med teksten "hende her skal straffes først" og knive-emojis under',
      'Han har lagt et billede af en klassekammerat op med teksten "hende her vinder først" og hjerte-emojis under',
    ],
    [
      'Han siger at byen snart vil opleve det samme som Paris',
      'Han siger at byen snart vil opleve det samme som sidste år med oversvømmelser',
    ],
    // A journey prepared in secret or paid by others, towards a conflict zone or the »brothers« there.
    [
      'Han har spurgt hvordan man kan rejse uden at forældrene ved det, og han har gemt et kort over Irak',
      'Han har spurgt hvordan man kan rejse billigt med tog, og han har gemt et kort over Italien',
    ],
    [
      'Hun har fortalt en veninde at hun skal mødes med nogen ved den syriske grænse i sommerferien',
      'Hun har fortalt en veninde at hun skal mødes med sin mormor i Aarhus i sommerferien',
    ],
    // Old friends left and judged by a creed: impure, infidels, bound for hell, »a mix«.
    [
      'Hun har sagt farvel til sine veninder fra klassen og siger at de er vantro',
      'Hun har sagt farvel til sine veninder fra klassen, fordi hun flytter til Odense',
    ],
    [
      'Han er stoppet med at tale med sine venner fra holdet, for han siger de er urene',
      'Han er stoppet med at tale med sine venner fra holdet, for han siger de er uretfærdige',
    ],
  ])('"%s" → radikalisering, but not "%s"', (radical, ordinary) => {
    expect(rulesFlag(radical)).toContain('radikalisering');
    expect(rulesFlag(ordinary)).not.toContain('radikalisering');
  });
});

describe('short and spoken forms read as the standard word (lexicon colloquial, sentences of our own)', () => {
  it.each([
    // »fatter«, »m«, »gl«: the word as spoken, then the act.
    [
      'drengen 8 aar gl sir at fatter slog ham m en sko i gaar',
      'drengen 8 aar gl sir at fatter købte nye sko til ham i gaar',
    ],
    [
      'pigen fortæller at mutter tæsker hende naar hun ik ka finde sine ting',
      'pigen fortæller at mutter hjælper hende naar hun ik ka finde sine ting',
    ],
    // Bruises written as one word or with »e« for »æ«, and a learner's inflection of an act.
    [
      'hun har blaamerker paa overarmene og sir "far knebede mig"',
      'hun har blaamerker paa knæene og sir hun faldt paa cyklen',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, ordinary) => {
    expect(raisedBy(abuse)).toContain('overgreb');
    expect(raisedBy(ordinary)).not.toContain('overgreb');
  });

  it.each([
    ['far slaar ham ik, han er bare streng', 'far slaar ham, han er ik bare streng'],
    [
      'hun sir at der ikk er nogen der gør hende fortræd derhjemme',
      'hun sir at der er nogen der gør hende fortræd derhjemme',
    ],
    ['hun sa at stedfar aldri har rørt hende', 'hun sa at stedfar har rørt hende'],
  ])('a spoken negator negates like »ikke«: "%s" raises nothing, "%s" does', (negated, told) => {
    expect(raisedBy(negated)).not.toContain('overgreb');
    expect(raisedBy(told)).toContain('overgreb');
  });

  it('reads a capital initial as a name, not as »med«', () => {
    expect(analyseText('M slog hende', lexicon).redFlags).toEqual(
      analyseText('Kim slog hende', lexicon).redFlags,
    );
  });
});

describe('violence between the adults told with a pronoun (sentences of our own)', () => {
  it.each([
    [
      'Pigen ringede fra sit værelse: han banker mor igen. Hun mener mors kæreste',
      'Drengen er urolig derhjemme og han banker mor når han ikke får sin vilje. Far er træt af det',
    ],
    [
      'Hun fortæller at stedfar drikker, og at han slår mor om aftenen',
      'Drengen er meget vred om aftenen, og han slår mor når hun tager hans telefon, siger stedfar',
    ],
  ])('"%s" → overgreb, but not "%s"', (witnessed, child) => {
    expect(raisedBy(witnessed)).toContain('overgreb');
    expect(raisedBy(child)).not.toContain('overgreb');
  });
});

describe("psychological abuse told by its traces: food withheld for the child's »fault«, a door locked from outside (sentences of our own)", () => {
  it.each([
    [
      'Han spurgte om han måtte få en ekstra bolle, for han får ikke noget at spise hjemme hvis han har været uartig',
      'Han spurgte om han måtte få en ekstra bolle, for han får ikke noget at spise før kl. 12 på turen',
    ],
    [
      'Hun fortæller at hun ikke må spise morgenmad når hun har fået skæld ud af mor',
      'Hun fortæller at hun ikke må spise morgenmad før blodprøven på hospitalet',
    ],
    [
      'Stedfar er meget streng. Drengen siger at han skal sove på sit værelse med døren låst udefra hver weekend',
      'Stedfar er meget streng. Drengen siger at han skal sove på sit værelse med døren lukket hver weekend',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, ordinary) => {
    expect(raisedBy(abuse)).toContain('overgreb');
    expect(raisedBy(ordinary)).not.toContain('overgreb');
  });
});

describe('an adult boyfriend named in English (sentences of our own)', () => {
  it('reads »boyfriend på 24« as an adult partner of a child, not »boyfriend på 14«', () => {
    expect(raisedBy('Hun er 13 og fortæller om sin nye boyfriend på 24 fra Snap')).toContain('overgreb');
    expect(raisedBy('Hun er 13 og fortæller om sin nye boyfriend på 14 fra klassen')).not.toContain(
      'overgreb',
    );
  });
});

describe('session 23, false alarms of the rules (s23-rules5): medical explanations and a small child’s questions', () => {
  it.each([
    // A boy's lawful circumcision explains the pain; not an adult who hurt him.
    [
      'Han klager over at det gør ondt i tissemanden, han blev omskåret hos lægen i sidste uge og far passer på at han får creme på',
      'Han klager over at det gør ondt i tissemanden, og han siger at onkel rører ham der når far er på arbejde',
      'overgreb',
    ],
    // A child asking where babies come from; not an adult's body told by the child.
    [
      'Hun på 4 spurgte hvorfor drenge har tissemand, og om mor har en baby i maven, nu hvor mor venter en lillebror',
      'Hun på 4 sagde at far viser hende sin tissemand og rører ved hendes numse når mor er ude',
      'overgreb',
    ],
    // A topic in history class, named in another sentence, which the pupil condemns; not sympathy.
    [
      'I samfundsfag har de haft om 11. september. Hun skrev om terroristerne og synes det var frygteligt',
      'Hun skrev om terroristerne og synes de gjorde det der skulle gøres',
      'radikalisering',
    ],
    // A boy who wants to catch terrorists as a soldier; not one who wants to join them.
    [
      'Han vil være soldat når han bliver stor og fange terrorister, siger han',
      'Han vil være kriger når han bliver stor og rejse ud til terroristerne, siger han',
      'radikalisering',
    ],
    // The school phoning both children's homes after a fight; not a family that watches her.
    [
      'To drenge kom op at toppes i frikvarteret, vi har talt med dem og ringet hjem til begge familier',
      'Hun siger at hendes fætre holder øje med hende i frikvarteret og ringer hjem til familien',
      'social_kontrol',
    ],
    // A big word for a phone taken away; not violence.
    [
      'Hun kalder det vold, at forældrene har taget hendes mobil om aftenen',
      'Hun siger at far tog hendes mobil og gav hende tæsk bagefter',
      'overgreb',
    ],
    // A father's fight with a stranger in a bar; not violence against the child or the mother.
    [
      'Drengens far sidder varetægtsfængslet for vold på et diskotek, han har ikke set drengen i et år',
      'Drengens far sidder varetægtsfængslet for vold mod mor, og drengen så det hele',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('session 23, false alarms of the rules (s23-rules5): pressure for the family’s honour is social control, not also abuse, unless someone hits', () => {
  it.each([
    [
      'Hun er 15 og har fået at vide at hun har bragt skam over familien, fordi hun blev set med en dreng. Nu tør hun ikke gå hjem',
      'Hun er 15 og har fået at vide at hun har bragt skam over familien, fordi hun blev set med en dreng. Far slog hende, og nu tør hun ikke gå hjem',
    ],
  ])('"%s" → social control alone, but "%s" → also abuse', (honourOnly, withViolence) => {
    expect(raisedBy(honourOnly)).toEqual(['social_kontrol']);
    expect(raisedBy(withViolence)).toEqual(expect.arrayContaining(['social_kontrol', 'overgreb']));
  });
});

describe('session 23, lead: »give someone klø/tæsk/bank« as a beating (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    ['Stedfar gav ham klø i går, fordi han havde tisset i bukserne', 'Vi gav dem klø i fodboldkampen i går'],
    ['Mor giver hende bank, når hun ikke spiser op', 'Pigerne gav dem bank i håndbold i weekenden'],
  ])('"%s" → overgreb, but not "%s"', (beating, sport) => {
    expect(rulesFlag(beating)).toContain('overgreb');
    expect(rulesFlag(sport)).toEqual([]);
  });
});

describe('session 24 (s24-rules): kinds from the misses of tuning11a/13a/13b, rules alone (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlags = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // Relatives who watch whether she talks with boys, or must tell the family at home.
    [
      'Hendes fætre står ved hallen hver tirsdag for at se om hun snakker med drengene på holdet',
      'Mor kommer og ser træningen for at se om hun har lært den nye øvelse',
      'social_kontrol',
    ],
    [
      'Hendes lillebror skal give besked hjem, hvis hun står og snakker med en dreng efter skole',
      'Han skal give besked hjem, hvis han bliver syg i skolen',
      'social_kontrol',
    ],
    [
      'Onklerne har fået besked på at holde hende i kort snor, efter at hun var til fest',
      'Træneren holder holdet i kort snor før kampen',
      'social_kontrol',
    ],
    [
      'Storebror sidder og filmer hende til hver eneste træning',
      'Forældrene sidder og filmer hende til hver eneste kamp, de er så stolte',
      'social_kontrol',
    ],
    [
      'Veninden siger at alt hvad hun gør i frikvarteret bliver rapporteret videre til brødrene',
      'Fraværet bliver rapporteret videre til forældrene hver fredag',
      'social_kontrol',
    ],
    // A girl allowed only between school and home; taken out of her sport now that she is »a woman«.
    [
      'Han siger at hans søster kun må gå direkte mellem skole og hjem',
      'Han må kun gå direkte hjem efter skole, fordi han skal til tandlæge',
      'social_kontrol',
    ],
    [
      'Far har meldt hende ud af svømning, nu hvor hun er blevet en kvinde',
      'Hun har selv meldt sig ud af svømning, fordi hun er træt af det',
      'social_kontrol',
    ],
    // A family that disowns her: »ikke er deres datter mere« is not a negation of anything.
    [
      'Hun har fået at vide at hun ikke er deres datter mere, hvis hun bliver ved med at se ham',
      'Hun er ikke deres datter, men en plejedatter, der har boet hos dem i tre år',
      'social_kontrol',
    ],
    // A contact from the net or a gamer who is an adult, with gifts and a meeting; a net friend alone is no flag.
    [
      'Han har fået en ny telefon af en online ven, som han skal mødes med alene i weekenden',
      'Han har en online ven fra Sverige, de spiller sammen hver aften med forældrene ved siden af',
      'overgreb',
    ],
    [
      'Hun skriver med en gamer på 27, der har sendt hende gavekort og vil mødes efter skole',
      'Hun ser en gamer på 27 streame hver aften og har købt et gavekort til spillet',
      'overgreb',
    ],
    [
      'Drengen siger at en fyr på 30 plus fra Discord sender ham gifts og vil hang out IRL',
      'Drengen siger at en fyr fra klassen har sendt ham et link til et nyt spil',
      'overgreb',
    ],
    // A gift on a condition: »if she is nice to him«, something »in return«, paying »with herself«.
    [
      'En mand i opgangen giver hende cigaretter og lift, hvis hun er sød ved ham',
      'Mor siger at han får en is, når han har været sød ved sin lillesøster',
      'overgreb',
    ],
    [
      'Han har fået en ny computer af en ven fra nettet og skal gøre noget for ham til gengæld',
      'Han har fået en ny computer af sin morfar og hjælper ham med haven til gengæld',
      'overgreb',
    ],
    [
      'Hun siger at hun skylder en mand penge, og at hun skal betale med sig selv',
      'Hun siger at hun skylder en veninde penge for biografbilletten',
      'overgreb',
    ],
    // An adult in a role (a volunteer, a coach, a hairdresser) with gifts and time alone with the child.
    [
      'En frivillig leder kører ham hjem alene efter spejder og har købt nye støvler til ham',
      'Klubben har købt nye støvler til hele holdet, og en frivillig leder kører dem hjem i bus',
      'overgreb',
    ],
    // Psychological abuse told by its traces: threats to leave, food withheld for days, silence as punishment, locked in.
    [
      'Hun siger at mor forsvinder for altid, hvis hun ikke holder op med at græde',
      'Hun siger at hendes kat forsvandt for altid, da de flyttede, og hun græder stadig over det',
      'overgreb',
    ],
    [
      'Far har sagt at hvis han sladrer igen, får han ikke mad i tre dage',
      'Far har sagt at hvis han er syg i morgen, får han suppe og må se film',
      'overgreb',
    ],
    [
      'Når han har været uartig, så får han ikke rigtig mad, siger han',
      'Når han har fået slik, så spiser han ikke rigtig sin mad, siger mor',
      'overgreb',
    ],
    [
      'Stedfar straffer hende med tavshed i flere dage, når hun har svaret igen',
      'Klassen holdt et minuts tavshed, og hun græd lidt bagefter',
      'overgreb',
    ],
    [
      'Han fortalte at døren til hans værelse var låst udefra hele weekenden',
      'Han fortalte at døren til skuret var låst, så de ikke kunne hente bolden',
      'overgreb',
    ],
    [
      'Far lukker den 3-årige inde på badeværelset, når hun græder om natten',
      'Far lukker døren, når den 3-årige skal sove, og lader lyset være tændt på gangen',
      'overgreb',
    ],
    [
      'Han siger at far siger han burde være blevet skyllet ud i toilettet',
      'Han siger at far har skyllet hans døde guldfisk ud i toilettet',
      'overgreb',
    ],
    // Violence between the adults in other words: »går løs på mor«, a fight at home, a door kicked in, samlivsvold.
    [
      'Han sover dårligt, fordi stedfar går løs på mor om natten',
      'Han sover dårligt, fordi hunden går løs om natten og gør',
      'overgreb',
    ],
    [
      'Mor fortalte at hun og hendes kæreste har slåskamp, når de har drukket, og drengen ser det',
      'Drengene havde slåskamp i sandkassen, og mor og hendes kæreste kom og hentede dem',
      'overgreb',
    ],
    [
      'Far sparkede døren ind til soveværelset hvor mor havde låst sig inde',
      'Vi legede gemmeleg, og hun fandt stedet hvor mor gemte sig bag sofaen',
      'overgreb',
    ],
    [
      'Mor har søgt hjælp efter samlivsvold, og børnene var hjemme',
      'Mor har søgt hjælp efter skilsmissen, og børnene bor skiftevis hos dem',
      'overgreb',
    ],
    // An explanation the child was told to give is no accident; a bicycle shed is no bicycle accident.
    [
      'Der var blod i hendes trusser, og hun siger at stedfar har sagt hun bare skal sige det var fra cyklen',
      'Hun faldt af cyklen i går og slog knæet, siger mor',
      'overgreb',
    ],
    [
      'En ældre dreng tager hende med om bag cykelskuret og kigger i hendes trusser og rører',
      'Efter skole står han altid ved cykelskuret og venter på sin søster',
      'overgreb',
    ],
    // A game as the place where an adult makes contact (a lobby, a private chat), not fiction.
    [
      'En voksen mand har sendt dick pics til ham i en lobby i Fortnite',
      'I Fortnite sendte en anden spiller en grim emote i lobbyen, og han blev ked af det',
      'overgreb',
    ],
    // A break with friends in other verbs (deleted, blocked, swapped out, sat away from), with a preacher or »vantro«.
    [
      'Hun har blokeret alle veninderne og går nu kun i en studiekreds hos en prædikant',
      'Hun har blokeret alle veninderne efter en konflikt om en fødselsdag og vil ikke i skole',
      'radikalisering',
    ],
    [
      'Han har skiftet alle sine venner ud og kalder sine forældre vantro',
      'Han har skiftet alle sine venner ud, efter han startede på efterskole, og har det godt',
      'radikalisering',
    ],
    [
      'Han har brudt med de gamle venner og taler kun om kampen mod systemet',
      'Han har brudt med de gamle venner og taler kun om sin nye kæreste',
      'radikalisering',
    ],
    // A symbol: an IS logo; and refugees named as the target of a slogan are not the child's own flight from war.
    [
      'Hun har et IS-logo som baggrund på mobilen og kalder Danmark et fjendeland',
      'Hun har et nyt logo som baggrund på mobilen og tegner flag til alle lande',
      'radikalisering',
    ],
    [
      'Han tegner hagekors i sit hæfte og siger grimme ting om flygtninge',
      'Han kom til Danmark som flygtning og tegner fly og hagekors fra krigen, han har oplevet',
      'radikalisering',
    ],
    // A brother's grip because he saw her with a boy: punished for her own life.
    [
      'Broren tog hårdt fat i hende, da han så hende stå med en dreng fra parallelklassen',
      'Broren tog fat i hende, da hun var ved at falde ned fra muren i skolegården',
      'social_kontrol',
    ],
    // A relative's threat because she was seen with a boy is social control; a girl's jealousy is not.
    [
      'Hun er blevet truet af sin farbror, fordi hun er blevet set med en dreng fra klubben',
      'Hun er blevet truet af en pige fra 8.b, fordi hun er blevet set med hendes kæreste',
      'social_kontrol',
    ],
    // »Træde over en grænse« is a figure of speech, not a kick.
    [
      'Far trådte ham over foden med vilje, så han græd',
      'Jeg vil gerne støtte mor uden at træde over en grænse',
      'overgreb',
    ],
    // A console sold before a journey to fight: preparing to leave, not a game.
    [
      'Han har solgt sin xbox og sin cykel og siger han skal ned og kæmpe for brødrene i Syrien',
      'Han har solgt sin xbox for at spare op til en knallert',
      'radikalisering',
    ],
  ])('"%s" is a red flag, "%s" is none (%s)', (redFlag, ordinary, flag) => {
    expect(rulesFlags(redFlag)).toContain(flag);
    expect(rulesFlags(ordinary)).toEqual([]);
  });

  it('reads an honour threat without violence as social control alone, and with a blow as abuse too', () => {
    const honour =
      'Hendes onkel har truet hende og siger at hun skammer familien ud, fordi hun er blevet set med en dreng fra klassen';
    expect(rulesFlags(honour)).toEqual(['social_kontrol']);
    expect(rulesFlags(`${honour}, og han har slået hende`)).toEqual(
      expect.arrayContaining(['social_kontrol', 'overgreb']),
    );
  });

  it.each([
    // A lesson or a reason named far away in a long sentence no longer hides what stands at its other end.
    [
      'Mor siger han bare er interesseret i historie og læser meget, men han har selv sagt at han er med i en gruppe der vil rense Danmark, og han har nazisymboler på sin taske',
      'radikalisering',
    ],
    [
      'Hun fortalte i frikvarteret at hun er taget ud af gymnastik og ikke må have veninder mere, og det var i øvrigt sidste dag før ferien',
      'social_kontrol',
    ],
  ])('"%s" → %s', (text, flag) => {
    expect(rulesFlags(text)).toContain(flag);
  });
});

describe('session 24 (s24-rules2): radicalisation and social control in everyday words, each kind with a look-alike (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // An attacker admired by the place of his attack; not the attack as a topic.
    [
      'Hun har sat et billede af manden fra Christchurch som baggrund og skriver at han var en løve',
      'Vi så en dokumentar om 22. juli i samfundsfag, og han var meget stille bagefter',
      'radikalisering',
    ],
    // A code told in words: a rune and 88 in a user name; not an ordinary tattoo.
    [
      'Han har fået en tatovering af en othala-rune og har 88 i sit brugernavn',
      'Han har fået en tatovering af en rose og sin mors navn på armen',
      'radikalisering',
    ],
    // A group of people condemned to die; not monsters in a game.
    [
      'Han siger at dem med kippa skal dø, og han ved hvor synagogen ligger',
      'Han siger at zombierne skal dø, når han spiller Minecraft med sin bror',
      'radikalisering',
    ],
    // Violence against the state as a call; not a peaceful demonstration.
    [
      'Hun siger at fredelige demoer virker ikke, og at man må tage våbnene mod politiet',
      'Hun går til demonstrationer for klimaet hver fredag og har lavet skilte med veninderne',
      'radikalisering',
    ],
    // A conspiracy that calls for weapons; not an opinion about the powerful.
    [
      'Han siger at eliten vil forgifte os, og at man skal have våben klar til når det sker',
      'Han mener at eliten bestemmer for meget og vil selv være politiker, når han bliver stor',
      'radikalisering',
    ],
    // Recruited, with money for the flight; not joining a team with a training camp abroad.
    [
      'Han siger at han vil joine brødrene, og at de har sendt ham penge til en flybillet',
      'Han vil gerne joine fodboldholdet i Kolding, og far har sparet op til træningslejren i Spanien',
      'radikalisering',
    ],
    // A new circle of adults online with an enemy; not new friends from school.
    [
      'Hun har fået nye venner på 25 år online, som siger at hendes familie er vantro',
      'Hun har fået nye venner på 18 år fra gymnasiet, og de tager til koncerter sammen',
      'radikalisering',
    ],
    // The signs of Islamic State kept by the child; not the flag discussed in class.
    [
      'Han har et IS-logo som baggrund på sin telefon og hører IS-nasheeds i frikvarteret',
      'I samfundsfag har vi haft om IS, og han spurgte hvorfor deres flag er sort',
      'radikalisering',
    ],
    // A video of a killing shown for fun; not a news clip that frightened him.
    [
      'Han viste de andre en video hvor nogen bliver skudt i en kirke, og sagde at den var sjov',
      'Han så en video hvor nogen bliver skudt i Ukraine i nyhederne, og han var bange bagefter',
      'radikalisering',
    ],
    // Terrorists as the enemy in a game; not terrorists admired.
    [
      'Han siger at terroristerne er helte, og at han vil være ligesom dem',
      'Drengene leger terrorister og politi i skolegården med pinde som geværer',
      'radikalisering',
    ],
    // Punished by the family for contact with a boy; not a teacher taking the phone in class.
    [
      'Hun siger at broren slog hende, da han så beskederne fra en dreng på snap',
      'Læreren tog hendes telefon i timen, fordi hun sad og skrev med en dreng fra klassen',
      'social_kontrol',
    ],
    // Honour in the family's own words; not a girl who made a fool of herself.
    [
      'Far siger at hun har gjort familien til grin i moskéen, og at hun ikke er hans datter mere',
      'Hun gjorde sig selv til grin til skolefesten, da hun faldt på scenen, men hun grinede med',
      'social_kontrol',
    ],
    // Relatives who watch her; not staff watching a child who hit his head.
    [
      'Hun siger at fætteren kigger på hendes mobil hver aften, og at broren holder øje med mig, siger hun',
      'Vi holder øje med ham i dag, fordi han slog hovedet i frikvarteret, og mor er ringet op',
      'social_kontrol',
    ],
    // Her family bans birthdays because of boys; not a faith that keeps no birthdays.
    [
      'Hun må ikke fejre fødselsdag med klassen, for far siger at hun så møder drenge og bliver en skam',
      'Han må ikke fejre jul eller fødselsdage, fordi familien er Jehovas Vidner, og han trives',
      'social_kontrol',
    ],
    // Watched for what she wears and whom she meets; not a phone taken by a jealous boyfriend.
    [
      'Hun tager tørklædet på, når hun kommer i nærheden af moskeen, for der er nogen der holder øje, siger hun',
      'Hun har to telefoner, fordi hendes kæreste på 19 holder øje med hendes beskeder og er jaloux',
      'social_kontrol',
    ],
    // A cousin sent abroad, and the fear that the same awaits her; not a cousin sent home from school with a fever.
    [
      'Hendes kusine blev sendt til Libanon sidste år og er nu gift dernede, og hun frygter at det samme sker for hende',
      'Hendes kusine blev sendt hjem fra skolen med feber, og hun er bange for at det samme sker for hende',
      'social_kontrol',
    ],
    // Her brothers check her phone; not a jealous boyfriend (a worry of its own, not the family's control).
    [
      'Hendes brødre tjekker hendes telefon hver aften for at se om hun skriver med drenge',
      'Hendes kæreste på 17 tjekker hendes telefon og er meget jaloux',
      'social_kontrol',
    ],
  ])('"%s" raises it, the look-alike "%s" does not: %s', (redFlag, lookAlike, flag) => {
    expect(rulesFlag(redFlag)).toContain(flag);
    expect(rulesFlag(lookAlike)).not.toContain(flag);
  });

  it.each([
    // A girl marrying a fighter she met online is travel to a conflict zone: radicalisation, not also social control.
    'Hun er 15 og skal giftes med en kriger, hun har mødt online, og vil rejse til ham i Syrien',
  ])('"%s" → radicalisation, not social control', (text) => {
    expect(rulesFlag(text)).toContain('radikalisering');
    expect(rulesFlag(text)).not.toContain('social_kontrol');
  });
});

describe('session 24, rules3: abuse told by relation, payment, images, traces and the child’s own words (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  const rulesFlag = (text: string) => analyseText(text, rulesAlone).redFlags.map((f) => f.id);

  it.each([
    // An adult whose age is given, a child under 15 and a couple's words; not a same-age boyfriend, not mother's.
    [
      'Hun går i 6. klasse og har en kæreste, han er 27 og henter hende efter skole',
      'Hun er 13 og har en kæreste fra parallelklassen, han er 14',
    ],
    [
      'Hun går i 6. klasse og har en kæreste, han er 27 og henter hende efter skole',
      'Hun er 13 og hendes mor har en ny kæreste, han er 35',
    ],
    // Paid for sex in its own words; not pocket money for a chore.
    [
      'Hun er 14 og siger hun er sugar baby for en mand hun har mødt på nettet',
      'Han er 15 og sparer op til en knallert, han får penge af naboen for at slå græs',
    ],
    // A euphemism for a sexual act with an adult named; not a child who wants to be grown up.
    [
      'Han sagde at stedfar kommer ind til ham om natten og gør det som voksne gør',
      'Han siger han vil gøre det som voksne gør og drikke kaffe',
    ],
    // A contact from a game who wants the camera on in the bath; not a classmate to play with.
    [
      'Drengen fra klubben sagde at en fra spillet vil have ham til at tænde kameraet når han står i bad',
      'Han spiller med en fra klassen, og de laver videoer om Minecraft sammen',
    ],
    [
      'Pigen på 12 har en ven fra Minecraft, han har spurgt om hendes adresse og vil sende en pakke med posten',
      'Han sagde at han vil tjene penge ved at sælge sine gamle Pokémonkort til en mand på DBA',
    ],
    // An injury whose story keeps changing; not one both child and parent explain the same way.
    [
      'Han har et hæmatom på kinden, og historien om hvordan det skete har skiftet to gange',
      'Han har et hæmatom på knæet efter fodbold, og han og mor fortæller det samme',
    ],
    // A mark shaped by what made it; not the usual bruises of a child who plays outside.
    [
      'Tandlægen så et tydeligt aftryk af en ring på kinden hos drengen på 7',
      'Han har blå mærker på skinnebenene efter en tur i skoven',
    ],
    // A child who calls the injury a punishment of its own making; not one who fell.
    [
      'Han har en skramme ved øret og siger det var hans egen skyld, fordi han svarede igen, så far blev vred',
      'Hun har mærker på knæet, det var hendes egen skyld at hun faldt, siger hun',
    ],
    // A threat without a word of violence, by an adult; not children looking forward to coming home.
    [
      'Far sagde til ham: du ved godt hvad der sker når vi kommer hjem',
      'Børnene ved godt hvad der sker når vi kommer hjem fra turen',
    ],
    // Kept out of the family as a punishment; not a teenager who prefers his room.
    [
      'Han må ikke være i stuen med resten af familien om aftenen',
      'Han vil helst være på sit værelse i stedet for i stuen med familien',
    ],
    // Violence against the mother as the child tells it; not a child who helps a mother with a broken leg.
    [
      'Drengen sagde at far bankede mors hoved ind i væggen i nat',
      'Drengen sagde at han skal passe på mor, fordi hun har brækket benet',
    ],
    [
      'Hun sagde at hun skal passe på mor når far har drukket',
      'Drengen sagde at han skal passe på mor, fordi hun har brækket benet',
    ],
    // A torn lip frenulum in an infant; not a toddler's fall that staff saw.
    [
      'Den 2 måneder gamle har en rift i læbebåndet, forældrene har ingen forklaring',
      'Hun på 18 måneder faldt på legepladsen med en ske i munden og fik en rift i læbebåndet, pædagogen så det',
    ],
    // Pain in intimate places laid on an adult; not one a doctor explains.
    [
      'Hun har svie ved vandladning og siger at det var storebrors ven',
      'Hun har svie ved vandladning og har fået penicillin for blærebetændelse',
    ],
    // A trusted adult, gifts and a secret; not a team tradition.
    [
      'Hendes træner giver hende gaver og har sagt det er deres ting, som ingen skal vide',
      'Træneren har givet hele holdet nye trøjer, og det er deres ting at synge før kampen',
    ],
  ])('"%s" → overgreb, but not "%s"', (abuse, lookAlike) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
    expect(rulesFlag(lookAlike)).toEqual([]);
  });

  it.each([
    // Sextortion by a video, without a word for nudity.
    'Han er blevet afpresset med en video og de kræver 3000 kr ellers deles den',
    // The child's own euphemism, the abuser only »han«.
    'Hun siger at han holder på hans ting og at hun skal holde stille',
  ])('"%s" → overgreb', (abuse) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
  });

  it.each([
    // Words for the body that a child repeats, and puberty; not an adult showing his body.
    [
      'Drengen på 4 kalder sin tissemand for pik, det har en ven sagt, og han griner når de voksne reagerer',
      'Drengen på 4 siger at onkel viser ham sin pik og rører hans tissemand',
    ],
    [
      'Hun er 12 og mor har købt hendes første bh, de har talt om puberteten',
      'Drengen på 4 siger at onkel viser ham sin pik og rører hans tissemand',
    ],
    // Playing doctor with clothes on; the same words with an adult who undresses are still abuse.
    [
      'Pigerne på 5 legede doktor med tøj på, og en mor blev bekymret',
      'Hun siger at onkel leger doktor med hende og tager trusserne af hende',
    ],
    // A mark whose source is a thing; not one an adult made.
    [
      'Hun har blå mærker på balderne fra sadlen efter den første ridetime',
      'Han har blå mærker på overarmen, og siger at far tog hårdt fat',
    ],
  ])('"%s" is no red flag, but "%s" → overgreb', (ordinary, abuse) => {
    expect(rulesFlag(ordinary)).toEqual([]);
    expect(rulesFlag(abuse)).toContain('overgreb');
  });

  it.each([
    // Hitting while the other parent is away: the adult alone with the child; not a child hitting a small sibling.
    [
      'Hun sagde at han slår kun når far er på arbejde',
      'Han slår sin lillebror når mor er på arbejde, de er 6 og 4',
    ],
    // An injury the child was told what to say about; not a child who keeps a classmate's secret.
    [
      'Han har en skramme på kinden og siger: mor sagde jeg skal sige at jeg faldt',
      'Hun har en skramme på kinden og siger hun faldt på legepladsen, jeg må ikke sige det til de andre fordi hun skammer sig',
    ],
    // Afraid to be at home when the adult has drunk; not afraid of the dark.
    [
      'Han tør ikke være hjemme når far har drukket',
      'Han tør ikke være hjemme alene om aftenen, fordi han er bange for mørke',
    ],
    // A grip so hard it left marks, by an adult; not a boy pulling a rope.
    ['Moren tog fat så hårdt at der kom mærker på armen', 'Han tog fat så hårdt i rebet at han fik vabler'],
  ])('"%s" → overgreb, but not "%s"', (abuse, lookAlike) => {
    expect(rulesFlag(abuse)).toContain('overgreb');
    expect(rulesFlag(lookAlike)).toEqual([]);
  });
});

describe('session 24, false alarms on serious ordinary concerns (s24-fp), by kind (sentences of our own)', () => {
  it.each([
    // The professional finds the injury explained; an explanation that does not fit still raises it.
    [
      'Brandsår på hånden hos drengen på 3, han rørte ved ovnlågen. Fundet passer med forklaringen, og mor kom straks.',
      'Brandsår på hånden hos drengen på 3. Mor siger han rørte ved ovnlågen, men mønsteret passer ikke med forklaringen.',
      'overgreb',
    ],
    // Weeks as a duration (a cast for five weeks), not an infant's age.
    [
      'Pigen på 11 har brækket håndleddet på skiferien og skal have gips i 5 uger.',
      'Pigen på 5 uger har et brud på overarmen, som forældrene ikke kan forklare.',
      'overgreb',
    ],
    // A fall on an outstretched arm, not a salute.
    [
      'Drengen på 12 faldt på strakt arm i idræt og har ondt i albuen.',
      'Drengen på 15 hilser med strakt arm og råber sieg heil i frikvarteret.',
      'radikalisering',
    ],
    // A sticker on a thing, "mærkelig" (odd): no marks on the body.
    [
      'Han har syet et mærke på jakken med navnet på sit yndlingsband.',
      'Hun har mærker på halsen efter weekenden hos far.',
      'overgreb',
    ],
    [
      'Han opfører sig lidt mærkeligt på det seneste, ellers trives han.',
      'Han har blå mærker på ryggen, som han ikke vil forklare.',
      'overgreb',
    ],
    // Someone asked whether we had seen marks, and the answer is no.
    [
      'Far spurgte om vi havde set mærker på hans søn efter samværet hos mor. Det har vi ikke.',
      'Far spurgte om vi havde set mærker på hans søn efter samværet hos mor. Vi så blå mærker på begge overarme.',
      'overgreb',
    ],
    // Advice given, not blows.
    [
      'Vi har givet hende nogle gode råd om søvn.',
      'Stedfar har givet hende nogle på hovedet, siger hun.',
      'overgreb',
    ],
    // The child hits the nurse who examines him.
    [
      'Drengen på 4 blev bange for sprøjten og slog sygeplejersken på armen.',
      'Mors kæreste slog sundhedsplejersken og drengen.',
      'overgreb',
    ],
    // The police came because of a burglary, not because of the adults at home.
    [
      'Politiet kom i nat, fordi der havde været indbrud i familiens kælder. Pigen er utryg ved at sove.',
      'Politiet kom i nat, fordi far havde slået mor. Pigen er utryg ved at sove.',
      'overgreb',
    ],
    // A negated verb of having denies the whole list of nouns to its "eller"; a "men" still ends it.
    [
      'Hun har ikke blå mærker, rifter eller brandsår, og hun fortæller glad om weekenden.',
      'Hun har ikke blå mærker, men far slår hende, siger hun.',
      'overgreb',
    ],
    [
      'Der er ikke noget med slag, spark eller trusler derhjemme, siger hun.',
      'Der er ikke noget med skolen, stedfar slår ham eller mor.',
      'overgreb',
    ],
    // The child who bites and hits the other children also went for the professional.
    [
      'Pigen (3) bider og slår de andre børn, når hun skal dele. I dag bed hun også mig i armen.',
      'Pigen (3) fortæller, at far bider og slår de andre børn derhjemme, og i går slog han også mig.',
      'overgreb',
    ],
    // »Slog knæet«: the child bumped its own body part.
    [
      'Drengen på 3 faldt på legepladsen og har slået knæet.',
      'Drengen på 3 har slået hovedet, siger mor, men han fortæller at stedfar slog ham i hovedet.',
      'overgreb',
    ],
    // The explanation fits the shape of the injury, or it does not.
    [
      'Brandsår på underarmen hos den 2-årige efter en kop te. Det stemmer fint med skadens form, og far søgte hjælp med det samme.',
      'Brandsår på underarmen hos den 2-årige. Far siger det var en kop te, men det passer ikke med skadens form.',
      'overgreb',
    ],
    // »Uden tegn på vold« denies; »uden aftensmad« tells what the child goes without.
    [
      'Jeg har undersøgt hende uden tegn på vold eller andre skader.',
      'Hun bliver sendt i seng uden aftensmad, når hun har glemt sine lektier.',
      'overgreb',
    ],
    // A suspicion examined and refuted, or not.
    [
      'Mistanken om vold er afkræftet efter undersøgelsen på børneafdelingen.',
      'Mistanken om vold er ikke afkræftet, og hun har nye mærker på overarmen.',
      'overgreb',
    ],
    // »Nappe« as stealing, not pinching.
    [
      'Drengen på 13 har nappet slik i Netto to gange, og forældrene har betalt.',
      'Drengen på 13 fortæller, at stedfar napper ham hårdt i armene, når han er sur.',
      'overgreb',
    ],
    // A ban because the children are too small; not when shame is the reason.
    [
      'Tvillingerne må ikke være med til overnatningen i klubben, fordi forældrene synes de er for små.',
      'Hun må ikke være med til overnatningen i klubben, far siger hun er for lille, og at hun skammer familien, hvis hun bliver set med drenge.',
      'social_kontrol',
    ],
    // The child who hits her own parent also bites and kicks; an adult who kicks her is still abuse.
    [
      'Pigen på 5 slår sin far, når han henter, og bider og sparker.',
      'Pigen på 5 slår sin far, og mors kæreste sparker hende bagefter.',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, redFlag, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(redFlag)).toContain(flag);
  });
});

describe('the eighth round: families from the misses of tuning25a/25b (babies and teenagers), each with a near miss (sentences of our own)', () => {
  const rulesAlone = buildLexicon({ ...knowledge.national, textModel: undefined });
  /** What the rules alone raise, with the red flags a found signal implies. */
  const rulesRaise = (text: string) => {
    const analysis = analyseText(text, rulesAlone);
    const implied = analysis.signals.flatMap(
      (hit) => knowledge.national.signals.find((s) => s.id === hit.id)?.impliesRedFlag ?? [],
    );
    return [...new Set([...analysis.redFlags.map((f) => f.id), ...implied])];
  };

  it.each([
    // A death threat in the child's own words, the verb before its subject; not a game.
    [
      'Han hviskede: "hvis jeg sladrer, så slår min stedfar mig ihjel".',
      'Så slår far mig i skak igen, sagde han grinende.',
      'overgreb',
    ],
    // »A bullet« as a threat; not a scoop of ice cream.
    [
      'Onklen har sagt til ham, at han får en kugle for panden, hvis han går til politiet.',
      'Han får en kugle is, hvis han spiser sin mad.',
      'overgreb',
    ],
    // A child held out over a balcony; not the bedding aired there.
    [
      'Mors kæreste holdt drengen ud over rækværket på altanen, mens han skreg.',
      'Mor hængte dynen ud over altanen for at lufte den.',
      'overgreb',
    ],
    // »Then we will find her« with the family's honour at stake; not hide-and-seek.
    [
      'Fætteren skrev, at hvis hun skammer familien ud, så finder vi hende.',
      'Hvis hun gemmer sig bag skuret, så finder vi hende, sagde pædagogen under legen.',
      'overgreb',
    ],
    // Put outside the family: the door taken off his room; not a cupboard door being painted.
    [
      'Far har skruet døren af hans værelse, fordi han svarede igen.',
      'Far har skruet døren af køkkenskabet for at male den.',
      'overgreb',
    ],
    [
      'Stedmor siger til ham, at han ikke hører til i den her familie.',
      'Han siger selv, at han ikke hører til på holdet.',
      'overgreb',
    ],
    // A toddler yanked up by the arm; not helped up after a fall.
    [
      'Far hev Noah op i armen og slæbte ham ud til bilen.',
      'Far hjalp Noah op ved armen, da han var faldet på isen.',
      'overgreb',
    ],
    // Force-fed until the child vomits; not a child who ate too much.
    [
      'Far propper skeen ind til hun kaster op, når hun ikke vil spise.',
      'Han spiste så meget is til festen, at han kastede op.',
      'overgreb',
    ],
    // A mark shaped like a thing; not a sticker shaped like one.
    [
      'Hun har et blåt mærke på låret, der ligner et bæltespænde.',
      'Hun har et klistermærke på armen, der ligner en sommerfugl.',
      'overgreb',
    ],
    // Kept from friends of the majority; not friends with them.
    [
      'Hun siger, at hun ikke må være venner med danske piger.',
      'Hun er venner med både danske og arabiske piger i klassen.',
      'social_kontrol',
    ],
    [
      'Far siger, at danske venner er en dårlig indflydelse.',
      'Far siger, at computerspil er en dårlig indflydelse.',
      'social_kontrol',
    ],
    // A brother on guard at the door; not a brother who asks about her day.
    [
      'Storebroren står ved indgangen hver gang og vil vide, hvem hun har snakket med.',
      'Storebroren henter hende hver dag og spørger, om hun har haft en god dag.',
      'social_kontrol',
    ],
    // A ticket with no way back; not a holiday with a date home.
    [
      'Forældrene har købt en billet til Irak uden hjemrejse til hende.',
      'Forældrene har købt billetter til Irak, og de kommer hjem efter sommerferien.',
      'social_kontrol',
    ],
    // A girl of 14 to meet her own husband-to-be; not a cousin's boyfriend.
    [
      'Hun er 14 og siger, at hun skal møde sin kommende mand i ferien.',
      'Hun er 14 og skal møde sin kusines nye kæreste i ferien.',
      'social_kontrol',
    ],
    // The team bus to tournaments banned; not a rule about shoes in the changing room.
    [
      'Far siger, at hun ikke må tage med bussen til stævner, og hun er stoppet på holdet.',
      'Hun må ikke gå i omklædningsrummet med sko på.',
      'social_kontrol',
    ],
    // Incel words and »ER« as a hero; not the verb »er«.
    [
      'Han skriver, at foids burde straffes, og at ER var et geni.',
      'Han skriver, at det der er, var en helt anden sag end sidst.',
      'radikalisering',
    ],
    // Killing unbelievers in lyrics, a vehicle into a synagogue; not a lesson or a class visit.
    [
      'Han rapper om at skære halsen over på de vantro.',
      'I religion læste de om, hvad ordet vantro betyder.',
      'radikalisering',
    ],
    [
      'Han har lagt et klip op af en bil, der kører ind i en synagoge, med teksten "snart".',
      'Klassen kører ind til byen og besøger synagogen i morgen.',
      'radikalisering',
    ],
    // Remarks on his body while he is in the shower; not a sibling hurrying him.
    [
      'Han skrev, at mors kæreste kommer ind, når han er i bad, og siger klamme ting om hans krop.',
      'Han skrev, at lillebror altid kommer ind, når han er i bad, og siger at han skal skynde sig.',
      'overgreb',
    ],
    // A massage that goes too far down; not a physiotherapist's.
    [
      'Træneren vil altid massere hende efter træning, og hans hånd går for langt ned.',
      'Fysioterapeuten masserer hans læg efter skaden, og det går fint fremad.',
      'overgreb',
    ],
    // A toddler's own words about penetration and pain; not a toy put in a box.
    [
      'Pigen på 3 siger: "stor mand puttede den ind, av".',
      'Pigen på 3 siger: "jeg puttede den ind i kassen".',
      'overgreb',
    ],
    // Chili in the mouth as a punishment; not a spicy lunch.
    [
      'Han får chilisauce i munden, når han siger grimme ord, fortæller han.',
      'Han fik chilisauce i munden til frokost og syntes, det var for stærkt.',
      'overgreb',
    ],
    // Mother's face injured and a man at home who flies into rages; not a swollen lip from the dentist.
    [
      'Mor kom med en flækket læbe til mødet. Hun sagde stille, at hendes kæreste kan blive så rasende.',
      'Mor kom med en hævet læbe fra tandlægen. Far blev sur over ventetiden.',
      'overgreb',
    ],
    // Bleeding in the whites of a baby's eyes after a night with mother's boyfriend; not a ball in a 12-year-old's face.
    [
      'Babyen på 4 måneder har blødning i det hvide i øjnene efter en nat hos mors kæreste.',
      'Drengen på 12 har blødning i det hvide i øjet efter en bold i hovedet.',
      'overgreb',
    ],
  ])('"%s" raises it, "%s" does not (%s)', (redFlag, ordinary, flag) => {
    expect(rulesRaise(redFlag)).toContain(flag);
    expect(rulesRaise(ordinary)).toEqual([]);
  });
});

describe('the eighth round: harmless uses of alarming words in babies’ and teenagers’ everyday life, each with a near miss (sentences of our own)', () => {
  it.each([
    // An accident the writer saw or that is plainly told; marks shaped like fingers, or a story that keeps changing, still raise it.
    [
      'Lille blåt mærke på panden: han tumlede ind i sofabordet lige foran mig i puderummet.',
      'Han har et blåt mærke på kinden, som ligner fingre. Mor siger han stødte sig på sofabordet.',
      'overgreb',
    ],
    [
      'Hun klemte sig i døren til legehuset, lille blåt mærke på fingeren, jeg stod ved siden af.',
      'Hun har blå mærker på begge overarme. Hun skulle have klemt sig i klapvognen, men forklaringen har ændret sig flere gange.',
      'overgreb',
    ],
    [
      'Han brændte sig på kakkelovnen hos farmor i weekenden og har en rød stribe på underarmen; farmor kølede den med det samme.',
      'Han har en rød stribe på underarmen og runde sår. Far siger han brændte sig på kakkelovnen, men forklaringen har ændret sig flere gange.',
      'overgreb',
    ],
    // Nappy rash and an upset stomach; a rash that is not there elsewhere still raises it.
    [
      'Hun er rød og øm i bleområdet og har små sår, hun har haft tynd mave hele ugen.',
      'Hun er rød og hævet ved tissekonen med små sår, far siger det er bleudslæt, men der er intet udslæt andre steder.',
      'overgreb',
    ],
    // A baby sling, not an arm in a sling.
    [
      'Pigen på 7 uger er urolig om aftenen, men falder til ro når far har hende i slyngen.',
      'Pigen på 7 uger har armen i slynge efter et brud, som ingen kan forklare.',
      'overgreb',
    ],
    // Thrown up in the air and caught, as play; dropped on the floor is no play.
    [
      'Onkel kaster hende op i luften og griber hende igen, og hun griner højt. Hun er 2.',
      'Onkel kastede hende op i luften og tabte hende på gulvet, hun er 2.',
      'overgreb',
    ],
    // "Trådt ud af" (left), not trampled.
    [
      'Far er trådt ud af bestyrelsen i klubben og har mere tid til børnene nu.',
      'Far har trådt hende over fødderne med vilje, så hun græd.',
      'overgreb',
    ],
    // A toddler burying his own head in the pillow; an adult pressing it down.
    [
      'Han borer hovedet ned i puden og hyler, når han er overtræt. Han er 20 mdr.',
      'Stedfar pressede hendes hoved ned i puden, da hun ikke ville sove.',
      'overgreb',
    ],
    // Hyperbole and figures of speech; a real threat or blow by an adult stays.
    [
      '"Mor dræber mig, hvis jeg glemmer min gymnastiktaske igen," siger han og griner.',
      '"Mor slår mig, hvis jeg glemmer min gymnastiktaske igen," siger han og ser bange ud.',
      'overgreb',
    ],
    [
      '"Vi slår dem ihjel i kvartfinalen," råber pigerne i omklædningsrummet.',
      'Far slår ham, når han taber en kamp.',
      'overgreb',
    ],
    [
      'Lillesøster kvæler næsten hunden i kram, når hun kommer hjem fra skole.',
      'Mor kvæler ham med en pude, når han ikke vil sove.',
      'overgreb',
    ],
    [
      'Hendes kæreste har slået op, og nu skriver hun "han har ødelagt mit liv" til sine veninder.',
      'Far har slået op med sin kæreste og råber til pigen, at hun har ødelagt hans liv.',
      'overgreb',
    ],
    [
      'Han er sur over at sidde på bænken igen og siger, at træneren hader ham.',
      'Træneren kalder ham en ubrugelig idiot foran hele holdet.',
      'overgreb',
    ],
    [
      '"Hun er en terrorist," siger drengene om en pige, der altid tager deres bold i frikvarteret.',
      'Han siger, at han vil være terrorist, og at angrebet i Paris var fortjent.',
      'radikalisering',
    ],
    // A part in a play; showing with dolls what happens at home stays.
    [
      'Til skolekomedien spillede han en stedfar, der slår sine børn, og publikum klappede.',
      'Hun viste med dukkerne, hvordan stedfar slår hende derhjemme.',
      'overgreb',
    ],
    // "As if": a comparison, not something that happens.
    [
      'Han hyler, som om nogen slår ham, når han skal have flyverdragt på.',
      'Han hyler, fordi stedfar slår ham, når han skal have flyverdragt på.',
      'overgreb',
    ],
    // A parent's own dark thought about herself is no psychological abuse; saying it to the child is.
    [
      'Mor fortæller, at hun tænker, at barnet ville have det bedre uden hende, og hun beder selv om hjælp.',
      'Mor råber til pigen, at hun ville have det bedre uden hende.',
      'overgreb',
    ],
    // A family visit abroad with a baby; sending a teenage girl away for a boyfriend is social control.
    [
      'Familien skal til Irak på familiebesøg med deres datter på 10 måneder i juli.',
      'Pigen på 15 skal sendes til Irak hele sommeren, fordi hun er set med en dreng, og hun er bange.',
      'social_kontrol',
    ],
    // A fight between teenagers at a party; a blow at home stays.
    [
      'Han på 16 har en flækket læbe efter noget beef med en fyr fra naboskolen til en fest.',
      'Han har en flækket læbe, og han siger stedfar slog ham, da de skændtes derhjemme.',
      'overgreb',
    ],
    // Hyperbole about coming home late, told of someone else; a threat over her virginity stays.
    [
      'Hun siger, at mor dræber hende, hvis hun kommer for sent hjem igen.',
      'Hun siger, at far dræber hende, hvis hun mister sin mødom før brylluppet.',
      'overgreb',
    ],
    // A toddler sibling who kicks and bites; an adult who does it stays.
    [
      'Lillesøster slår og bider storebror, når hun er træt. Hun er 2.',
      'Lillebror siger at far slår og bider ham, når han er træt.',
      'overgreb',
    ],
  ])('"%s" is no red flag, but "%s" → %s', (ordinary, nearMiss, flag) => {
    expect(raisedBy(ordinary)).toEqual([]);
    expect(raisedBy(nearMiss)).toContain(flag);
  });

  it('reads a stance on violence as no abuse of the child, but an adult who says it and hits as abuse', () => {
    expect(
      raisedBy(
        'Han skriver i chatten, at "vold er selvforsvar" mod nazister, og følger en antifascistisk gruppe.',
      ),
    ).not.toContain('overgreb');
    expect(raisedBy('Far siger vold er i orden, og i går slog han hende med bæltet.')).toContain('overgreb');
  });
});

describe('ice cream and flags for a party or a trip are not the flag of IS (session 25, sentences of our own)', () => {
  it.each([
    'Til fødselsdagen havde mor købt is, flag og balloner til hele klassen.',
    'Vi har sodavand, is, flag og guirlander klar til sommerfesten på fredag.',
    'Han fik en is, flag til cyklen og en ny cykelhjelm i fødselsdagsgave.',
    'På udflugten til stranden fik de is. Flag og vimpler var sat op ved bålpladsen.',
  ])('reads »%s« as no red flag', (text) => {
    expect(flagsIn(text)).toEqual([]);
  });

  it.each([
    'Han har et IS flag som baggrund på sin telefon og viser det til de andre.',
    'Til sin fødselsdag ville han have et IS flag på kagen, og han taler om kalifatet og de vantro.',
  ])('still reads IS in »%s« as radicalisation', (text) => {
    expect(flagsIn(text)).toContain('radikalisering');
  });
});
