import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildLexicon } from '../src/text';
import { Corpus, evaluateCorpus, precision, recall } from '../src/text/evaluate';
import { knowledge } from './helpers';

/**
 * The labelled tuning corpus (test/corpus/tuning.yaml): the text analysis must keep finding the red flags in it.
 * `npm run eval:text` prints the same figures per flag with the misses; the held-out set is scored there only.
 */
const load = (file: string) =>
  Corpus.parse(parseYaml(readFileSync(path.join(__dirname, 'corpus', file), 'utf8')));
// The rules alone: the explainable floor must hold without the model (test/textModel.test.ts covers the model).
const lexicon = buildLexicon({ ...knowledge.national, textModel: undefined });
/**
 * Floors for tuning2.yaml. Each batch was scored before the matcher was changed for it (an honest estimate of how it
 * generalised then): u0001-u0532 60.7 % recall, u0533-u0654 77.9 %, u0655-u0723 86.4 %, u0724-u0772 78.4 %, u0813-u0856 77.5 %;
 * tuned on since.
 */
const TUNING2_RECALL = 0.96;
const TUNING2_PRECISION = 0.97;
const corpus = load('tuning.yaml');
const evaluation = evaluateCorpus(corpus, lexicon, knowledge.national);
const misses = evaluation.items
  .filter((r) => r.missed.length > 0)
  .map((r) => `${r.item.id}: ${r.missed.join(', ')}`);
const falseAlarms = evaluation.items
  .filter((r) => r.falseAlarms.length > 0)
  .map((r) => `${r.item.id}: ${r.falseAlarms.join(', ')} (${r.explanation.join(' | ')})`);

describe('the tuning corpus', () => {
  it('is a labelled corpus with unique ids, red flags and hard negatives', () => {
    expect(new Set(corpus.map((i) => i.id)).size).toBe(corpus.length);
    expect(corpus.filter((i) => i.flags.length > 0).length).toBeGreaterThan(200);
    expect(corpus.filter((i) => i.flags.length === 0).length).toBeGreaterThan(200);
  });

  it('finds at least 97 % of the red flags', () => {
    // On failure the diff shows which sentences were missed.
    expect({ atLeast97: recall(evaluation.overall) >= 0.97, misses }).toEqual({ atLeast97: true, misses });
  });

  it('raises at least 95 % of its red flags rightly', () => {
    expect({ atLeast95: precision(evaluation.overall) >= 0.95, falseAlarms }).toEqual({
      atLeast95: true,
      falseAlarms,
    });
  });

  it.each(['overgreb', 'social_kontrol', 'radikalisering'] as const)(
    'finds %s in at least 95 % of cases',
    (flag) => {
      expect(recall(evaluation.perFlag[flag])).toBeGreaterThanOrEqual(0.95);
    },
  );
});

describe('the probe corpus (sentences written while testing how the matcher generalises)', () => {
  const probes = evaluateCorpus(load('probes.yaml'), lexicon, knowledge.national);

  it('keeps finding their red flags', () => {
    const missed = probes.items.filter((r) => r.missed.length > 0).map((r) => r.item.id);
    expect({ atLeast97: recall(probes.overall) >= 0.97, missed }).toEqual({ atLeast97: true, missed });
  });

  it('keeps raising few false red flags on them', () => {
    const wrong = probes.items.filter((r) => r.falseAlarms.length > 0).map((r) => r.item.id);
    expect({ atLeast95: precision(probes.overall) >= 0.95, wrong }).toEqual({ atLeast95: true, wrong });
  });
});

