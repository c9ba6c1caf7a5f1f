import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultKnowledgeDir, loadKnowledge, type NationalKnowledge, type TextModelFile } from '../knowledge';
import { buildLexicon } from '../text';
import { evaluateCorpus, precision, recall, type CorpusItem, type Score } from '../text/evaluate';
import {
  buildModelFile,
  DEFAULT_TRAINING,
  modelFileOf,
  toExample,
  MODEL_RAISE,
  MODEL_RAISE_AT,
  MODEL_THRESHOLD,
  type TrainingOptions,
} from '../text/train';
import { loadCorpusFile, trainingFiles } from './corpusFiles';
import { dumpedTexts } from './tuneRaise';

/**
 * `npm run train:text`: trains the text model on every corpus file but the held-out set and writes
 * knowledge/textModel.json. Deterministic (fixed seed). Options, for measuring (they write nothing):
 * `--cv` 5-fold cross-validation over the training files, model alone, rules ∪ model and rules ∪ the model in mode
 * `corroborated`, per threshold;
 * `--lobo` leave one batch out (each tuning3a … tuning12e scored by a model trained on all other files: the measure
 * to choose models by; THRESHOLD=0.7, RAISE_AT=0.7 and RAISE='{…}' try other probabilities and trust;
 * RAISES='{"name":{…}}' further trust scored with the same models, SWEEP=0 without the other thresholds, LOBO_ROUNDS=1
 * a whole round of batches left out at once, LOBO_ONLY=13 only the batches whose names match, LOBO_DUMP=file the
 * guesses for src/cli/tuneRaise.ts);
 * `--without a.yaml,b.yaml` leaves files out of training; `--score a.yaml,b.yaml` trains on the rest and scores
 * those files once, rules alone and rules ∪ model.
 */
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? '').split(',').filter(Boolean) : [];
};
const FOLDS = 5;
/** RAISE='{"overgreb":{"alone":0.95}}' tries other trust per flag (the model file's `raise`) in --lobo. */
const trust: TextModelFile['raise'] = process.env.RAISE ? JSON.parse(process.env.RAISE) : MODEL_RAISE;
/** TRAIN_OPTIONS='{"epochs":20}' tries other training options in a measurement (--cv, --score). */
const options: TrainingOptions = { ...DEFAULT_TRAINING, ...JSON.parse(process.env.TRAIN_OPTIONS ?? '{}') };
/** RAISES='{"og95":{"overgreb":{"alone":0.95}}}': further trust to score in --lobo beside the shipped one. */
const trustVariants: Record<string, TextModelFile['raise']> = JSON.parse(process.env.RAISES ?? '{}');
/**
 * CORROBORATING='{"name":["brud"]}': in --lobo, the shipped trust scored with these heads taken out of the lexicon's
 * `corroboration.notCorroborating` (they then back a guess); CORROBORATING=each: one variant per head of the list.
 */
const corroboratingSpec = process.env.CORROBORATING;
/**
 * LOBO_DUMP=file: --lobo also writes, per batch text, the rules' flags and every guess of the model that left the batch
 * out (probability, the rules' partial evidence, another sense, words) as JSON lines, for `tuneRaise` to choose the
 * trust of each flag from (src/cli/tuneRaise.ts).
 */
const dumpFile = process.env.LOBO_DUMP;
/** SWEEP=0 leaves out --lobo's totals at other thresholds (the slow part). */
const sweeping = process.env.SWEEP !== '0';
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
    const model = buildModelFile(learn, withModel(national, undefined), 'cv', options);
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

/** The batch files scored by `--lobo`: each written by an independent writer and added in one piece. */
const LOBO_BATCH = /^tuning([3-9]|[1-9]\d+)[a-z]\.yaml$/;
/** Ordinary concerns, where a false red flag sends a family to the police line: `almindelig_bekymring` items, and
 * tuning5d's items without a flag (a batch of everyday worries written to look like red flags). */
