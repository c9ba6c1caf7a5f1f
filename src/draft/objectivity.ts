import type { NationalKnowledge } from '../knowledge/schema';
import { compilePhrase, findPhrase, tokenize, type CompiledPhrase } from '../text/phrases';

type KindId = NationalKnowledge['notificationDraft']['objectivity']['kinds'][number]['id'];

export interface ObjectivityFlag {
  /** Which answer the sentence came from, e.g. `observed`. */
  field: string;
  sentence: string;
  kind: KindId;
  label: string;
  matched: string;
  advice: string;
}

export interface ObjectivityLexicon {
  kinds: { id: KindId; label: string; advice: string; phrases: CompiledPhrase[] }[];
}

export function buildObjectivityLexicon(national: NationalKnowledge): ObjectivityLexicon {
  return {
    kinds: national.notificationDraft.objectivity.kinds.map((kind) => ({
      id: kind.id,
      label: kind.label,
      advice: kind.advice,
      phrases: kind.phrases.map(compilePhrase),
    })),
  };
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Flags sentences that interpret, judge, generalise, diagnose or propose a measure, with advice on writing
 * them as observations. It only advises: the user decides, and nothing is ever blocked.
 */
export function checkObjectivity(
  text: string,
  field: string,
  lexicon: ObjectivityLexicon,
): ObjectivityFlag[] {
  const flags: ObjectivityFlag[] = [];
  for (const sentence of sentences(text)) {
    const tokens = tokenize(sentence);
    for (const kind of lexicon.kinds) {
      for (const phrase of kind.phrases) {
        const [hit] = findPhrase(tokens, phrase);
        if (!hit) continue;
        const matched = tokens
          .slice(hit.from, hit.to)
          .map((t) => t.surface)
          .join(' ');
        flags.push({ field, sentence, kind: kind.id, label: kind.label, matched, advice: kind.advice });
        break;
      }
    }
  }
  return flags;
}
