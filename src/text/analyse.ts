import type { NationalKnowledge, RedFlagId, TextModelFile } from '../knowledge/schema';
import {
  adoptConceptIndex,
  compileLexicon,
  findConcepts,
  findCorroboration,
  matchRules,
  lexiconTokens,
  scopeOf,
  type CompiledLexicon,
  type NegationMemo,
  type PatternHit,
} from './matcher';
import { compileTextModel, deniedShare, scoreText, type CompiledTextModel } from './model';
import type { Token } from './tokens';

export interface TextHit<Id extends string = string> {
  id: Id;
  /** The words in the text that matched. */
  matched: string;
  /**
   * Which lexicon pattern found it (`national` for a signal's own phrases in national.yaml), or `model` for a red
   * flag only the statistical model found: a guess, not a rule; `matched` then lists the words that weighed most.
   */
  pattern?: string;
  /** For a model's guess: its probability (0-1). */
  probability?: number;
  /**
   * For a model's guess raised in mode `corroborated`: the rules' partial evidence for the same flag (the words and
   * the pattern whose act they are), so the card names the words that matched, not only the model's.
   */
  corroboratedBy?: {
    matched: string;
    pattern: string;
    /**
     * The word sense in which the rules read those words (`uheld`, `spil_film`, …), when the model is trusted over it
     * (the model file's `raise.<flag>.overSense`).
     */
    sense?: string;
  };
}

export interface ExcludedHit extends TextHit {
  /** The word sense that made the words mean something else (`sport`, `barn_slaar_andre`, …). */
  sense: string;
}

export interface TextAnalysis {
  readonly redFlags: readonly Readonly<TextHit<RedFlagId>>[];
  readonly signals: readonly Readonly<TextHit>[];
  /**
   * Red flags only the text model found, when its mode is `suggest`: a statistical guess, shown with the words that
   * weighed most, never acted on (in mode `flag` they are in `redFlags` instead, with pattern `model`).
   */
  readonly modelGuesses: readonly Readonly<TextHit<RedFlagId>>[];
  /** Phrases that were found but read as negated ("ingen tegn på vold"): shown, never acted on. */
  readonly negated: readonly Readonly<TextHit>[];
  /** Phrases read in another sense ("sparkede til bolden", "slog sig"): shown, never acted on. */
  readonly excluded: readonly Readonly<ExcludedHit>[];
}

/** The compiled lexicon and model; build it once at start-up and pass it to every `analyseText`. */
export type Lexicon = CompiledLexicon & {
  /** The statistical backstop (knowledge/textModel.json); absent, the rules stand alone. */
  model?: CompiledTextModel;
  /** Signal → the red flag it implies, so the model does not repeat a flag a signal already raised or denied. */
  impliedFlags: ReadonlyMap<string, RedFlagId>;
};

/**
 * Compiles the text lexicon (knowledge/lexicon.yaml and the signal phrases of national.yaml) and the text model
 * (knowledge/textModel.json, when `national.textModel` is set) once, at start-up. The concepts of lexicon.yaml,
 * nearly all of the work, are compiled once per knowledge and shared: a lexicon built from the same knowledge with
 * other signals (the engine's cues) or another model compiles only its own phrases.
 */
export function buildLexicon(national: NationalKnowledge): Lexicon {
  const compiled = compileLexicon(national);
  const model = national.textModel ? compileTextModel(national.textModel) : undefined;
  return {
    ...compiled,
    // A model that weighs concepts reads every one, not only the rules' (see conceptsRead).
    conceptsRead: model?.config.concepts ? undefined : compiled.conceptsRead,
    model,
    impliedFlags: new Map(
      national.signals.flatMap((s) => (s.impliesRedFlag ? [[s.id, s.impliesRedFlag]] : [])),
    ),
  };
}

const lexiconsOf = new WeakMap<NationalKnowledge, Lexicon>();

/**
 * The lexicon of this knowledge, built on its first use and then shared: the bot's reading of each message and the
 * engine's findings read with the same one (building it is some 250 ms of CPU and it holds some 4 MB, so a second
 * copy cost the first assessment after a start as much).
 */
export function lexiconOf(national: NationalKnowledge): Lexicon {
  let lexicon = lexiconsOf.get(national);
  if (!lexicon) {
    lexicon = buildLexicon(national);
    lexiconsOf.set(national, lexicon);
  }
  return lexicon;
}

/**
 * Makes `lexicon`, compiled from exactly this `national` earlier (the start-up cache, src/host/startupData.ts),
 * the one `lexiconOf(national)` gives.
 */
export function adoptLexicon(national: NationalKnowledge, lexicon: Lexicon): void {
  lexiconsOf.set(national, lexicon);
  adoptConceptIndex(national.lexicon, lexicon.concepts);
}

/**
 * The model learnt from descriptions (most of 10-40 words). On a short answer ("6", "Mor siger, at det går bedre.",
 * "Han kalder på mor i garderoben") it weighs everyday words it has mostly seen in disclosures and guessed abuse, so
 * it keeps quiet below this many words; the rules still read every answer.
 */
const MODEL_MIN_WORDS = 10;

