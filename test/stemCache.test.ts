import { stem, stemCacheSizes } from '../src/text/tokens';

/**
 * A server reads new words every day (names, typos, words cut off); what it remembers of their stems must stay
 * bounded, the stemmer package's own cache included, or its memory grows for as long as it runs.
 */
describe('the stems a long-running server remembers', () => {
  it('stay bounded however many new words it reads, and the stems stay right', () => {
    const before = stem('drengene');
    for (let i = 0; i < 120_000; i++) stem(`navn${i.toString(36)}sen`);
    const sizes = stemCacheSizes();
    expect(sizes.ours).toBeLessThanOrEqual(50_000);
    expect(sizes.stemmer).toBeLessThanOrEqual(50_000);
    expect(stem('drengene')).toBe(before);
    expect(stem('drengene')).toBe(stem('drengen'));
  });
});
