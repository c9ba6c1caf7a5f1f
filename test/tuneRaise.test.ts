import { loadCorpusFile } from '../src/cli/corpusFiles';
import { dumpedTexts, raises, scoreFlag, type DumpedText } from '../src/cli/tuneRaise';
import type { RedFlagId, TextModelFile } from '../src/knowledge';
import { analyseText, buildLexicon } from '../src/text';
import { evaluateCorpus } from '../src/text/evaluate';
import { FLAG_ORDER } from '../src/text/model';
import { knowledge } from './helpers';

/**
 * The trust of each flag (the model file's `raise`) is chosen by replaying the model's guesses from
 * leave-one-batch-out (src/cli/tuneRaise.ts) instead of running the analysis again for every candidate. The figures it
 * chooses by are only right if the replay raises exactly what analyseText raises under the same trust.
 */
const national = knowledge.national;
const file = national.textModel as TextModelFile;
const items = loadCorpusFile('tuning13b.yaml') ?? [];
const dumped = dumpedTexts('tuning13b.yaml', items, national, file, (i) => i.kind === 'almindelig_bekymring');

const replayed = (text: DumpedText, raise: NonNullable<TextModelFile['raise']>, raiseAt: number) =>
  new Set([
    ...text.rules,
    ...text.guesses.filter((g) => raises(g, text.words, raise[g.flag] ?? {}, raiseAt)).map((g) => g.flag),
  ]);

describe('choosing the trust by replaying leave-one-batch-out guesses', () => {
  const trusts: [string, NonNullable<TextModelFile['raise']>, number][] = [
    ['the shipped trust', file.raise ?? {}, file.raiseAt ?? file.threshold],
    [
      'a loose trust (every branch taken)',
      {
        overgreb: {
          alone: 0.6,
          raiseAt: 0.4,
          minWords: 18,
          aloneShort: { words: 12, at: 0.7 },
          aloneLong: { words: 30, at: 0.5 },
          overSense: file.raise?.overgreb?.overSense && { ...file.raise.overgreb.overSense, at: 0.5 },
        },
        social_kontrol: { alone: 0.5, minWords: 12 },
        radikalisering: { alone: 0.45, raiseAt: 0.35 },
      },
      0.5,
    ],
  ];

  it.each(trusts)('raises what analyseText raises, text by text, under %s', (_name, raise, raiseAt) => {
    const lexicon = buildLexicon({ ...national, textModel: { ...file, raiseAt, raise } });
    const implied = new Map(national.signals.map((s) => [s.id, s.impliesRedFlag]));
    const differs = dumped.filter((text, i) => {
      const analysis = analyseText(items[i]?.text ?? '', lexicon);
      const actual = new Set<RedFlagId | undefined>([
        ...analysis.redFlags.map((h) => h.id),
        ...analysis.signals.map((h) => implied.get(h.id)),
      ]);
      actual.delete(undefined);
      return [...actual].sort().join() !== [...replayed(text, raise, raiseAt)].sort().join();
    });
    expect(differs.map((t) => t.id)).toEqual([]);
  });

  it('has guesses to replay beside the rules: the loose trust raises flags the rules do not', () => {
    const [, loose, raiseAt] = trusts[1] as (typeof trusts)[1];
    const added = dumped.filter((t) => replayed(t, loose, raiseAt).size > new Set(t.rules).size);
    expect(added.length).toBeGreaterThan(2);
  });

  it('scores each flag as eval:text does', () => {
    const raise = file.raise ?? {};
    const raiseAt = file.raiseAt ?? file.threshold;
    const evaluation = evaluateCorpus(items, buildLexicon(national), national);
    for (const flag of FLAG_ORDER) {
      const tally = scoreFlag(dumped, flag, raise[flag] ?? {}, raiseAt);
      const score = evaluation.perFlag[flag];
      expect({ tp: tally.tp, fp: tally.fp, fn: tally.fn }).toEqual({
        tp: score.truePositives,
        fp: score.falsePositives,
        fn: score.falseNegatives,
      });
    }
  });
});
