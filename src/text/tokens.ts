import { StemmerDa } from '@nlpjs/lang-da';
import { fold } from './fold';
import { nextTokenStart, tokenEndAt } from './scan';

export interface Token {
  /** The word as written, lower-cased. */
  surface: string;
  /** Lower-cased with ae/oe/aa folded to æ/ø/å. */
  folded: string;
  /** The Danish Snowball stem of the folded word. */
  stem: string;
  start: number;
  end: number;
  /** Index of the clause the word stands in; punctuation and "men" start a new clause. */
  clause: number;
  /** Index of the sentence: only . ! ? ; and line breaks start a new one (a colon opens quoted words: a clause). */
  sentence: number;
  /** Index of the sentence part: a sentence, where "men", "selvom" and "skønt" also start a new one. */
  part: number;
  /** A comma stands right before the word. */
  afterComma: boolean;
  /** A dash with a space on each side stands right before the word (» – «). */
  afterDash: boolean;
  /** Written with a capital letter (a name, or the start of a sentence). */
  capital: boolean;
}

const stemmer = new StemmerDa();
const stemCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * The stem of the folded word; cached, because the same words come back in every message. The stemmer keeps its own
 * cache of every word it ever stemmed, which would grow with every new name and typo a long-running server reads, so
 * it is emptied whenever this bounded one is.
 */
export function stem(word: string): string {
  let result = stemCache.get(word);
  if (result === undefined) {
    result = stemmer.stem(fold(word));
    if (stemCache.size >= CACHE_LIMIT) {
      stemCache.clear();
      stemmer.cache = {};
    }
    stemCache.set(word, result);
  }
  return result;
}

/** How many words the stem caches hold (this module's and the stemmer's own): both stay bounded. */
export function stemCacheSizes(): { ours: number; stemmer: number } {
  return { ours: stemCache.size, stemmer: Object.keys(stemmer.cache).length };
}

const SPACED_DASH = /^ [-–—]$/;
const CLAUSE_WORDS = new Set(['men', 'selvom', 'skønt']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '\n']);

interface WordForms {
  surface: string;
  folded: string;
  stem: string;
  capital: boolean;
  /** One of CLAUSE_WORDS: the word starts a new clause and sentence part. */
  startsPart: boolean;
}
/** Raw word → its forms; the same words come back in every message, so each is lowered, folded and stemmed once. */
const formsCache = new Map<string, WordForms>();

/** Only the digits 0-9: a number, which is its own lower-case, folded and stemmed form (the stemmer takes letters). */
export function isDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function formsOf(raw: string): WordForms {
  const cached = formsCache.get(raw);
  if (cached) return cached;
  // Numbers are not cached: one text's dates, times and counts would push the words out of the cache.
  if (isDigits(raw)) return { surface: raw, folded: raw, stem: raw, capital: false, startsPart: false };
  const surface = raw.toLowerCase();
  const folded = fold(surface);
  const forms = {
    surface,
    folded,
    stem: stem(folded),
    capital: raw !== surface,
    startsPart: CLAUSE_WORDS.has(surface),
  };
  if (formsCache.size >= CACHE_LIMIT) formsCache.clear();
  formsCache.set(raw, forms);
  return forms;
}

/** Words after which a full stop marks an abbreviation ("fx.", "kl. 8"), not the end of a sentence. */
const ABBREVIATIONS = new Set([
  'fx',
  'bl',
  'a',
  'kl',
  'ca',
  'evt',
  'dvs',
  'mht',
  'osv',
  'mv',
  'nr',
  'tlf',
  'jf',
  'ift',
  'pga',
  'f',
  'ex',
  'el',
  'mdr',
  'md',
]);
const LOWER_OR_DIGIT_NEXT = /^\s*[\p{Ll}\d]/u;

/** "11. september", "3. klasse", "kl. 8", "fx. far": the dot ends no sentence when a lower-case word follows. */
function isAbbreviationDot(text: string, at: number, previous: Token | undefined): boolean {
  if (!previous || previous.end !== at) return false;
  const ordinalOrShort = /^\d+$/.test(previous.surface) || ABBREVIATIONS.has(previous.surface);
  return ordinalOrShort && LOWER_OR_DIGIT_NEXT.test(text.slice(at + 1, at + 4));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let sentence = 0;
  let part = 0;
  let afterComma = false;
  let afterDash = false;
  for (let at = nextTokenStart(text, 0); at < text.length; at = nextTokenStart(text, at)) {
    const start = at;
    const end = tokenEndAt(text, start);
    at = end;
    const raw = text.slice(start, end);
    if (raw === '.' && isAbbreviationDot(text, start, tokens[tokens.length - 1])) continue;
    if (raw.length === 2 && SPACED_DASH.test(raw)) {
      // »Hun må aldrig noget – ikke biograf«: a spaced dash ends a clause, and with it a negation, like a comma; a
      // hyphen inside a word (»Insta-profil«) does not.
      clause++;
      afterDash = true;
      continue;
    }
    if (raw.length === 1 && (raw === ',' || raw === ':' || SENTENCE_ENDS.has(raw))) {
      clause++;
      if (raw === ',') afterComma = true;
      else if (raw !== ':') {
        sentence++;
        part++;
      }
      continue;
    }
    const { surface, folded, stem, capital, startsPart } = formsOf(raw);
    if (startsPart) {
      clause++;
      part++;
    }
    tokens.push({
      surface,
      folded,
      stem,
      start,
      end: start + raw.length,
      clause,
      sentence,
      part,
      afterComma,
      afterDash,
      capital,
    });
    afterComma = false;
    afterDash = false;
  }
  return tokens;
}
