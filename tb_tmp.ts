import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';
import { loadKnowledge } from './src/knowledge';
import { analyseText, buildLexicon } from './src/text';
const k = loadKnowledge();
const corpus = parseYaml(readFileSync('test/corpus/tuning.yaml', 'utf8')) as { text: string }[];
const joined = corpus.map((c) => c.text).join(' ');
const w = (i: number) => joined.slice(i % (joined.length - 300), (i % (joined.length - 300)) + 300);
const m = k.national.textModel!;
const variants = [
  ['shipped', buildLexicon(k.national)],
  ['concepts off', buildLexicon({ ...k.national, textModel: { ...m, features: { ...m.features, concepts: 0 } } })],
  ['suggest mode', buildLexicon({ ...k.national, textModel: { ...m, mode: 'suggest' as const } })],
  ['rules alone', buildLexicon({ ...k.national, textModel: undefined })],
] as const;
for (let round = 0; round < 2; round++)
  for (const [name, lex] of variants) {
    for (let i = 0; i < 500; i++) analyseText(w(i * 7 + round), lex);
    const t = performance.now();
    let guesses = 0;
    for (let i = 500; i < 8500; i++) guesses += analyseText(w(i * 7 + round), lex).modelGuesses.length;
    console.log(name, (((performance.now() - t) * 1000) / 8000).toFixed(1), 'µs', guesses);
  }
