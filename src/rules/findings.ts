import type { NationalKnowledge, RedFlagId } from '../knowledge/schema';
import { analyseText, lexiconOf } from '../text/analyse';
import type { Builder } from './builder';
import type { Concern } from './concern';
import { lookupsOf } from './lookups';
import type { Texts } from './texts';

const FLAG_ORDER: RedFlagId[] = ['overgreb', 'social_kontrol', 'radikalisering'];

export interface Findings {
  signalMap: Map<string, { id: string; label: string; matched?: string }>;
  /** In a fixed order: abuse first. */
  redFlags: RedFlagId[];
}

/**
 * Rule 1's input side: explicit signals and red flags, those found in the text (negation-aware), and red
 * flags implied by signals. Explains each finding through the builder.
 */
export function collectFindings(
  concern: Concern,
  national: NationalKnowledge,
  b: Builder,
  texts: Texts,
): Findings {
  const text = analyseText(concern.text, lexiconOf(national));
  const { signals, redFlags, signalCategories } = lookupsOf(national);
  const signalMap = new Map<string, { id: string; label: string; matched?: string }>();
  for (const id of concern.signals) {
    const signal = signals.get(id);
    if (signal) signalMap.set(id, { id, label: signal.label });
  }
  for (const hit of text.signals) {
    const signal = signals.get(hit.id);
    if (signal && !signalMap.has(hit.id))
      signalMap.set(hit.id, { id: hit.id, label: signal.label, matched: hit.matched });
  }
  const flagSet = new Set<RedFlagId>(concern.redFlags);
  for (const hit of text.redFlags) {
    flagSet.add(hit.id);
    const flag = redFlags.get(hit.id);
    // A model's guess says so, so the reader knows no rule found it alone; a corroborated one names the rules' words.
    const byModel = hit.pattern === 'model';
    const label = flag?.label ?? hit.id;
    if (hit.corroboratedBy) {
      // Also a note, so the result card says which words raised it and that no rule found it alone.
      const overSense = hit.corroboratedBy.sense !== undefined;
      const said = texts.say(overSense ? 'flagOverSense' : 'flagCorroborated', {
        matched: hit.corroboratedBy.matched,
        modelWords: hit.matched,
        flag: label,
      });
      b.reason(
        overSense
          ? 'R1 rødt flag fra tekstmodellen, hvor reglerne læste ordene i en anden betydning'
          : 'R1 rødt flag fra tekstmodellen og reglernes delvise fund',
        said,
        flag?.source ?? '',
      );
      b.note(said);
    } else {
      const said = texts.say(byModel ? 'flagByModel' : 'flagInText', { matched: hit.matched, flag: label });
      b.reason(
        byModel ? 'R1 rødt flag gættet af tekstmodellen' : 'R1 røde flag i teksten',
        said,
        flag?.source ?? '',
      );
      // A flag the model raised alone says so on the result card too, with the words that weighed most.
      if (byModel) b.note(said);
    }
  }
  for (const id of signalMap.keys()) {
    const signal = signals.get(id);
    if (signal?.impliesRedFlag && !flagSet.has(signal.impliesRedFlag)) {
      flagSet.add(signal.impliesRedFlag);
      const category = signalCategories.get(signal.category);
      const flag = redFlags.get(signal.impliesRedFlag);
      b.reason(
        'R1 signal med rødt flag',
        texts.say('signalImpliesFlag', { signal: signal.label, flag: flag?.label ?? signal.impliesRedFlag }),
        category?.source ?? '',
      );
    }
  }
  for (const guess of text.modelGuesses) {
    const flag = redFlags.get(guess.id);
    b.note(texts.say('flagByModel', { matched: guess.matched, flag: flag?.label ?? guess.id }));
  }
  for (const negated of text.negated) {
    b.note(texts.say('negatedNote', { matched: negated.matched }));
  }
  return { signalMap, redFlags: FLAG_ORDER.filter((f) => flagSet.has(f)) };
}

export function topicsOf(signalIds: Iterable<string>, national: NationalKnowledge): Set<string> {
  const topics = new Set<string>();
  const { signals } = lookupsOf(national);
  for (const id of signalIds) signals.get(id)?.topics.forEach((t) => topics.add(t));
  return topics;
}