const isOrdinary = (file: string, item: CorpusItem) =>
  item.kind === 'almindelig_bekymring' || (file === 'tuning5d.yaml' && item.flags.length === 0);
const raisedAny = (evaluation: ReturnType<typeof evaluateCorpus>) =>
  evaluation.items.filter((r) => r.falseAlarms.length > 0).length;

/**
 * `--lobo`: leave one batch out. For each batch file, trains on every other training file and scores that file:
 * rules alone, rules ∪ model (mode `flag`), rules ∪ corroborated model (the shipped mode) and the model alone; then
 * the totals, the false red flags on ordinary concerns, and the totals at other thresholds. The honest measure to
 * choose models by: no batch is scored by a model that saw it (the rules did learn from the older batches).
 */
function leaveOneBatchOut(
  national: NationalKnowledge,
  files: { name: string; items: CorpusItem[] }[],
  threshold: number,
  raiseAt: number,
): void {
  // LOBO_ONLY=regex: only the batches whose names match (a quick look while exploring).
  const only = new RegExp(process.env.LOBO_ONLY ?? '');
  const batches = files.filter((f) => LOBO_BATCH.test(f.name) && only.test(f.name));
  const cell = (s: Score) => `${pct(recall(s))} ${pct(precision(s))}`;
  console.log(
    `leave-one-batch-out over ${batches.length} batches; threshold ${threshold}, raise at ${raiseAt}; ` +
      `options ${JSON.stringify(options)}`,
  );
  console.log(
    `${'batch'.padEnd(14)}${'rules alone'.padEnd(20)}${'rules ∪ model'.padEnd(20)}${'corroborated'.padEnd(20)}` +
      `${'+ trusted'.padEnd(20)}model alone (recall precision)`,
  );
  const totals = { rules: zero(), union: zero(), corroborated: zero(), trusted: zero(), alone: zero() };
  const sweep = new Map<
    number,
    { union: Score; corroborated: Score; ordinaryUnion: number; ordinaryShipped: number }
  >();
  const ordinary = { items: 0, rules: 0, union: 0, corroborated: 0, trusted: 0 };
  // Per round of batches (tuning3, tuning4, …): the lexicon was tuned on the older rounds, so only the newest is
  // scored by rules (and rule-concept features) that never saw it.
  const byGeneration = new Map<string, { union: Score; corroborated: Score; trusted: Score }>();
  // Each file's examples are read once (the rules' reading of every text is the slow part), then reused by every
  // model that learns from it.
  const rulesLexicon = withModel(national, undefined);
  const examples = new Map(
    files.map((f) => [f.name, f.items.map((item) => toExample(item, rulesLexicon, options.config))]),
  );
  const variants = new Map<string, { score: Score; ordinary: number; perFlag: Record<string, Score> }>();
  const shippedPerFlag: Record<string, Score> = {};
  const heads = national.lexicon.corroboration?.notCorroborating ?? [];
  const corroborating: Record<string, string[]> =
    corroboratingSpec === 'each'
      ? Object.fromEntries(heads.map((h) => [`+${h}`, [h]]))
      : JSON.parse(corroboratingSpec ?? '{}');
  const lexiconVariants = Object.entries(corroborating).map(([name, allowed]) => {
    const changed = {
      ...national,
      lexicon: {
        ...national.lexicon,
        corroboration: {
          ...national.lexicon.corroboration,
          notCorroborating: heads.filter((h) => !allowed.includes(h)),
        },
      },
    } as NationalKnowledge;
    return { name: `corroborating ${name}`, national: changed };
  });
  // LOBO_ROUNDS=1: a whole round (tuning12a-g, …) is left out at once, for a quicker, harsher first look.
  const heldOutWith = (batch: { name: string }) =>
    process.env.LOBO_ROUNDS === '1' && LOBO_BATCH.test(batch.name)
      ? batch.name.replace(/[a-z]\.yaml$/, '')
      : batch.name;
  const models = new Map<string, TextModelFile>();
  for (const batch of batches) {
    const key = heldOutWith(batch);
    const learn = files.filter((f) => f !== batch && heldOutWith(f) !== key);
    const model =
      models.get(key) ??
      modelFileOf(
        learn.map((f) => f.name),
        learn.flatMap((f) => examples.get(f.name) ?? []),
        'lobo',
        options,
        threshold,
      );
    models.set(key, model);
    const items = batch.items;
    const ordinaryItems = items.filter((i) => isOrdinary(batch.name, i));
    const rules = evaluateCorpus(items, withModel(national, undefined), national).overall;
    const union = evaluateCorpus(items, withModel(national, model), national).overall;
    // `corroborated`: only with the rules' partial evidence; `trusted`: also where the model file's `raise` trusts
    // the model alone or over another sense (the shipped mode).
    const corroboratedRun = evaluateCorpus(
      items,
      withModel(national, { ...model, raiseAt, raise: undefined }, 'corroborated'),
      national,
    );
    const trustedRun = evaluateCorpus(
      items,
      withModel(national, { ...model, raiseAt, raise: trust }, 'corroborated'),
      national,
    );
    if (dumpFile)
      appendFileSync(
        dumpFile,
        dumpedTexts(batch.name, items, national, model, (i) => isOrdinary(batch.name, i))
          .map((t) => `${JSON.stringify(t)}\n`)
          .join(''),
      );
    const corroborated = corroboratedRun.overall;
    const trusted = trustedRun.overall;
    const alone = modelAlone(items, national, model);
    console.log(
      `${batch.name.replace('.yaml', '').padEnd(14)}${cell(rules)}   ${cell(union)}   ${cell(corroborated)}   ` +
        `${cell(trusted)}   ${cell(alone)}`,
    );
    const generation = batch.name.replace(/[a-z]\.yaml$/, '');
    const group = byGeneration.get(generation) ?? { union: zero(), corroborated: zero(), trusted: zero() };
    byGeneration.set(generation, {
      union: add(group.union, union),
      corroborated: add(group.corroborated, corroborated),
      trusted: add(group.trusted, trusted),
    });
    totals.rules = add(totals.rules, rules);
    totals.union = add(totals.union, union);
    totals.corroborated = add(totals.corroborated, corroborated);
    totals.trusted = add(totals.trusted, trusted);
    totals.alone = add(totals.alone, alone);
    ordinary.items += ordinaryItems.length;
    ordinary.rules += raisedAny(evaluateCorpus(ordinaryItems, withModel(national, undefined), national));
    const ordinaryIds = new Set(ordinaryItems.map((i) => i.id));
    const onOrdinary = (run: ReturnType<typeof evaluateCorpus>) =>
      run.items.filter((r) => ordinaryIds.has(r.item.id) && r.falseAlarms.length > 0).length;
    ordinary.corroborated += onOrdinary(corroboratedRun);
    ordinary.trusted += onOrdinary(trustedRun);
    for (const [flag, score] of Object.entries(trustedRun.perFlag))
      shippedPerFlag[flag] = add(shippedPerFlag[flag] ?? zero(), score);
    // A variant is scored like the shipped point, with its own trust settings or its own lexicon.
    const scoreVariant = (name: string, lexicon: typeof national, raise: typeof trust) => {
      const run = evaluateCorpus(
        items,
        withModel(lexicon, { ...model, raiseAt, raise }, 'corroborated'),
        lexicon,
      );
      const entry = variants.get(name) ?? { score: zero(), ordinary: 0, perFlag: {} };
      entry.score = add(entry.score, run.overall);
      entry.ordinary += onOrdinary(run);
      for (const [flag, score] of Object.entries(run.perFlag))
        entry.perFlag[flag] = add(entry.perFlag[flag] ?? zero(), score);
      variants.set(name, entry);
    };
    for (const [name, variant] of Object.entries(trustVariants)) scoreVariant(name, national, variant);
    for (const { name, national: changed } of lexiconVariants) scoreVariant(name, changed, trust);
    if (!sweeping) continue;
    for (const t of THRESHOLDS) {
      const at = { ...model, threshold: Math.min(t, raiseAt) };
      const entry = sweep.get(t) ?? {
        union: zero(),
        corroborated: zero(),
        ordinaryUnion: 0,
        ordinaryShipped: 0,
      };
      const u = evaluateCorpus(items, withModel(national, { ...model, threshold: t }), national);
      const c = evaluateCorpus(
        items,
        withModel(national, { ...at, raiseAt: t, raise: trust }, 'corroborated'),
        national,
      );
      entry.union = add(entry.union, u.overall);
      entry.corroborated = add(entry.corroborated, c.overall);
      entry.ordinaryUnion += onOrdinary(u);
      entry.ordinaryShipped += onOrdinary(c);
      sweep.set(t, entry);
    }
  }
  console.log(
    `${'all batches'.padEnd(14)}${cell(totals.rules)}   ${cell(totals.union)}   ${cell(totals.corroborated)}   ` +
      `${cell(totals.trusted)}   ${cell(totals.alone)}`,
  );
  for (const [generation, g] of byGeneration)
    console.log(
      `  ${generation.padEnd(10)} rules ∪ model ${cell(g.union)}, corroborated ${cell(g.corroborated)}, ` +
        `+ trusted ${cell(g.trusted)}`,
    );
  console.log(`  rules ∪ model ${figures(totals.union)}`);
  console.log(`  corroborated  ${figures(totals.corroborated)}`);
  console.log(`  + trusted     ${figures(totals.trusted)}`);
  console.log(
    `ordinary concerns (${ordinary.items}): a red flag raised on ${ordinary.rules} by the rules alone, ` +
      `${ordinary.corroborated} corroborated, ${ordinary.trusted} + trusted (shipped)`,
  );
  const perFlag = (scores: Record<string, Score>) =>
    Object.entries(scores)
      .map(
        ([flag, score]) => `${flag} ${cell(score)} (FN ${score.falseNegatives}, FP ${score.falsePositives})`,
      )
      .join('; ');
  console.log(`  + trusted per flag: ${perFlag(shippedPerFlag)}`);
  for (const [name, v] of variants)
    console.log(`  raise ${name}: ${figures(v.score)}, ordinary ${v.ordinary}\n    ${perFlag(v.perFlag)}`);
  for (const [t, e] of sweep)
    console.log(
      `  at ${t.toFixed(2)}: rules ∪ model ${cell(e.union)} (FP ${e.union.falsePositives}), ordinary ${e.ordinaryUnion}; ` +
        `corroborated ${cell(e.corroborated)} (FP ${e.corroborated.falsePositives}), ordinary ${e.ordinaryShipped}`,
    );
}

function main(): void {
  const knowledge = loadKnowledge(undefined, { textModel: false });
  const national = knowledge.national;
  const without = new Set([...argument('--without'), ...argument('--score')]);
  const files = trainingFiles()
    .filter((name) => !without.has(name))
    .map((name) => ({ name, items: loadCorpusFile(name) ?? [] }));
  if (process.argv.includes('--cv')) return crossValidate(national, files);
  if (process.argv.includes('--lobo'))
    return leaveOneBatchOut(
      national,
      files,
      Number(process.env.THRESHOLD ?? MODEL_THRESHOLD),
      Number(process.env.RAISE_AT ?? MODEL_RAISE_AT),
    );
  const lexicon = withModel(national, undefined);
  const trained = new Date().toISOString().slice(0, 10);
  const measuring = process.argv.includes('--score');
  const model = buildModelFile(files, lexicon, trained, measuring ? options : DEFAULT_TRAINING);
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
