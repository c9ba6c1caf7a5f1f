// @nlpjs/lang-da ships no type declarations; we use only its Snowball-based Danish stemmer.
declare module '@nlpjs/lang-da' {
  export class StemmerDa {
    stem(word: string): string;
  }
}