describe('the second tuning corpus (fresh phrasings written to measure generalisation, test/corpus/tuning2.yaml)', () => {
  const corpus2 = load('tuning2.yaml');
  const second = evaluateCorpus(corpus2, lexicon, knowledge.national);

  it('is a labelled corpus with unique ids, red flags and hard negatives', () => {
    expect(new Set(corpus2.map((i) => i.id)).size).toBe(corpus2.length);
    expect(corpus2.filter((i) => i.flags.length > 0).length).toBeGreaterThan(400);
    expect(corpus2.filter((i) => i.flags.length === 0).length).toBeGreaterThan(80);
  });

  it(`finds at least ${TUNING2_RECALL * 100} % of its red flags`, () => {
    const missed = second.items.filter((r) => r.missed.length > 0).map((r) => r.item.id);
    expect({ atLeast: recall(second.overall) >= TUNING2_RECALL, missed }).toEqual({ atLeast: true, missed });
  });

  it(`raises at least ${TUNING2_PRECISION * 100} % of its red flags rightly`, () => {
    const wrong = second.items
      .filter((r) => r.falseAlarms.length > 0)
      .map((r) => `${r.item.id}: ${r.falseAlarms.join(', ')} (${r.explanation.join(' | ')})`);
    expect({ atLeast: precision(second.overall) >= TUNING2_PRECISION, wrong }).toEqual({
      atLeast: true,
      wrong,
    });
  });
});

/**
 * tuning3a.yaml and tuning3b.yaml: written by two independent writers who never saw the matcher, focused on the
 * kinds the held-out set showed to be weak and on hard negatives. Each batch was scored before anyone read it
 * (recall / precision of red flags): 3a 1-50 82.5 % / 100 %, 3b 1-50 84.6 % / 97.1 %, 3a 51-200 80.9 % / 94.9 %,
 * 3b 51-200 86.4 % / 95.3 %, 3a 201-300 80.0 % / 96.8 %, 3b 201-300 74.7 % / 90.8 %; tuned on since.
 */
const TUNING3_RECALL = 0.95;
const TUNING3_PRECISION = 0.96;

describe.each(['tuning3a.yaml', 'tuning3b.yaml'])('the third tuning corpus %s', (file) => {
  const items = load(file);
  const third = evaluateCorpus(items, lexicon, knowledge.national);

  it('is a labelled corpus with unique ids, red flags and hard negatives', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.filter((i) => i.flags.length > 0).length).toBeGreaterThan(200);
    expect(items.filter((i) => i.flags.length === 0).length).toBeGreaterThan(50);
  });

  it(`finds at least ${TUNING3_RECALL * 100} % of its red flags`, () => {
    const missed = third.items.filter((r) => r.missed.length > 0).map((r) => r.item.id);
    expect({ atLeast: recall(third.overall) >= TUNING3_RECALL, missed }).toEqual({ atLeast: true, missed });
  });

  it(`raises at least ${TUNING3_PRECISION * 100} % of its red flags rightly`, () => {
    const wrong = third.items
      .filter((r) => r.falseAlarms.length > 0)
      .map((r) => `${r.item.id}: ${r.falseAlarms.join(', ')} (${r.explanation.join(' | ')})`);
    expect({ atLeast: precision(third.overall) >= TUNING3_PRECISION, wrong }).toEqual({
      atLeast: true,
      wrong,
    });
  });
});

/**
 * tuning4a.yaml and tuning4b.yaml: 300 sentences each by two further independent writers, on all kinds with unusual
 * vocabulary and hesitant, indirect writing (240 red flags, 60 hard negatives each). Scored before anyone read them
 * (recall / precision of red flags): 4a 77.6 % / 94.9 %, 4b 71.9 % / 95.1 %; tuned on since (the fourth round, with
 * relations and families that generalise, each with near-miss negatives in test/text.test.ts).
 */
const TUNING4_RECALL = 0.91;
const TUNING4_PRECISION = 0.95;

describe.each(['tuning4a.yaml', 'tuning4b.yaml'])('the fourth tuning corpus %s', (file) => {
  const items = load(file);
  const fourth = evaluateCorpus(items, lexicon, knowledge.national);

  it('is a labelled corpus with unique ids, red flags and hard negatives', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.filter((i) => i.flags.length > 0).length).toBeGreaterThan(200);
    expect(items.filter((i) => i.flags.length === 0).length).toBeGreaterThan(50);
  });

  it(`finds at least ${TUNING4_RECALL * 100} % of its red flags`, () => {
    const missed = fourth.items.filter((r) => r.missed.length > 0).map((r) => r.item.id);
    expect({ atLeast: recall(fourth.overall) >= TUNING4_RECALL, missed }).toEqual({ atLeast: true, missed });
  });

  it(`raises at least ${TUNING4_PRECISION * 100} % of its red flags rightly`, () => {
    const wrong = fourth.items
      .filter((r) => r.falseAlarms.length > 0)
      .map((r) => `${r.item.id}: ${r.falseAlarms.join(', ')} (${r.explanation.join(' | ')})`);
    expect({ atLeast: precision(fourth.overall) >= TUNING4_PRECISION, wrong }).toEqual({
      atLeast: true,
      wrong,
    });
  });
});

