import type { RedFlagId, TextModelFile } from '../knowledge/schema';
import type { Token } from './tokens';

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
): string[] {
  const features: string[] = [];
  tokens.forEach((token, i) => {
    if (!counts(token)) return;
    features.push(...wordFeatures(token.folded, token.stem, config));
    if (config.negation && negated?.[i]) features.push(`n:${token.stem}`);
    const previous = tokens[i - 1];
    if (config.bigrams && previous && previous.sentence === token.sentence)
      features.push(bigramOf(previous, token));
  });
  return features;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

interface WordScore {
  /** Summed weights of the word's own features, per flag. */
  weights: Float64Array;
  features: number;
}

export interface CompiledTextModel {
  config: FeatureConfig;
  mode: TextModelFile['mode'];
  threshold: number;
  /** Mode `corroborated`: the probability from which a guess with the rules' partial evidence is raised. */
  raiseAt: number;
  bias: readonly number[];
  weights: ReadonlyMap<string, readonly number[]>;
  words: Map<string, WordScore>;
}

export function compileTextModel(file: TextModelFile): CompiledTextModel {
  return {
    config: file.features,
    mode: file.mode,
    threshold: file.threshold,
    raiseAt: file.raiseAt ?? file.threshold,
    bias: file.bias,
    weights: new Map(Object.entries(file.weights)),
    words: new Map(),
  };
}

const WORD_CACHE_LIMIT = 50_000;

/** A word's own score; cached, because the same words come back in every message. */
function wordScore(model: CompiledTextModel, token: Token): WordScore {
  let score = model.words.get(token.folded);
  if (!score) {
    const features = wordFeatures(token.folded, token.stem, model.config);
    const weights = new Float64Array(FLAGS);
    for (const feature of features) {
      const w = model.weights.get(feature);
      if (w) for (let f = 0; f < FLAGS; f++) weights[f] = (weights[f] ?? 0) + (w[f] ?? 0);
    }
    score = { weights, features: features.length };
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

/** What token i adds for flag f beyond its own words: its negation feature and half of each bigram it stands in. */
function contextWeight(
  tokens: readonly Token[],
  i: number,
  f: number,
  negated: readonly boolean[] | undefined,
  model: CompiledTextModel,
): number {
  const { config, weights } = model;
  const token = tokens[i] as Token;
  let sum = config.negation && negated?.[i] ? (weights.get(`n:${token.stem}`)?.[f] ?? 0) : 0;
  if (!config.bigrams) return sum;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (previous && previous.sentence === token.sentence)
    sum += (weights.get(bigramOf(previous, token))?.[f] ?? 0) / 2;
  if (next && next.sentence === token.sentence) sum += (weights.get(bigramOf(token, next))?.[f] ?? 0) / 2;
  return sum;
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
): { probabilities: number[]; guesses: ModelGuess[] } {
  const { config, weights } = model;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!counts(token)) continue;
    const own = wordScore(model, token);
    s0 += own.weights[0] ?? 0;
    s1 += own.weights[1] ?? 0;
    s2 += own.weights[2] ?? 0;
    count += own.features;
    if (config.negation && negated?.[i]) {
      count++;
      const w = weights.get(`n:${token.stem}`);
      if (w) {
        s0 += w[0] ?? 0;
        s1 += w[1] ?? 0;
        s2 += w[2] ?? 0;
      }
    }
    const previous = tokens[i - 1];
    if (config.bigrams && previous && previous.sentence === token.sentence) {
      count++;
      const w = weights.get(bigramOf(previous, token));
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
  FLAG_ORDER.forEach((id, f) => {
    const probability = probabilities[f] ?? 0;
    if (probability < model.threshold || settled.has(id)) return;
    const ranked = tokens
      .map((token, index) => ({
        index,
        weight: counts(token)
          ? (wordScore(model, token).weights[f] ?? 0) + contextWeight(tokens, index, f, negated, model)
          : 0,
      }))
      .filter((x) => x.weight > 0)
      .sort((a, b) => b.weight - a.weight);
    const words = [...new Set(ranked.map((x) => tokens[x.index]?.surface ?? ''))].slice(0, EXPLAINING_WORDS);
    guesses.push({ id, probability, words, weighed: ranked });
  });
  return { probabilities, guesses };
}
