import type { RedFlagId, TextModelFile } from '../knowledge/schema';
import type { Span } from './matcher';
import { gramAt, gramTableOf, type GramTable } from './gramTable';
import type { Token } from './tokens';

/**
 * The rules' concepts found in a text (findConcepts: concept index → spans) and their names, so the model can
 * weigh a concept (`k:<name>`, or `kn:<name>` inside a negation's scope) where the phrasing is new but the
 * lexicon knows the words: "tævede" and "gav ham en lussing" are both the concept `slaa`.
 */
export interface ConceptsFound {
  spans: readonly (readonly Span[] | undefined)[];
  names: readonly string[];
}

/** Each concept occurrence as a feature, with the tokens it covers (for explaining a guess). */
export function conceptFeatures(
  concepts: ConceptsFound | undefined,
  negated: readonly boolean[] | undefined,
  /** With the tokens: pairs of concepts in one sentence too. */
  tokens?: readonly Token[],
  pairs = false,
): { feature: string; span: Span }[] {
  const found: { feature: string; span: Span }[] = [];
  if (!concepts) return found;
  const occurrences: { name: string; span: Span; negated: boolean }[] = [];
  concepts.spans.forEach((spans, c) => {
    const name = concepts.names[c];
    if (!spans || name === undefined) return;
    for (const span of spans) {
      const isNegated = negated?.[span.from] === true;
      occurrences.push({ name, span, negated: isNegated });
      found.push({ feature: `${isNegated ? 'kn' : 'k'}:${name}`, span });
    }
  });
  if (!pairs || !tokens) return found;
  // Two concepts in one sentence, neither negated, in text order ("kk:voksen slaa"): who did what, as the rules'
  // relations read it, but learnt for any pair.
  occurrences.sort((a, b) => a.span.from - b.span.from || a.name.localeCompare(b.name));
  for (let i = 0; i < occurrences.length; i++) {
    const a = occurrences[i] as (typeof occurrences)[number];
    if (a.negated) continue;
    for (let j = i + 1; j < occurrences.length; j++) {
      const b = occurrences[j] as (typeof occurrences)[number];
      if (tokens[b.span.from]?.sentence !== tokens[a.span.from]?.sentence) break;
      if (b.negated || b.name === a.name || b.span.from < a.span.to) continue;
      found.push({ feature: `kk:${a.name} ${b.name}`, span: { from: a.span.from, to: b.span.to } });
    }
  }
  return found;
}

/**
 * The statistical backstop: one logistic regression per red flag over readable features of the words. The
 * features only look at the folded words and their stems, so ae/oe/aa spellings and inflections fall together:
 * `w:<stem>`, `c:<n letters of ^word$>` (n-grams inside a word, which carry compounds such as "kælderrum"),
 * `b:<stem> <stem>` (neighbours in one sentence) and `n:<stem>` (a word inside a negation's scope). The vector is
 * scaled by 1/√(number of features), so long and short texts weigh alike.
 */
export type FeatureConfig = TextModelFile['features'];

export const FLAG_ORDER = [
  'overgreb',
  'social_kontrol',
  'radikalisering',
] as const satisfies readonly RedFlagId[];
const FLAGS = FLAG_ORDER.length;

/** The features of one word on its own: its stem and its letter n-grams. */
export function wordFeatures(folded: string, stem: string, config: FeatureConfig): string[] {
  const features = [`w:${stem}`];
  const marked = `^${folded}$`;
  const [shortest, longest] = config.charGrams;
  for (let n = shortest; n <= longest; n++)
    for (let i = 0; i + n <= marked.length; i++) features.push(`c:${marked.slice(i, i + n)}`);
  return features;
}

const bigramOf = (a: Token, b: Token) => `b:${a.stem} ${b.stem}`;
const skipGramOf = (a: Token, b: Token) => `s:${a.stem} ${b.stem}`;

/**
 * Numbers carry no features: ages and times stand in nearly every description, but the corpus's abuse sentences
 * name small children's ages more often than its negatives do, and the model learnt "8" as a sign of violence.
 */
const NUMBER = /^\d+$/;
const counts = (token: Token) => !NUMBER.test(token.folded);

