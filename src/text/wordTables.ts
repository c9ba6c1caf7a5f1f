/**
 * Tables by word id, made once per compiled lexicon from its two word indexes (lexicon.yaml's shared concepts and
 * the rules' own phrases, see matcher.ts). The indexes keep maps, which suit building and sharing them; the matcher
 * reads these tables instead for every word of every text, where one array look-up replaces a map look-up in each
 * index (findConcepts was a fifth of a text's analysis, most of it in those look-ups).
 */

/** A term of two or more words: its words' ids and the concept it stands for. */
export interface Term {
  words: number[];
  concept: number;
}

/**
 * Terms of two or more words with the same first two words, packed one after another into one typed array, each as
 * its concept, the number of words after the second, and those words' ids: the matcher reads some 400 terms per
 * 300-character text, and read as objects scattered over the memory they were a good part of finding the concepts.
 */
export type PackedTerms = Int32Array;

/**
 * The terms of two or more words with the same first two words (PackedTerms), and where each starts in the packed
 * list by its third word: nearly every term a text's word pair starts fails on its third word (some 400 of 480 per
 * 300-character text), so the matcher reads only the two-word terms and those whose third word follows.
 */
export interface PairTerms {
  packed: PackedTerms;
  /** Made when a text first reads the list (`termIndexOf`): a word's lists are packed at once, and few are read. */
  index?: TermIndex;
}

export interface TermIndex {
  /** Where the two-word terms start in `packed`, in its order. */
  twoWord: number[];
  /** A third word → where the terms with that third word start in `packed`, in its order. */
  byThird: Map<number, number[]>;
}

/** The list's index by third word, made on the first call. */
export function termIndexOf(terms: PairTerms): TermIndex {
  if (terms.index) return terms.index;
  const { packed } = terms;
  const index: TermIndex = { twoWord: [], byThird: new Map() };
  for (let at = 0; at < packed.length; at += (packed[at + 1] as number) + 2) {
    if (packed[at + 1] === 0) {
      index.twoWord.push(at);
      continue;
    }
    const third = packed[at + 2] as number;
    const starts = index.byThird.get(third);
    if (starts) starts.push(at);
    else index.byThird.set(third, [at]);
  }
  terms.index = index;
  return index;
}

/** What a word starts: the concepts of the one-word terms it is, and the longer terms by their second word. */
export interface TermStart {
  single?: number[];
  bySecond?: Map<number, Term[]>;
  /**
   * `bySecond` packed (PackedTerms, same order), made when a text first has the word (`packedTermsOf`): packing every
   * word's terms at start-up took some 100 ms, and a text reads the terms of few of them.
   */
  packed?: Map<number, PairTerms>;
  /**
   * A bit per second word (its id modulo 32), set with `packed`: a text's next word is looked up in `packed` only
   * when its bit is set. Most words that start longer terms start them with a few second words, and most pairs of
   * words in a text start none (some 160 look-ups per 300-character text, 27 of them found).
   */
  secondBits?: number;
}

/** The bit of a second word in `TermStart.secondBits`. */
export const secondBit = (word: number): number => 1 << (word & 31);

/** The start's longer terms by their second word, packed on the first call. */
export function packedTermsOf(start: TermStart): Map<number, PairTerms> | undefined {
  if (start.packed || !start.bySecond) return start.packed;
  const packed = new Map<number, PairTerms>();
  let bits = 0;
  for (const [second, terms] of start.bySecond) {
    packed.set(second, packTerms(terms));
    bits |= secondBit(second);
  }
  start.secondBits = bits;
  start.packed = packed;
  return packed;
}

function packTerms(terms: readonly Term[]): PairTerms {
  let size = 0;
  for (const term of terms) size += term.words.length;
  const packed = new Int32Array(size);
  let at = 0;
  for (const term of terms) {
    packed[at++] = term.concept;
    packed[at++] = term.words.length - 2;
    for (let j = 2; j < term.words.length; j++) packed[at++] = term.words[j] as number;
  }
  return { packed };
}

/** The parts of a word index the tables are made of. */
export interface TermSource {
  singleWordTerms: ReadonlyMap<number, readonly number[]>;
  termsByFirstWords: ReadonlyMap<number, ReadonlyMap<number, readonly Term[]>>;
}

