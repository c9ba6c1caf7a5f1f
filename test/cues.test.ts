import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadStartupData } from '../src/host/startupData';
import { defaultKnowledgeDir } from '../src/knowledge';
import type { NationalKnowledge } from '../src/knowledge/schema';
import { cueLexicon, findCues } from '../src/rules/cues';
import { analyseText, buildLexicon, lexiconOf } from '../src/text';
import { knowledge } from './helpers';

/**
 * The engine's cues (a plan for now, a younger sibling: src/rules/cues.ts) are read with the bot's compiled
 * concepts, so the first cue lookup after a start does not compile the whole lexicon a second time (some 200 ms in
 * the middle of a turn). The answers must be those of a lexicon compiled anew for the cues alone.
 */
const national = knowledge.national;
const cueIds = Object.keys(national.cues);

/** The cues as a whole lexicon of their own would read them: compiled from a copy, sharing nothing. */
function cuesCompiledAlone(): (text: string) => Map<string, string> {
  const copy = structuredClone(national.lexicon);
  const signals = Object.entries(national.cues).map(([id, cue]) => ({
    id,
    category: 'cue',
    label: id,
    phrases: cue.phrases,
    topics: [],
  }));
  const alone = buildLexicon({ ...national, lexicon: copy, redFlags: [], signals, textModel: undefined });
  return (text) => new Map(analyseText(text, alone).signals.map((hit) => [hit.id, hit.matched]));
}

/** Sentences around every cue phrase: plain, denied, mistyped, cut short, and next to other concerns. */
function textsAroundCues(): string[] {
  const texts: string[] = [];
  for (const cue of Object.values(national.cues))
    for (const phrase of cue.phrases) {
      const typo =
        phrase.length > 5 ? `${phrase.slice(0, 2)}${phrase[3]}${phrase[2]}${phrase.slice(4)}` : phrase;
      texts.push(
        `Hun siger, at hun har ${phrase}.`,
        `Der er ingen ${phrase}, siger hun.`,
        `Han nævnte ${typo} i går.`,
        `${phrase.slice(0, -1)} og mor slår hende`,
        `Drengen er 19 år og taler om ${phrase}; han har ondt i maven.`,
      );
    }
  return texts;
}

/** Real descriptions: the held-out corpus (test/corpus/heldout.yaml). */
function corpusTexts(): string[] {
  return ['heldout.yaml'].flatMap((file) =>
    (parseYaml(readFileSync(path.join(__dirname, 'corpus', file), 'utf8')) as { text: string }[]).map(
      (item) => item.text,
    ),
  );
}

describe("the engine's cues", () => {
  it('are read with the bot’s compiled concepts: only the cue phrases are compiled for them', () => {
    const cues = cueLexicon(national);
    expect(cues.concepts).toBe(lexiconOf(national).concepts);
    expect(cues.phrases.conceptNames).toEqual(cueIds.map((id) => `signal:${id}`));
    // Their own words are at most the words of the cue phrases (fewer, where the concepts already have one).
    const cueWords = new Set(
      Object.values(national.cues).flatMap((cue) => cue.phrases.flatMap((p) => p.toLowerCase().split(/\s+/))),
    );
    expect(cues.phrases.words.length).toBeGreaterThan(0);
    expect(cues.phrases.words.length).toBeLessThanOrEqual(cueWords.size);
    expect(cues.concepts.words.length).toBeGreaterThan(50 * cueWords.size);
  });

  it('find what a lexicon compiled for the cues alone finds, word for word, and the bot reads as before', () => {
    const alone = cuesCompiledAlone();
    const texts = [...textsAroundCues(), ...corpusTexts()];
    const botAlone = buildLexicon({ ...national, lexicon: structuredClone(national.lexicon) });
    const read = texts.map((text) => ({ text, cues: [...findCues(text, national)] }));
    expect(read).toEqual(texts.map((text) => ({ text, cues: [...alone(text)] })));
    // The cue phrases on top of the shared concepts change nothing in the bot's own reading.
    const bot = lexiconOf(national);
    expect(texts.map((text) => analyseText(text, bot))).toEqual(
      texts.map((text) => analyseText(text, botAlone)),
    );
    const found = read.reduce((sum, r) => sum + r.cues.length, 0);
    // Both cues, found and also denied: the comparison is not one of two empty answers.
    expect(found).toBeGreaterThan(100);
    expect(findCues('Hun siger, at hun har en plan for i nat.', national).get('imminentSelfHarm')).toBe(
      'plan',
    );
    expect(findCues('Der er ingen plan, siger hun.', national).has('imminentSelfHarm')).toBe(false);
    expect(findCues('Hans lillebror er 6 år.', national).get('youngerChild')).toBe('lillebror');
  });

  it('read with the concepts a restart took from the start-up cache, not a compile of their own', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'handleguide-cues-'));
    try {
      const cacheDir = path.join(scratch, 'cache');
      loadStartupData(defaultKnowledgeDir(), { cacheDir }).remember();
      expect(readdirSync(cacheDir)).toHaveLength(1);
      const restart = loadStartupData(defaultKnowledgeDir(), { cacheDir });
      expect(restart.cache).toBe('hit');
      const restarted: NationalKnowledge = restart.knowledge.national;
      expect(cueLexicon(restarted).concepts).toBe(restart.lexicon.concepts);
      expect([...findCues('Hun har skrevet farvel til sin lillesøster.', restarted)]).toEqual([
        ...findCues('Hun har skrevet farvel til sin lillesøster.', national),
      ]);
      expect(findCues('Hun har skrevet farvel til sin lillesøster.', restarted).size).toBe(2);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
