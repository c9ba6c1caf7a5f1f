import { analyseText, buildLexicon, CPR_MASK, findCprNumbers, maskCpr } from '../src/text';
import { knowledge } from './helpers';

const lexicon = buildLexicon(knowledge.national);
const flagsIn = (text: string) => analyseText(text, lexicon).redFlags.map((f) => f.id);
const signalsIn = (text: string) => analyseText(text, lexicon).signals.map((s) => s.id);

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
    expect(flagsIn(text)).toEqual([]);
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

describe('signals in free text', () => {
  it.each([
    ['Hun kommer med tom madkasse og beskidt tøj', ['spiseproblemer', 'usoigneret']],
    ['Han er ked af det og har ingen venner', ['tristhed', 'aendrede_relationer']],
    ['Hun har haft meget fravær og pjækker', ['fravaer']],
    ['Han har blå mærker på armene', ['maerker_efter_vold']],
    ['Mor drikker, og han passer sine søskende', ['foraeldres_misbrug', 'overdreven_ansvarlighed']],
    ['Babyen tager ikke på og er sløv', ['s_vaekst', 's_apati']],
    ['Hun bliver mobbet og trækker sig', ['mobning', 'traekker_sig']],
  ])('%s', (text, expected) => {
    expect(signalsIn(text)).toEqual(expect.arrayContaining(expected));
  });

  it('is negation-aware for signals too', () => {
    expect(signalsIn('Hun er ikke ked af det')).not.toContain('tristhed');
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