/**
 * tuning5a-d.yaml: 300 sentences each by four further independent writers (2026-11-28): 5a abuse, 5b negative social
 * control and radicalisation, 5c all kinds in unusual registers, 5d mostly ordinary concerns with a few red flags
 * buried in everyday narratives. Scored before anyone read them (recall / precision of red flags, rules alone):
 * 5a 74.1 % / 89.4 %, 5b 50.6 % / 76.1 %, 5c 83.2 % / 90.6 %, 5d 88.9 % / 68.3 % (5d after a first round on the
 * tuning sets' weak spots); tuned on since (the fifth round, with near misses in test/text.test.ts).
 *
 * tuning6a-d.yaml: 300 sentences each by four further independent writers (2026-11-28): 6a health professionals'
 * journal style, 6b small children, 6c teenagers (mostly social control, radicalisation, dating violence, sextortion),
 * 6d the hardest cases (implied harm, the adult's side, double negations, far pronouns, typos). Scored before anyone
 * read them (recall / precision of red flags, rules alone, main of session 20 after round 5): 6a 77.7 % / 83.2 %,
 * 6b 80.0 % / 92.1 %, 6c 62.1 % / 85.7 %, 6d 70.0 % / 79.4 %; tuned on since (the sixth round).
 *
 * tuning7a/7b.yaml: session 20's held-back check sets check7a/7b (300 each, two independent writers), never read
 * while held back. Scored unread (recall / precision, rules alone): after round 5 7a 87.3 % / 87.9 %, 7b 83.1 % /
 * 90.4 %; at the end of session 20 7a 90.0 % / 88.8 %, 7b 83.9 % / 90.4 %; tuned on since (the seventh round).
 *
 * tuning8a-d.yaml: 300 sentences each by four further independent writers (session 21): 8a negative social control
 * told by behaviour, 8b radicalisation told by its signs, 8c abuse told indirectly, 8d all kinds in hurried Teams
 * registers. Scored unread by the lead with main 68fafbe (session 20's final system; rules alone, then rules ∪ the
 * corroborated model as shipped): 8a 49.2 % / 85.0 %, 57.9 % / 85.6 %; 8b 57.6 % / 80.3 %, 64.7 % / 82.1 %;
 * 8c 74.7 % / 88.2 %, 75.9 % / 87.2 %; 8d 87.5 % / 91.7 %, 89.5 % / 91.9 %; tuned on since (the seventh round).
 * tuning8e.yaml: 300 sentences by a further independent writer: abuse hardest to see in text (sexual abuse and
 * grooming told by acts and secrets, mild words for everyday violence, psychological abuse, the adults' violence
 * heard at night), with near misses. Scored unread by the lead with main 68fafbe: rules alone 63.9 % / 84.2 %,
 * shipped 65.2 % / 84.4 %; tuned on since (the eighth round).
 * tuning9a/9b.yaml: session 21's held-back check sets check9a/9b (300 each, two independent writers, every kind),
 * never read while held back. Scored unread (rules alone; shipped): with session 20's final system 9a 87.9 % / 90.3 %,
 * 88.6 % / 90.4 %; 9b 87.4 % / 88.5 %, 89.9 % /
 * 88.8 %; with session 21's final system 9a 87.9 % / 89.7 %, 90.6 % /
 * 90.0 %; 9b 89.3 % / 88.8 %, 93.7 % / 87.6 %. tuning10a.yaml: 300 sentences by a further independent writer (session
 * 21): negative social control and radicalisation as they are lived, told by what the young person does and says.
 * Scored unread with session 21's final system: rules alone 38.2 % / 74.1 %, shipped 66.7 % / 82.1 %. All three are
 * tuned on from session 22; their floors start at the rules' unread figures. Round 9 of the rules (session 22, on
 * 9a/9b/10a; rules alone): 9a 87.9 % / 89.7 % → 89.9 % / 90.5 %, 9b 89.3 % / 88.8 % → 89.9 % / 88.8 %, 10a 38.2 % /
 * 74.1 % → 86.7 % / 91.1 % (8a rose from 79.0 % to 80.0 % on the way); after the later rounds on 12a-e and the rest of
 * 9a/9b: 9a 94.6 % / 91.6 %, 9b 95.0 % / 92.6 %, 10a 86.7 % / 91.7 %.
 * tuning12a-c.yaml: 300 sentences each by three further independent writers (session 22): 12a radicalisation across
 * the spectrum told by its signs, 12b physical and psychological abuse of children aged 0-10 with medical and
 * accidental look-alikes, 12c sexual abuse, grooming and images with normal development as look-alikes. Scored unread
 * by the lead with session 21's final system (rules alone; shipped; every model guess): 12a 57.5 % / 77.2 %, 75.2 % /
 * 81.0 %, 75.2 % / 77.2 %; 12b 79.3 % / 90.8 %, 82.7 % / 91.2 %, 90.7 % / 89.5 %; 12c 54.3 % / 76.6 %, 57.0 % /
 * 76.1 %, 86.1 % / 81.3 %. tuning12d/12e.yaml: two more (session 22): 12d every kind in short hurried phone messages
 * with typos and English words, 12e what happens behind the front door told by its traces (violence between the
 * adults, psychological abuse, social control seen by health staff and volunteers, FGM hints). Scored unread the
 * same way: 12d 88.8 % / 94.4 %, 90.8 % / 94.5 %, 93.4 % / 94.0 %; 12e 59.9 % / 76.4 %, 68.5 % / 78.2 %, 80.9 % /
 * 78.9 %. tuning12f/12g.yaml: two more (session 22): 12f ordinary worries worded to fool a keyword matcher (239) with 61
 * red flags hidden among them, 12g teenagers in their own words. Scored unread the same way: 12f 85.5 % / 64.6 %,
 * 90.3 % / 64.4 %, 90.3 % / 58.9 %; 12g 71.1 % / 89.3 %, 80.9 % / 89.1 %, 88.2 % / 89.3 %. Tuned on since; their
 * floors start at the rules' unread figures. Session 22's second rules round (false alarms: word senses for ordinary
 * worries worded like red flags) raised the precision floors to the rules' figures after it (12a 88.9 %, 12c 89.1 %,
 * 12e 90.7 %, 12f 84.1 %, 10a 80.8 %; the rules' false red flags on ordinary concerns went from 42 to 12 of 836).
 * After round 9 (session 22, rules alone, both rounds joined):
 * 12a 79.7 % / 91.0 %, 12b 92.7 % / 92.7 %, 12c 74.2 % / 90.3 %, 12d 96.7 % / 94.8 %, 12e 83.3 % / 91.8 %, 12f 87.1 % /
 * 84.4 %, 12g 71.7 % / 90.8 % (after last rounds on their misses: 12c 84.8 % / 91.4 %, 12g 86.2 % / 92.3 %).
 * Session 23's false-alarm round (word senses by kind, rules alone, precision before → after, recall unchanged):
 * 14a 83.6 → 94.9 %, 14b 86.8 → 97.1 %, 16a 85.0 → 90.3 %, 16b 77.1 → 83.1 %, 16c 81.2 → 84.8 %, 16d 62.1 → 75.6 %,
 * 16e 75.7 → 80.8 %, 12a 91.7 → 93.1 %, 12f 85.7 → 87.1 %, 5a 93.6 → 95.2 %, 9a 94.0 → 95.9 %; the precision floors
 * below moved up to the figures after it. Session 23's misses round (short and spoken forms read as the standard
 * word, violence against the mother told with »han«, food withheld and doors locked as traces; rules alone, recall
 * before → after): 16h 88.7 → 92.7 %, 16g 72.7 → 76.0 %, 16b 59.1 → 59.7 %, 6a 94.6 → 95.2 %, 7b 96.8 → 97.6 %.
 * Session 23's second false-alarm round (s23-rules5: a boy's circumcision, a
 * small child's questions, a topic in class, the school phoning both families, a big word for a phone taken away,
 * honour pressure without violence, a father's fight in a bar; recall unchanged): 5a 95.3 → 97.0 %, 9a 95.9 → 96.6 %,
 * 12f 87.7 → 89.1 %, 14a 95.0 → 96.6 %, 16a 92.9 → 93.5 %, 16c 86.2 → 87.3 %, 16d 75.6 → 76.6 %.
 * Session 24's round on the misses of 11a/13a/13b (s24-rules: relatives who watch and report, school-and-home only,
 * grooming by a net contact or an adult in a role with gifts, gifts on a condition, psychological abuse by its traces,
 * violence between the adults in other words, a break with friends in other verbs, senses scoped to nearby words;
 * rules alone, recall / precision before → after): 11a 88.2 / 93.7 → 94.7 / 94.7, 13a 89.7 / 96.6 → 94.9 / 96.7,
 * 13b 85.6 / 94.5 → 93.1 / 95.5, 12a 88.9 → 90.2 %, 12g 87.5 → 88.2 %, 16a 88.8 → 90.1 %, 16b 59.7 / 85.6 → 65.1 / 85.8,
 * 16e 81.5 → 82.7 %, 16g 76.0 / 90.5 → 81.3 / 91.0.
 */
