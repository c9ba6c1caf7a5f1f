import { readFileSync } from 'node:fs';
import type { NationalKnowledge, RedFlagId, TextModelFile } from '../knowledge';
import { analyseText, buildLexicon } from '../text';
import { aloneFrom, MODEL_RAISE_MIN_WORDS, MODEL_TRUSTED_MAX_WORDS } from '../text/analyse';
import type { CorpusItem } from '../text/evaluate';
import { findConcepts, lexiconTokens } from '../text/matcher';
import { FLAG_ORDER, scoreText } from '../text/model';
import { negationScope } from '../text/negation';
import { MODEL_RAISE, MODEL_RAISE_AT } from '../text/train';

/**
 * `npx tsx src/cli/tuneRaise.ts <dump.jsonl>`: chooses each flag's trust (the model file's `raise`) from the guesses
 * that `trainText --lobo` wrote with LOBO_DUMP (every batch scored by a model that never saw it), and says how well
 * the choosing itself carries over: each batch is scored with the trust chosen on the other batches' guesses (nested
 * leave-one-batch-out), beside the shipped trust. A flag's trust maximises true flags − COST × false flags, with no
 * more ordinary concerns (`isOrdinary` in trainText) falsely flagged than the shipped trust raises on them.
 * COST=3 by default (a false red flag weighs three found ones).
 */

interface Guess {
  flag: RedFlagId;
  p: number;
  evidence: boolean;
  sense: boolean;
}
export interface DumpedText {
  batch: string;
  id: string;
  flags: RedFlagId[];
  alsoOk: RedFlagId[];
  ordinary: boolean;
  words: number;
  rules: RedFlagId[];
  guesses: Guess[];
}
type FlagRaise = NonNullable<NonNullable<TextModelFile['raise']>[RedFlagId]>;

/** The lowest probability a guess is dumped at. */
export const DUMP_FROM = 0.3;

/**
 * Per text: the flags the rules raise (directly or through a signal) and each guess the model makes from `DUMP_FROM`,
 * with the facts the trust is decided on (exact probability, the rules' partial evidence, another sense, words). The
 * model is trusted everywhere from `DUMP_FROM` while dumping, so analyseText raises every guess and says which.
 */
export function dumpedTexts(
  batch: string,
  items: readonly CorpusItem[],
  national: NationalKnowledge,
  model: TextModelFile,
  ordinary: (item: CorpusItem) => boolean,
): DumpedText[] {
  const open = { alone: DUMP_FROM, raiseAt: DUMP_FROM, minWords: 10 };
  const senses = MODEL_RAISE.overgreb?.overSense?.senses ?? [];
  const rules = buildLexicon({ ...national, textModel: undefined });
  const permissive = buildLexicon({
    ...national,
    textModel: {
      ...model,
      mode: 'corroborated',
      raiseAt: DUMP_FROM,
      raise: {
        overgreb: { ...open, overSense: { at: DUMP_FROM, senses } },
        social_kontrol: open,
        radikalisering: open,
      },
    },
  });
  const implied = new Map(
    national.signals.flatMap((s) => (s.impliesRedFlag ? [[s.id, s.impliesRedFlag] as const] : [])),
  );
  const compiled = permissive.model;
  return items.map((item) => {
    const byRules = analyseText(item.text, rules);
    const raisedByRules = new Set<RedFlagId>(byRules.redFlags.map((h) => h.id));
    for (const hit of byRules.signals) {
      const flag = implied.get(hit.id);
      if (flag) raisedByRules.add(flag);
    }
    // The card rounds a guess's probability to two decimals; the trust compares the exact one.
    const tokens = lexiconTokens(item.text, permissive);
    const exact = compiled
      ? scoreText(tokens, negationScope(tokens, permissive.negation), compiled, new Set(), {
          spans: findConcepts(tokens, permissive),
          names: permissive.conceptNames,
        }).probabilities
      : [];
    const guesses = analyseText(item.text, permissive)
      .redFlags.filter((h) => h.pattern === 'model')
      .map((h) => ({
        flag: h.id,
        p: exact[FLAG_ORDER.indexOf(h.id)] ?? h.probability ?? 0,
        evidence: h.corroboratedBy !== undefined && h.corroboratedBy.sense === undefined,
        sense: h.corroboratedBy?.sense !== undefined,
      }));
    return {
      batch,
      id: item.id,
      flags: item.flags,
      alsoOk: item.alsoOk ?? [],
      ordinary: ordinary(item),
      words: tokens.length,
      rules: [...raisedByRules],
      guesses,
    };
  });
}