/** Every feature of a text, with repeats; training and `scoreText` read the same list. */
export function textFeatures(
  tokens: readonly Token[],
  negated: readonly boolean[] | undefined,
  config: FeatureConfig,
  concepts?: ConceptsFound,
): string[] {
  const repeat = config.concepts ?? 0;
  const features: string[] = conceptFeatures(
    repeat > 0 ? concepts : undefined,
    negated,
    tokens,
    config.conceptPairs,
  ).flatMap((c) => new Array<string>(repeat).fill(c.feature));
  tokens.forEach((token, i) => {
    if (!counts(token)) return;
    features.push(...wordFeatures(token.folded, token.stem, config));
    if (config.negation && negated?.[i]) features.push(`n:${token.stem}`);
    const previous = tokens[i - 1];
    if (config.bigrams && previous && previous.sentence === token.sentence)
      features.push(bigramOf(previous, token));
    const before = tokens[i - 2];
    if (config.skipGrams && before && before.sentence === token.sentence)
      features.push(skipGramOf(before, token));
  });
  return features;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** What the model makes of one word, whatever stands around it; cached per word. */
interface WordScore {
  /** Summed weights of the word's own features, per flag. */
  weights: readonly number[];
  features: number;
  /** A number, which carries no features (`counts`). */
  isNumber: boolean;
  /** The row of its `n:` feature, for the word inside a negation's scope. */
  negatedRow: readonly number[] | undefined;
  /** The rows of the `b:` features with this word first, by the stem of the word after it. */
  bigramsAsFirst: ReadonlyMap<string, readonly number[]> | undefined;
}

export interface CompiledTextModel {
  config: FeatureConfig;
  mode: TextModelFile['mode'];
  threshold: number;
  /** Mode `corroborated`: the probability from which a guess with the rules' partial evidence is raised. */
  raiseAt: number;
  /** Mode `corroborated`: per flag, the probabilities from which a guess is raised alone or over another sense. */
  raise: NonNullable<TextModelFile['raise']>;
  /**
   * The lowest probability at which anything is done with a guess: `threshold` (suggested), or in mode `corroborated`
   * a lower probability at which a flag is raised. A guess below `threshold` is raised or dropped, never suggested.
   */
  guessFrom: number;
  bias: readonly number[];
  /** Every feature's weights but a word's own (`w:` and `c:`), which are in `stems` and `grams`. */
  weights: ReadonlyMap<string, readonly number[]>;
  /**
   * The `w:` weights by stem and the `c:` weights by letter n-gram, without the prefix: a word seen for the first time
   * looks up a dozen or more of them, and building each feature's name was a good part of the cost.
   */
  stems: ReadonlyMap<string, readonly number[]>;
  grams: GramTable;
  /** The `n:` weights (a word inside a negation's scope) by stem: a small map, looked up for every new word. */
  negations: ReadonlyMap<string, readonly number[]>;
  /** The `b:` weights as first stem → second stem → row, so scoring builds no strings. */
  bigrams: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** The `s:` weights (stems two apart) the same way. */
  skipGrams: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  words: Map<string, WordScore>;
}

/** A concept's row as found (`k:`) and inside a negation's scope (`kn:`), by the lexicon's concept index. */
interface ConceptRows {
  plain: (readonly number[] | undefined)[];
  negated: (readonly number[] | undefined)[];
}

/**
 * The `k:`/`kn:` rows by concept index, per model and lexicon (keyed by its concept names): building `k:<name>` for
 * every concept a text holds and looking it up cost more than the rest of the model's scoring. Kept beside the
 * compiled model, not in it: the start-up cache serializes the model, and a WeakMap cannot be (src/host/startupData.ts).
 */
const conceptRowsByModel = new WeakMap<CompiledTextModel, WeakMap<readonly string[], ConceptRows>>();

function conceptRowsFor(model: CompiledTextModel, names: readonly string[]): ConceptRows {
  let byNames = conceptRowsByModel.get(model);
  if (!byNames) conceptRowsByModel.set(model, (byNames = new WeakMap()));
  let rows = byNames.get(names);
  if (!rows) {
    rows = {
      plain: names.map((name) => model.weights.get(`k:${name}`)),
      negated: names.map((name) => model.weights.get(`kn:${name}`)),
    };
    byNames.set(names, rows);
  }
  return rows;
}

function pairTable(weights: Record<string, readonly number[]>, prefix: 'b:' | 's:') {
  const table = new Map<string, Map<string, readonly number[]>>();
  for (const [feature, row] of Object.entries(weights)) {
    if (!feature.startsWith(prefix)) continue;
    const [first, second] = feature.slice(2).split(' ');
    if (first === undefined || second === undefined) continue;
    let next = table.get(first);
    if (!next) table.set(first, (next = new Map()));
    next.set(second, row);
  }
  return table;
}

/**
 * The weights apart: a word's own features (`w:`, `c:`) by their stem or n-gram, every other feature by its name, and
 * the `n:` features by their stem as well.
 */
function weightTables(
  weights: Record<string, readonly number[]>,
): Pick<CompiledTextModel, 'weights' | 'stems' | 'grams' | 'negations'> {
  const tables = { weights: new Map(), stems: new Map(), negations: new Map() };
  const grams = new Map<string, readonly number[]>();
  for (const [feature, row] of Object.entries(weights)) {
    if (feature.startsWith('w:')) tables.stems.set(feature.slice(2), row);
    else if (feature.startsWith('c:')) grams.set(feature.slice(2), row);
    else tables.weights.set(feature, row);
    if (feature.startsWith('n:')) tables.negations.set(feature.slice(2), row);
  }
  return { ...tables, grams: gramTableOf(grams, FLAGS) };
}

const bigramWeights = (model: CompiledTextModel, a: Token, b: Token) =>
  model.bigrams.get(a.stem)?.get(b.stem);
const skipGramWeights = (model: CompiledTextModel, a: Token, b: Token) =>
  model.skipGrams.get(a.stem)?.get(b.stem);

export function compileTextModel(file: TextModelFile): CompiledTextModel {
  const raiseAt = file.raiseAt ?? file.threshold;
  const raise = file.raise ?? {};
  const raisedFrom = Object.values(raise).flatMap((r) =>
    [r?.alone, r?.overSense?.at, r?.raiseAt, r?.aloneShort?.at, r?.aloneLong?.at].filter(
      (p): p is number => p !== undefined,
    ),
  );
  return {
    config: file.features,
    mode: file.mode,
    threshold: file.threshold,
    raiseAt,
    raise,
    guessFrom:
      file.mode === 'corroborated' ? Math.min(file.threshold, raiseAt, ...raisedFrom) : file.threshold,
    bias: file.bias,
    ...weightTables(file.weights),
    bigrams: pairTable(file.weights, 'b:'),
    skipGrams: pairTable(file.weights, 's:'),
    words: new Map(),
  };
}

const WORD_CACHE_LIMIT = 50_000;
const NO_WEIGHTS: readonly number[] = [0, 0, 0];

/**
 * The summed weights of a word's own features (`wordFeatures`: its stem, then its letter n-grams, shortest first), added
 * in that order, and how many features it has; looked up by stem and n-gram without building the features' names.
 */
function ownWeights(
  model: CompiledTextModel,
  folded: string,
  stem: string,
): { weights: number[]; features: number } {
  const weights = [0, 0, 0];
  const stemRow = model.stems.get(stem);
  if (stemRow) for (let f = 0; f < FLAGS; f++) weights[f] = (weights[f] ?? 0) + (stemRow[f] ?? 0);
  let features = 1;
  const marked = `^${folded}$`;
  const { grams } = model;
  const [shortest, longest] = model.config.charGrams;
  for (let n = shortest; n <= longest; n++)
    for (let i = 0; i + n <= marked.length; i++) {
      features++;
      const at = gramAt(grams, marked, i, i + n) * grams.width;
      if (at >= 0)
        for (let f = 0; f < FLAGS; f++) weights[f] = (weights[f] ?? 0) + (grams.rows[at + f] as number);
    }
  return { weights, features };
}

/**
 * A word's own score, and the rows of the features it forms with its context; cached, because the same words come
 * back in every message, so a text costs about one map look-up per word.
 */
function wordScore(model: CompiledTextModel, token: Token): WordScore {
  let score = model.words.get(token.folded);
  if (!score && !counts(token)) {
    // A number has no features of its own, only the bigrams it starts; not cached, like its forms (tokens.ts).
    return {
      weights: NO_WEIGHTS,
      features: 0,
      isNumber: true,
      negatedRow: undefined,
      bigramsAsFirst: model.bigrams.get(token.stem),
    };
  }
  if (!score) {
    const own = ownWeights(model, token.folded, token.stem);
    score = {
      weights: own.weights,
      features: own.features,
      isNumber: false,
      negatedRow: model.negations.get(token.stem),
      bigramsAsFirst: model.bigrams.get(token.stem),
    };
    if (model.words.size >= WORD_CACHE_LIMIT) model.words.clear();
    model.words.set(token.folded, score);
  }
  return score;
}

export interface ModelGuess {
  id: RedFlagId;
  probability: number;
  /** The words that weighed most for the flag, heaviest first. */
  words: string[];
  /** Every word that weighed for the flag: its token index and weight, heaviest first. */
  weighed: { index: number; weight: number }[];
}

/**
 * The share of a guess's weight that stands inside a negation ("ingen tegn på at …"): the model does not read
 * negation well, so a guess resting mostly on denied words is itself read as denied.
 */
export function deniedShare(guess: ModelGuess, negated: readonly boolean[]): number {
  let total = 0;
  let denied = 0;
  for (const { index, weight } of guess.weighed) {
    total += weight;
    if (negated[index]) denied += weight;
  }
  return total > 0 ? denied / total : 0;
}

/** How many words a guess quotes as its reason. */
const EXPLAINING_WORDS = 3;

/**
 * The rows of the features token i forms with its neighbours, as the explanation weighs them (half of each bigram and
 * skip-gram it stands in, its negation feature). Looked up once per text, not once per flag and side: `undefined` where
 * the feature does not apply, NO_ROW where it applies but the model has no weight for it (it then adds 0, as before).
 */
interface TokenContext {
  negated: (readonly number[] | undefined)[];
  /** The bigram of token i - 1 and token i. */
  bigramBefore: (readonly number[] | undefined)[];
  /** The skip-gram of token i - 2 and token i (only where token i counts). */
  skipGramBefore: (readonly number[] | undefined)[];
  /** The skip-gram of token i and token i + 2 (only where token i + 2 counts). */
  skipGramAfter: (readonly number[] | undefined)[];
}

const NO_ROW: readonly number[] = [];

function tokenContext(
  tokens: readonly Token[],
  negated: readonly boolean[] | undefined,
  model: CompiledTextModel,
): TokenContext {
  const { config } = model;
  const n = tokens.length;
  const context: TokenContext = {
    negated: new Array<readonly number[] | undefined>(n),
    bigramBefore: new Array<readonly number[] | undefined>(n),
    skipGramBefore: new Array<readonly number[] | undefined>(n),
    skipGramAfter: new Array<readonly number[] | undefined>(n),
  };
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    if (config.negation && negated?.[i]) context.negated[i] = model.negations.get(token.stem) ?? NO_ROW;
    const previous = tokens[i - 1];
    if (config.bigrams && previous && previous.sentence === token.sentence)
      context.bigramBefore[i] = bigramWeights(model, previous, token) ?? NO_ROW;
    const before = tokens[i - 2];
    if (config.skipGrams && before && before.sentence === token.sentence) {
      // Only a counted word (no number) is weighed with the word two before it, or two after it.
      if (counts(token)) {
        const row = skipGramWeights(model, before, token) ?? NO_ROW;
        context.skipGramBefore[i] = row;
        context.skipGramAfter[i - 2] = row;
      }
    }
  }
  return context;
}

