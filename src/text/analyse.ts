import type { NationalKnowledge, RedFlagId } from '../knowledge/schema';
import { compilePhrase, findPhrase, tokenize, type CompiledPhrase } from './phrases';
import { isNegated } from './negation';
import type { Token } from './tokens';

export interface TextHit<Id extends string = string> {
  id: Id;
  /** The words in the text that matched. */
  matched: string;
}

export interface TextAnalysis {
  redFlags: TextHit<RedFlagId>[];
  signals: TextHit[];
  /** Phrases that were found but read as negated ("ingen tegn på vold"): shown, never acted on. */
  negated: TextHit[];
}

interface Entry<Id extends string> {
  id: Id;
  phrases: CompiledPhrase[];
  unless: CompiledPhrase[];
}

export interface Lexicon {
  redFlags: Entry<RedFlagId>[];
  signals: Entry<string>[];
}

/** Compiles the phrase lists of the national knowledge once, at start-up. */
export function buildLexicon(national: NationalKnowledge): Lexicon {
  return {
    redFlags: national.redFlags.map((flag) => ({
      id: flag.id,
      phrases: flag.phrases.map(compilePhrase),
      unless: (flag.unless ?? []).map(compilePhrase),
    })),
    signals: national.signals.map((signal) => ({
      id: signal.id,
      phrases: signal.phrases.map(compilePhrase),
      unless: [],
    })),
  };
}

function quote(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

function scan<Id extends string>(
  text: string,
  tokens: readonly Token[],
  entries: readonly Entry<Id>[],
  negated: TextHit[],
): TextHit<Id>[] {
  const found: TextHit<Id>[] = [];
  for (const entry of entries) {
    const excluded = entry.unless.flatMap((phrase) => findPhrase(tokens, phrase));
    let hit: TextHit<Id> | undefined;
    for (const phrase of entry.phrases) {
      for (const { from, to } of findPhrase(tokens, phrase)) {
        if (excluded.some((x) => x.from <= from && to <= x.to)) continue;
        const matched = quote(text, tokens, from, to);
        if (isNegated(tokens, from, to)) negated.push({ id: entry.id, matched });
        else hit ??= { id: entry.id, matched };
      }
      if (hit) break;
    }
    if (hit) found.push(hit);
  }
  return found;
}

/** Finds red flags and signals in free Danish text, negation-aware. Pure; the lexicon comes from knowledge. */
export function analyseText(text: string, lexicon: Lexicon): TextAnalysis {
  const tokens = tokenize(text);
  const negated: TextHit[] = [];
  const redFlags = scan(text, tokens, lexicon.redFlags, negated);
  const signals = scan(text, tokens, lexicon.signals, negated);
  const positive = new Set([...redFlags, ...signals].map((h) => h.id));
  return { redFlags, signals, negated: negated.filter((n) => !positive.has(n.id)) };
}
