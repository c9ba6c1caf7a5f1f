import type { RedFlagId } from '../src/knowledge';
import { assess, AssessmentShape, ConcernShape } from '../src/rules';
import {
  CHRISTMAS_DAY,
  digits,
  forbiddenClock,
  knowledge,
  MUNICIPALITIES,
  run,
  SATURDAY_MORNING,
  TUESDAY_MORNING,
  TUESDAY_NIGHT,
} from './helpers';

describe('rule 2: level from the score, per municipality', () => {
  const table: [string, number, string, string, string][] = [];
  const labels: Record<string, [string, string, string]> = {
    vejen: ['Tertiær forebyggelse', 'Sekundær forebyggelse', 'Primær forebyggelse'],
    dragoer: ['Indgribende indsats', 'Foregribende indsats', 'Forebyggende indsats'],
    assens: ['Tertiær forebyggelse', 'Sekundær forebyggelse', 'Primær forebyggelse'],
  };
  for (const m of MUNICIPALITIES) {
    const [t, s, p] = labels[m] ?? ['', '', ''];
    for (const score of [1, 2, 3, 4]) table.push([m, score, 'tertiaer', t, 'required']);
    for (const score of [5, 6, 7]) table.push([m, score, 'sekundaer', s, 'consider']);
    for (const score of [8, 9, 10]) table.push([m, score, 'primaer', p, 'not_indicated']);
  }
  it.each(table)('%s, score %i → %s (%s), notify %s', (municipality, score, level, label, notify) => {
    const a = run({ municipality, score, role: 'dagtilbud', childAge: 5 });
    expect(a.level).toBe(level);
    expect(a.levelLabel).toBe(label);
    expect(a.notify).toBe(notify);
    expect(a.redFlags).toEqual([]);
  });

  it.each(MUNICIPALITIES)(
    '%s: the boundary scores 4 and 7 pick the more protective level and say so',
    (municipality) => {
      for (const score of [4, 7]) {
        const a = run({ municipality, score, role: 'skole', childAge: 10 });
        expect(a.reasons.find((r) => r.rule === 'R2 niveau')?.text).toMatch(/grænsen.*mest beskyttende/);
        expect(a.notes.join(' ')).toMatch(/flydende/);
      }
    },
  );

  it('names the zone of the trivselslineal', () => {
    expect(run({ municipality: 'vejen', score: 3 }).zone).toMatchObject({ score: 3, label: 'Udsat trivsel' });
    expect(run({ municipality: 'vejen', score: 9 }).zone).toMatchObject({ label: 'I trivsel' });
  });

  it('says that Dragør’s mapping is an interpretation', () => {
    expect(run({ municipality: 'dragoer', score: 5 }).notes.join(' ')).toMatch(/fortolkning/);
  });

  it('without score and red flag: level null, score missing, and notification still to be considered', () => {
    const a = run({ municipality: 'vejen', text: 'Hun virker trist' });
    expect(a.level).toBeNull();
    expect(a.missing).toContain('score');
    expect(a.notify).toBe('consider');
  });
});

