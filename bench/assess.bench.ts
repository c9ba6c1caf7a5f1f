import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/knowledge';
import { assess, ConcernShape, type Concern } from '../src/rules';

/**
 * `npm run bench`: how fast the pure core is. Targets (2-core CI machine): knowledge load < 500 ms,
 * assess p99 < 5 ms with a 300-character text, so the engine stays far below a Teams turn's budget.
 */
const loadStart = performance.now();
const knowledge = loadKnowledge();
const loadMs = performance.now() - loadStart;

const text =
  'Hun kommer ofte med tom madkasse og beskidt tøj, er ked af det og trækker sig fra de andre. ' +
  'Mor virker påvirket om eftermiddagen. I dag fortalte hun, at far slår hende, når han er sur. ' +
  'Der er ingen tegn på selvskade. Hun har haft meget fravær i efteråret.';
const concerns = ['vejen', 'dragoer', 'assens'].flatMap((municipality) =>
  [2, 4, 6, 7, 9].map((score) =>
    ConcernShape.parse({
      municipality,
      score,
      role: 'skole',
      childAge: 10,
      text,
      now: '2026-11-24T10:00:00+01:00',
    }),
  ),
);
const clock = () => new Date('2026-11-24T09:00:00Z');
const pick = (i: number) => concerns[i % concerns.length] as Concern;

for (let i = 0; i < 200; i++) assess(pick(i), knowledge, clock);
const iterations = 5000;
const times: number[] = [];
const started = performance.now();
for (let i = 0; i < iterations; i++) {
  const t0 = performance.now();
  assess(pick(i), knowledge, clock);
  times.push(performance.now() - t0);
}
const totalMs = performance.now() - started;
times.sort((a, b) => a - b);
const pct = (p: number) =>
  (times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0).toFixed(3);
const result = {
  knowledgeLoadMs: Number(loadMs.toFixed(1)),
  assessPerSecond: Math.round((iterations / totalMs) * 1000),
  p50Ms: Number(pct(50)),
  p99Ms: Number(pct(99)),
  rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024),
};
console.log(JSON.stringify(result, null, 2));
const ok = result.knowledgeLoadMs < 500 && result.p99Ms < 5;
console.log(ok ? 'bench: within targets' : 'bench: OUTSIDE targets');
process.exitCode = ok ? 0 : 1;