/** Whether analyseText raises a guess under this trust (its branches, on the dumped facts). */
export function raises(guess: Guess, words: number, trust: FlagRaise, raiseAt: number): boolean {
  const raising = words >= (trust.minWords ?? MODEL_RAISE_MIN_WORDS[guess.flag]);
  const trusted = raising && words <= MODEL_TRUSTED_MAX_WORDS;
  if (guess.sense) return trusted && guess.p >= (trust.overSense?.at ?? Infinity);
  const short =
    !raising &&
    trust.aloneShort !== undefined &&
    words >= trust.aloneShort.words &&
    guess.p >= trust.aloneShort.at;
  if (short) return true;
  if (raising && guess.evidence && guess.p >= (trust.raiseAt ?? raiseAt)) return true;
  return trusted && guess.p >= aloneFrom(trust, words);
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  ordinary: number;
}

/** One flag's score over the texts under a trust. */
export function scoreFlag(
  texts: readonly DumpedText[],
  flag: RedFlagId,
  trust: FlagRaise,
  raiseAt: number,
): Tally {
  const tally: Tally = { tp: 0, fp: 0, fn: 0, ordinary: 0 };
  for (const t of texts) {
    const guess = t.guesses.find((g) => g.flag === flag);
    const raised = t.rules.includes(flag) || (guess !== undefined && raises(guess, t.words, trust, raiseAt));
    const expected = t.flags.includes(flag);
    if (expected && raised) tally.tp++;
    else if (expected) tally.fn++;
    else if (raised && !t.alsoOk.includes(flag)) {
      tally.fp++;
      if (t.ordinary && !t.rules.includes(flag)) tally.ordinary++;
    }
  }
  return tally;
}

const P = [
  0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999,
];
const NEVER = 1;

/** The trust of one flag chosen on these texts: coordinate ascent from the shipped trust. */
export function chooseTrust(
  texts: readonly DumpedText[],
  flag: RedFlagId,
  cost: number,
  /** How much a change must gain (true flags − cost × false ones) to be taken: against chasing single texts. */
  margin = Number(process.env.MARGIN ?? 0),
): FlagRaise {
  const shipped = MODEL_RAISE[flag] ?? {};
  const limit = scoreFlag(texts, flag, shipped, MODEL_RAISE_AT).ordinary;
  const value = (trust: FlagRaise) => {
    const s = scoreFlag(texts, flag, trust, MODEL_RAISE_AT);
    return s.ordinary > limit ? -Infinity : s.tp - cost * s.fp;
  };
  let best: FlagRaise = { raiseAt: MODEL_RAISE_AT, minWords: MODEL_RAISE_MIN_WORDS[flag], ...shipped };
  let bestValue = value(best);
  const never = (at: number) => (at >= NEVER ? undefined : at);
  const moves: ((t: FlagRaise) => FlagRaise[])[] = [
    (t) => P.map((raiseAt) => ({ ...t, raiseAt })),
    (t) => [...P, NEVER].map((alone) => ({ ...t, alone: never(alone) })),
    (t) => [10, 12, 15, 18, 20, 25].map((minWords) => ({ ...t, minWords })),
    (t) =>
      [...P, NEVER].flatMap((at) =>
        [10, 12, 15].map((words) => ({
          ...t,
          aloneShort: never(at) === undefined ? undefined : { words, at },
        })),
      ),
    (t) =>
      [...P, NEVER].flatMap((at) =>
        [25, 30, 40, 50].map((words) => ({
          ...t,
          aloneLong: never(at) === undefined ? undefined : { words, at },
        })),
      ),
    (t) =>
      t.overSense
        ? P.map((at) => ({ ...t, overSense: { ...(t.overSense as { senses: string[] }), at } }))
        : [],
  ];
  for (let round = 0; round < 4; round++) {
    let improved = false;
    for (const move of moves)
      for (const candidate of move(best)) {
        const v = value(candidate);
        if (v > bestValue + margin) {
          best = candidate;
          bestValue = v;
          improved = true;
        }
      }
    if (!improved) break;
  }
  return best;
}

const add = (a: Tally, b: Tally): Tally => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
  ordinary: a.ordinary + b.ordinary,
});
const zero = (): Tally => ({ tp: 0, fp: 0, fn: 0, ordinary: 0 });
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const show = (s: Tally) =>
  `recall ${pct(s.tp / (s.tp + s.fn))} precision ${pct(s.tp / (s.tp + s.fp))} (TP ${s.tp}, FN ${s.fn}, FP ${s.fp}, ` +
  `ordinary FP ${s.ordinary})`;

type Raise = NonNullable<TextModelFile['raise']>;

/**
 * TRIED='{"name":{"overgreb":{…}}}': further trust to score beside the shipped one, each flag's given fields over the
 * shipped ones (`"alone": null` takes a field away).
 */