describe('rule 1: red flags override everything', () => {
  const hotlines: Record<string, Record<string, string>> = {
    vejen: { overgreb: '51436573', social_kontrol: '20472280', radikalisering: '40362959' },
    dragoer: { overgreb: '32890397', social_kontrol: '32890397', radikalisering: '32890397' },
    assens: { overgreb: '64747517', social_kontrol: '64747517', radikalisering: '64747517' },
  };
  const flags = ['overgreb', 'social_kontrol', 'radikalisering'] as const;
  const inHours: [string, RedFlagId, string][] = [];
  for (const m of MUNICIPALITIES) for (const f of flags) inHours.push([m, f, hotlines[m]?.[f] ?? '']);

  it.each(inHours)(
    '%s, %s in office hours: the hotline %s comes first, police beside it',
    (municipality, flag, phone) => {
      const a = run({
        municipality,
        redFlags: [flag],
        score: 9,
        now: TUESDAY_MORNING,
        role: 'skole',
        childAge: 12,
      });
      expect(a.notify).toBe('required');
      expect(a.acute).toBe(true);
      expect(a.dialogueBasedAllowed).toBe(false);
      expect(a.level).toBe('primaer');
      expect(digits(a.contacts[0]?.phone)).toBe(phone);
      expect(a.contacts[0]?.openNow).toBe(true);
      expect(a.contacts.map((c) => digits(c.phone))).toContain('114');
      expect(a.steps.map((s) => s.text).join('\n')).toMatch(/Lav ikke en dialogbaseret underretning/);
      // In the order they fall due.
      expect(a.deadlines.map((d) => d.id)).toEqual([
        'vurdering',
        'kvittering',
        'opfoelgning',
        'undersoegelse',
      ]);
      const due = a.deadlines.map((d) => Date.parse(d.due));
      expect(due).toEqual([...due].sort((x, y) => x - y));
    },
  );

  const outOfHours: [string, RedFlagId, string][] = [];
  for (const m of MUNICIPALITIES)
    for (const f of flags)
      for (const [label, now] of [
        ['evening', TUESDAY_NIGHT],
        ['weekend', SATURDAY_MORNING],
        ['holiday', CHRISTMAS_DAY],
      ])
        outOfHours.push([m, f, `${label}|${now}`]);
  it.each(outOfHours)(
    '%s, %s out of hours (%s): the police on 114 comes first',
    (municipality, flag, when) => {
      const now = when.split('|')[1];
      const a = run({ municipality, redFlags: [flag], now });
      expect(digits(a.contacts[0]?.phone)).toBe('114');
      // The hotline is still listed for when it opens.
      expect(a.contacts.map((c) => digits(c.phone))).toContain(hotlines[municipality]?.[flag]);
    },
  );

  it('Dragør out of hours explains that the police calls the duty officer in Tårnby', () => {
    const a = run({ municipality: 'dragoer', redFlags: ['overgreb'], now: TUESDAY_NIGHT });
    expect(a.contacts[0]?.why).toMatch(/rådighedsvagten i Tårnby/);
  });

  it('puts 112 first when life is in danger', () => {
    const a = run({ municipality: 'vejen', redFlags: ['overgreb'], acute: true });
    expect(digits(a.contacts[0]?.phone)).toBe('112');
  });

  it('finds a red flag in the text and shows the acute route even with a good score', () => {
    const a = run({ municipality: 'vejen', score: 8, text: 'Hun fortæller, at far slår hende' });
    expect(a.redFlags).toEqual(['overgreb']);
    expect(a.notify).toBe('required');
    expect(digits(a.contacts[0]?.phone)).toBe('51436573');
    expect(a.reasons.some((r) => r.rule === 'R1 røde flag i teksten' && r.text.includes('slår'))).toBe(true);
  });

  it('does not flag a negated phrase, and notes what it did not count', () => {
    const a = run({ municipality: 'vejen', score: 8, text: 'Ingen tegn på vold' });
    expect(a.redFlags).toEqual([]);
    expect(a.notify).toBe('not_indicated');
    expect(a.notes.join(' ')).toMatch(/»vold« blev læst som en benægtelse/);
  });

  it('treats bruises on an infant as a suspicion of abuse', () => {
    const a = run({
      municipality: 'dragoer',
      childAge: 0,
      role: 'sundhedspleje',
      signals: ['s_brud_maerker'],
    });
    expect(a.redFlags).toEqual(['overgreb']);
    expect(a.notify).toBe('required');
  });

  it('tells the beredskabsplan to follow where the municipality names one', () => {
    const a = run({ municipality: 'vejen', redFlags: ['social_kontrol'] });
    expect(a.steps.map((s) => s.text).join('\n')).toMatch(
      /negativ social kontrol og æresrelaterede konflikter/,
    );
  });
});

