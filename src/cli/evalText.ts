import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../knowledge';
import { RedFlagId, type NationalKnowledge } from '../knowledge/schema';
import { analyseText, buildLexicon, type Lexicon } from '../text';
import { lexiconTokens } from '../text/matcher';
import { scoreText } from '../text/model';
import { HELDOUT, loadCorpusFile, trainingFiles } from './corpusFiles';
import {
  evaluateCorpus,
  KEY_SIGNALS,
  precision,
  recall,
  type CorpusItem,
  type Evaluation,
  type ItemResult,
  type Score,
} from '../text/evaluate';

/**
 * `npm run eval:text`: how well the text analysis finds red flags in the labelled corpus. Prints recall and
 * precision per flag and overall (micro), for the rules alone and for the rules with the text model's additions
 * (rules ∪ model), for the tuning sets, the probe set and, when it exists, the held-out set; lists the misses and
 * false alarms (of rules ∪ model) of the tuning and probe sets only. Held-out sentences are never printed, so
 * nobody tunes on them: for the held-out set only the number of misses and false alarms per `kind` is shown, to tell
 * which kinds need more (fresh) material. `--quiet` prints the figures only.
 * `--fresh tuning3a.yaml:101` prints only the figures for the items from the 101st on (a batch just added), so a
 * new batch can be scored before anyone reads it. `--no-heldout` leaves the held-out set out (for tuning runs, so it
 * is measured only now and then); `--rules` lists the misses and false alarms of the rules alone instead,
 * `--corroborated` those of the rules with the model in mode `corroborated` (a guess raised only with the rules'
 * partial evidence for the same flag; `--raise-at 0.7` tries another probability for that).
 * `--signal selvmordstanker` prints instead, over the tuning and probe sets (never the held-out set), each key
 * signal's found/labelled and unlabelled finds in total, then that signal's misses (with the words that were read as
 * negated or in another sense) and its unlabelled finds (with the words and pattern that found it), to study by kind.
 */
const quiet = process.argv.includes('--quiet');
const skipHeldout = process.argv.includes('--no-heldout');
const listRulesAlone = process.argv.includes('--rules');
const listCorroborated = process.argv.includes('--corroborated');
/** `--raise-at 0.7`: the probability from which the corroborated model raises a flag (default: the file's). */
const raiseAtArgument = process.argv.includes('--raise-at')
  ? Number(process.argv[process.argv.indexOf('--raise-at') + 1])
  : undefined;
const freshArgument = process.argv[process.argv.indexOf('--fresh') + 1];
const fresh = process.argv.includes('--fresh') ? freshArgument : undefined;
const signalArgument = process.argv.includes('--signal')
  ? (process.argv[process.argv.indexOf('--signal') + 1] ?? '')
  : undefined;