/**
 * What token i adds for flag f beyond its own words: its negation feature and half of each bigram and skip-gram it
 * stands in (added in this order, so the sums come out to the last bit as they always have).
 */
function contextWeight(context: TokenContext, i: number, f: number): number {
  const negatedRow = context.negated[i];
  let sum = negatedRow ? (negatedRow[f] ?? 0) : 0;
  const bigramBefore = context.bigramBefore[i];
  if (bigramBefore) sum += (bigramBefore[f] ?? 0) / 2;
  const bigramAfter = context.bigramBefore[i + 1];
  if (bigramAfter) sum += (bigramAfter[f] ?? 0) / 2;
  const skipBefore = context.skipGramBefore[i];
  if (skipBefore) sum += (skipBefore[f] ?? 0) / 2;
  const skipAfter = context.skipGramAfter[i];
  if (skipAfter) sum += (skipAfter[f] ?? 0) / 2;
  return sum;
}

/**
 * Every token that weighed for flag f (its own words' score, its context's, and its share of the concepts it stands
 * in) in text order, heaviest first: the sort is stable, so ties keep text order.
 */
function weighedFor(
  tokens: readonly Token[],
  scores: readonly WordScore[],
  context: TokenContext,
  conceptWeights: readonly { span: Span; w: readonly number[] }[],
  f: number,
): { index: number; weight: number }[] {
  const concepts = conceptSharesByToken(tokens.length, conceptWeights, f);
  const weighed: { index: number; weight: number }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const own = scores[index] as WordScore;
    const weight =
      (own.isNumber ? 0 : (own.weights[f] ?? 0) + contextWeight(context, index, f)) +
      (concepts[index] as number);
    if (weight > 0) weighed.push({ index, weight });
  }
  return weighed.sort((a, b) => b.weight - a.weight);
}