const BATCH_RULES_FLOORS: Record<string, { recall: number; precision: number }> = {
  'tuning5a.yaml': { recall: 0.94, precision: 0.96 },
  'tuning5b.yaml': { recall: 0.91, precision: 0.94 },
  'tuning5c.yaml': { recall: 0.96, precision: 0.96 },
  'tuning5d.yaml': { recall: 0.95, precision: 0.92 },
  'tuning6a.yaml': { recall: 0.95, precision: 0.97 },
  'tuning6b.yaml': { recall: 0.93, precision: 0.96 },
  'tuning6c.yaml': { recall: 0.94, precision: 0.99 },
  'tuning6d.yaml': { recall: 0.9, precision: 0.94 },
  'tuning7a.yaml': { recall: 0.97, precision: 0.95 },
  'tuning7b.yaml': { recall: 0.97, precision: 0.98 },
  'tuning8a.yaml': { recall: 0.82, precision: 0.94 },
  'tuning8b.yaml': { recall: 0.92, precision: 0.94 },
  'tuning8c.yaml': { recall: 0.94, precision: 0.98 },
  'tuning8d.yaml': { recall: 0.96, precision: 0.97 },
  'tuning8e.yaml': { recall: 0.86, precision: 0.94 },
  'tuning9a.yaml': { recall: 0.95, precision: 0.96 },
  'tuning9b.yaml': { recall: 0.96, precision: 0.94 },
  'tuning10a.yaml': { recall: 0.9, precision: 0.93 },
  'tuning11a.yaml': { recall: 0.94, precision: 0.95 },
  'tuning12a.yaml': { recall: 0.91, precision: 0.95 },
  'tuning12b.yaml': { recall: 0.94, precision: 0.97 },
  'tuning12c.yaml': { recall: 0.89, precision: 0.93 },
  'tuning12d.yaml': { recall: 0.96, precision: 0.96 },
  'tuning12e.yaml': { recall: 0.85, precision: 0.95 },
  'tuning12f.yaml': { recall: 0.91, precision: 0.89 },
  'tuning12g.yaml': { recall: 0.88, precision: 0.94 },
  'tuning13a.yaml': { recall: 0.94, precision: 0.97 },
  'tuning13b.yaml': { recall: 0.93, precision: 0.95 },
  'tuning14a.yaml': { recall: 0.96, precision: 0.96 },
  'tuning14b.yaml': { recall: 0.91, precision: 0.97 },
  'tuning16a.yaml': { recall: 0.91, precision: 0.93 },
  'tuning16b.yaml': { recall: 0.65, precision: 0.86 },
  'tuning16c.yaml': { recall: 0.9, precision: 0.88 },
  'tuning16d.yaml': { recall: 0.98, precision: 0.78 },
  'tuning16e.yaml': { recall: 0.87, precision: 0.9 },
  'tuning16f.yaml': { recall: 0.84, precision: 0.96 },
  'tuning16g.yaml': { recall: 0.81, precision: 0.91 },
  'tuning16h.yaml': { recall: 0.94, precision: 0.94 },
  'tuning17a.yaml': { recall: 0.89, precision: 0.9 },
  'tuning17b.yaml': { recall: 0.75, precision: 0.83 },
  'tuning19a.yaml': { recall: 0.81, precision: 0.92 },
  'tuning19b.yaml': { recall: 0.89, precision: 0.94 },
  'tuning20a.yaml': { recall: 0.92, precision: 0.92 },
  'tuning20b.yaml': { recall: 0.86, precision: 0.92 },
  'tuning20c.yaml': { recall: 0.94, precision: 0.96 },
  'tuning20d.yaml': { recall: 0.97, precision: 0.94 },
  'tuning20e.yaml': { recall: 0.95, precision: 0.94 },
  'tuning20f.yaml': { recall: 0.94, precision: 0.97 },
  'tuning20g.yaml': { recall: 0.9, precision: 0.87 },
  'tuning20h.yaml': { recall: 0.89, precision: 0.93 },
  'tuning20i.yaml': { recall: 0.96, precision: 0.87 },
  'tuning20j.yaml': { recall: 0.76, precision: 0.93 },
  'tuning20k.yaml': { recall: 0.86, precision: 0.94 },
  'tuning25a.yaml': { recall: 0.97, precision: 0.98 },
  'tuning25b.yaml': { recall: 0.98, precision: 0.95 },
};

