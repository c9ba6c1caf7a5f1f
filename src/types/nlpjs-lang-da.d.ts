// @nlpjs/lang-da ships no type declarations; we use only its Snowball-based Danish stemmer.
declare module '@nlpjs/lang-da' {
  export class StemmerDa {
    stem(word: string): string;
    /** Every word it has stemmed (keys `.<word>`), never emptied by the package itself. */
    cache: Record<string, string>;
  }
}
