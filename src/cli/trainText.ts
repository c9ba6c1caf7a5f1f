import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultKnowledgeDir, loadKnowledge, type NationalKnowledge, type TextModelFile } from '../knowledge';
import { buildLexicon } from '../text';
import { evaluateCorpus, precision, recall, type CorpusItem, type Score } from '../text/evaluate';
import { buildModelFile, DEFAULT_TRAINING, MODEL_THRESHOLD, type TrainingOptions } from '../text/train';
import { loadCorpusFile, trainingFiles } from './corpusFiles';

/**
 * `npm run train:text`: trains the text model on every corpus file but the held-out set and writes
 * knowledge/textModel.json. Deterministic (fixed seed). Options, for measuring (they write nothing):
 * `--cv` 5-fold cross-validation over the training files, model alone, rules ∪ model and rules ∪ the model in mode
 * `corroborated`, per threshold;
 * `--without a.yaml,b.yaml` leaves files out of training; `--score a.yaml,b.yaml` trains on the rest and scores
 * those files once, rules alone and rules ∪ model.
 */
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? '').split(',').filter(Boolean) : [];
};
const FOLDS = 5;
/** TRAIN_OPTIONS='{"epochs":20}' tries other training options in a measurement (--cv, --score). */
const options: TrainingOptions = { ...DEFAULT_TRAINING, ...JSON.parse(process.env.TRAIN_OPTIONS ?? '{}') };
const THRESHOLDS = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const figures = (s: Score) =>
  `recall ${pct(recall(s))} precision ${pct(precision(s))} (TP ${s.truePositives}, FN ${s.falseNegatives}, FP ${s.falsePositives})`;
const add = (a: Score, b: Score): Score => ({
  truePositives: a.truePositives + b.truePositives,
  falsePositives: a.falsePositives + b.falsePositives,
  falseNegatives: a.falseNegatives + b.falseNegatives,
});
const zero = (): Score => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

function withModel(
  national: NationalKnowledge,
  model: TextModelFile | undefined,
  mode: 'flag' | 'corroborated' = 'flag',
) {
  // Scored as if the model raised flags (or raised them when corroborated), whatever its shipped mode.
  return buildLexicon({ ...national, textModel: model && { ...model, mode } });
}

/** Flags raised by the model alone (rules switched off), scored like evaluateCorpus. */
function modelAlone(items: readonly CorpusItem[], national: NationalKnowledge, model: TextModelFile): Score {
  const noRules = {
    ...national,
    lexicon: {
      ...national.lexicon,
      redFlags: { overgreb: [], social_kontrol: [], radikalisering: [] },
      signals: {},
    },
    signals: national.signals.map((s) => ({ ...s, impliesRedFlag: undefined })),
  };
  return evaluateCorpus(items, withModel(noRules as NationalKnowledge, model), noRules as NationalKnowledge)
    .overall;
}

function crossValidate(national: NationalKnowledge, files: { name: string; items: CorpusItem[] }[]): void {
  const items = files.flatMap((f) => f.items);
  const fold = (i: number) => i % FOLDS;
  const rules = evaluateCorpus(items, withModel(national, undefined), national).overall;
  console.log(
    `cross-validation, ${FOLDS} folds over ${files.map((f) => f.name).join(', ')} (${items.length} texts)`,
  );
  console.log(`  rules alone:            ${figures(rules)}`);
  const union = new Map<number, Score>();
  const alone = new Map<number, Score>();
  const corroborated = new Map<number, Score>();
  for (let k = 0; k < FOLDS; k++) {
    const test = items.filter((_, i) => fold(i) === k);
    const learn = [{ name: `fold-${k}`, items: items.filter((_, i) => fold(i) !== k) }];
    const model = buildModelFile(learn, withModel(national, undefined).negation, 'cv', options);
    for (const threshold of THRESHOLDS) {
      const file = { ...model, threshold };
      union.set(
        threshold,
        add(
          union.get(threshold) ?? zero(),
          evaluateCorpus(test, withModel(national, file), national).overall,
        ),
      );
      alone.set(threshold, add(alone.get(threshold) ?? zero(), modelAlone(test, national, file)));
      corroborated.set(
        threshold,
        add(
          corroborated.get(threshold) ?? zero(),
          evaluateCorpus(test, withModel(national, { ...file, raiseAt: threshold }, 'corroborated'), national)
            .overall,
        ),
      );
    }
  }
  for (const threshold of THRESHOLDS) {
    console.log(
      `  threshold ${threshold.toFixed(2)} model alone: ${figures(alone.get(threshold) ?? zero())}`,
    );
    console.log(`                 rules ∪ model: ${figures(union.get(threshold) ?? zero())}`);
    console.log(`    rules ∪ corroborated model: ${figures(corroborated.get(threshold) ?? zero())}`);
  }
}

function main(): void {
  const knowledge = loadKnowledge(undefined, { textModel: false });
  const national = knowledge.national;
  const without = new Set([...argument('--without'), ...argument('--score')]);
  const files = trainingFiles()
    .filter((name) => !without.has(name))
    .map((name) => ({ name, items: loadCorpusFile(name) ?? [] }));
  if (process.argv.includes('--cv')) return crossValidate(national, files);
  const negation = withModel(national, undefined).negation;
  const trained = new Date().toISOString().slice(0, 10);
  const measuring = process.argv.includes('--score');
  const model = buildModelFile(files, negation, trained, measuring ? options : DEFAULT_TRAINING);
  const scored = argument('--score');
  if (scored.length > 0) {
    for (const name of scored) {
      const items = loadCorpusFile(name) ?? [];
      const rules = evaluateCorpus(items, withModel(national, undefined), national);
      const union = evaluateCorpus(items, withModel(national, model), national);
      console.log(
        `\n${name}: ${items.length} texts (model trained without it, threshold ${model.threshold})`,
      );
      for (const flag of model.flags) {
        console.log(`  ${flag.padEnd(15)} rules alone   ${figures(rules.perFlag[flag])}`);
        console.log(`  ${''.padEnd(15)} rules ∪ model ${figures(union.perFlag[flag])}`);
      }
      console.log(`  micro           rules alone   ${figures(rules.overall)}`);
      console.log(`                  rules ∪ model ${figures(union.overall)}`);
    }
    return;
  }
  const out = path.join(defaultKnowledgeDir(), 'textModel.json');
  const json = `${JSON.stringify(model)}\n`;
  writeFileSync(out, json);
  console.log(
    `wrote knowledge/textModel.json: ${Object.keys(model.weights).length} features, ` +
      `${(json.length / 1024).toFixed(0)} kB, threshold ${MODEL_THRESHOLD}, trained on ${files.length} files ` +
      `(${DEFAULT_TRAINING.epochs} epochs)`,
  );
}

main();