/**
 * A guess is raised as a red flag (corroborated, alone or over another sense) only in a description of this many
 * words; in a shorter one it is only suggested. In a single short sentence one word weighs too much: »Forældrene har
 * meldt ham ud af skolen, fordi familien flytter til Odense.« Abuse needs more words: its everyday words (an adult, a
 * gift, a bed) weigh most, and in one sentence »En voksen fra klubben har givet ham en gave til hans fødselsdag, og hans
 * mor hentede ham« scores 0.96. Leave-one-batch-out over 27 batches: 20 words for every flag lost 4 red flags of 4,551
 * and one ordinary concern's false red flag.
 */
export const MODEL_RAISE_MIN_WORDS: Readonly<Record<RedFlagId, number>> = {
  overgreb: 20,
  social_kontrol: 15,
  radikalisering: 15,
};

/**
 * The model is trusted alone or over another sense (`raise`) only as far as it was measured: the corpus's
 * descriptions have at most 72 words. In a longer text its probabilities run to the extremes (the weights add up
 * with the words faster than the length scaling takes them back), so there it only corroborates or suggests.
 */
export const MODEL_TRUSTED_MAX_WORDS = 80;

/** The probability from which a guess is raised alone in a text of this many words (within the trusted window). */
type FlagRaise = NonNullable<NonNullable<TextModelFile['raise']>[RedFlagId]>;
export function aloneFrom(trust: FlagRaise, words: number): number {
  const alone = trust.alone ?? Infinity;
  return trust.aloneLong && words >= trust.aloneLong.words ? Math.min(alone, trust.aloneLong.at) : alone;
}

/** A model's guess is read as denied when at least this share of its weight stands inside a negation. */
const MODEL_DENIED_SHARE = 0.5;

/** The model's word list as the card quotes it. */
const MODEL_QUOTE = (words: readonly string[]) => words.join(', ');

/** Longest stretch quoted whole; a longer hit is quoted as its parts joined by " … ". */
const QUOTE_WORDS = 8;

