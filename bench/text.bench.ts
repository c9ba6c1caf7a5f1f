import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';
import { loadCore } from './compiledCore';

/**
 * `npm run bench`: how fast the text analysis is. Target: analyseText well below 50 µs for a 300-character text
 * (the engine's budget is 20,000 assessments a second), lexicon compiled once at start-up. The code is the compiled core
 * production runs (bench/compiledCore.ts; BENCH_SOURCES=1: the sources through tsx).
 */
const core = loadCore();
const { loadKnowledge } = core.knowledge;
const { analyseText, buildLexicon } = core.text;
const knowledge = loadKnowledge();
// Wall time, as a start-up waits for it: its CPU time also counts V8's parallel garbage collection (some 130 ms more).
const compileStart = performance.now();
const lexicon = buildLexicon(knowledge.national);
const compileMs = performance.now() - compileStart;

const corpus = parseYaml(
  readFileSync(path.resolve(__dirname, '..', 'test', 'corpus', 'tuning.yaml'), 'utf8'),
) as { text: string }[];
const texts = corpus.map((item) => item.text);
// A 300-character text of its own for every call: analyseText remembers the last few texts it read (one turn
// reads its description several times), and the figure asked for is that of a new text.
const joined = texts.join(' ');
const text300 = (i: number) => joined.slice(i % (joined.length - 300), (i % (joined.length - 300)) + 300);
const windows = Array.from({ length: 20_500 }, (_, i) => text300(i * 7));

/** CPU time of this process per call, so that other processes on a shared machine do not count. */
function microsPerCall(run: (i: number) => void, iterations: number): number {
  for (let i = 0; i < 500; i++) run(i);
  const before = process.cpuUsage();
  for (let i = 0; i < iterations; i++) run(i);
  const cpu = process.cpuUsage(before);
  return (cpu.user + cpu.system) / iterations;
}

const result = {
  code: core.code,
  lexiconCompileMs: Number(compileMs.toFixed(1)),
  analyse300CharsMicros: Number(
    microsPerCall((i) => analyseText(windows[i % windows.length] ?? '', lexicon), 20000).toFixed(1),
  ),
  analyseCorpusSentenceMicros: Number(
    microsPerCall((i) => analyseText(texts[i % texts.length] ?? '', lexicon), 20000).toFixed(1),
  ),
};
console.log(JSON.stringify(result, null, 2));
const ok = result.analyse300CharsMicros < 50 && result.lexiconCompileMs < 500;
console.log(ok ? 'text bench: within targets' : 'text bench: OUTSIDE targets');
process.exitCode = ok ? 0 : 1;