describe('rule 4: parents', () => {
  it.each([
    [true, 'no'],
    ['unknown', 'no'],
    [false, 'yes'],
  ] as const)('red flag with suspicion against parents = %s → involveParents %s', (suspicion, expected) => {
    const a = run({ municipality: 'vejen', redFlags: ['overgreb'], suspicionAgainstParents: suspicion });
    expect(a.involveParents).toBe(expected);
    expect(a.dialogueBasedAllowed).toBe(false);
    const warns = a.steps.some((s) => s.text.startsWith('Inddrag ikke forældrene'));
    expect(warns).toBe(expected === 'no');
  });

  it('involves the parents without red flags, and says they cannot veto', () => {
    const a = run({ municipality: 'assens', score: 3, role: 'skole', childAge: 8 });
    expect(a.involveParents).toBe('yes');
    expect(a.steps.map((s) => s.text).join('\n')).toMatch(/kan ikke sige nej/);
  });
});

describe('rule 5: dialogue-based notification', () => {
  it.each([
    ['vejen', true, 10],
    ['assens', true, 5],
    ['dragoer', false, 0],
  ] as const)('%s offers it: %s (%i steps)', (municipality, allowed, steps) => {
    const a = run({ municipality, score: 3, role: 'dagtilbud', childAge: 4 });
    expect(a.dialogueBasedAllowed).toBe(allowed);
    expect(a.dialogueBasedSteps).toHaveLength(steps);
  });
});

describe('rule 3: age', () => {
  it('from 18 there is no Barnets lov notification; the youth effort is the route', () => {
    const a = run({ municipality: 'vejen', score: 2, childAge: 19, role: 'skole' });
    expect(a.notify).toBe('not_indicated');
    expect(a.contacts.map((c) => c.name)).toContain('UU-vejleder');
    expect(a.reasons.find((r) => r.rule === 'R3 alder')?.text).toMatch(/under 18/);
  });

  it('from 18 with a red flag still sends the user to the police', () => {
    const a = run({ municipality: 'vejen', redFlags: ['overgreb'], childAge: 18, now: TUESDAY_NIGHT });
    expect(a.acute).toBe(true);
    expect(digits(a.contacts[0]?.phone)).toBe('114');
  });

  it('17-year-olds are still children', () => {
    expect(run({ municipality: 'vejen', score: 2, childAge: 17 }).notify).toBe('required');
  });

  it('infants get the health visitor’s steps', () => {
    const a = run({
      municipality: 'vejen',
      score: 5,
      childAge: 0,
      role: 'sundhedspleje',
      text: 'Hun tager ikke på og er sløv',
    });
    expect(a.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['s_vaekst', 's_apati']));
    expect(a.steps.map((s) => s.text).join('\n')).toMatch(/hjemmebesøg/);
  });
});

describe('rules 6 and 7: partners, meetings and steps', () => {
  it('adds the substance-abuse consultant when the parents drink', () => {
    const a = run({
      municipality: 'vejen',
      score: 6,
      role: 'dagtilbud',
      childAge: 4,
      text: 'Mor drikker om eftermiddagen',
    });
    const consultant = a.contacts.find((c) => c.name === 'Rusmiddelkonsulent');
    expect(digits(consultant?.phone)).toBe('24639028');
  });

  it('offers anonymous advice first when a notification is to be considered', () => {
    const a = run({ municipality: 'vejen', score: 6, role: 'skole', childAge: 9 });
    expect(a.contacts[0]?.name).toBe('Modtagelsen i Familieafdelingen');
  });

  it.each([
    [5, 14, true, true],
    [6, 9, true, false],
    [4, 16, false, true],
  ])('Vejen score %i age %i: fællesfagligt møde %s, ungekonference %s', (score, childAge, ff, uk) => {
    const names = run({ municipality: 'vejen', score, childAge, role: 'skole' }).meetings.map((m) => m.name);
    expect(names.includes('Fællesfagligt forebyggelsesmøde')).toBe(ff);
    expect(names.includes('Ungekonference')).toBe(uk);
  });

  it('gives role-specific steps for a school', () => {
    const a = run({ municipality: 'vejen', score: 5, role: 'skole', childAge: 9 });
    expect(a.steps[0]?.text).toBe('Drøft bekymringen med din nærmeste leder.');
  });

  it('school absence: asks for the percentage, and 15 % or more makes notification required', () => {
    const ask = run({ municipality: 'vejen', score: 8, role: 'skole', childAge: 11, signals: ['fravaer'] });
    expect(ask.missing).toContain('unlawfulAbsencePercent');
    const required = run({
      municipality: 'vejen',
      score: 8,
      role: 'skole',
      childAge: 11,
      signals: ['fravaer'],
      unlawfulAbsencePercent: 16,
    });
    expect(required.notify).toBe('required');
    expect(required.legal.map((l) => l.ref)).toContain('Barnets lov § 133, stk. 2');
  });
});