/** The text from token `from` to the token before `to`. */
function quoteTokens(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

function quote(text: string, tokens: readonly Token[], hit: PatternHit): string {
  const sameSentence = tokens[hit.from]?.sentence === tokens[hit.to - 1]?.sentence;
  if (hit.to - hit.from <= QUOTE_WORDS && sameSentence) return quoteTokens(text, tokens, hit.from, hit.to);
  return hit.spans.map((s) => quoteTokens(text, tokens, s.from, s.to)).join(' … ');
}

/**
 * How many analyses of recent texts each lexicon keeps: one turn reads the same description several times (the
 * red-flag watch, the engine's findings and cues, the confirmation card's guesses), one read after another with
 * no I/O between them, so other turns cannot come in between. A few are enough; more would keep analyses alive
 * long enough to cost the garbage collector more than they save.
 */
const RECENT_ANALYSES = 4;
/**
 * The lexicon's recent texts and their analyses, oldest first. A short list compared with `===` rather than a map:
 * a map hashes every new text (a few hundred characters) for a look-up that nearly always misses.
 */
const recentAnalyses = new WeakMap<Lexicon, { text: string; analysis: TextAnalysis }[]>();

/**
 * Finds red flags and signals in free Danish text, negation- and sense-aware. Pure; the lexicon comes from
 * knowledge. Each hit quotes the words that matched, so the card can show why. The same text with the same
 * lexicon is read once (the last few texts): the answer is shared, so its lists and hits are read-only.
 */
export function analyseText(text: string, lexicon: Lexicon): TextAnalysis {
  let recent = recentAnalyses.get(lexicon);
  if (!recent) {
    recent = [];
    recentAnalyses.set(lexicon, recent);
  }
  for (const known of recent) if (known.text === text) return known.analysis;
  const analysis = analyseAnew(text, lexicon);
  recent.push({ text, analysis });
  if (recent.length > RECENT_ANALYSES) recent.shift();
  return analysis;
}

/** A hit as the card shows it: the words that matched, quoted from the text. */
function textHit<Id extends string>(
  text: string,
  tokens: readonly Token[],
  h: PatternHit & { id: Id },
): TextHit<Id> {
  return { id: h.id, matched: quote(text, tokens, h), pattern: h.pattern };
}

/** Each id's first hit. */
function firstPerId<T extends TextHit>(list: T[]): T[] {
  return list.filter((h, i) => list.findIndex((x) => x.id === h.id) === i);
}

/** The red flag a hit stands for: its own id, or the flag its signal implies. */
const flagOf = (lexicon: Lexicon, id: string): string => lexicon.impliedFlags.get(id) ?? id;

/** No hits: shared, so read-only. */
const NO_HITS: readonly PatternHit[] = [];

function analyseAnew(text: string, lexicon: Lexicon): TextAnalysis {
  const tokens = lexiconTokens(text, lexicon);
  const concepts = findConcepts(tokens, lexicon, { onlyRead: true });
  const negation: NegationMemo = {};
  const flags = matchRules(tokens, concepts, lexicon.redFlags, lexicon, negation);
  const signals = matchRules(tokens, concepts, lexicon.signals, lexicon, negation);
  // The negated or excluded readings of a rule none of whose patterns hit (most texts have none).
  let others = NO_HITS;
  if (flags.other.length > 0 || signals.other.length > 0) {
    const positive = new Set<string>();
    for (const h of flags.positive) positive.add(h.id);
    for (const h of signals.positive) positive.add(h.id);
    others = [...flags.other, ...signals.other].filter((h) => !positive.has(h.id));
  }
  const redFlags: TextHit<RedFlagId>[] = flags.positive.map((h) => textHit(text, tokens, h));
  const modelDenied: TextHit[] = [];
  const modelGuesses: TextHit<RedFlagId>[] = [];
  if (lexicon.model && tokens.length >= MODEL_MIN_WORDS) {
    // The model only adds: not a flag the rules raised (directly or through a signal), and not one the rules read
    // as denied or meant otherwise ("ingen tegn på vold", "sparkede til bolden").
    const settled = new Set<string>();
    const { config, mode, raiseAt, raise } = lexicon.model;
    for (const h of flags.positive) settled.add(flagOf(lexicon, h.id));
    for (const h of signals.positive) settled.add(flagOf(lexicon, h.id));
    for (const h of others) if (!h.excludedBy) settled.add(flagOf(lexicon, h.id));
    // Words the rules read in another sense (nothing of the flag raised or denied): the model is asked only when
    // every such reading is one of the senses it is trusted over (`overSense`: an accident a parent explains, not a
    // film or a game); the first hit is quoted.
    const otherSense = new Map<string, PatternHit>();
    for (const h of others) {
      const flag = flagOf(lexicon, h.id);
      if (settled.has(flag)) continue;
      const trusted = mode === 'corroborated' ? raise[flag as RedFlagId]?.overSense?.senses : undefined;
      if (!trusted?.includes(h.excludedBy ?? '')) {
        settled.add(flag);
        otherSense.delete(flag);
      } else if (!otherSense.has(flag)) otherSense.set(flag, h);
    }
    const found = config.concepts ? { spans: concepts, names: lexicon.conceptNames } : undefined;
    const negated = config.negation || config.concepts ? scopeOf(tokens, lexicon, negation) : undefined;
    for (const guess of scoreText(tokens, negated, lexicon.model, settled, found).guesses) {
      const guessHit = {
        id: guess.id,
        matched: MODEL_QUOTE(guess.words),
        pattern: 'model',
        probability: Math.round(guess.probability * 100) / 100,
      };
      // Resting mostly on words inside a denial ("ingen tegn på at …"): read as denied, like the rules would.
      if (deniedShare(guess, scopeOf(tokens, lexicon, negation)) >= MODEL_DENIED_SHARE) {
        if (guess.probability >= lexicon.model.threshold) modelDenied.push(guessHit);
        continue;
      }
      if (mode === 'flag') {
        redFlags.push(guessHit);
        continue;
      }
      const trust = raise[guess.id] ?? {};
      const raising = tokens.length >= (trust.minWords ?? MODEL_RAISE_MIN_WORDS[guess.id]);
      const trusted = raising && tokens.length <= MODEL_TRUSTED_MAX_WORDS;
      // A text shorter than `minWords`: raised only from the higher `aloneShort.at`, with or without evidence.
      const short =
        !raising &&
        mode === 'corroborated' &&
        trust.aloneShort !== undefined &&
        tokens.length >= trust.aloneShort.words &&
        guess.probability >= trust.aloneShort.at;
      const sense = otherSense.get(guess.id);
      if (sense) {
        // Only asked because the flag has `overSense`; below it the rules' other reading stands, as before.
        if (trusted && guess.probability >= (trust.overSense?.at ?? Infinity))
          redFlags.push({
            ...guessHit,
            corroboratedBy: {
              matched: quote(text, tokens, sense),
              pattern: sense.pattern,
              sense: sense.excludedBy,
            },
          });
        continue;
      }
      const evidence =
        (raising && mode === 'corroborated' && guess.probability >= (trust.raiseAt ?? raiseAt)) || short
          ? findCorroboration(tokens, concepts, guess.id, lexicon, negation)
          : undefined;
      if (evidence)
        redFlags.push({
          ...guessHit,
          corroboratedBy: { matched: quote(text, tokens, evidence), pattern: evidence.pattern },
        });
      else if (
        (trusted && mode === 'corroborated' && guess.probability >= aloneFrom(trust, tokens.length)) ||
        short
      )
        redFlags.push(guessHit);
      // Scored below `threshold` only for a raise that did not come: not even a suggestion.
      else if (guess.probability >= lexicon.model.threshold) modelGuesses.push(guessHit);
    }
  }
  return {
    redFlags,
    signals: signals.positive.map((h) => textHit(text, tokens, h)),
    modelGuesses,
    negated: [
      ...firstPerId(others.filter((h) => h.negated).map((h) => textHit(text, tokens, h))),
      ...modelDenied,
    ],
    excluded: firstPerId(
      others
        .filter((h) => h.excludedBy)
        .map((h) => ({ ...textHit(text, tokens, h), sense: h.excludedBy ?? '' })),
    ),
  };
}