/**
 * Each token's share of the concepts it stands in for flag f: a concept's weight split evenly over the tokens it covers,
 * summed in conceptWeights' order (so the sums are the same to the last bit as adding them token by token). One pass
 * over the concepts, not one per token: a text holds a hundred concept occurrences and more.
 */
function conceptSharesByToken(
  length: number,
  conceptWeights: readonly { span: Span; w: readonly number[] }[],
  f: number,
): Float64Array {
  const shares = new Float64Array(length);
  for (const { span, w } of conceptWeights) {
    const share = (w[f] ?? 0) / (span.to - span.from);
    for (let index = span.from; index < span.to && index < length; index++)
      shares[index] = (shares[index] as number) + share;
  }
  return shares;
}

/** The first `EXPLAINING_WORDS` different words, as written, of the weighed tokens. */
function explainingWords(tokens: readonly Token[], weighed: readonly { index: number }[]): string[] {
  const words: string[] = [];
  for (const { index } of weighed) {
    const word = tokens[index]?.surface ?? '';
    if (!words.includes(word)) words.push(word);
    if (words.length === EXPLAINING_WORDS) break;
  }
  return words;
}

/** Each concept occurrence the model has weights for, with its row times `concepts` (what scoreText summed). */
function conceptShares(
  tokens: readonly Token[],
  negated: readonly boolean[] | undefined,
  model: CompiledTextModel,
  concepts: ConceptsFound | undefined,
): { span: Span; w: readonly number[] }[] {
  const { config, weights } = model;
  const repeat = config.concepts ?? 0;
  const shares: { span: Span; w: readonly number[] }[] = [];
  const add = (w: readonly number[] | undefined, span: Span) => {
    if (w) shares.push({ span, w: [(w[0] ?? 0) * repeat, (w[1] ?? 0) * repeat, (w[2] ?? 0) * repeat] });
  };
  if (repeat > 0 && concepts && !config.conceptPairs) {
    const rows = conceptRowsFor(model, concepts.names);
    concepts.spans.forEach((spans, c) => {
      if (!spans || concepts.names[c] === undefined) return;
      for (const span of spans) add((negated?.[span.from] === true ? rows.negated : rows.plain)[c], span);
    });
  } else if (repeat > 0) {
    for (const { feature, span } of conceptFeatures(concepts, negated, tokens, config.conceptPairs))
      add(weights.get(feature), span);
  }
  return shares;
}

