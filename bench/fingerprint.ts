import { createHash, type Hash } from 'node:crypto';
import { loadCorpusFile, trainingFiles } from '../src/cli/corpusFiles';
import { loadKnowledge } from '../src/knowledge';
import { RoleId } from '../src/knowledge/schema';
import { assess, ConcernShape, missingAnswers, redFlagsOf } from '../src/rules';
import { cueLexicon } from '../src/rules/cues';
import { analyseText, buildLexicon, lexiconOf, type Lexicon } from '../src/text/analyse';
import { findConcepts } from '../src/text/matcher';
import { scoreText, textFeatures } from '../src/text/model';
import { negationScope } from '../src/text/negation';
import { tokenize } from '../src/text/tokens';

/**
 * `npx tsx bench/fingerprint.ts`: one hash of everything the text analysis and the engine make of the corpus, so a
 * change meant only to make them faster can show that it changed no result. It reads every item of every
 * test/corpus/*.yaml but the held-out set (whose sentences it never prints), alone and three items joined (a longer
 * text), and hashes: the tokens, the concepts found, the model's features and probabilities, the analyses by the
 * bot's lexicon, the rules alone and the engine's cues, and whole assessments. Prints one hash per part and their
 * hash; same knowledge and same code behaviour, same hashes.
 */
const knowledge = loadKnowledge();
const { national } = knowledge;
const lexicon = lexiconOf(national);
const rulesAlone = buildLexicon({ ...national, textModel: undefined });
const cues = cueLexicon(national);
const model = lexicon.model;

const files = trainingFiles();
const items = files.flatMap((file) => loadCorpusFile(file) ?? []);
const texts = items.flatMap((item, i) => {
  const joined = [item, items[i + 1], items[i + 2]].map((x) => x?.text ?? '').join(' ');
  return [item.text, joined];
});

const parts = new Map<string, Hash>();
const feed = (part: string, value: unknown) => {
  let hash = parts.get(part);
  if (!hash) parts.set(part, (hash = createHash('sha256')));
  hash.update(JSON.stringify(value) ?? 'undefined');
  hash.update('\n');
};

const conceptsByName = (lex: Lexicon, spans: ReturnType<typeof findConcepts>) =>
  Array.from(spans, (s, c) => (s ? [lex.conceptNames[c], s.map((x) => [x.from, x.to])] : undefined)).filter(
    Boolean,
  );

const municipalities = [...knowledge.municipalities.keys()].sort();
const roles = RoleId.options;
const started = process.hrtime.bigint();
texts.forEach((text, i) => {
  const tokens = tokenize(text);
  feed('tokens', tokens);
  const concepts = findConcepts(tokens, lexicon);
  feed('concepts', conceptsByName(lexicon, concepts));
  feed('cueConcepts', conceptsByName(cues, findConcepts(tokens, cues)));
  if (model) {
    const negated = negationScope(tokens, lexicon.negation);
    feed('negation', negated);
    const found = { spans: concepts, names: lexicon.conceptNames };
    feed('features', textFeatures(tokens, negated, model.config, found));
    feed('model', scoreText(tokens, negated, model, new Set(), found));
  }
  feed('analysis', analyseText(text, lexicon));
  feed('rulesAlone', analyseText(text, rulesAlone));
  feed('cues', analyseText(text, cues));
  const concern = ConcernShape.parse({
    municipality: municipalities[i % municipalities.length],
    score: 1 + (i % 10),
    role: roles[i % roles.length],
    childAge: i % 19,
    text,
    now: '2026-11-24T10:00:00+01:00',
  });
  const clock = () => new Date('2026-11-24T09:00:00Z');
  feed('assessment', assess(concern, knowledge, clock));
  feed('missingAnswers', missingAnswers(concern, knowledge, clock));
  feed('redFlagsOf', redFlagsOf(concern, knowledge));
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const all = createHash('sha256');
const result: Record<string, string> = {};
for (const [part, hash] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
  const digest = hash.digest('hex').slice(0, 16);
  result[part] = digest;
  all.update(`${part}:${digest}\n`);
}
console.log(
  JSON.stringify(
    {
      files: files.length,
      items: items.length,
      texts: texts.length,
      seconds: Number(seconds.toFixed(1)),
      ...result,
    },
    null,
    2,
  ),
);
console.log(`fingerprint: ${all.digest('hex').slice(0, 16)}`);