const load = (file: string) => loadCorpusFile(file);
/** The sets tuned on (the rules and the model both learnt from them), in the order they came: numbered by session. */
const tuningSets = () =>
  trainingFiles()
    .filter((file) => file.startsWith('tuning'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const line = (label: string, s: Score) =>
  `  ${label.padEnd(16)} recall ${pct(recall(s))}  precision ${pct(precision(s))}   ` +
  `(TP ${s.truePositives}, FN ${s.falseNegatives}, FP ${s.falsePositives})`;

/** Misses and false alarms counted per kind: counts only, never the sentences. */
function countsByKind(evaluation: Evaluation): string {
  const count = (pick: (r: Evaluation['items'][number]) => boolean) => {
    const byKind = new Map<string, number>();
    for (const r of evaluation.items.filter(pick))
      byKind.set(r.item.kind, (byKind.get(r.item.kind) ?? 0) + 1);
    return [...byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const format = (list: [string, number][]) =>
    list.length === 0 ? 'none' : list.map(([kind, n]) => `${kind} ${n}`).join(', ');
  return (
    `  misses by kind: ${format(count((r) => r.missed.length > 0))}\n` +
    `  false alarms by kind: ${format(count((r) => r.falseAlarms.length > 0))}\n` +
    `  selvmordstanker missed by kind: ${format(count((r) => r.missedSignals.includes('selvmordstanker')))}`
  );
}

function report(
  name: string,
  items: CorpusItem[],
  rules: Evaluation,
  evaluation: Evaluation,
  corroborated: Evaluation,
  listErrors: boolean,
): void {
  const positives = items.filter((i) => i.flags.length > 0).length;
  console.log(
    `\n${name}: ${items.length} sentences (${positives} with a red flag, ${items.length - positives} without)`,
  );
  for (const flag of RedFlagId.options) {
    console.log(line(`${flag}`, rules.perFlag[flag]), ' rules alone');
    console.log(line('', evaluation.perFlag[flag]), ' rules ∪ every model guess');
    console.log(line('', corroborated.perFlag[flag]), ' shipped (rules ∪ corroborated and trusted model)');
  }
  console.log(line('overall (micro)', rules.overall), ' rules alone');
  console.log(line('', evaluation.overall), ' rules ∪ every model guess');
  console.log(line('', corroborated.overall), ' shipped (rules ∪ corroborated and trusted model)');
  const signalLines = Object.entries(evaluation.signals)
    .filter(([, s]) => s.labelled > 0 || s.unlabelledFound > 0)
    .map(
      ([id, s]) =>
        `  ${id.padEnd(20)} found ${s.found}/${s.labelled} labelled; found unlabelled ${s.unlabelledFound}`,
    );
  if (signalLines.length > 0) console.log(`  signals:\n${signalLines.map((l) => `  ${l}`).join('\n')}`);
  if (!listErrors) {
    console.log(`  rules alone:\n${countsByKind(rules)}`);
    console.log(`  rules ∪ model:\n${countsByKind(evaluation)}`);
    console.log(`  rules ∪ corroborated model:\n${countsByKind(corroborated)}`);
  }
  if (!listErrors || quiet) return;
  const listed = listRulesAlone ? rules : listCorroborated ? corroborated : evaluation;
  const wrong = listed.items.filter(
    (r) => r.missed.length > 0 || r.falseAlarms.length > 0 || r.missedSignals.length > 0,
  );
  if (wrong.length === 0) return;
  console.log(
    `\n  ${name}: misses and false alarms (${listRulesAlone ? 'rules alone' : listCorroborated ? 'rules ∪ corroborated model' : 'rules ∪ model'})`,
  );
  for (const r of wrong) {
    const what = [
      r.missed.length > 0 ? `MISSED ${r.missed.join(', ')}` : '',
      r.falseAlarms.length > 0 ? `FALSE ${r.falseAlarms.join(', ')}` : '',
      r.missedSignals.length > 0 ? `signal missed: ${r.missedSignals.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    console.log(`  - ${r.item.id} [${r.item.kind}] ${what}\n      ${r.item.text}`);
    if (r.explanation.length > 0) console.log(`      matched: ${r.explanation.join(' | ')}`);
  }
}

/**
 * `--signal <id>`: the key signals' totals over the tuning and probe sets, and the items where `id` was missed or
 * found unlabelled. Unlabelled finds are not always wrong (writers label signals loosely): they are there to judge.
 */
function listSignal(id: string, files: string[], lexicon: Lexicon, national: NationalKnowledge): void {
  if (!(KEY_SIGNALS as readonly string[]).includes(id))
    throw new Error(`--signal wants one of ${KEY_SIGNALS.join(', ')}`);
  const totals = Object.fromEntries(
    KEY_SIGNALS.map((k) => [k, { labelled: 0, found: 0, unlabelledFound: 0 }]),
  );
  const misses: string[] = [];
  const unlabelled: string[] = [];
  for (const file of files) {
    const items = load(file);
    if (!items) continue;
    const evaluation = evaluateCorpus(items, lexicon, national);
    for (const [k, s] of Object.entries(evaluation.signals)) {
      const total = totals[k];
      if (!total) continue;
      total.labelled += s.labelled;
      total.found += s.found;
      total.unlabelledFound += s.unlabelledFound;
    }
    const where = (r: ItemResult) => `  - ${file.replace(/\.yaml$/, '')} ${r.item.id} [${r.item.kind}]`;
    for (const r of evaluation.items) {
      const hits = r.signalHits.filter((h) => h.id === id);
      if (r.item.signals?.includes(id) && hits.length === 0) {
        const analysis = analyseText(r.item.text, lexicon);
        const aside = [
          ...analysis.negated.filter((h) => h.id === id).map((h) => `negated »${h.matched}«`),
          ...analysis.excluded.filter((h) => h.id === id).map((h) => `sense ${h.sense} »${h.matched}«`),
        ];
        misses.push(
          `${where(r)}\n      ${r.item.text}${aside.length > 0 ? `\n      ${aside.join(' | ')}` : ''}`,
        );
      } else if (!r.item.signals?.includes(id) && hits.length > 0) {
        const found = hits.map((h) => `»${h.matched}« (${h.pattern ?? ''})`).join(' | ');
        unlabelled.push(
          `${where(r)} labelled: ${(r.item.signals ?? []).join(', ') || 'none'}\n      ${r.item.text}\n      found ${found}`,
        );
      }
    }
  }
  console.log(`signals over ${files.length} tuning and probe sets (not the held-out set):`);
  for (const [k, s] of Object.entries(totals))
    console.log(
      `  ${k.padEnd(20)} found ${s.found}/${s.labelled} labelled; found unlabelled ${s.unlabelledFound}`,
    );
  console.log(`\n${id}: missed (${misses.length})\n${misses.join('\n')}`);
  console.log(`\n${id}: found unlabelled (${unlabelled.length})\n${unlabelled.join('\n')}`);
}

function main(): void {
  const knowledge = loadKnowledge();
  const national = knowledge.national;
  // rules ∪ model: the model's guesses counted as raised flags, whatever its shipped mode (`suggest` or `flag`).
  const model = national.textModel && { ...national.textModel, mode: 'flag' as const };
  const lexicon = buildLexicon({ ...national, textModel: model });
  const rulesAlone = buildLexicon({ ...national, textModel: undefined });
  const corroboratedModel = national.textModel && {
    ...national.textModel,
    mode: 'corroborated' as const,
    raiseAt: raiseAtArgument ?? national.textModel.raiseAt,
  };
  const corroborating = buildLexicon({ ...national, textModel: corroboratedModel });
  const score = (name: string, items: CorpusItem[], listErrors: boolean) =>
    report(
      name,
      items,
      evaluateCorpus(items, rulesAlone, national),
      evaluateCorpus(items, lexicon, national),
      evaluateCorpus(items, corroborating, national),
      listErrors,
    );
  if (signalArgument !== undefined) {
    const files = [...tuningSets(), ...(load('probes.yaml') ? ['probes.yaml'] : [])];
    listSignal(signalArgument, files, rulesAlone, national);
    return;
  }
  if (fresh) {
    const [file, from] = fresh.split(':');
    const items = file ? load(file) : undefined;
    if (!file || !items || !(Number(from) >= 1))
      throw new Error('--fresh wants <file in test/corpus>:<first item, from 1>');
    score(`${file} fresh batch from item ${from}`, items.slice(Number(from) - 1), true);
    return;
  }
  const tuning = load('tuning.yaml');
  const heldout = skipHeldout ? undefined : load(HELDOUT);
  if (!tuning && !heldout) throw new Error('no corpus: test/corpus/tuning.yaml is missing');
  for (const file of tuningSets()) {
    const items = load(file);
    if (items) score(file.replace(/\.yaml$/, ''), items, true);
  }
  const probes = load('probes.yaml');
  if (probes) score('probes (own, tuned on)', probes, true);
  if (heldout) score('held-out', heldout, false);
  else if (!skipHeldout) console.log('\nheld-out: test/corpus/heldout.yaml is not there yet');

  const texts = (tuning ?? heldout ?? []).map((i) => i.text);
  const joined = texts.join(' ');
  const sample = joined.slice(0, 300);
  // A 300-character window of its own per call: analyseText remembers the last few texts it read.
  const windows = Array.from({ length: 500 }, (_, i) => joined.slice(i * 7, i * 7 + 300));
  const windowAt = (i: number) => windows[i % windows.length] ?? sample;
  for (let i = 0; i < 2000; i++) {
    analyseText(windowAt(i), lexicon);
    analyseText(windowAt(i), rulesAlone);
  }
  const runs = 5000;
  const started = performance.now();
  for (let i = 0; i < runs; i++) analyseText(windowAt(i), lexicon);
  const perText = ((performance.now() - started) / runs) * 1000;
  console.log(`\nspeed: analyseText ${perText.toFixed(1)} µs per 300-character text (rules ∪ model)`);
  const rulesStarted = performance.now();
  for (let i = 0; i < runs; i++) analyseText(windowAt(i), rulesAlone);
  const rulesPerText = ((performance.now() - rulesStarted) / runs) * 1000;
  console.log(`       rules alone ${rulesPerText.toFixed(1)} µs`);
  if (lexicon.model) {
    // The model's own cost: scoring the tokens (explaining a guess is rare and not timed here).
    const tokens = lexiconTokens(sample, lexicon);
    const modelStarted = performance.now();
    for (let i = 0; i < runs; i++) scoreText(tokens, undefined, lexicon.model, new Set(RedFlagId.options));
    const modelPerText = ((performance.now() - modelStarted) / runs) * 1000;
    console.log(
      `       the model's scoring ${modelPerText.toFixed(1)} µs (words seen before; a new word costs more once)`,
    );
  }
}

main();
