import { z } from 'zod/v4';
import { RedFlagId, type NationalKnowledge } from '../knowledge/schema';
import { analyseText, type Lexicon } from './analyse';

/** One labelled sentence of the text corpus (test/corpus/*.yaml; format in docs/knowledge.md). */
export const CorpusItem = z
  .object({
    id: z.string().min(1),
    text: z.string().min(1),
    flags: z.array(RedFlagId),
    alsoOk: z.array(RedFlagId).optional(),
    signals: z.array(z.string()).optional(),
    kind: z.string(),
    writer: z.string().optional(),
    reason: z.string().optional(),
  })
  .strict();
export const Corpus = z.array(CorpusItem).min(1);
export type CorpusItem = z.infer<typeof CorpusItem>;

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface ItemResult {
  item: CorpusItem;
  /** The red flags the engine would raise: found in the text, or implied by a signal found in the text. */
  raised: RedFlagId[];
  missed: RedFlagId[];
  falseAlarms: RedFlagId[];
  /** Key signals labelled on the item but not found. */
  missedSignals: string[];
  /** What matched, for the report: "overgreb: »far slår« (slag_fra_voksen)". */
  explanation: string[];
  /** The signals found, with the words and the pattern that found each (eval:text --signal lists them). */
  signalHits: { id: string; matched: string; pattern?: string }[];
}

export interface Evaluation {
  perFlag: Record<RedFlagId, Score>;
  overall: Score;
  items: ItemResult[];
  /** Key signals: how many labelled items had them found, and how often they were found unlabelled. */
  signals: Record<string, { labelled: number; found: number; unlabelledFound: number }>;
}

export const KEY_SIGNALS = [
  'selvmordstanker',
  'selvskade',
  'graviditet_risiko',
  'foraeldres_misbrug',
  'maerker_efter_vold',
  's_brud_maerker',
] as const;

const empty = (): Score => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export const recall = (s: Score): number =>
  s.truePositives + s.falseNegatives === 0 ? 1 : s.truePositives / (s.truePositives + s.falseNegatives);
export const precision = (s: Score): number =>
  s.truePositives + s.falsePositives === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives);

/**
 * Scores the text analysis against a labelled corpus, the way the engine uses it: a red flag counts when the text
 * raises it directly or through a signal with `impliesRedFlag`. A flag in `alsoOk` is neither right nor wrong.
 */
export function evaluateCorpus(
  items: readonly CorpusItem[],
  lexicon: Lexicon,
  national: NationalKnowledge,
): Evaluation {
  const perFlag = Object.fromEntries(RedFlagId.options.map((id) => [id, empty()])) as Record<
    RedFlagId,
    Score
  >;
  const overall = empty();
  const signals = Object.fromEntries(
    KEY_SIGNALS.map((id) => [id, { labelled: 0, found: 0, unlabelledFound: 0 }]),
  );
  const implied = new Map(
    national.signals.flatMap((s) => (s.impliesRedFlag ? [[s.id, s.impliesRedFlag]] : [])),
  );
  const results = items.map((item): ItemResult => {
    const analysis = analyseText(item.text, lexicon);
    const raised = new Set<RedFlagId>(analysis.redFlags.map((h) => h.id));
    const explanation = analysis.redFlags.map((h) => `${h.id}: »${h.matched}« (${h.pattern ?? ''})`);
    for (const hit of analysis.signals) {
      const flag = implied.get(hit.id);
      if (flag && !raised.has(flag)) {
        raised.add(flag);
        explanation.push(`${flag} via signal ${hit.id}: »${hit.matched}«`);
      }
    }
    const expected = new Set(item.flags);
    const ok = new Set(item.alsoOk ?? []);
    const missed = item.flags.filter((f) => !raised.has(f));
    const falseAlarms = [...raised].filter((f) => !expected.has(f) && !ok.has(f));
    for (const flag of RedFlagId.options) {
      const score = perFlag[flag];
      if (expected.has(flag) && raised.has(flag)) score.truePositives++;
      else if (expected.has(flag)) score.falseNegatives++;
      else if (raised.has(flag) && !ok.has(flag)) score.falsePositives++;
    }
    const found = new Set(analysis.signals.map((s) => s.id));
    const missedSignals = KEY_SIGNALS.filter((id) => item.signals?.includes(id) && !found.has(id));
    for (const id of KEY_SIGNALS) {
      const tally = signals[id];
      if (!tally) continue;
      if (item.signals?.includes(id)) {
        tally.labelled++;
        if (found.has(id)) tally.found++;
      } else if (found.has(id)) tally.unlabelledFound++;
    }
    const signalHits = analysis.signals.map((h) => ({ id: h.id, matched: h.matched, pattern: h.pattern }));
    return { item, raised: [...raised], missed, falseAlarms, missedSignals, explanation, signalHits };
  });
  for (const score of Object.values(perFlag)) {
    overall.truePositives += score.truePositives;
    overall.falsePositives += score.falsePositives;
    overall.falseNegatives += score.falseNegatives;
  }
  return { perFlag, overall, items: results, signals };
}