describe('rules 8 and 10: deadlines and sources', () => {
  it('computes deadlines from notifiedAt when given', () => {
    const a = run({
      municipality: 'dragoer',
      score: 2,
      now: TUESDAY_MORNING,
      notifiedAt: '2026-04-30T10:00:00+02:00',
    });
    expect(a.deadlines.find((d) => d.id === 'kvittering')?.due).toBe('2026-05-08');
    expect(a.deadlines.find((d) => d.id === 'vurdering')?.due).toBe('2026-05-01T10:00:00+02:00');
    expect(a.deadlines.find((d) => d.id === 'undersoegelse')?.legal).toBe('Barnets lov § 20, stk. 3');
  });

  it('has no deadlines when no notification is indicated', () => {
    expect(run({ municipality: 'vejen', score: 9 }).deadlines).toEqual([]);
  });

  it('never shows an unverified legal reference', () => {
    const all = MUNICIPALITIES.flatMap((m) =>
      run({ municipality: m, score: 2, childAge: 20 }).legal.map((l) => l.ref),
    );
    expect(all.join(' ')).not.toMatch(/15 d/);
    // The same concern with § 133 marked unverified: the reference the engine would cite must disappear.
    const concern = ConcernShape.parse({
      municipality: 'vejen',
      score: 2,
      childAge: 9,
      now: TUESDAY_MORNING,
    });
    const cited = assess(concern, knowledge, forbiddenClock).legal.map((l) => l.ref);
    expect(cited).toContain('Barnets lov § 133');
    const doubted = {
      ...knowledge,
      national: {
        ...knowledge.national,
        legal: knowledge.national.legal.map((l) => (l.id === 'bl_133' ? { ...l, verified: false } : l)),
      },
    };
    expect(assess(concern, doubted, forbiddenClock).legal.map((l) => l.ref)).not.toContain(
      'Barnets lov § 133',
    );
  });

  const cases = MUNICIPALITIES.flatMap((m) => [
    { municipality: m, score: 2, role: 'skole' as const, childAge: 14, text: 'Mor drikker og han pjækker' },
    { municipality: m, redFlags: ['radikalisering' as const], now: TUESDAY_NIGHT },
    { municipality: m, score: 6, role: 'sundhedspleje' as const, childAge: 0 },
  ]);
  it.each(cases)('every output item carries a source and fits the contract (%o)', (input) => {
    const a = run(input);
    expect(() => AssessmentShape.parse(a)).not.toThrow();
    const items = [
      ...a.contacts,
      ...a.steps,
      ...a.dialogueBasedSteps,
      ...a.meetings,
      ...a.deadlines,
      ...a.legal,
      ...a.reasons,
    ];
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(item.source).toMatch(/^[a-z_]+#.+/);
    // Emergency numbers are always reachable.
    expect(a.contacts.map((c) => digits(c.phone))).toEqual(expect.arrayContaining(['114', '112']));
  });
});
