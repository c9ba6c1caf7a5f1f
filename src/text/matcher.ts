import type { LexiconPattern, NationalKnowledge, RedFlagId } from '../knowledge/schema';
import { fold, withinOneEdit } from './fold';
import { banNegators, compileNegation, negationScope, type CompiledNegation } from './negation';
import { isDigits, stem, tokenize, type Token } from './tokens';
import {
  atMostOneBit,
  fuzzyIndexOf,
  letterBits,
  packedTermsOf,
  secondBit,
  termIndexOf,
  termStartsOf,
  type FuzzyIndex,
  type FuzzyWord,
  type PairTerms,
  type Term,
  type TermStart,
} from './wordTables';

/**
 * The compiled text lexicon. Everything that can be done once is done here, at start-up: words are folded and
 * stemmed, terms indexed by their first word, concepts, word senses and patterns turned into numbers. Per text the
 * matcher resolves each distinct word once (cached), finds the concepts, then checks each pattern's relations.
 */

type Word =
  | { kind: 'stem'; surface: string; stem: string }
  | { kind: 'prefix'; prefix: string }
  /** `*brud`: the last part of a Danish compound ("spiralbrud", "ribbensbrud"). */
  | { kind: 'suffix'; suffix: string }
  | { kind: 'exact'; surface: string }
  /** `#18-99`: a number in the range, e.g. an adult's age ("en kæreste på #18-99"). */
  | { kind: 'number'; min: number; max: number };

interface Relation {
  before: number[];
  after: number[];
  near: number[];
  overlap: number[];
  window: number;
  /** Every listed concept must be there (patterns), or one is enough (word senses, by default). */
  all: boolean;
  acrossSentences: boolean;
  /** Word senses look at the whole sentence, across a "men" ("blå mærker, men hun falder hele tiden"). */
  sentenceScope: boolean;
}

interface Sense extends Relation {
  id: string;
  keepIf: Relation[];
}

interface Pattern extends Relation {
  id: string;
  head: number;
  unless: number[];
}

interface Rule<Id extends string> {
  id: Id;
  patterns: Pattern[];
}

/** A pronoun read as an adult already named, when it acts on someone of the other gender ("han … hende"). */
interface Coreference {
  pronoun: string;
  objects: Set<string>;
  antecedent: number;
  concept: number;
  window: number;
  antecedentAnywhere: boolean;
  /** A concept that, named before the pronoun in its sentence, is who the pronoun stands for instead (-1: none). */
  notAfter: number;
}

/** First names defined as adults in the text ("Kim er mors kæreste"). */
interface NamedAdults {
  concept: number;
  copulas: Set<string>;
  window: number;
  notNames: Set<string>;
}

/**
 * Words and terms, numbered: the words of the terms folded and stemmed, indexed by their first word. The concepts of
 * lexicon.yaml make one index (some 45,000 terms, the costly part of compiling); the phrases of the rules on top of
 * them (the signals' own phrases in national.yaml, or the engine's cues) make a second, small one whose words and
 * concepts are numbered on from the first's, so that lexicons reading other phrases share the first.
 */
export interface WordIndex {
  /** The id of this index's first word and of its first concept (0, or where the index below it ends). */
  firstWord: number;
  firstConcept: number;
  /** This index's own words: the word with id `firstWord + i` is `words[i]`. */
  words: Word[];
  /** Each of its own words as written in the lexicon (lower-cased) → its id, so an index on top reuses the id. */
  wordIds: Map<string, number>;
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  prefixes: Map<string, number[]>;
  suffixes: Map<string, number[]>;
  /** Words long enough to be matched with one typo. */
  fuzzy: number[];
  /** Number ranges (`#18-99`). */
  numbers: number[];
  /** One-word terms by their word: the concepts they stand for, each once. */
  singleWordTerms: Map<number, number[]>;
  /** Longer terms by their first and second word ("af" → "sin" → [af sin far, af sin mor, …]). */
  termsByFirstWords: Map<number, Map<number, Term[]>>;
  /** Its own concepts: concept `firstConcept + i` is `conceptNames[i]`. */
  conceptNames: string[];
}

export interface CompiledLexicon {
  /** lexicon.yaml's concepts, shared by every lexicon compiled from the same concepts (`conceptIndexOf`). */
  concepts: WordIndex;
  /** The rules' own phrases, numbered on from `concepts`. */
  phrases: WordIndex;
  /** Concept indices of pattern heads that never corroborate a model's guess (lexicon `corroboration`). */
  notCorroborating: Set<number>;
  notTypos: Set<string>;
  /** Folded short or spoken form → the standard word(s) it is read as (lexicon `colloquial`). */
  colloquial: Map<string, readonly StandardWord[]>;
  /** Every concept's name, by its index (both word indexes). */
  conceptNames: string[];
  /** Concepts that include others: their spans are joined after matching (lexicon `include`). */
  includes: { concept: number; from: number[] }[];
  senses: Sense[];
  redFlags: Rule<RedFlagId>[];
  signals: Rule<string>[];
  negation: CompiledNegation;
  coreference: Coreference[];
  namedAdults?: NamedAdults;
  /** Folded word → ids of the lexicon words it matches. Bounded. */
  cache: Map<string, number[]>;
  /** Word id → the terms it starts, in both word indexes (wordTables.ts). */
  termStarts: (TermStart | undefined)[];
  /** The typo-tolerant words of both word indexes, by first letter and length. */
  fuzzy: FuzzyIndex;
  /**
   * The concepts an analysis reads (1 by concept index: the rules' patterns and word senses, and what those concepts
   * are made of), or undefined when it reads every one (a text model weighing concepts). The engine's cues read two of
   * some 540 (the bot's rules nearly all, so they are left undefined): an analysis finds only these
   * (`findConcepts(…, { onlyRead: true })`).
   */
  conceptsRead?: Uint8Array;
  /**
   * Every beginning of two letters or more of the prefixes (`ekstremis*`) of both word indexes → the ids of the
   * prefixes it is, the shared concepts' first (empty: only the beginning of longer ones). A word's prefixes are looked
   * up only as long as its beginning is one of these: most words' first letters begin none.
   */
  prefixesByBeginning: Map<string, number[]>;
  /** The shortest and longest compound suffix (`*brud`) of both word indexes. */
  suffixLengths: LengthRange;
  /**
   * The number ranges (`#18-99`) of both word indexes, the shared concepts' first, side by side as id, least and
   * greatest value: every number in a text is looked up anew (they are not cached), and reading the ranges from the
   * words spread over the memory was most of that.
   */
  numberRanges: Float64Array;
  /** Word id → the terms it starts of the concepts read (null: none), filtered on the word's first use. */
  termStartsRead: (TermStart | null | undefined)[];
}

