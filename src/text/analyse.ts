import type { NationalKnowledge, RedFlagId } from '../knowledge/schema';
import { compileLexicon, findConcepts, matchRules, type CompiledLexicon, type PatternHit } from './matcher';
import { tokenize, type Token } from './tokens';

export interface TextHit<Id extends string = string> {
  id: Id;
  /** The words in the text that matched. */
  matched: string;
  /** Which lexicon pattern found it (`national` for a signal's own phrases in national.yaml). */
  pattern?: string;
}

export interface ExcludedHit extends TextHit {
  /** The word sense that made the words mean something else (`sport`, `barn_slaar_andre`, …). */
  sense: string;
}

export interface TextAnalysis {
  redFlags: TextHit<RedFlagId>[];
  signals: TextHit[];
  /** Phrases that were found but read as negated ("ingen tegn på vold"): shown, never acted on. */
  negated: TextHit[];
  /** Phrases read in another sense ("sparkede til bolden", "slog sig"): shown, never acted on. */
  excluded: ExcludedHit[];
}

/** The compiled lexicon; build it once at start-up and pass it to every `analyseText`. */
export type Lexicon = CompiledLexicon;

/** Compiles the text lexicon (knowledge/lexicon.yaml and the signal phrases of national.yaml) once, at start-up. */
export function buildLexicon(national: NationalKnowledge): Lexicon {
  return compileLexicon(national);
}

/** Longest stretch quoted whole; a longer hit is quoted as its parts joined by " … ". */
const QUOTE_WORDS = 8;

function quote(text: string, tokens: readonly Token[], hit: PatternHit): string {
  const slice = (from: number, to: number) => {
    const first = tokens[from];
    const last = tokens[to - 1];
    return first && last ? text.slice(first.start, last.end) : '';
  };
  const sameSentence = tokens[hit.from]?.sentence === tokens[hit.to - 1]?.sentence;
  if (hit.to - hit.from <= QUOTE_WORDS && sameSentence) return slice(hit.from, hit.to);
  return hit.spans.map((s) => slice(s.from, s.to)).join(' … ');
}

/**
 * Finds red flags and signals in free Danish text, negation- and sense-aware. Pure; the lexicon comes from
 * knowledge. Each hit quotes the words that matched, so the card can show why.
 */
export function analyseText(text: string, lexicon: Lexicon): TextAnalysis {
  const tokens = tokenize(text);
  const concepts = findConcepts(tokens, lexicon);
  const negation: { scope?: boolean[] } = {};
  const flags = matchRules(tokens, concepts, lexicon.redFlags, lexicon, negation);
  const signals = matchRules(tokens, concepts, lexicon.signals, lexicon, negation);
  const hit = <Id extends string>(h: PatternHit & { id: Id }): TextHit<Id> => ({
    id: h.id,
    matched: quote(text, tokens, h),
    pattern: h.pattern,
  });
  const positive = new Set<string>([...flags.positive, ...signals.positive].map((h) => h.id));
  const others = [...flags.other, ...signals.other].filter((h) => !positive.has(h.id));
  const once = <T extends TextHit>(list: T[]) =>
    list.filter((h, i) => list.findIndex((x) => x.id === h.id) === i);
  return {
    redFlags: flags.positive.map(hit),
    signals: signals.positive.map(hit),
    negated: once(others.filter((h) => h.negated).map(hit)),
    excluded: once(others.filter((h) => h.excludedBy).map((h) => ({ ...hit(h), sense: h.excludedBy ?? '' }))),
  };
}
