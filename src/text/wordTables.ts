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

/** What a word starts: the concepts of the one-word terms it is, and the longer terms by their second word. */
export interface TermStart {
  single?: number[];
  bySecond?: Map<number, Term[]>;
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

/** A word that can be matched with one typo: its id, and the written form or prefix it is compared with. */
export interface FuzzyWord {
  id: number;
  kind: 'stem' | 'prefix';
  text: string;
}

/**
 * The typo-tolerant words by their first letter (a typo never counts in the first letter), in the order of the
 * given lists, so a word unknown to the lexicon is compared with the words of its letter rather than all of them.
 */
export function fuzzyByFirstLetter(words: readonly FuzzyWord[]): Map<string, FuzzyWord[]> {
  const byLetter = new Map<string, FuzzyWord[]>();
  for (const word of words) {
    const letter = word.text[0] ?? '';
    const list = byLetter.get(letter);
    if (list) list.push(word);
    else byLetter.set(letter, [word]);
  }
  return byLetter;
}