/**
 * Typos: a written word of at least FUZZY_MIN_LENGTH letters matches a lexicon word one edit away (Damerau); a
 * shorter one (5-6 letters) only when it lacks one letter of a 6+ letter word ("halsn"). Shorter words never:
 * "slå"/"slag"/"sag" are too close to each other.
 */
const FUZZY_MIN_LENGTH = 7;
const MISSING_LETTER_MIN_LENGTH = 5;
const FUZZY_WORD_MIN_LENGTH = 6;
const CACHE_LIMIT = 50_000;

/** Words shorter than this are matched exactly (after folding), not by stem. */
const STEM_MIN_LENGTH = 5;
const SHORT_STEM = 4;
const NUMBER_RANGE = /^#(\d+)-(\d+)$/;
/** What separates a term's words: spaces and apostrophes (hyphens too, except in a number range). */
const WORD_BREAK = /[\s']+/;

function compileWord(raw: string): Word {
  const range = NUMBER_RANGE.exec(raw);
  if (range) return { kind: 'number', min: Number(range[1]), max: Number(range[2]) };
  if (raw.startsWith('=')) return { kind: 'exact', surface: fold(raw.slice(1)) };
  if (raw.startsWith('*')) return { kind: 'suffix', suffix: fold(raw.slice(1)) };
  if (raw.endsWith('*')) return { kind: 'prefix', prefix: fold(raw.slice(0, -1)) };
  const surface = fold(raw);
  // Short words and words with a short stem are compared as written: their stems collide ("hans" → "han",
  // "gange" → "gang", "lægen" → "læg" like "lægger").
  const wordStem = stem(surface);
  if (surface.length < STEM_MIN_LENGTH || wordStem.length < SHORT_STEM) return { kind: 'exact', surface };
  return { kind: 'stem', surface, stem: wordStem };
}

/** More choices than this in one term is a mistake in the lexicon, not a way of saying something. */
const MAX_EXPANSIONS = 2048;

/**
 * "{ned|nede} i {bukserne|shortsene}" → the four terms; "{|lidt} mærkeligt" → "mærkeligt", "lidt mærkeligt"; a
 * choice may hold several words ("{gør ondt|svier}").
 */
export function expandChoices(term: string): string[] {
  let results = [''];
  for (const word of term.match(/\{[^}]*\}|\S+/g) ?? []) {
    const choices = word.startsWith('{') ? word.slice(1, -1).split('|') : [word];
    const next: string[] = [];
    for (const head of results)
      for (const c of choices) next.push(c === '' ? head : head ? `${head} ${c}` : c);
    results = next;
    if (results.length > MAX_EXPANSIONS) throw new Error(`lexicon term "${term}" has too many choices`);
  }
  return results.filter(Boolean);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Builds a word index, concept by concept, on top of `below` (its words reused, its numbering continued). */
function wordIndexBuilder(below?: WordIndex) {
  const index: WordIndex = {
    firstWord: below ? below.firstWord + below.words.length : 0,
    firstConcept: below ? below.firstConcept + below.conceptNames.length : 0,
    words: [],
    wordIds: new Map(),
    exact: new Map(),
    stems: new Map(),
    prefixes: new Map(),
    suffixes: new Map(),
    fuzzy: [],
    numbers: [],
    singleWordTerms: new Map(),
    termsByFirstWords: new Map(),
    conceptNames: [],
  };
  const { words, wordIds, exact, stems, prefixes, suffixes, fuzzy, numbers } = index;
  const { singleWordTerms, termsByFirstWords, conceptNames } = index;
  const wordId = (raw: string): number => {
    const key = raw.toLowerCase();
    const known = wordIds.get(key) ?? below?.wordIds.get(key);
    if (known !== undefined) return known;
    const word = compileWord(key);
    const id = index.firstWord + words.length;
    words.push(word);
    wordIds.set(key, id);
    if (word.kind === 'number') numbers.push(id);
    else if (word.kind === 'suffix') push(suffixes, word.suffix, id);
    else if (word.kind === 'prefix') {
      push(prefixes, word.prefix, id);
      if (word.prefix.length >= FUZZY_WORD_MIN_LENGTH) fuzzy.push(id);
    } else {
      push(exact, word.surface, id);
      if (word.kind === 'stem') push(stems, word.stem, id);
      if (word.kind === 'stem' && word.surface.length >= FUZZY_WORD_MIN_LENGTH) fuzzy.push(id);
    }
    return id;
  };
  const seenTerms = new Set<string>();
  const addTerm = (term: string, concept: number): void => {
    const ids: number[] = [];
    for (const word of term.split(WORD_BREAK)) {
      if (!word) continue;
      // Most words are neither a number range nor hyphenated: no regular expression and no split for them.
      if (word.charCodeAt(0) === 0x23 && NUMBER_RANGE.test(word)) ids.push(wordId(word));
      else if (!word.includes('-')) ids.push(wordId(word));
      else for (const part of word.split('-')) if (part) ids.push(wordId(part));
    }
    const [first, second] = ids;
    if (first === undefined) return;
    if (second === undefined) push(singleWordTerms, first, concept);
    else {
      // The same words for the same concept once (choices and includes can spell a term twice).
      const key = `${concept}:${ids.join(' ')}`;
      if (seenTerms.has(key)) return;
      seenTerms.add(key);
      let bySecond = termsByFirstWords.get(first);
      if (!bySecond) termsByFirstWords.set(first, (bySecond = new Map()));
      push(bySecond, second, { words: ids, concept });
    }
  };
  return {
    index,
    /** Adds a concept with its terms; returns its number. */
    addConcept(name: string, terms: readonly string[]): number {
      const concept = index.firstConcept + conceptNames.length;
      conceptNames.push(name);
      // Plain loops, not chains of flatMap/filter/map: this runs for some 45,000 terms at every start, before the
      // JIT has warmed up, where each chained call and its arrays cost (about a third of the compile time).
      for (const raw of terms) for (const term of expandChoices(raw)) addTerm(term, concept);
      return concept;
    },
  };
}

type LexiconSource = NationalKnowledge['lexicon'];

/** English words are matched as written (or as a prefix): the Danish stemmer would make "choker" of "chokeret". */
const asWritten = (term: string) =>
  term
    .split(' ')
    .map((word) => (/^[=#]|\*$/.test(word) ? word : `=${word}`))
    .join(' ');

/** The concepts of lexicon.yaml, each with its own terms (Danish, and English as written). */
function compileConcepts(concepts: LexiconSource['concepts']): WordIndex {
  const builder = wordIndexBuilder();
  for (const [name, concept] of Object.entries(concepts))
    builder.addConcept(name, [...concept.da, ...(concept.en ?? []).flatMap(expandChoices).map(asWritten)]);
  return builder.index;
}

const conceptIndexes = new WeakMap<LexiconSource['concepts'], WordIndex>();

/**
 * The compiled concepts of lexicon.yaml, compiled on their first use and then shared by every lexicon compiled from
 * the same concepts: the bot's and the engine's cues' (which differ only in the phrases on top).
 */
export function conceptIndexOf(source: LexiconSource): WordIndex {
  let index = conceptIndexes.get(source.concepts);
  if (!index) {
    index = compileConcepts(source.concepts);
    conceptIndexes.set(source.concepts, index);
  }
  return index;
}

/** Makes `index`, compiled from exactly these concepts earlier (the start-up cache), the one shared from now on. */
export function adoptConceptIndex(source: LexiconSource, index: WordIndex): void {
  conceptIndexes.set(source.concepts, index);
}

export function compileLexicon(national: NationalKnowledge): CompiledLexicon {
  const compiled = compileRules(national);
  const read = conceptsReadBy(compiled);
  // Rules that read most concepts (the bot's read all but a few) look for every one: filtering would only cost.
  if (read.reduce((sum, flag) => sum + flag, 0) < read.length / 2) compiled.conceptsRead = read;
  return compiled;
}

function compileRules(national: NationalKnowledge): CompiledLexicon {
  const source = national.lexicon;
  const concepts = conceptIndexOf(source);
  const phrases = wordIndexBuilder(concepts);
  const conceptIds = new Map<string, number>(concepts.conceptNames.map((name, i) => [name, i]));
  // A concept may include other concepts (`include`), so a family of words is listed once. Its own terms are
  // matched; the included concepts' spans are joined to it after matching, rather than matching their terms twice.
  const includedBy = (name: string, seen: Set<string> = new Set([name])): string[] =>
    (source.concepts[name]?.include ?? []).flatMap((other) => {
      if (seen.has(other)) return [];
      seen.add(other);
      return [other, ...includedBy(other, seen)];
    });
  const includes: { concept: number; from: number[] }[] = Object.keys(source.concepts).flatMap((name) => {
    const from = includedBy(name).flatMap((other) => conceptIds.get(other) ?? []);
    const concept = conceptIds.get(name);
    return concept !== undefined && from.length > 0 ? [{ concept, from }] : [];
  });

  const concept = (name: string): number => conceptIds.get(name) ?? -1;
  const relation = (
    r: {
      before?: string[];
      after?: string[];
      near?: string[];
      overlap?: string[];
      window?: number;
      all?: boolean;
      acrossSentences?: boolean;
    },
    all = r.all ?? false,
    sentenceScope = true,
  ): Relation => ({
    before: (r.before ?? []).map(concept),
    after: (r.after ?? []).map(concept),
    near: (r.near ?? []).map(concept),
    overlap: (r.overlap ?? []).map(concept),
    window: r.window ?? Number.POSITIVE_INFINITY,
    all,
    acrossSentences: r.acrossSentences ?? false,
    sentenceScope,
  });
  const senseIds = new Map<string, number>();
  const senses: Sense[] = Object.entries(source.senses).map(([id, sense], i) => {
    senseIds.set(id, i);
    return { id, ...relation(sense), keepIf: (sense.keepIf ?? []).map((keep) => relation(keep)) };
  });
  const pattern = (p: LexiconPattern, unlessAlso: readonly string[] = []): Pattern => ({
    id: p.id,
    head: concept(p.head),
    ...relation(p, true, false),
    unless: [...(p.unless ?? []), ...unlessAlso].map((s) => senseIds.get(s) ?? -1),
  });

  const redFlags = national.redFlags.map((flag) => ({
    id: flag.id,
    patterns: (source.redFlags[flag.id] ?? []).map((p) => pattern(p)),
  }));
  const signals = national.signals.map((signal) => {
    const extra = source.signals[signal.id];
    const unless = extra?.unless ?? [];
    const patterns = (extra?.patterns ?? []).map((p) => pattern(p, unless));
    if (extra?.inlinePhrases !== false) {
      const name = `signal:${signal.id}`;
      const head = phrases.addConcept(name, signal.phrases);
      conceptIds.set(name, head);
      patterns.unshift({
        id: 'national',
        head,
        ...relation({}, true, false),
        unless: unless.map((s) => senseIds.get(s) ?? -1),
      });
    }
    return { id: signal.id, patterns };
  });

  return {
    concepts,
    phrases: phrases.index,
    notCorroborating: new Set((source.corroboration?.notCorroborating ?? []).map(concept)),
    notTypos: new Set(source.notTypos.map(fold)),
    colloquial: sharedColloquialOf(source.colloquial?.forms ?? {}),
    conceptNames: [...concepts.conceptNames, ...phrases.index.conceptNames],
    includes,
    senses,
    redFlags,
    signals,
    negation: compileNegation(source.negation),
    coreference: (source.coreference ?? []).map((rule) => ({
      pronoun: fold(rule.pronoun),
      objects: new Set(rule.objects.map(fold)),
      antecedent: concept(rule.antecedent),
      concept: concept(rule.concept),
      window: rule.window,
      antecedentAnywhere: rule.antecedentAnywhere ?? false,
      notAfter: rule.notAfter === undefined ? -1 : concept(rule.notAfter),
    })),
    namedAdults: source.namedAdults && {
      concept: concept(source.namedAdults.concept),
      copulas: new Set(source.namedAdults.copulas.map(fold)),
      window: source.namedAdults.window,
      notNames: new Set(source.namedAdults.notNames.map(fold)),
    },
    cache: new Map(),
    termStarts: termStartsOf([concepts, phrases.index]),
    fuzzy: fuzzyIndexOf([concepts, phrases.index].flatMap(fuzzyWords)),
    termStartsRead: [],
    prefixesByBeginning: prefixesByBeginning([concepts, phrases.index]),
    numberRanges: numberRangesOf([concepts, phrases.index]),
    suffixLengths: lengthRange([concepts.suffixes, phrases.index.suffixes]),
  };
}

interface LengthRange {
  min: number;
  max: number;
}

/** CompiledLexicon.prefixesByBeginning of the indexes (a prefix shorter than two letters is never looked up). */
function prefixesByBeginning(indexes: readonly WordIndex[]): Map<string, number[]> {
  const table = new Map<string, number[]>();
  for (const index of indexes)
    for (const [prefix, ids] of index.prefixes) {
      for (let length = 2; length < prefix.length; length++) {
        const beginning = prefix.slice(0, length);
        if (!table.has(beginning)) table.set(beginning, []);
      }
      if (prefix.length >= 2) table.set(prefix, [...(table.get(prefix) ?? []), ...ids]);
    }
  return table;
}

/** CompiledLexicon.numberRanges of the indexes. */
function numberRangesOf(indexes: readonly WordIndex[]): Float64Array {
  const ranges: number[] = [];
  for (const index of indexes)
    for (const id of index.numbers) {
      const word = wordOf(index, id);
      if (word?.kind === 'number') ranges.push(id, word.min, word.max);
    }
  return Float64Array.from(ranges);
}

/** The shortest and longest key of the maps; none: an empty range (min above max). */
function lengthRange(maps: readonly ReadonlyMap<string, unknown>[]): LengthRange {
  const range = { min: Number.POSITIVE_INFINITY, max: 0 };
  for (const map of maps)
    for (const key of map.keys()) {
      range.min = Math.min(range.min, key.length);
      range.max = Math.max(range.max, key.length);
    }
  return range;
}

/**
 * The concepts the rules read: the patterns' heads and related concepts, the word senses they are excluded by, and,
 * until nothing more is added, what a concept read is made of (the concepts it includes, a coreference's antecedent).
 */
function conceptsReadBy(lexicon: CompiledLexicon): Uint8Array {
  const read = new Uint8Array(lexicon.conceptNames.length);
  const mark = (concept: number) => {
    if (concept >= 0) read[concept] = 1;
  };
  const markRelation = (r: Relation) => {
    for (const side of SIDES) for (const concept of conceptsOn(r, side)) mark(concept);
  };
  for (const rule of [...lexicon.redFlags, ...lexicon.signals])
    for (const pattern of rule.patterns) {
      mark(pattern.head);
      markRelation(pattern);
      for (const index of pattern.unless) {
        const sense = lexicon.senses[index];
        if (!sense) continue;
        markRelation(sense);
        for (const keep of sense.keepIf) markRelation(keep);
      }
    }
  const isRead = (concept: number) => concept >= 0 && read[concept] === 1;
  for (let before = -1, count = 0; count !== before;) {
    before = count;
    for (const { concept, from } of lexicon.includes)
      if (isRead(concept)) for (const other of from) mark(other);
    for (const rule of lexicon.coreference)
      if (isRead(rule.concept)) {
        mark(rule.antecedent);
        mark(rule.notAfter);
      }
    count = read.reduce((sum, flag) => sum + flag, 0);
  }
  return read;
}

/** The index's typo-tolerant words, in its order. */
function fuzzyWords(index: WordIndex): Omit<FuzzyWord, 'order'>[] {
  return index.fuzzy.flatMap((id): Omit<FuzzyWord, 'order'>[] => {
    const word = wordOf(index, id);
    if (word?.kind === 'stem') return [{ id, kind: 'stem', text: word.surface }];
    return word?.kind === 'prefix' ? [{ id, kind: 'prefix', text: word.prefix }] : [];
  });
}

/** The word with this id, from whichever index numbered it. */
function wordOf(index: WordIndex, id: number): Word | undefined {
  return index.words[id - index.firstWord];
}

/**
 * The ids of the lexicon words a written word matches, in the order one index of all the words would give them:
 * by kind of match, and within a kind the shared concepts' words before the phrases' (whose ids come after).
 */
function resolve(token: Token, lexicon: CompiledLexicon): number[] {
  const cached = lexicon.cache.get(token.folded);
  if (cached) return cached;
  const isNumber = isDigits(token.folded);
  const found = lookUpWord(token, isNumber, lexicon);
  // Numbers are not cached (as their forms are not: tokens.ts): every text's dates, times and counts would fill the
  // cache, and a cache that large makes every word's look-up slower.
  if (isNumber) return found;
  if (lexicon.cache.size >= CACHE_LIMIT) lexicon.cache.clear();
  lexicon.cache.set(token.folded, found);
  return found;
}

/**
 * resolve's look-up of a word not in its cache: each id once, in the order found. A list rather than a set (the lists
 * are short), since every number a text holds is looked up anew.
 */
function lookUpWord(token: Token, isNumber: boolean, lexicon: CompiledLexicon): number[] {
  const { concepts, phrases } = lexicon;
  const word = token.folded;
  const found: number[] = [];
  addNew(found, concepts.exact.get(word));
  addNew(found, phrases.exact.get(word));
  addNew(found, concepts.stems.get(token.stem));
  addNew(found, phrases.stems.get(token.stem));
  for (let length = 2; length <= word.length; length++) {
    const prefixes = lexicon.prefixesByBeginning.get(word.slice(0, length));
    if (!prefixes) break;
    addNew(found, prefixes);
  }
  // Only the lengths some suffix has are looked up (the others find nothing), in the same order.
  const { suffixLengths } = lexicon;
  // A compound's last part: at least two letters must stand before it ("spiralbrud", not "brud" itself).
  const lastStart = Math.min(word.length - 3, word.length - suffixLengths.min);
  for (let start = Math.max(2, word.length - suffixLengths.max); start <= lastStart; start++) {
    const suffix = word.slice(start);
    addNew(found, concepts.suffixes.get(suffix));
    addNew(found, phrases.suffixes.get(suffix));
  }
  if (isNumber) addNumbersAround(found, lexicon.numberRanges, Number(word));
  else if (found.length === 0 && word.length >= MISSING_LETTER_MIN_LENGTH && !lexicon.notTypos.has(word)) {
    for (const w of typosOf(word, lexicon.fuzzy)) addNewId(found, w.id);
  }
  return found;
}

/** Appends the ids not there yet. */
function addNew(found: number[], ids: readonly number[] | undefined): void {
  if (ids) for (const id of ids) addNewId(found, id);
}

function addNewId(found: number[], id: number): void {
  if (!found.includes(id)) found.push(id);
}

/** Appends the number ranges (`#18-99`, CompiledLexicon.numberRanges) that hold the value. */
function addNumbersAround(found: number[], ranges: Float64Array, value: number): void {
  for (let at = 0; at < ranges.length; at += 3)
    if ((ranges[at + 1] as number) <= value && value <= (ranges[at + 2] as number))
      addNewId(found, ranges[at] as number);
}

/**
 * The typo-tolerant words the word is a typo of, in the lexicon's order. Only those typo and typoPrefix can take are
 * compared: the same first letter; a word one edit away (its length ± 1); a prefix of FUZZY_PREFIX_MIN_LENGTH letters
 * or more and at most one letter longer than the word.
 */
function typosOf(word: string, fuzzy: FuzzyIndex): FuzzyWord[] {
  const typos: FuzzyWord[] = [];
  const letter = word[0] ?? '';
  // A word one edit away has at most one letter the word lacks and lacks at most one of the word's; a prefix one
  // edit away from the word's start has at most one letter the word lacks (tested on the bits first: see FuzzyBucket).
  const bits = letterBits(word);
  const words = fuzzy.words.get(letter);
  if (words)
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      const bucket = words[length];
      if (!bucket) continue;
      const { letters } = bucket;
      for (let k = 0; k < letters.length; k++) {
        const other = letters[k] as number;
        if (!atMostOneBit(other & ~bits) || !atMostOneBit(bits & ~other)) continue;
        const w = bucket.words[k] as FuzzyWord;
        if (typo(word, w.text)) typos.push(w);
      }
    }
  const prefixes = fuzzy.prefixes.get(letter);
  if (prefixes)
    for (let length = FUZZY_PREFIX_MIN_LENGTH; length <= word.length + 1; length++) {
      const bucket = prefixes[length];
      if (!bucket) continue;
      const { letters } = bucket;
      for (let k = 0; k < letters.length; k++) {
        if (!atMostOneBit((letters[k] as number) & ~bits)) continue;
        const w = bucket.words[k] as FuzzyWord;
        if (typoPrefix(word, w.text)) typos.push(w);
      }
    }
  return typos.sort((a, b) => a.order - b.order);
}

/** One edit away (or, for a short word, one missing letter), and the first letter right: rarely mistyped. */
function typo(word: string, target: string): boolean {
  if (word[0] !== target[0]) return false;
  if (word.length < FUZZY_MIN_LENGTH && target.length !== word.length + 1) return false;
  return withinOneEdit(word, target);
}

/** Prefixes shorter than this get no typo tolerance: "milits*" would take "militær". */
const FUZZY_PREFIX_MIN_LENGTH = 7;

function typoPrefix(word: string, prefix: string): boolean {
  if (word[0] !== prefix[0] || prefix.length < FUZZY_PREFIX_MIN_LENGTH) return false;
  if (word.length < FUZZY_MIN_LENGTH) return prefix.length === word.length + 1 && withinOneEdit(word, prefix);
  for (let length = prefix.length - 1; length <= prefix.length + 1; length++) {
    if (length <= word.length && withinOneEdit(word, prefix, length)) return true;
  }
  return false;
}

export interface Span {
  from: number;
  to: number;
}

/**
 * The terms the word starts of the concepts read (`conceptsRead`), in their order; null when it starts none. Filtered
 * on the word's first use: most words start terms only of concepts the cues never read.
 */
function termStartRead(lexicon: CompiledLexicon, read: Uint8Array, word: number): TermStart | null {
  let start = lexicon.termStartsRead[word];
  if (start !== undefined) return start;
  const all = lexicon.termStarts[word];
  const single = all?.single?.filter((concept) => read[concept] === 1);
  const bySecond = new Map<number, Term[]>();
  for (const [second, terms] of all?.bySecond ?? []) {
    const kept = terms.filter((term) => read[term.concept] === 1);
    if (kept.length > 0) bySecond.set(second, kept);
  }
  start = null;
  if (single?.length || bySecond.size > 0)
    start = {
      single: single?.length ? single : undefined,
      bySecond: bySecond.size > 0 ? bySecond : undefined,
    };
  lexicon.termStartsRead[word] = start;
  return start;
}

/**
 * Where each concept occurs in the tokens: concept index → spans (sparse: undefined when it does not occur). With
 * `onlyRead`, only the concepts the lexicon's analysis reads (`conceptsRead`) are looked for; their spans are the same.
 */
export function findConcepts(
  tokens: readonly Token[],
  lexicon: CompiledLexicon,
  { onlyRead = false }: { onlyRead?: boolean } = {},
): Span[][] {
  const found: Span[][] = new Array(lexicon.conceptNames.length);
  const resolved: number[][] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) resolved[i] = resolve(tokens[i] as Token, lexicon);
  const read = onlyRead ? lexicon.conceptsRead : undefined;
  findTerms(found, tokens, resolved, lexicon, read);
  joinIncludes(found, lexicon, read);
  if (lexicon.namedAdults && isConceptRead(read, lexicon.namedAdults.concept))
    markNamedAdults(tokens, resolved, found, lexicon.namedAdults);
  for (const rule of lexicon.coreference)
    if (isConceptRead(read, rule.concept)) markCoreference(found, tokens, rule);
  return found;
}

/** The concept is looked for: every one is without `conceptsRead`. */
const isConceptRead = (read: Uint8Array | undefined, concept: number): boolean =>
  !read || read[concept] === 1;

/**
 * The spans of the lexicon's terms, in text order. Spans are shared, never changed: the one-word terms of a token all
 * get the same span (a word stands for some concepts at once, and a text has some 70 of them).
 */
function findTerms(
  found: Span[][],
  tokens: readonly Token[],
  resolved: readonly number[][],
  lexicon: CompiledLexicon,
  read: Uint8Array | undefined,
): void {
  const { termStarts } = lexicon;
  for (let i = 0; i < tokens.length; i++) {
    const words = resolved[i] as number[];
    if (words.length === 0) continue;
    const sentence = (tokens[i] as Token).sentence;
    const nextWords =
      i + 1 < tokens.length && tokens[i + 1]?.sentence === sentence ? resolved[i + 1] : undefined;
    let word: Span | undefined;
    // Loops by index: in a function this size the optimiser kept the iterators' results, a few kB per text.
    for (let w = 0; w < words.length; w++) {
      const first = words[w] as number;
      const start = read ? termStartRead(lexicon, read, first) : termStarts[first];
      if (!start) continue;
      const { single } = start;
      if (single)
        for (let k = 0; k < single.length; k++)
          addSpanInOrder(found, single[k] as number, (word ??= { from: i, to: i + 1 }));
      if (!start.bySecond || !nextWords) continue;
      const bySecond = packedTermsOf(start) as Map<number, PairTerms>;
      const secondBits = start.secondBits as number;
      for (let k = 0; k < nextWords.length; k++) {
        const second = nextWords[k] as number;
        if ((secondBits & secondBit(second)) === 0) continue;
        const terms = bySecond.get(second);
        if (terms) addTerms(found, tokens, resolved, terms, i);
      }
    }
  }
}

/** A concept that includes others gets their spans (the same span objects), after its own. */
function joinIncludes(found: Span[][], lexicon: CompiledLexicon, read: Uint8Array | undefined): void {
  for (const { concept, from } of lexicon.includes) {
    if (!isConceptRead(read, concept)) continue;
    for (const other of from) {
      const spans = found[other];
      if (spans) for (const span of spans) addSpan(found, concept, span);
    }
  }
}

/** A pronoun acting on someone of the other gender after its antecedent ("han … hende") is that adult. */
function markCoreference(found: Span[][], tokens: readonly Token[], rule: Coreference): void {
  const antecedents = found[rule.antecedent];
  if (!antecedents || antecedents.length === 0) return;
  let first = -1;
  if (!rule.antecedentAnywhere) {
    first = Number.POSITIVE_INFINITY;
    for (const span of antecedents) first = Math.min(first, span.from);
  }
  for (let i = first + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.folded !== rule.pronoun) continue;
    if (rule.notAfter >= 0 && namedBeforeInSentence(found[rule.notAfter], tokens, i)) continue;
    for (let j = i + 1; j <= i + rule.window && j < tokens.length; j++) {
      const next = tokens[j] as Token;
      if (next.clause !== token.clause) break;
      if (rule.objects.has(next.folded)) {
        addSpan(found, rule.concept, { from: i, to: i + 1 });
        break;
      }
    }
  }
}

/** Adds the span to the concept's, unless one with the same words is there already. */
function addSpan(found: Span[][], concept: number, span: Span): void {
  const spans = found[concept];
  if (!spans) {
    found[concept] = [span];
    return;
  }
  for (const other of spans) if (other.from === span.from && other.to === span.to) return;
  spans.push(span);
}

/**
 * addSpan for the spans of the terms, found in text order: a concept's spans there start at this token or before, so
 * the same span can only be among the last ones (a word names some concepts more than once, and a pronoun's concept
 * has a span for every pronoun in the text).
 */
function addSpanInOrder(found: Span[][], concept: number, span: Span): void {
  const spans = found[concept];
  if (!spans) {
    found[concept] = [span];
    return;
  }
  for (let k = spans.length - 1; k >= 0; k--) {
    const other = spans[k] as Span;
    if (other.from !== span.from) break;
    if (other.to === span.to) return;
  }
  spans.push(span);
}

/**
 * The terms of two or more words starting at token i (its second word follows) whose further words follow in the same
 * sentence, in their order (PackedTerms: concept, number of further words, their ids). Only the two-word terms and
 * those whose third word follows are read (PairTerms), in their order in the packed list: a concept's spans are then
 * added in the order they always were.
 */
function addTerms(
  found: Span[][],
  tokens: readonly Token[],
  resolved: readonly number[][],
  terms: PairTerms,
  i: number,
): void {
  const sentence = (tokens[i] as Token).sentence;
  const index = termIndexOf(terms);
  let count = appendStarts(termsToRead, 0, index.twoWord);
  let sources = count > 0 ? 1 : 0;
  const third = tokens[i + 2];
  if (third && third.sentence === sentence) {
    const thirdWords = resolved[i + 2] as number[];
    for (let k = 0; k < thirdWords.length; k++) {
      const starts = index.byThird.get(thirdWords[k] as number);
      if (!starts) continue;
      count = appendStarts(termsToRead, count, starts);
      sources++;
    }
  }
  if (sources > 1) sortAscending(termsToRead, count);
  const { packed } = terms;
  for (let k = 0; k < count; k++) {
    const at = termsToRead[k] as number;
    const further = packed[at + 1] as number;
    const n = further + 2;
    // The third word, if any, follows in the sentence: only the words after it are left to compare.
    let ok = i + n <= tokens.length;
    for (let j = 1; j < further && ok; j++)
      ok =
        (tokens[i + 2 + j] as Token).sentence === sentence &&
        hasWord(resolved[i + 2 + j] as number[], packed[at + 2 + j] as number);
    if (ok) addSpanInOrder(found, packed[at] as number, { from: i, to: i + n });
  }
}

/** addTerms' list of the terms to read (where they start in the packed list), reused: texts are read one at a time. */
const termsToRead: number[] = [];

/** Copies the starts into the list from `count` on; returns the new count. */
function appendStarts(list: number[], count: number, starts: readonly number[]): number {
  for (let k = 0; k < starts.length; k++) list[count++] = starts[k] as number;
  return count;
}

/** Sorts the first `count` numbers in place (insertion: a handful of terms, mostly in order already). */
function sortAscending(numbers: number[], count: number): void {
  for (let k = 1; k < count; k++) {
    const value = numbers[k] as number;
    let at = k;
    while (at > 0 && (numbers[at - 1] as number) > value) {
      numbers[at] = numbers[at - 1] as number;
      at--;
    }
    numbers[at] = value;
  }
}

/**
 * The token's words include this one. A loop rather than `includes`: the lists hold one or two words, and the
 * builtin's call cost more than the comparisons.
 */
function hasWord(words: readonly number[], word: number): boolean {
  for (let k = 0; k < words.length; k++) if (words[k] === word) return true;
  return false;
}

/**
 * A capitalised word the lexicon does not know, defined as an adult ("Kim er mors nye kæreste", "mors kæreste
 * Kim"), is that adult wherever it stands in the text.
 */
function markNamedAdults(
  tokens: readonly Token[],
  resolved: readonly number[][],
  found: Span[][],
  rule: NamedAdults,
): void {
  const adults = found[rule.concept];
  if (!adults || adults.length === 0) return;
  const isName = (i: number) => {
    const token = tokens[i];
    return (
      token !== undefined &&
      token.capital &&
      token.folded.length >= 2 &&
      !rule.notNames.has(token.folded) &&
      (resolved[i] as number[]).length === 0
    );
  };
  const names = new Set<string>();
  for (const span of adults) {
    // "mors kæreste Kim"
    if (isName(span.to) && tokens[span.to]?.sentence === tokens[span.from]?.sentence)
      names.add((tokens[span.to] as Token).folded);
    // "Kim er mors kæreste"
    for (let i = span.from - 2; i >= 0 && i >= span.from - 1 - rule.window; i--) {
      const verb = tokens[i + 1] as Token;
      if (verb.sentence !== tokens[span.from]?.sentence) break;
      if (rule.copulas.has(verb.folded) && isName(i) && tokens[i]?.sentence === verb.sentence) {
        names.add((tokens[i] as Token).folded);
        break;
      }
    }
  }
  if (names.size === 0) return;
  for (let i = 0; i < tokens.length; i++)
    if (names.has((tokens[i] as Token).folded)) addSpan(found, rule.concept, { from: i, to: i + 1 });
}

/** What the negation of one text has been computed for: each part once, and only when needed. */
export interface NegationMemo {
  /** Which tokens stand inside a negation. */
  scope?: boolean[];
  /** Which negators make a ban. */
  bans?: boolean[];
}

/** Which tokens stand inside a negation, computed on the first call for the text. */
export function scopeOf(tokens: readonly Token[], lexicon: CompiledLexicon, memo: NegationMemo): boolean[] {
  return (memo.scope ??= negationScope(tokens, lexicon.negation));
}

/**
 * Which related words a negation takes away: every negated one (a word sense's words, "ingen kendt ulykke"), or, for
 * a pattern (`between`), a negated one with the negator between it and the act (»den fremmede bad ikke om
 * billeder«), unless that negator makes a ban, whose words are what the child is kept from (»må ikke komme til
 * fødselsdage«). Plain data rather than closures: it is made for every text.
 */
interface NegatedWords {
  tokens: readonly Token[];
  lexicon: CompiledLexicon;
  memo: NegationMemo;
  between: boolean;
}

function negatedRelative(span: Span, head: Span, negated: NegatedWords): boolean {
  const { tokens, lexicon, memo } = negated;
  if (!negated.between) return scopeOf(tokens, lexicon, memo)[span.from] === true;
  // The cheap test first: most related words have no negator between them and the act.
  const negators = lexicon.negation.negators;
  const from = span.to <= head.from ? span.to : head.to;
  const to = span.to <= head.from ? head.from : span.from;
  for (let i = from; i < to; i++) {
    if (negators.has((tokens[i] as Token).folded))
      return scopeOf(tokens, lexicon, memo)[span.from] === true && !governingBan(span, negated);
  }
  return false;
}

/** The negator nearest before the word in its sentence makes a ban. */
function governingBan(span: Span, negated: NegatedWords): boolean {
  const { tokens, lexicon, memo } = negated;
  const sentence = tokens[span.from]?.sentence;
  for (let i = span.from - 1; i >= 0 && tokens[i]?.sentence === sentence; i--) {
    if (lexicon.negation.negators.has((tokens[i] as Token).folded))
      return (memo.bans ??= banNegators(tokens, lexicon.negation))[i] === true;
  }
  return false;
}

const enum Side {
  Before,
  After,
  Near,
  Overlap,
}

/** The part of the text a relation looks in: the sentence, or the sentence part (word senses across a "men"). */
const scopeIndex = (token: Token | undefined, r: Relation) =>
  r.sentenceScope ? token?.sentence : token?.part;

function nearest(
  tokens: readonly Token[],
  spans: readonly Span[] | undefined,
  head: Span,
  side: Side,
  r: Relation,
  negated: NegatedWords | undefined,
): Span | undefined {
  if (!spans) return undefined;
  const here = scopeIndex(tokens[head.from], r);
  for (const span of spans) {
    const overlaps = span.from < head.to && head.from < span.to;
    if (side === Side.Overlap) {
      if (overlaps) return span;
      continue;
    }
    if (overlaps || (!r.acrossSentences && scopeIndex(tokens[span.from], r) !== here)) continue;
    if (negated && negatedRelative(span, head, negated)) continue;
    const before = span.to <= head.from && head.from - span.to <= r.window;
    const after = span.from >= head.to && span.from - head.to <= r.window;
    if (
      (side === Side.Before && before) ||
      (side === Side.After && after) ||
      (side === Side.Near && (before || after))
    )
      return span;
  }
  return undefined;
}

/** The relation's concepts on one side, read by position rather than by a property name chosen at run time. */
function conceptsOn(r: Relation, side: Side): readonly number[] {
  if (side === Side.Before) return r.before;
  if (side === Side.After) return r.after;
  return side === Side.Near ? r.near : r.overlap;
}

/** A relation's sides in the order they are checked (the order of the spans a pattern uses). */
const SIDES = [Side.Before, Side.After, Side.Near, Side.Overlap] as const;

/** What `satisfy` gives for a relation with every concept found but none asked for (`all` and no concepts). */
const NOTHING_USED: readonly Span[] = [];

/**
 * The spans that satisfy the relation around the head: all of them when `r.all`, else the first one found;
 * undefined when the relation does not hold. An empty relation holds only when `r.all`. The list is shared when
 * empty, so read-only.
 */
function satisfy(
  tokens: readonly Token[],
  concepts: Span[][],
  head: Span,
  r: Relation,
  negated?: NegatedWords,
): readonly Span[] | undefined {
  let used: Span[] | undefined;
  for (const side of SIDES) {
    for (const c of conceptsOn(r, side)) {
      const span = nearest(tokens, concepts[c], head, side, r, negated);
      if (span && !r.all) return [span];
      if (!span && r.all) return undefined;
      if (span) (used ??= []).push(span);
    }
  }
  return r.all ? (used ?? NOTHING_USED) : undefined;
}

export interface PatternHit {
  id: string;
  pattern: string;
  from: number;
  to: number;
  /** The head span, on which negation is judged. */
  head: Span;
  /** The head and the related spans, in text order. */
  spans: Span[];
  negated: boolean;
  /** The word sense that excluded this hit. */
  excludedBy?: string;
}

/** A word sense applies when its words stand near the hit, not negated ("ingen kendt ulykke"), and no keepIf holds. */
function senseApplies(
  tokens: readonly Token[],
  concepts: Span[][],
  head: Span,
  sense: Sense,
  negated: NegatedWords,
): boolean {
  if (!satisfy(tokens, concepts, head, sense, negated)) return false;
  for (const keep of sense.keepIf) if (satisfy(tokens, concepts, head, keep, negated)) return false;
  return true;
}

/**
 * Every hit of the rules' patterns: the first positive one per rule, else the negated or excluded ones (for the
 * explanation). Negation is computed lazily, once per text.
 */
export function matchRules<Id extends string>(
  tokens: readonly Token[],
  concepts: Span[][],
  rules: readonly Rule<Id>[],
  lexicon: CompiledLexicon,
  negation: NegationMemo,
): { positive: (PatternHit & { id: Id })[]; other: PatternHit[] } {
  const positive: (PatternHit & { id: Id })[] = [];
  const other: PatternHit[] = [];
  // A related word inside a negation does not count: »den fremmede bad ikke om billeder«.
  const relatedNegation: NegatedWords = { tokens, lexicon, memo: negation, between: true };
  // A word sense's words do not count when negated at all ("ingen kendt ulykke").
  const senseNegation: NegatedWords = { tokens, lexicon, memo: negation, between: false };
  for (const rule of rules) {
    let hit: (PatternHit & { id: Id }) | undefined;
    for (const pattern of rule.patterns) {
      // Most patterns' acts are not in a given text.
      const heads = concepts[pattern.head];
      if (!heads) continue;
      for (const head of heads) {
        const used = satisfy(tokens, concepts, head, pattern, relatedNegation);
        if (!used) continue;
        const scope = scopeOf(tokens, lexicon, negation);
        const spans = inTextOrder(head, used);
        const from = spans[0]?.from ?? head.from;
        let to = Number.NEGATIVE_INFINITY;
        for (const span of spans) to = Math.max(to, span.to);
        if (isNegatedAt(tokens, head, scope, lexicon.negation)) {
          other.push({ id: rule.id, pattern: pattern.id, from, to, head, spans, negated: true });
          continue;
        }
        let sense: Sense | undefined;
        for (const index of pattern.unless) {
          const candidate = lexicon.senses[index];
          if (candidate && senseApplies(tokens, concepts, head, candidate, senseNegation)) {
            sense = candidate;
            break;
          }
        }
        if (sense) {
          other.push({
            id: rule.id,
            pattern: pattern.id,
            from,
            to,
            head,
            spans,
            negated: false,
            excludedBy: sense.id,
          });
          continue;
        }
        hit = { id: rule.id, pattern: pattern.id, from, to, head, spans, negated: false };
        break;
      }
      if (hit) break;
    }
    if (hit) positive.push(hit);
  }
  return { positive, other };
}

/**
 * The head and the related spans by where they start, in that order where two start together (as a stable sort
 * would give them): built in place by insertion, the lists are two or three long.
 */
function inTextOrder(head: Span, used: readonly Span[]): Span[] {
  const spans: Span[] = [head];
  for (const span of used) {
    let at = spans.push(span) - 1;
    while (at > 0 && (spans[at - 1] as Span).from > span.from) {
      spans[at] = spans[at - 1] as Span;
      at--;
    }
    spans[at] = span;
  }
  return spans;
}

/**
 * The rules' partial evidence for a red flag: the act of one of its patterns that needs an actor or a relation,
 * found without them, not negated and in no word sense any of the flag's patterns excludes (a model's guess of that
 * flag may then be raised, mode `corroborated`). The first one found, or undefined.
 */
export function findCorroboration(
  tokens: readonly Token[],
  concepts: Span[][],
  flag: RedFlagId,
  lexicon: CompiledLexicon,
  negation: NegationMemo,
): PatternHit | undefined {
  const rule = lexicon.redFlags.find((r) => r.id === flag);
  // Every sense any pattern of the flag knows: partial evidence is weaker than a hit, so any other reading wins.
  const senses = [...new Set(rule?.patterns.flatMap((p) => p.unless) ?? [])];
  for (const pattern of rule?.patterns ?? []) {
    const related = pattern.before.length + pattern.after.length + pattern.near.length;
    if (related === 0 || lexicon.notCorroborating.has(pattern.head)) continue;
    for (const head of concepts[pattern.head] ?? []) {
      if (satisfy(tokens, concepts, head, pattern)) continue;
      const scope = scopeOf(tokens, lexicon, negation);
      if (isNegatedAt(tokens, head, scope, lexicon.negation)) continue;
      const words: NegatedWords = { tokens, lexicon, memo: negation, between: false };
      const excluded = senses.some((index) => {
        const sense = lexicon.senses[index];
        return sense !== undefined && senseApplies(tokens, concepts, head, sense, words);
      });
      if (excluded) continue;
      return {
        id: flag,
        pattern: pattern.id,
        from: head.from,
        to: head.to,
        head,
        spans: [head],
        negated: false,
      };
    }
  }
  return undefined;
}

const OBJECT_PRONOUNS = new Set(['hende', 'ham', 'dem', 'det', 'mig', 'os', 'dig']);

/**
 * Negated when the head stands in a negation's scope, or "ikke"/"aldrig" follows it ("han slår ikke", "han slår
 * hende ikke"), but not across a new subject ("en røvfuld, han aldrig glemmer").
 */
function isNegatedAt(
  tokens: readonly Token[],
  head: Span,
  scope: readonly boolean[],
  negation: CompiledNegation,
): boolean {
  if (scope[head.from]) return true;
  const clause = tokens[head.from]?.clause;
  let at = head.to;
  if (OBJECT_PRONOUNS.has(tokens[at]?.folded ?? '')) at++;
  const token = tokens[at];
  if (!token || token.clause !== clause || !negation.postNegators.has(token.folded)) return false;
  return !negation.notAfter.has(tokens[at + 1]?.folded ?? '');
}

/** A standard word a colloquial form is read as: its folded form and stem. */
export interface StandardWord {
  folded: string;
  stem: string;
}

type ColloquialForms = Readonly<Record<string, string>>;
const colloquialBySource = new WeakMap<ColloquialForms, Map<string, readonly StandardWord[]>>();

/**
 * The colloquial forms compiled, once per lexicon source: the lexicons compiled from it (the bot's and the engine's
 * cues') share the map, so the tokens of a text both read are normalised once (lexiconTokens).
 */
function sharedColloquialOf(forms: ColloquialForms): Map<string, readonly StandardWord[]> {
  let map = colloquialBySource.get(forms);
  if (!map) {
    map = colloquialOf(forms);
    colloquialBySource.set(forms, map);
  }
  return map;
}

function colloquialOf(forms: ColloquialForms): Map<string, readonly StandardWord[]> {
  const map = new Map<string, readonly StandardWord[]>();
  for (const [form, standard] of Object.entries(forms)) {
    const words = standard
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map((w) => {
        const folded = fold(w);
        return { folded, stem: stem(folded) };
      });
    map.set(fold(form), words);
  }
  return map;
}

/**
 * A text's tokens as the lexicon reads them: tokenized, then short and spoken forms read as the standard word. The
 * analysis and the model's training both read text through this, so the model learns from the tokens it is scored on.
 */
export function lexiconTokens(text: string, lexicon: Pick<CompiledLexicon, 'colloquial'>): Token[] {
  if (lastTokenized?.text !== text) lastTokenized = { text, tokens: tokenize(text) };
  const last = lastTokenized;
  if (last.colloquial !== lexicon.colloquial || !last.normalised) {
    last.colloquial = lexicon.colloquial;
    last.normalised = normaliseTokens(last.tokens, lexicon);
  }
  return last.normalised;
}

/**
 * The last text tokenized here, its tokens and those normalised with the last colloquial forms: an assessment reads
 * its description with the bot's lexicon and then with the cues', one right after the other, and the tokens do not
 * depend on the lexicon beyond its colloquial forms (which the two share). Nothing changes a token list once made
 * (normaliseTokens makes a new one), so the two can share them.
 */
let lastTokenized:
  | {
      text: string;
      tokens: Token[];
      colloquial?: ReadonlyMap<string, readonly StandardWord[]>;
      normalised?: Token[];
    }
  | undefined;

/**
 * The text's tokens with short and spoken forms read as the standard word (lexicon `colloquial`): "ik" negates like
 * "ikke", "sir" is "siger". The written word (`surface`) stays, so a hit still quotes what was typed. A one-letter or
 * two-letter form with a capital is left alone: an initial ("lille M"), not "med". Most texts have none: then the
 * tokens come back as they are.
 */
function normaliseTokens(tokens: Token[], lexicon: Pick<CompiledLexicon, 'colloquial'>): Token[] {
  const forms = lexicon.colloquial;
  if (forms.size === 0) return tokens;
  let result: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const standard = forms.get(token.folded);
    if (!standard || (token.capital && token.surface.length <= 2)) {
      result?.push(token);
      continue;
    }
    result ??= tokens.slice(0, i);
    for (const word of standard) result.push({ ...token, folded: word.folded, stem: word.stem });
  }
  return result ?? tokens;
}

/** One of the spans ends before token `at` in its sentence. */
function namedBeforeInSentence(
  spans: readonly Span[] | undefined,
  tokens: readonly Token[],
  at: number,
): boolean {
  if (!spans) return false;
  const sentence = (tokens[at] as Token).sentence;
  return spans.some((span) => span.to <= at && tokens[span.from]?.sentence === sentence);
}
