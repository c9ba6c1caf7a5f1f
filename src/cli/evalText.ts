import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';
import { loadKnowledge } from '../knowledge';
import { RedFlagId } from '../knowledge/schema';
import { analyseText, buildLexicon } from '../text';
import {
  Corpus,
  evaluateCorpus,
  precision,
  recall,
  type CorpusItem,
  type Evaluation,
  type Score,
} from '../text/evaluate';

/**
 * `npm run eval:text`: how well the text analysis finds red flags in the labelled corpus. Prints recall and
 * precision per flag and overall (micro) for the tuning sets (tuning.yaml, tuning2.yaml, tuning3a.yaml,
 * tuning3b.yaml, tuning4a.yaml, tuning4b.yaml), the probe set and, when it exists, the held-out set; lists the misses and false alarms of the
 * tuning and probe sets only. Held-out sentences are never printed, so nobody tunes on them: for the held-out set
 * only the number of misses and false alarms per `kind` is shown, to tell which kinds need more (fresh) material.
 * `--quiet` prints the figures only.
 * `--fresh tuning3a.yaml:101` prints only the figures for the items from the 101st on (a batch just added), so a
 * new batch can be scored before anyone reads it.
 */
const corpusDir = path.resolve(__dirname, '..', '..', 'test', 'corpus');
const quiet = process.argv.includes('--quiet');
const freshArgument = process.argv[process.argv.indexOf('--fresh') + 1];
const fresh = process.argv.includes('--fresh') ? freshArgument : undefined;

function load(file: string): CorpusItem[] | undefined {
  const full = path.join(corpusDir, file);
  if (!existsSync(full)) return undefined;
  const parsed = Corpus.safeParse(parseYaml(readFileSync(full, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`test/corpus/${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

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

function report(name: string, items: CorpusItem[], evaluation: Evaluation, listErrors: boolean): void {
  const positives = items.filter((i) => i.flags.length > 0).length;
  console.log(
    `\n${name}: ${items.length} sentences (${positives} with a red flag, ${items.length - positives} without)`,
  );
  for (const flag of RedFlagId.options) console.log(line(flag, evaluation.perFlag[flag]));
  console.log(line('overall (micro)', evaluation.overall));
  const signalLines = Object.entries(evaluation.signals)
    .filter(([, s]) => s.labelled > 0 || s.unlabelledFound > 0)
    .map(
      ([id, s]) =>
        `  ${id.padEnd(20)} found ${s.found}/${s.labelled} labelled; found unlabelled ${s.unlabelledFound}`,
    );
  if (signalLines.length > 0) console.log(`  signals:\n${signalLines.map((l) => `  ${l}`).join('\n')}`);
  if (!listErrors) console.log(countsByKind(evaluation));
  if (!listErrors || quiet) return;
  const wrong = evaluation.items.filter(
    (r) => r.missed.length > 0 || r.falseAlarms.length > 0 || r.missedSignals.length > 0,
  );
  if (wrong.length === 0) return;
  console.log(`\n  ${name}: misses and false alarms`);
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

function main(): void {
  const knowledge = loadKnowledge();
  const lexicon = buildLexicon(knowledge.national);
  if (fresh) {
    const [file, from] = fresh.split(':');
    const items = file ? load(file) : undefined;
    if (!file || !items || !(Number(from) >= 1))
      throw new Error('--fresh wants <file in test/corpus>:<first item, from 1>');
    const batch = items.slice(Number(from) - 1);
    report(
      `${file} fresh batch from item ${from}`,
      batch,
      evaluateCorpus(batch, lexicon, knowledge.national),
      true,
    );
    return;
  }
  const tuning = load('tuning.yaml');
  const heldout = load('heldout.yaml');
  if (!tuning && !heldout) throw new Error('no corpus: test/corpus/tuning.yaml is missing');
  if (tuning) report('tuning', tuning, evaluateCorpus(tuning, lexicon, knowledge.national), true);
  const tuning2 = load('tuning2.yaml');
  if (tuning2) report('tuning2', tuning2, evaluateCorpus(tuning2, lexicon, knowledge.national), true);
  for (const file of ['tuning3a.yaml', 'tuning3b.yaml', 'tuning4a.yaml', 'tuning4b.yaml']) {
    const items = load(file);
    if (items)
      report(file.replace('.yaml', ''), items, evaluateCorpus(items, lexicon, knowledge.national), true);
  }
  const probes = load('probes.yaml');
  if (probes)
    report('probes (own, tuned on)', probes, evaluateCorpus(probes, lexicon, knowledge.national), true);
  if (heldout) report('held-out', heldout, evaluateCorpus(heldout, lexicon, knowledge.national), false);
  else console.log('\nheld-out: test/corpus/heldout.yaml is not there yet');

  const texts = (tuning ?? heldout ?? []).map((i) => i.text);
  const sample = texts.join(' ').slice(0, 300);
  for (let i = 0; i < 200; i++) analyseText(sample, lexicon);
  const runs = 5000;
  const started = performance.now();
  for (let i = 0; i < runs; i++) analyseText(sample, lexicon);
  const perText = ((performance.now() - started) / runs) * 1000;
  console.log(`\nspeed: analyseText ${perText.toFixed(1)} µs per 300-character text`);
}

main();
