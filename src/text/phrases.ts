import { stem, tokenize, type Token } from './tokens';

/** One word of a lexicon phrase: exact (compared by stem) or a prefix ("ekstremis*"). */
type PhraseWord = { kind: 'stem'; surface: string; stem: string } | { kind: 'prefix'; prefix: string };

export interface CompiledPhrase {
  text: string;
  words: PhraseWord[];
}

export function compilePhrase(text: string): CompiledPhrase {
  const words = text
    .toLocaleLowerCase('da')
    .split(/\s+/)
    .filter(Boolean)
    .map<PhraseWord>((word) =>
      word.endsWith('*')
        ? { kind: 'prefix', prefix: word.slice(0, -1) }
        : { kind: 'stem', surface: word, stem: stem(word) },
    );
  return { text, words };
}

function wordMatches(token: Token, word: PhraseWord): boolean {
  if (word.kind === 'prefix') return token.surface.startsWith(word.prefix);
  return token.stem === word.stem || token.surface === word.surface;
}

export interface PhraseHit {
  /** Index of the first and one past the last matching token. */
  from: number;
  to: number;
}

/** Every place where the phrase's words stand next to each other in one clause. */
export function findPhrase(tokens: readonly Token[], phrase: CompiledPhrase): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const n = phrase.words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const token = tokens[i + j];
      const word = phrase.words[j];
      ok = !!token && !!word && wordMatches(token, word) && token.clause === tokens[i]?.clause;
    }
    if (ok) hits.push({ from: i, to: i + n });
  }
  return hits;
}

export { tokenize };
