import { analyseText, buildLexicon } from '../src/text';
import { knowledge } from './helpers';

const lexicon = buildLexicon(knowledge.national);

/**
 * Children often disclose in a lesson, in class time or after sex education, and professionals write »talte om«
 * or »fortalte« for it. Teaching and talk must never hide what the child said about an adult.
 */
describe('a disclosure told in class or in talk is still a red flag', () => {
  it.each([
    ['Hun talte om at hendes far slår hende', 'overgreb'],
    ['Han snakkede om, at hans stedfar tæsker ham', 'overgreb'],
    ['I trivselstimen fortalte hun, at far slår hende', 'overgreb'],
    ['Efter seksualundervisningen fortalte hun, at onkel rører ved hende', 'overgreb'],
    ['Da vi havde om 2. verdenskrig, fortalte han at far slår mor derhjemme', 'overgreb'],
    ['Ved besøg i hjemmet så jeg far ruske den lille', 'overgreb'],
  ])('%s', (text, flag) => {
    expect(analyseText(text, lexicon).redFlags.map((hit) => hit.id)).toContain(flag);
  });

  it.each(['Han har talt om selvmord', 'Han snakkede om at han vil dø'])('%s is suicidal talk', (text) => {
    expect(analyseText(text, lexicon).signals.map((hit) => hit.id)).toContain('selvmordstanker');
  });

  it.each(['I historie har vi om terrorangrebet i 2001', 'Vi læste om korstogene, og de slog mange ihjel'])(
    'a lesson about history is not a red flag: %s',
    (text) => {
      expect(analyseText(text, lexicon).redFlags).toEqual([]);
    },
  );
});
