import { expandChoices } from '../src/text/matcher';

describe('word choices in lexicon terms', () => {
  it('expands each choice, and an empty choice makes the word optional', () => {
    expect(expandChoices('{ned|nede} i {bukserne|shortsene}')).toEqual([
      'ned i bukserne',
      'ned i shortsene',
      'nede i bukserne',
      'nede i shortsene',
    ]);
    expect(expandChoices('går {|lidt} mærkeligt')).toEqual(['går mærkeligt', 'går lidt mærkeligt']);
  });

  it('lets a choice hold several words', () => {
    expect(expandChoices('{gør ondt|svier} når hun tisser')).toEqual([
      'gør ondt når hun tisser',
      'svier når hun tisser',
    ]);
  });

  it('refuses a term with so many choices that it must be a mistake', () => {
    const many = `{${Array.from({ length: 50 }, (_, i) => `a${i}`).join('|')}}`;
    expect(() => expandChoices(`${many} ${many}`)).toThrow(/too many choices/);
  });
});