describe.each(Object.entries(BATCH_RULES_FLOORS))('the writers’ batch %s, rules alone', (file, floor) => {
  const items = load(file);
  const batch = evaluateCorpus(items, lexicon, knowledge.national);

  it('is a labelled corpus with unique ids, red flags and ordinary concerns', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(items.filter((i) => i.flags.length > 0).length).toBeGreaterThan(50);
    expect(items.filter((i) => i.flags.length === 0).length).toBeGreaterThan(100);
  });

  it(`finds at least its floor of red flags`, () => {
    const missed = batch.items.filter((r) => r.missed.length > 0).map((r) => r.item.id);
    expect({ atLeast: recall(batch.overall) >= floor.recall, missed }).toEqual({ atLeast: true, missed });
  });

  it(`raises its red flags rightly at least as often as its floor`, () => {
    const wrong = batch.items
      .filter((r) => r.falseAlarms.length > 0)
      .map((r) => `${r.item.id}: ${r.falseAlarms.join(', ')} (${r.explanation.join(' | ')})`);
    expect({ atLeast: precision(batch.overall) >= floor.precision, wrong }).toEqual({ atLeast: true, wrong });
  });
});

describe('ordinary concerns in every tuning set (kind almindelig_bekymring)', () => {
  const files = readdirSync(path.join(__dirname, 'corpus')).filter(
    (f) => f.endsWith('.yaml') && f !== 'heldout.yaml',
  );
  const ordinary = files.flatMap((f) =>
    load(f).filter((i) => i.kind === 'almindelig_bekymring' && i.flags.length === 0),
  );

  it('are many enough to measure a false red flag in a hundred', () => {
    expect(ordinary.length).toBeGreaterThan(200);
  });

  it('get a false red flag from the rules in at most 3 % of cases', () => {
    const wrong = evaluateCorpus(ordinary, lexicon, knowledge.national)
      .items.filter((r) => r.falseAlarms.length > 0)
      .map((r) => `${r.item.id}: ${r.falseAlarms.join(', ')} (${r.explanation.join(' | ')})`);
    expect({ atMost3Percent: wrong.length <= 0.03 * ordinary.length, wrong }).toEqual({
      atMost3Percent: true,
      wrong,
    });
  });
});

