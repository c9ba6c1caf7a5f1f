import { ConcernShape, concernSchema } from '../src/rules';
import { GuideSearch, guideEntries } from '../src/search/guideSearch';
import { digits, knowledge, MUNICIPALITIES, run, TUESDAY_MORNING, TUESDAY_NIGHT } from './helpers';

/** The rule fixes of issue 11: each table is a behaviour the engine got wrong before. */

describe('acute (life in danger) is always »required« with 112 first', () => {
  const table = MUNICIPALITIES.flatMap((municipality) =>
    [undefined, 5, 6, 7, 8, 10].map((score) => ({ municipality, score })),
  );
  it.each(table)('%o', ({ municipality, score }) => {
    const a = run({ municipality, score, acute: true, role: 'skole', childAge: 9 });
    expect(a.notify).toBe('required');
    expect(digits(a.contacts[0]?.phone)).toBe('112');
    expect(a.steps[0]?.text).toMatch(/112/);
    expect(a.dialogueBasedAllowed).toBe(false);
  });
});

describe('R11: self-harm and suicidal statements get an urgent route', () => {
  it.each<[string, { signals?: string[]; text?: string; score?: number }]>([
    ['vejen', { signals: ['selvskade'] }],
    ['dragoer', { signals: ['selvmordstanker'] }],
    ['assens', { text: 'Hun har fortalt en veninde, at hun tænker på selvmord' }],
    ['vejen', { text: 'Han skærer i sig selv, og armene er fulde af sår', score: 8 }],
  ])('%s %o: required, tertiær, BørneTelefonen offered, parents involved', (municipality, input) => {
    const a = run({ municipality, role: 'skole', childAge: 14, ...input });
    expect(a.selfHarm).toBe('statements');
    expect(a.notify).toBe('required');
    expect(a.level).toBe('tertiaer');
    expect(a.involveParents).toBe('yes');
    const line = a.contacts.find((c) => c.name.startsWith('BørneTelefonen'));
    expect(digits(line?.phone)).toBe('116111');
    expect(line?.source).toMatch(/^boernetelefonen#/);
    expect(a.reasons.some((r) => r.rule === 'R11 selvskade')).toBe(true);
  });

  it.each([
    'Hun siger, at hun vil tage sit liv i nat',
    'Han har en plan for, hvordan han vil begå selvmord',
    'Hun har skrevet et afskedsbrev og taler om selvmord',
  ])('a plan or »tonight« puts 112 first: »%s«', (text) => {
    for (const municipality of MUNICIPALITIES) {
      const a = run({ municipality, text, role: 'skole', childAge: 15, now: TUESDAY_NIGHT });
      expect(a.selfHarm).toBe('imminent');
      expect(a.acute).toBe(true);
      expect(digits(a.contacts[0]?.phone)).toBe('112');
      expect(a.steps[0]?.text).toMatch(/112/);
      expect(a.notify).toBe('required');
    }
  });

  it('pills gathered for tonight, in the pupil’s own message: 112 first, then BørneTelefonen', () => {
    const text =
      'Eleven skrev til mig i aftes, at hun har samlet sine sovepiller og vil tage dem alle sammen i nat, så er de andre fri for hende.';
    for (const municipality of MUNICIPALITIES) {
      const a = run({ municipality, text, role: 'skole', childAge: 15, now: TUESDAY_NIGHT });
      expect(a.selfHarm).toBe('imminent');
      expect(digits(a.contacts[0]?.phone)).toBe('112');
      expect(a.steps[0]?.text).toMatch(/112/);
      expect(a.contacts.map((c) => digits(c.phone))).toContain('116111');
    }
  });

  it.each([
    [
      '»i dag« as the day the notifier heard it is no plan for now',
      'Hun fortalte mig i dag, at hun har skåret i armene i weekenden.',
    ],
    ['a plan that is denied does not make it acute', 'Han har talt om selvmord, men har ingen plan'],
  ])('%s', (_name, text) => {
    const a = run({ municipality: 'vejen', text, role: 'skole', childAge: 15 });
    expect(a.selfHarm).toBe('statements');
    expect(digits(a.contacts[0]?.phone)).not.toBe('112');
  });

  it('never shows a line whose number is not verified', () => {
    const unverified = knowledge.national.contacts.filter((c) => c.verified === false);
    expect(unverified.length).toBeGreaterThan(0);
    const a = run({ municipality: 'vejen', signals: ['selvmordstanker'], childAge: 15 });
    for (const contact of unverified) expect(a.contacts.map((c) => c.name)).not.toContain(contact.name);
  });
});

describe('a pregnancy with a risk to the unborn child is covered by the duty (§ 133)', () => {
  it.each(MUNICIPALITIES.flatMap((m) => [undefined, 5, 8].map((score) => ({ municipality: m, score }))))(
    '%o',
    ({ municipality, score }) => {
      const a = run({ municipality, score, role: 'laege', signals: ['graviditet_risiko'] });
      expect(a.notify).toBe('required');
      expect(a.legal.map((l) => l.ref)).toContain('Barnets lov § 133');
      const reason = a.reasons.find((r) => r.rule === 'R3 ufødt barn');
      expect(reason?.source).toMatch(/^barnetslov#§ 133/);
    },
  );
});

describe('R9 uses unlawfulAbsencePercent whether or not the text names absence', () => {
  it.each([
    ['skole', 20, 'required'],
    ['skole', 15, 'required'],
    ['skole', 14, 'not_indicated'],
    [undefined, 30, 'required'],
  ] as const)('role %s, %i %% → %s', (role, percent, notify) => {
    for (const municipality of MUNICIPALITIES) {
      const a = run({ municipality, role, score: 9, childAge: 12, unlawfulAbsencePercent: percent });
      expect(a.notify).toBe(notify);
      expect(a.legal.map((l) => l.ref)).toContain('Barnets lov § 133, stk. 2');
    }
  });
});

describe('a concern about an 18+ youth that is about a younger child keeps the duty', () => {
  it('with the younger child’s age: required, about that child, the youth effort still offered', () => {
    const a = run({ municipality: 'vejen', childAge: 19, youngerChildAge: 10, score: 3, role: 'skole' });
    expect(a.notify).toBe('required');
    expect(a.youngerChild).toBe(true);
    expect(a.reasons.some((r) => r.rule === 'R3 yngre barn' && /10 år/.test(r.text))).toBe(true);
    expect(a.contacts.map((c) => c.name)).toContain('UU-vejleder');
    expect(a.deadlines.length).toBeGreaterThan(0);
  });

  it('naming a younger sibling in the text: consider it and ask for the age', () => {
    const a = run({
      municipality: 'dragoer',
      childAge: 18,
      score: 4,
      text: 'Hun er bekymret for sin lillebror derhjemme',
    });
    expect(a.notify).toBe('consider');
    expect(a.missing).toContain('youngerChildAge');
    expect(a.youngerChild).toBe(false);
  });

  it('a younger sibling and a red flag in the home: required', () => {
    const a = run({ municipality: 'assens', childAge: 19, text: 'Far slår hendes lillesøster' });
    expect(a.notify).toBe('required');
  });

  it('an 18+ youth without a younger child: no Barnets lov notification, as before', () => {
    expect(run({ municipality: 'vejen', childAge: 19, score: 3 }).notify).toBe('not_indicated');
  });
});

describe('volunteers (§ 135) are not promised a receipt (§ 137 is for professionals)', () => {
  it.each(MUNICIPALITIES)('%s', (municipality) => {
    const volunteer = run({ municipality, role: 'forening', score: 2, childAge: 10 });
    expect(volunteer.deadlines.map((d) => d.id)).not.toContain('kvittering');
    const refs = volunteer.legal.map((l) => l.ref);
    expect(refs).toContain('Barnets lov § 135');
    expect(refs).not.toContain('Barnets lov § 133');
    expect(refs).not.toContain('Barnets lov § 137');
    expect(volunteer.notes.join(' ')).toMatch(/kun fagpersoner en kvittering/);
    const teacher = run({ municipality, role: 'skole', score: 2, childAge: 10 });
    expect(teacher.deadlines.map((d) => d.id)).toContain('kvittering');
    expect(teacher.legal.map((l) => l.ref)).toContain('Barnets lov § 133');
  });
});

describe('the first follow-up date says it is counted from the notification', () => {
  it('label and date agree: 3 months after the notification, labelled as such', () => {
    const a = run({ municipality: 'vejen', score: 2, notifiedAt: '2026-05-11T10:00:00+02:00' });
    const followUp = a.deadlines.find((d) => d.id === 'opfoelgning');
    expect(followUp?.due).toBe('2026-08-11');
    expect(followUp?.label).toMatch(/regnet fra underretningen/);
    expect(followUp?.label).toMatch(/tidligst/);
  });
});

describe('Ankestyrelsen: the phone for questions, the web for »the municipality does too little«', () => {
  it.each(MUNICIPALITIES)('%s', (municipality) => {
    const a = run({ municipality, score: 2 });
    const ast = a.contacts.filter((c) => c.name.startsWith('Ankestyrelsen'));
    expect(ast).toHaveLength(2);
    const phone = ast.find((c) => c.phone);
    const web = ast.find((c) => c.web);
    expect(digits(phone?.phone)).toBe('61897550');
    expect(phone?.why).toMatch(/spørgsmål/i);
    expect(phone?.why).not.toMatch(/for lidt|ikke nok/);
    expect(web?.phone).toBeUndefined();
    expect(web?.web).toBe('ast.dk');
    expect(web?.why).toMatch(/ikke nok for barnet/);
    expect(phone?.source).not.toBe(web?.source);
  });
});

describe('Dragør’s duty to inform Børneteamet on request does not cite § 133', () => {
  it('has no § 133 basis in the knowledge or in the search', () => {
    const rule = knowledge.municipalities
      .get('dragoer')
      ?.informationSharing.find((s) => /oplyse om de forhold/.test(s.text));
    expect(rule).toBeDefined();
    expect(rule?.legal).not.toBe('bl_133');
    const search = new GuideSearch(guideEntries(knowledge));
    const hit = search.search('oplysningspligt Børneteamet', 'dragoer', 3)[0];
    expect(hit?.text).toMatch(/oplyse om de forhold/);
    expect(hit?.title).not.toMatch(/133/);
  });
});

describe('parents’ substance use leads to Vejen’s substance-abuse consultant', () => {
  const table = [undefined, 2, 5, 9].flatMap((score) =>
    (['dagtilbud', 'skole', 'sundhedspleje', undefined] as const).map((role) => ({ score, role })),
  );
  it.each(table)('%o', ({ score, role }) => {
    const a = run({ municipality: 'vejen', score, role, childAge: 6, signals: ['foraeldres_misbrug'] });
    const consultant = a.contacts.find((c) => c.name === 'Rusmiddelkonsulent');
    expect(digits(consultant?.phone)).toBe('24639028');
  });
});

describe('a plain date for notifiedAt', () => {
  it('is accepted by the concern schema and counts the date deadlines from that day', () => {
    expect(
      concernSchema(knowledge).safeParse({ municipality: 'vejen', notifiedAt: '2026-05-11' }).success,
    ).toBe(true);
    const byDay = run({ municipality: 'vejen', score: 2, notifiedAt: '2026-05-11' });
    const byTime = run({ municipality: 'vejen', score: 2, notifiedAt: '2026-05-11T10:00:00+02:00' });
    for (const id of ['kvittering', 'undersoegelse', 'opfoelgning'])
      expect(byDay.deadlines.find((d) => d.id === id)?.due).toBe(
        byTime.deadlines.find((d) => d.id === id)?.due,
      );
    // Received at any time that day: assessed by the end of the next day at the latest.
    expect(byDay.deadlines.find((d) => d.id === 'vurdering')?.due).toBe('2026-05-12');
  });

  it('still refuses what is not a date', () => {
    const parsed = ConcernShape.safeParse({ municipality: 'vejen', notifiedAt: '11-05-2026' });
    expect(parsed.success).toBe(false);
  });
});

describe('guidance the knowledge lacked, where the engine uses it', () => {
  it('a suspicion of abuse notes the ban on corporal punishment with its legal basis', () => {
    const a = run({ municipality: 'vejen', redFlags: ['overgreb'], now: TUESDAY_MORNING });
    expect(a.notes.join(' ')).toMatch(/forbudt for forældre at slå/);
    expect(a.legal.map((l) => l.ref)).toContain('Forældreansvarsloven § 2, stk. 2');
  });

  it('Assens offers dialogue-based notification to dagtilbud and skole only', () => {
    expect(run({ municipality: 'assens', score: 3, role: 'skole', childAge: 8 }).dialogueBasedAllowed).toBe(
      true,
    );
    const nurse = run({ municipality: 'assens', score: 3, role: 'sundhedspleje', childAge: 0 });
    expect(nurse.dialogueBasedAllowed).toBe(false);
    expect(nurse.dialogueBasedSteps).toEqual([]);
  });

  it('Assens’ switchboard stands right after Modtagelsen', () => {
    const names = run({ municipality: 'assens', score: 2 }).contacts.map((c) => c.name);
    const intake = names.indexOf('Modtagelsen, Børne- og Familieindsatser');
    expect(intake).toBeGreaterThanOrEqual(0);
    expect(names[intake + 1]).toBe('Assens Kommune (hovednummer)');
  });

  it('Vejen offers TIM for psychological distress at the lower levels', () => {
    const a = run({ municipality: 'vejen', score: 6, role: 'skole', childAge: 10, signals: ['tristhed'] });
    expect(a.contacts.map((c) => c.name)).toContain('Tidlig Indsats for Mental Trivsel (TIM)');
  });

  it('a red flag with suspicion against the parents gives a caution for questions about their view', () => {
    expect(run({ municipality: 'dragoer', redFlags: ['overgreb'] }).parentsCaution).toMatch(/Spørg ikke/);
    expect(
      run({ municipality: 'dragoer', redFlags: ['overgreb'], suspicionAgainstParents: false }).parentsCaution,
    ).toBeNull();
    expect(run({ municipality: 'dragoer', score: 3 }).parentsCaution).toBeNull();
  });

  it.each([
    ['hvilken kommune skal have underretningen', /kommune, barnet bor i/],
    ['børn der overværer vold', /ser eller hører den ene voksne slå den anden/],
    ['samtykke mundtligt', /skriftligt og mundtligt/],
    ['familierådgivning anonym', /gratis familierådgivning/],
  ])('the search finds »%s«', (query, expected) => {
    const search = new GuideSearch(guideEntries(knowledge));
    expect(
      search
        .search(query, 'vejen', 3)
        .map((e) => e.text)
        .join('\n'),
    ).toMatch(expected);
  });

  it.each([
    ['vejen', 'tidlig indsats mental trivsel', /Tidlig Indsats for Mental Trivsel/],
    ['vejen', 'forebyggelsesvifte', /forebyggelsesvifte/],
    ['vejen', 'forældremøde', /^Forældremøde$/m],
    ['dragoer', 'etiske retningslinjer', /^Etiske retningslinjer/m],
    ['assens', 'hovednummer', /hovednummer/],
  ])('%s: the search finds »%s«', (municipality, query, expected) => {
    const search = new GuideSearch(guideEntries(knowledge));
    expect(
      search
        .search(query, municipality, 3)
        .map((e) => `${e.title}\n${e.text}`)
        .join('\n'),
    ).toMatch(expected);
  });

  it('Dragør: the search finds what the notifier may be told and whom a leader calls', () => {
    const search = new GuideSearch(guideEntries(knowledge));
    expect(
      search
        .search('type indsats varighed underretter', 'dragoer', 3)
        .map((e) => e.text)
        .join('\n'),
    ).toMatch(/hvor længe den er planlagt/);
    expect(
      search
        .search('leder Børneteamet orientering', 'dragoer', 3)
        .map((e) => e.text)
        .join('\n'),
    ).toMatch(/lederen af Børneteamet/);
  });
});