/**
 * The model's probability per flag, and for each flag at or above the threshold and not `settled` the words that
 * weighed most
 * (a word's own features, plus its negation feature and half of each bigram it stands in). The words' own
 * scores are cached, so a text costs about one map look-up per word.
 */
export function scoreText(
  tokens: readonly Token[],
  negated: readonly boolean[] | undefined,
  model: CompiledTextModel,
  /** Flags already settled by the rules: scored, but not explained. */
  settled: ReadonlySet<string> = new Set(),
  /** The rules' concepts in the text, for a model trained with `concepts`. */
  concepts?: ConceptsFound,
): { probabilities: number[]; guesses: ModelGuess[] } {
  const { config, weights } = model;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let count = 0;
  // A concept's weight is shared among the tokens it covers, so a guess can name them: those shares are worked out
  // again (conceptShares) only when there is a guess to explain; most texts have none.
  const repeat = config.concepts ?? 0;
  if (repeat > 0 && concepts && !config.conceptPairs) {
    // conceptFeatures' order (concept index, then span), read from rows by index: the same sums, no strings.
    const rows = conceptRowsFor(model, concepts.names);
    const { spans: spansByConcept, names } = concepts;
    for (let c = 0; c < spansByConcept.length; c++) {
      const spans = spansByConcept[c];
      if (!spans || names[c] === undefined) continue;
      for (let k = 0; k < spans.length; k++) {
        count += repeat;
        const w = (negated?.[(spans[k] as Span).from] === true ? rows.negated : rows.plain)[c];
        if (!w) continue;
        s0 += (w[0] ?? 0) * repeat;
        s1 += (w[1] ?? 0) * repeat;
        s2 += (w[2] ?? 0) * repeat;
      }
    }
  } else if (repeat > 0) {
    for (const { feature } of conceptFeatures(concepts, negated, tokens, config.conceptPairs)) {
      count += repeat;
      const w = weights.get(feature);
      if (!w) continue;
      s0 += (w[0] ?? 0) * repeat;
      s1 += (w[1] ?? 0) * repeat;
      s2 += (w[2] ?? 0) * repeat;
    }
  }
  // Each word's score, kept for the explanation; the one before, for the bigram it starts.
  const scores = new Array<WordScore>(tokens.length);
  let previous: WordScore | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const own = wordScore(model, token);
    scores[i] = own;
    const before = previous;
    previous = own;
    if (own.isNumber) continue;
    s0 += own.weights[0] ?? 0;
    s1 += own.weights[1] ?? 0;
    s2 += own.weights[2] ?? 0;
    count += own.features;
    if (config.negation && negated?.[i]) {
      count++;
      const w = own.negatedRow;
      if (w) {
        s0 += w[0] ?? 0;
        s1 += w[1] ?? 0;
        s2 += w[2] ?? 0;
      }
    }
    if (config.bigrams && before && tokens[i - 1]?.sentence === token.sentence) {
      count++;
      const w = before.bigramsAsFirst?.get(token.stem);
      if (w) {
        s0 += w[0] ?? 0;
        s1 += w[1] ?? 0;
        s2 += w[2] ?? 0;
      }
    }
    const twoBefore = tokens[i - 2];
    if (config.skipGrams && twoBefore && twoBefore.sentence === token.sentence) {
      count++;
      const w = skipGramWeights(model, twoBefore, token);
      if (w) {
        s0 += w[0] ?? 0;
        s1 += w[1] ?? 0;
        s2 += w[2] ?? 0;
      }
    }
  }
  const scale = count > 0 ? 1 / Math.sqrt(count) : 0;
  const sums = [s0, s1, s2];
  const probabilities = FLAG_ORDER.map((_, f) => sigmoid((model.bias[f] ?? 0) + (sums[f] ?? 0) * scale));
  const guesses: ModelGuess[] = [];
  let context: TokenContext | undefined;
  let conceptWeights: { span: Span; w: readonly number[] }[] | undefined;
  for (let f = 0; f < FLAGS; f++) {
    const id = FLAG_ORDER[f] as RedFlagId;
    const probability = probabilities[f] ?? 0;
    if (probability < model.guessFrom || settled.has(id)) continue;
    context ??= tokenContext(tokens, negated, model);
    conceptWeights ??= conceptShares(tokens, negated, model, concepts);
    const weighed = weighedFor(tokens, scores, context, conceptWeights, f);
    guesses.push({ id, probability, words: explainingWords(tokens, weighed), weighed });
  }
  return { probabilities, guesses };
}
