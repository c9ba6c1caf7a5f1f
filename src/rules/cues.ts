import type { NationalKnowledge } from '../knowledge/schema';
import { analyseText, buildLexicon, type Lexicon } from '../text/analyse';

export type CueId = keyof NationalKnowledge['cues'];

const lexicons = new WeakMap<NationalKnowledge, Lexicon>();

/**
 * The cue lists compiled with the text analysis' own matcher (stems, negation), as if they were signals,
 * so that »hun har ingen plan« is not read as a plan. Only the cue phrases are compiled here: the concepts of
 * lexicon.yaml are the bot's, already compiled (or read from the start-up cache), so the first cue lookup after a
 * start costs a few milliseconds rather than a second compile of the whole lexicon (some 200 ms).
 */
export function cueLexicon(national: NationalKnowledge): Lexicon {
  let lexicon = lexicons.get(national);
  if (!lexicon) {
    const cues = Object.entries(national.cues).map(([id, cue]) => ({
      id,
      category: 'cue',
      label: id,
      phrases: cue.phrases,
      topics: [],
    }));
    // Cues only read signals: no text model.
    lexicon = buildLexicon({ ...national, redFlags: [], signals: cues, textModel: undefined });
    lexicons.set(national, lexicon);
  }
  return lexicon;
}

/** The cues found in the text, each with the words that matched. */
export function findCues(text: string, national: NationalKnowledge): Map<CueId, string> {
  const found = new Map<CueId, string>();
  if (!text.trim()) return found;
  for (const hit of analyseText(text, cueLexicon(national)).signals) {
    if (hit.id in national.cues) found.set(hit.id as CueId, hit.matched);
  }
  return found;
}