/**
 * Word id → what it starts, in both indexes at once, the first index's terms before the second's (the order the
 * matcher has always tried them in, so the same spans come out in the same order). A word only one index starts
 * shares that index's list and map (the shared concepts' index is never written to); a word both start gets new ones.
 */
export function termStartsOf(indexes: readonly TermSource[]): (TermStart | undefined)[] {
  const starts: (TermStart | undefined)[] = [];
  for (const index of indexes) {
    for (const [word, concepts] of index.singleWordTerms) {
      const start = (starts[word] ??= {});
      start.single = start.single ? [...start.single, ...concepts] : (concepts as number[]);
    }
    for (const [word, bySecond] of index.termsByFirstWords) {
      const start = (starts[word] ??= {});
      if (!start.bySecond) {
        start.bySecond = bySecond as Map<number, Term[]>;
        continue;
      }
      const merged = new Map(start.bySecond);
      for (const [second, terms] of bySecond) merged.set(second, [...(merged.get(second) ?? []), ...terms]);
      start.bySecond = merged;
    }
  }
  return starts;
}

/** A word that can be matched with one typo: its id, the written form or prefix it is compared with, its place. */
export interface FuzzyWord {
  id: number;
  kind: 'stem' | 'prefix';
  text: string;
  /** Its place in the lexicon's list of such words: matches are taken in this order. */
  order: number;
}

/**
 * The typo-tolerant words of one first letter and one length, with the letters each uses (`letterBits`) side by side
 * in one typed array: a word unknown to the lexicon is first compared with these bits, read in one sweep, and only
 * the few words whose letters allow one edit are compared letter by letter (reading each word was most of the cost
 * of a word seen for the first time: the words lie all over the memory).
 */
export interface FuzzyBucket {
  words: FuzzyWord[];
  letters: Int32Array;
}

/**
 * The typo-tolerant words by first letter and then by length (an array index), words and prefixes apart, so a word
 * unknown to the lexicon is compared only with those that can be one typo away: a typo never counts in the first
 * letter, and one edit changes the length by at most one.
 */
export interface FuzzyIndex {
  words: Map<string, FuzzyBucket[]>;
  prefixes: Map<string, FuzzyBucket[]>;
}

export function fuzzyIndexOf(words: readonly Omit<FuzzyWord, 'order'>[]): FuzzyIndex {
  const lists = { words: new Map<string, FuzzyWord[][]>(), prefixes: new Map<string, FuzzyWord[][]>() };
  words.forEach((word, order) => {
    const byLetter = word.kind === 'stem' ? lists.words : lists.prefixes;
    const letter = word.text[0] ?? '';
    let byLength = byLetter.get(letter);
    if (!byLength) byLetter.set(letter, (byLength = []));
    (byLength[word.text.length] ??= []).push({ ...word, order });
  });
  const buckets = (byLetter: Map<string, FuzzyWord[][]>) =>
    new Map(
      [...byLetter].map(([letter, byLength]): [string, FuzzyBucket[]] => {
        const byLengthBuckets: FuzzyBucket[] = [];
        byLength.forEach((list, length) => {
          byLengthBuckets[length] = {
            words: list,
            letters: Int32Array.from(list, (w) => letterBits(w.text)),
          };
        });
        return [letter, byLengthBuckets];
      }),
    );
  return { words: buckets(lists.words), prefixes: buckets(lists.prefixes) };
}

/**
 * The letters a word uses (its first `length` characters), a bit each: a-z, æ, ø and å their own, any other character
 * one of three shared bits. One edit (a letter replaced, added, dropped or two swapped) brings in at most one letter
 * the other word lacks and leaves out at most one, so two words one edit apart differ by at most one bit each way.
 */
export function letterBits(word: string, length: number = word.length): number {
  let bits = 0;
  for (let i = 0; i < length; i++) bits |= 1 << letterBit(word.charCodeAt(i));
  return bits;
}

function letterBit(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code === 0xe6) return 26; // æ
  if (code === 0xf8) return 27; // ø
  if (code === 0xe5) return 28; // å
  return 29 + (code % 3);
}

/** At most one bit set. */
export const atMostOneBit = (bits: number): boolean => (bits & (bits - 1)) === 0;
