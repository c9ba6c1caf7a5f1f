import { StemmerDa } from '@nlpjs/lang-da';

export interface Token {
  /** The word as written, lower-cased. */
  surface: string;
  /** Its Danish Snowball stem. */
  stem: string;
  start: number;
  end: number;
  /** Index of the clause the word stands in; punctuation and "men" start a new clause. */
  clause: number;
}

const stemmer = new StemmerDa();
const stemCache = new Map<string, string>();

export function stem(word: string): string {
  const lower = word.toLocaleLowerCase('da');
  let result = stemCache.get(lower);
  if (result === undefined) {
    result = stemmer.stem(lower);
    stemCache.set(lower, result);
  }
  return result;
}

const WORD_OR_BREAK = /[\p{L}\p{N}]+|[.!?;:,\n]/gu;
const CLAUSE_WORDS = new Set(['men', 'selvom', 'skønt']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  for (const match of text.matchAll(WORD_OR_BREAK)) {
    const raw = match[0];
    if (/^[.!?;:,\n]$/.test(raw)) {
      clause++;
      continue;
    }
    const surface = raw.toLocaleLowerCase('da');
    if (CLAUSE_WORDS.has(surface)) clause++;
    const start = match.index;
    tokens.push({ surface, stem: stem(surface), start, end: start + raw.length, clause });
  }
  return tokens;
}
