import { ageInText, roleInText } from '../src/conversation/firstMessage';

describe('what a description already says', () => {
  it.each([
    ['Emil på 7 år er ofte sulten', 7],
    ['en dreng på 9 der ikke har madpakke med', 9],
    ['Han er 7 og kommer tit for sent', 7],
    ['Hun er 13, og hun har meget fravær', 13],
    ['Min 7-årige elev græder meget', 7],
    ['en 9-årig pige i 3.b', 9],
    ['en syvårig dreng', 7],
    ['pigen på fire har blå mærker', 4],
    ['en baby på 4 måneder med blå mærker', 0],
    ['han er 18 måneder', 1],
    ['she is 8 years old and always hungry', 8],
    ['a 6-year-old boy', 6],
    ['Hun er 15 år gammel', 15],
  ])('%s → %s', (text, age) => {
    expect(ageInText(text)).toBe(age);
  });

  it.each([
    'Hun kommer 3 gange om ugen uden madpakke',
    'Han er 10 minutter forsinket hver dag',
    'Hun har 15 % fravær',
    'kl. 8 kom han uden jakke',
    'Han går i 5. klasse',
    'Hun er 40 år og mor til tre',
    'Jeg har kendt familien i 3 år',
    'Det startede for 2 år siden',
  ])('finds no age of the child in »%s«', (text) => {
    expect(ageInText(text)).toBeUndefined();
  });

  it.each([
    ['Jeg er pædagog og bekymret for en dreng', 'dagtilbud'],
    ['Jeg er lærer i 4.a, og en elev fortæller', 'skole'],
    ['jeg arbejder som dagplejer', 'dagtilbud'],
    ['Jeg er sundhedsplejerske og var på besøg i dag', 'sundhedspleje'],
    ['Som tandlæge så jeg i dag et barn med', 'tandpleje'],
    ['Jeg er træner for et U12-hold', 'forening'],
    ['I am a teacher and worried about a pupil', 'skole'],
  ])('%s → %s', (text, role) => {
    expect(roleInText(text)).toBe(role);
  });

  it.each(['Hendes lærer siger, at hun er træt', 'Pædagogen i børnehaven har set mærker', 'Far er læge'])(
    'takes no role of the writer from »%s«',
    (text) => {
      expect(roleInText(text)).toBeUndefined();
    },
  );
});