const TRIED: [string, Raise][] = Object.entries(
  JSON.parse(process.env.TRIED ?? '{}') as Record<string, Record<string, Record<string, unknown>>>,
).map(([name, change]) => [
  name,
  Object.fromEntries(
    FLAG_ORDER.map((flag) => [
      flag,
      Object.fromEntries(
        Object.entries({ ...MODEL_RAISE[flag], ...change[flag] }).filter(([, v]) => v !== null),
      ),
    ]),
  ) as Raise,
]);

/** Every flag's score over the texts under a trust, and the ordinary concerns given any false red flag. */
export function scoreAll(
  texts: readonly DumpedText[],
  raise: Raise,
  raiseAt: number,
): { perFlag: Record<RedFlagId, Tally>; all: Tally; ordinaryTexts: number } {
  const perFlag = Object.fromEntries(FLAG_ORDER.map((f) => [f, zero()])) as Record<RedFlagId, Tally>;
  let ordinaryTexts = 0;
  for (const t of texts) {
    let falseFlag = false;
    for (const flag of FLAG_ORDER) {
      const s = scoreFlag([t], flag, raise[flag] ?? {}, raiseAt);
      perFlag[flag] = add(perFlag[flag], s);
      if (s.fp > 0) falseFlag = true;
    }
    if (t.ordinary && falseFlag) ordinaryTexts++;
  }
  const all = FLAG_ORDER.reduce((sum, f) => add(sum, perFlag[f]), zero());
  return { perFlag, all, ordinaryTexts };
}

const chooseAll = (texts: readonly DumpedText[], cost: number): Raise =>
  Object.fromEntries(FLAG_ORDER.map((flag) => [flag, chooseTrust(texts, flag, cost)])) as Raise;

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tuneRaise <dump.jsonl>');
  const cost = Number(process.env.COST ?? 3);
  /** NEWEST=11a,13a,13b: also the figures on these batches alone (writers the model had never seen). */
  const newest = (process.env.NEWEST ?? '').split(',').filter(Boolean);
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DumpedText);
  const batches = [...new Set(texts.map((t) => t.batch))];
  console.log(`${texts.length} texts in ${batches.length} batches; cost of a false flag ${cost}`);
  const report = (name: string, scored: ReturnType<typeof scoreAll>[]) => {
    const perFlag = Object.fromEntries(
      FLAG_ORDER.map((f) => [f, scored.reduce((sum, s) => add(sum, s.perFlag[f]), zero())]),
    ) as Record<RedFlagId, Tally>;
    const all = scored.reduce((sum, s) => add(sum, s.all), zero());
    const ordinary = scored.reduce((sum, s) => sum + s.ordinaryTexts, 0);
    console.log(`${name}: ${show(all)}, ordinary concerns with a false red flag ${ordinary}`);
    for (const f of FLAG_ORDER) console.log(`    ${f.padEnd(15)}${show(perFlag[f])}`);
  };
  const byBatch = batches.map((batch) => {
    const inside = texts.filter((t) => t.batch === batch);
    const others = texts.filter((t) => t.batch !== batch);
    const rules = scoreAll(
      inside.map((t) => ({ ...t, guesses: [] })),
      {},
      MODEL_RAISE_AT,
    );
    return {
      batch,
      rules,
      shipped: scoreAll(inside, MODEL_RAISE, MODEL_RAISE_AT),
      nested: scoreAll(inside, chooseAll(others, cost), MODEL_RAISE_AT),
      tried: TRIED.map(([, raise]) => scoreAll(inside, raise, MODEL_RAISE_AT)),
      every: scoreAll(
        inside,
        Object.fromEntries(FLAG_ORDER.map((f) => [f, { alone: 0.75, raiseAt: 0.75, minWords: 10 }])) as Raise,
        0.75,
      ),
    };
  });
  for (const [name, pick] of [
    ['all batches', () => true],
    [`newest (${newest.join(', ')})`, (b: string) => newest.some((n) => b.includes(n))],
  ] as const) {
    const chosen = byBatch.filter((b) => pick(b.batch));
    if (chosen.length === 0) continue;
    console.log(`== ${name}: ${chosen.length} batches`);
    for (const [label, part] of [
      ['  rules alone', 'rules'],
      ['  shipped trust', 'shipped'],
      ['  trust chosen on the other batches', 'nested'],
      ['  every guess from 0.75, 10+ words', 'every'],
    ] as const)
      report(
        label,
        chosen.map((b) => b[part]),
      );
    TRIED.forEach(([name], i) =>
      report(
        `  ${name}`,
        chosen.map((b) => b.tried[i] as ReturnType<typeof scoreAll>),
      ),
    );
  }
  const final = chooseAll(texts, cost);
  console.log(`chosen on all batches: ${JSON.stringify(final)}`);
  report('  (in sample)', [scoreAll(texts, final, MODEL_RAISE_AT)]);
}

if (require.main === module) main();