describe('ordinary concerns (tuning5d.yaml without a red flag)', () => {
  const ordinary = load('tuning5d.yaml').filter((i) => i.flags.length === 0 && !(i.alsoOk ?? []).length);
  const falselyFlagged = (lex: typeof lexicon) =>
    evaluateCorpus(ordinary, lex, knowledge.national)
      .items.filter((r) => r.falseAlarms.length > 0)
      .map((r) => r.item.id);

  it('are many enough to measure a false red flag in a hundred', () => {
    expect(ordinary.length).toBeGreaterThan(200);
  });

  it('get a false red flag from the rules in at most 3 % of cases', () => {
    const wrong = falselyFlagged(lexicon);
    expect({ atMost3Percent: wrong.length <= 0.03 * ordinary.length, wrong }).toEqual({
      atMost3Percent: true,
      wrong,
    });
  });

  it('get no more than 1 % more false red flags with the shipped text model', () => {
    const added = falselyFlagged(buildLexicon(knowledge.national)).filter(
      (id) => !falselyFlagged(lexicon).includes(id),
    );
    expect({ atMost1Percent: added.length <= 0.01 * ordinary.length, added }).toEqual({
      atMost1Percent: true,
      added,
    });
  });
});

/**
 * tuning6a-d.yaml: 300 sentences each by four further independent writers (6a health professionals, 6b small
 * children, 6c teenagers, 6d the hardest cases). Session 19's system scored them before anyone read them (recall /
 * precision of red flags, rules alone; rules ∪ model): 6a 73.5 / 81.9, 87.3 / 81.9; 6b 79.4 / 91.4, 90.6 / 85.3;
 * 6c 58.6 / 83.6, 73.6 / 77.6; 6d 70.6 / 78.5, 89.4 / 80.8. Session 20's rules with session 19's model, unread too
 * (rules alone; rules ∪ model; rules ∪ corroborated model): 6a 76.5 / 83.0, 90.4 / 83.8, 82.5 / 84.0; 6b 79.4 / 92.0,
 * 89.4 / 86.7, 83.1 / 92.4; 6c 61.5 / 85.6, 80.5 / 82.8, 70.7 / 87.2; 6d 70.0 / 79.4, 90.6 / 81.9, 75.6 / 80.7. The text model has learnt from them since, so they hold
 * the system as shipped (rules ∪ the model in mode `corroborated`) to a floor a little below its figures on
 * 2026-11-28 (83.7 / 84.2, 82.5 / 92.3, 74.1 / 87.8, 74.4 / 80.4), until the rules are tuned on them.
 */
const TUNING6_FLOORS: Record<string, { recall: number; precision: number }> = {
  'tuning6a.yaml': { recall: 0.82, precision: 0.82 },
  'tuning6b.yaml': { recall: 0.8, precision: 0.9 },
  'tuning6c.yaml': { recall: 0.72, precision: 0.85 },
  'tuning6d.yaml': { recall: 0.72, precision: 0.78 },
};
const shipped = buildLexicon(knowledge.national);

describe.each(Object.entries(TUNING6_FLOORS))('the sixth tuning corpus %s, as shipped', (file, floor) => {
  const items = load(file);
  const sixth = evaluateCorpus(items, shipped, knowledge.national);

  it('is a labelled corpus with unique ids, red flags and ordinary and hard negatives', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.filter((i) => i.flags.length > 0).length).toBeGreaterThan(150);
    expect(items.filter((i) => i.flags.length === 0).length).toBeGreaterThan(100);
  });

  it(`finds at least ${floor.recall * 100} % of its red flags`, () => {
    const missed = sixth.items.filter((r) => r.missed.length > 0).map((r) => r.item.id);
    expect({ atLeast: recall(sixth.overall) >= floor.recall, missed }).toEqual({ atLeast: true, missed });
  });

  it(`raises at least ${floor.precision * 100} % of its red flags rightly`, () => {
    const wrong = sixth.items
      .filter((r) => r.falseAlarms.length > 0)
      .map((r) => `${r.item.id}: ${r.falseAlarms.join(', ')} (${r.explanation.join(' | ')})`);
    expect({ atLeast: precision(sixth.overall) >= floor.precision, wrong }).toEqual({
      atLeast: true,
      wrong,
    });
  });
});
