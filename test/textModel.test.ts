import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assessmentCardModel } from '../src/cards/viewModels';
import { loadCorpusFile, trainingFiles } from '../src/cli/corpusFiles';
import { defaultKnowledgeDir, loadKnowledge, TextModelFile } from '../src/knowledge';
import { analyseText, buildLexicon, tokenize } from '../src/text';
import { findConcepts, lexiconTokens } from '../src/text/matcher';
import { negationScope } from '../src/text/negation';
import { compileTextModel, scoreText, sigmoid, textFeatures } from '../src/text/model';
import { assess, ConcernShape } from '../src/rules';
import { buildModelFile, DEFAULT_TRAINING, toExample, train } from '../src/text/train';
import { evaluateCorpus } from '../src/text/evaluate';
import { knowledge } from './helpers';

/**
 * The text model (knowledge/textModel.json): a statistical backstop that only adds red flags the rules missed,
 * says it is a guess and which words weighed, and never speaks where the rules read a denial.
 */
const national = knowledge.national;
// The model as if it raised flags (mode `flag`), to test its guesses; the shipped mode is tested below.
const withModel = buildLexicon({
  ...national,
  textModel: national.textModel && { ...national.textModel, mode: 'flag' },
});
const shipped = buildLexicon(national);
const rulesAlone = buildLexicon({ ...national, textModel: undefined });
const modelFile = path.join(defaultKnowledgeDir(), 'textModel.json');

describe('the text model', () => {
  it('ships as a small file that validates', () => {
    const parsed = TextModelFile.safeParse(JSON.parse(readFileSync(modelFile, 'utf8')));
    expect(parsed.success).toBe(true);
    expect(statSync(modelFile).size).toBeLessThan(2 * 1024 * 1024);
    expect(national.textModel?.corpus).not.toContain('heldout.yaml');
  });

  it('never removes or changes a red flag the rules found', () => {
    const texts = ['tuning.yaml', 'probes.yaml'].flatMap((f) => (loadCorpusFile(f) ?? []).map((i) => i.text));
    const changed = texts.filter((text) => {
      const rules = analyseText(text, rulesAlone).redFlags;
      const union = analyseText(text, withModel).redFlags.filter((h) => h.pattern !== 'model');
      return JSON.stringify(rules) !== JSON.stringify(union);
    });
    expect(texts.length).toBeGreaterThan(1000);
    expect(changed).toEqual([]);
  });

  // Written for this test, in words of our own; the rules find no red flag in them.
  it.each([
    [
      'overgreb',
      'Stedfaren tager hende med ind på badeværelset og lukker døren, bagefter græder hun',
      'badeværelset',
    ],
    ['radikalisering', 'Han har fået et nyt navn online og siger at demokrati er for de svage', 'demokrati'],
  ] as const)('raises %s in »%s« as a guess, naming the words that weighed', (flag, text, word) => {
    expect(analyseText(text, rulesAlone).redFlags).toEqual([]);
    const guess = analyseText(text, withModel).redFlags.find((h) => h.id === flag);
    expect(guess).toMatchObject({ pattern: 'model' });
    expect(guess?.matched.split(', ')).toContain(word);
    expect(guess?.probability).toBeGreaterThanOrEqual(national.textModel?.threshold ?? 1);
  });

  /** The shipped model's probabilities for a text, read as analyseText reads it (its tokens, negation and concepts). */
  const shippedProbabilities = (text: string): number[] => {
    const model = shipped.model;
    if (!model) return [];
    const tokens = lexiconTokens(text, shipped);
    const concepts = { spans: findConcepts(tokens, shipped), names: shipped.conceptNames };
    return scoreText(tokens, negationScope(tokens, shipped.negation), model, new Set(), concepts)
      .probabilities;
  };

  const modelAlone = (text: string) => {
    const model = withModel.model;
    return model ? scoreText(tokenize(text), undefined, model).guesses.map((g) => g.id) : [];
  };

  it.each([
    'Der er ingen tegn på at stedfaren slår hende med et bælte',
    'Pigen er ikke blevet voldtaget af sin stedfar',
  ])('does not raise a flag the rules read as denied: »%s«', (text) => {
    // The model alone would guess here; the rules' reading of the denial wins.
    expect(modelAlone(text)).toContain('overgreb');
    expect(analyseText(text, rulesAlone).negated.map((h) => h.id)).toContain('overgreb');
    expect(analyseText(text, withModel).redFlags).toEqual([]);
  });

  it('reads its own guess as denied when the words it rests on stand in a negation', () => {
    // (»Der er ingen tegn på at …« is no longer guessed at all: the model's own negation features read that denial.)
    const text = 'Vi har ikke set at stedfaren tager hende med ind på badeværelset og lukker døren';
    // Without the negation the model would guess: this is the case the check is for.
    expect(modelAlone(text)).toContain('overgreb');
    const analysis = analyseText(text, withModel);
    expect(analysis.redFlags).toEqual([]);
    expect(analysis.negated).toContainEqual(expect.objectContaining({ id: 'overgreb', pattern: 'model' }));
  });

  // Genital mutilation told by a euphemism: the rules find the act (»gøres ren«) but not the trip or the country
  // their pattern needs. (Written for this test; every model trained in leave-one-batch-out scores it above 0.99, so
  // a retrain does not move it near `raiseAt`.)
  const madeClean =
    'Pigen på 6 år siger at mormor har sagt at hun snart skal gøres ren ligesom de store piger, og at det gør lidt ondt men så får hun gaver.';

  it("as shipped (mode corroborated) raises a guess only with the rules' partial evidence, and names its words", () => {
    expect(national.textModel?.mode).toBe('corroborated');
    expect(analyseText(madeClean, rulesAlone).redFlags).toEqual([]);
    const [raised] = analyseText(madeClean, shipped).redFlags;
    expect(raised).toMatchObject({
      id: 'overgreb',
      pattern: 'model',
      corroboratedBy: { matched: 'gøres ren', pattern: 'omskaering_paa_rejse' },
    });
    expect(raised?.probability).toBeGreaterThanOrEqual(national.textModel?.raiseAt ?? 1);
  });

  it('only suggests an abuse guess the rules found nothing of in one short sentence, however sure the model is', () => {
    const text = 'Stedfaren tager hende med ind på badeværelset og lukker døren, bagefter græder hun';
    const analysis = analyseText(text, shipped);
    expect(analysis.redFlags).toEqual([]);
    expect(analysis.modelGuesses).toEqual([expect.objectContaining({ id: 'overgreb', pattern: 'model' })]);
    expect(analysis.modelGuesses[0]?.probability).toBeGreaterThan(0.9);
  });

  it('as shipped raises an abuse guess without the rules in a description, only from the probability it trusts', () => {
    // The same act told in a description (every leave-one-batch-out model scores it at 0.999 or more).
    const text =
      'Hun siger at stedfaren tager hende med ind på badeværelset og lukker døren når mor er på arbejde, og bagefter græder hun og vil ikke hjem.';
    expect(analyseText(text, rulesAlone).redFlags).toEqual([]);
    const trustedAt = national.textModel?.raise?.overgreb?.alone ?? 1;
    const [raised] = analyseText(text, shipped).redFlags;
    expect(raised).toMatchObject({ id: 'overgreb', pattern: 'model' });
    expect(raised?.corroboratedBy).toBeUndefined();
    expect(raised?.probability).toBeGreaterThanOrEqual(trustedAt);
    expect(raised?.matched.split(', ')).toContain('badeværelset');
    // Trusted only from just above the guess's own probability, the same guess is a suggestion again.
    const [probability = 1] = shippedProbabilities(text);
    expect(probability).toBeLessThan(1);
    const stricter = buildLexicon({
      ...national,
      textModel: national.textModel && {
        ...national.textModel,
        raise: { ...national.textModel.raise, overgreb: { alone: (probability + 1) / 2 } },
      },
    });
    const analysis = analyseText(text, stricter);
    expect(analysis.redFlags).toEqual([]);
    expect(analysis.modelGuesses.map((g) => g.id)).toEqual(['overgreb']);
  });

  it('does not raise abuse on an everyday worry told in the details card', () => {
    // The words of the conversation tests' details card: everyday words the corpus's disclosures share (»sagde hun«,
    // »mor siger«) put earlier models at 0.93-0.99 for abuse; a guess may be noted, never raised.
    const details =
      'Mandag sagde hun, at der ikke var aftensmad.\nSiden efterårsferien\nSamtale med mor den 2. november.\nMor siger, at det går bedre.';
    const analysis = analyseText(details, shipped);
    expect(analysis.redFlags).toEqual([]);
    for (const guess of analysis.modelGuesses)
      expect(guess.probability).toBeLessThan(national.textModel?.raise?.[guess.id]?.alone ?? 0);
  });

  it('only suggests a corroborated guess below the probability it is raised at', () => {
    const [probability = 1] = shippedProbabilities(madeClean);
    expect(probability).toBeLessThan(1);
    // Raised only from just above the guess's own probability: the same words are then only a suggestion.
    const raiseAt = (probability + 1) / 2;
    // Not trusted alone either: only the corroboration is tested.
    const stricter = buildLexicon({
      ...national,
      textModel: national.textModel && {
        ...national.textModel,
        raiseAt,
        raise: { ...national.textModel.raise, overgreb: {} },
      },
    });
    const analysis = analyseText(madeClean, stricter);
    expect(analysis.redFlags).toEqual([]);
    expect(analysis.modelGuesses.map((g) => g.id)).toEqual(['overgreb']);
  });

  /** The shipped model with other trust for one flag (mode corroborated). */
  const trusting = (
    flag: 'overgreb' | 'social_kontrol' | 'radikalisering',
    trust: NonNullable<NonNullable<TextModelFile['raise']>['overgreb']>,
    raiseAt = national.textModel?.raiseAt,
  ) =>
    buildLexicon({
      ...national,
      textModel: national.textModel && {
        ...national.textModel,
        raiseAt,
        raise: { ...national.textModel.raise, [flag]: trust },
      },
    });
  const probabilityOf = (text: string, flag = 0) => shippedProbabilities(text)[flag] ?? 1;

  it("raises a corroborated guess from its own flag's `raiseAt`, whatever the file's", () => {
    const probability = probabilityOf(madeClean);
    expect(probability).toBeLessThan(1);
    const above = (probability + 1) / 2;
    const below = probability / 2;
    // The file's raiseAt above the guess, the flag's below it: raised, with the rules' words.
    const own = analyseText(madeClean, trusting('overgreb', { raiseAt: below }, above)).redFlags;
    expect(own).toEqual([
      expect.objectContaining({
        id: 'overgreb',
        corroboratedBy: expect.objectContaining({ matched: 'gøres ren' }),
      }),
    ]);
    // The other way round: the flag's own raiseAt wins, and the guess is only suggested.
    const analysis = analyseText(madeClean, trusting('overgreb', { raiseAt: above }, below));
    expect(analysis.redFlags).toEqual([]);
    expect(analysis.modelGuesses.map((g) => g.id)).toEqual(['overgreb']);
  });

  // 13 words: below the 20 from which an abuse guess is raised.
  const shortSentence = 'Stedfaren tager hende med ind på badeværelset og lukker døren, bagefter græder hun';

  it('raises a guess in a shorter text than `minWords` only from `aloneShort`, and only from its number of words', () => {
    const probability = probabilityOf(shortSentence);
    expect(tokenize(shortSentence)).toHaveLength(13);
    const raised = (trust: Parameters<typeof trusting>[1]) =>
      analyseText(shortSentence, trusting('overgreb', trust)).redFlags.map((h) => h.id);
    expect(raised({ alone: 0.5 })).toEqual([]);
    expect(raised({ alone: 0.5, aloneShort: { words: 10, at: probability - 0.01 } })).toEqual(['overgreb']);
    expect(raised({ alone: 0.5, aloneShort: { words: 10, at: (probability + 1) / 2 } })).toEqual([]);
    expect(raised({ alone: 0.5, aloneShort: { words: 14, at: 0.5 } })).toEqual([]);
    // `minWords` itself: from 13 words the guess is trusted as `alone` says.
    expect(raised({ alone: probability - 0.01, minWords: 13 })).toEqual(['overgreb']);
    expect(raised({ alone: probability - 0.01, minWords: 14 })).toEqual([]);
  });

  it('raises a guess alone from `aloneLong` only in a text of at least its words', () => {
    const text =
      'Hun siger at stedfaren tager hende med ind på badeværelset og lukker døren når mor er på arbejde, og bagefter græder hun og vil ikke hjem.';
    const words = tokenize(text).length;
    const probability = probabilityOf(text);
    expect(probability).toBeLessThan(1);
    const raised = (trust: Parameters<typeof trusting>[1]) =>
      analyseText(text, trusting('overgreb', trust)).redFlags.map((h) => h.id);
    const sure = (probability + 1) / 2;
    expect(raised({ alone: sure })).toEqual([]);
    expect(raised({ alone: sure, aloneLong: { words, at: probability - 0.01 } })).toEqual(['overgreb']);
    expect(raised({ alone: sure, aloneLong: { words: words + 1, at: probability - 0.01 } })).toEqual([]);
  });

  // Social control written by what the family does, with no word the rules know as a pattern.
  const cousinsAtTheGate =
    'Hun er 15 og hendes fætre står tit ved skolens port når vi har fri, og hun tør ikke blive til lejrskolen, for så siger hun at der bliver snakket derhjemme.';

  it('as shipped raises a social-control guess without the rules, from the probability the file trusts it at', () => {
    expect(analyseText(cousinsAtTheGate, rulesAlone).redFlags).toEqual([]);
    const trustedAt = national.textModel?.raise?.social_kontrol?.alone ?? 1;
    const [raised] = analyseText(cousinsAtTheGate, shipped).redFlags;
    expect(raised).toMatchObject({ id: 'social_kontrol', pattern: 'model' });
    expect(raised?.corroboratedBy).toBeUndefined();
    expect(raised?.probability).toBeGreaterThanOrEqual(trustedAt);
    expect(raised?.matched.split(', ')).toContain('fætre');
    // Trusted only from a higher probability, the same guess is a suggestion again.
    const stricter = buildLexicon({
      ...national,
      textModel: national.textModel && {
        ...national.textModel,
        raise: { ...national.textModel.raise, social_kontrol: { alone: 0.999 } },
      },
    });
    const analysis = analyseText(cousinsAtTheGate, stricter);
    expect(analysis.redFlags).toEqual([]);
    expect(analysis.modelGuesses.map((g) => g.id)).toEqual(['social_kontrol']);
  });

  it('as shipped says on the result card that a flag raised without the rules is the model’s guess, and why', () => {
    const concern = ConcernShape.parse({
      municipality: 'vejen',
      childAge: 15,
      now: '2026-11-24T09:00:00+01:00',
      text: cousinsAtTheGate,
    });
    const result = assess(concern, knowledge, () => new Date('2026-11-24T08:00:00Z'));
    expect(result.redFlags).toEqual(['social_kontrol']);
    const note = result.notes.find((n) => n.includes('tekstmodel'));
    expect(note).toMatch(/et gæt, ikke en regel/);
    expect(note).toMatch(/vejede tungest: .*fætre/);
  });

  // A burn the mother explains as an accident: the rules read »brandsår« in that sense.
  const explainedBurn =
    'Drengen på 3 år har et brandsår på hånden, rundt og pænt afgrænset. Mor siger det var et uheld ved komfuret, men det er tredje gang i år, og han trækker sig når voksne løfter hånden.';

  it('as shipped raises abuse over the rules’ other reading only when the model is very sure, naming both', () => {
    const rules = analyseText(explainedBurn, rulesAlone);
    expect(rules.redFlags).toEqual([]);
    expect(rules.excluded).toContainEqual(expect.objectContaining({ matched: 'brandsår', sense: 'uheld' }));
    const [raised] = analyseText(explainedBurn, shipped).redFlags;
    expect(raised).toMatchObject({
      id: 'overgreb',
      pattern: 'model',
      corroboratedBy: { matched: 'brandsår', sense: 'uheld' },
    });
    expect(raised?.probability).toBeGreaterThanOrEqual(
      national.textModel?.raise?.overgreb?.overSense?.at ?? 1,
    );
    // Below that probability the rules' reading stands: not raised, and not suggested either.
    const stricter = buildLexicon({
      ...national,
      textModel: national.textModel && {
        ...national.textModel,
        raise: { ...national.textModel.raise, overgreb: { overSense: { at: 0.999, senses: ['uheld'] } } },
      },
    });
    const analysis = analyseText(explainedBurn, stricter);
    expect(analysis.redFlags).toEqual([]);
    expect(analysis.modelGuesses).toEqual([]);
    const concern = ConcernShape.parse({
      municipality: 'vejen',
      childAge: 3,
      now: '2026-11-24T09:00:00+01:00',
      text: explainedBurn,
    });
    const note = assess(concern, knowledge, () => new Date('2026-11-24T08:00:00Z')).notes.find((n) =>
      n.includes('tekstmodel'),
    );
    expect(note).toContain('»brandsår«');
    expect(note).toMatch(/anden betydning/);
  });

  it('trusts itself over word senses the lexicon has: explanations someone gives, not fiction or games', () => {
    const raise = national.textModel?.raise ?? {};
    const senses = Object.values(raise).flatMap((r) => r?.overSense?.senses ?? []);
    expect(senses.length).toBeGreaterThan(0);
    expect(senses.filter((id) => !(id in national.lexicon.senses))).toEqual([]);
    expect(senses).not.toContain('spil_film');
    const game =
      'Han deler videoer af angreb fra Call of Duty med sine venner, og de griner af det hele frikvarteret.';
    expect(analyseText(game, shipped).redFlags).toEqual([]);
  });

  it('raises nothing alone in a description longer than any it was measured on, however sure it is', () => {
    // An everyday worry said over and over: the model's sums grow with the words, so it is sure of a flag.
    const long = 'Hun sagde, at hun ikke får morgenmad, og at far råber ad hende om aftenen. '.repeat(12);
    // Which flag the model is sure of depends on its training; that it is sure of one, and that it stays a guess, does not.
    expect(analyseText(long, rulesAlone).redFlags).toEqual([]);
    const sureOf = analyseText(long, withModel).redFlags.map((h) => h.id);
    expect(sureOf.length).toBeGreaterThan(0);
    expect(analyseText(long, shipped).redFlags).toEqual([]);
    expect(analyseText(long, shipped).modelGuesses.map((g) => g.id)).toEqual(expect.arrayContaining(sureOf));
  });

  it.each([
    'Der er ingen tegn på at stedfaren slår hende med et bælte',
    'Pigen er ikke blevet voldtaget af sin stedfar',
    'Der er ingen tegn på at stedfaren tager hende med ind på badeværelset og lukker døren',
  ])('as shipped raises nothing the rules read as denied: »%s«', (text) => {
    expect(analyseText(text, shipped).redFlags).toEqual([]);
  });

  it("as shipped names both the rules' words and the model's on the result card", () => {
    const concern = ConcernShape.parse({
      municipality: 'vejen',
      childAge: 6,
      now: '2026-11-24T09:00:00+01:00',
      text: madeClean,
    });
    const result = assess(concern, knowledge, () => new Date('2026-11-24T08:00:00Z'));
    expect(result.redFlags).toEqual(['overgreb']);
    const note = result.notes.find((n) => n.includes('tekstmodel'));
    expect(note).toContain('»gøres ren«');
    expect(note).toMatch(/vægt på: .*ren/);
    // The acute card shows it among its first notes, so the professional sees why the flag was raised.
    expect(assessmentCardModel(result, knowledge).notes).toContain(note);
  });

  it('as shipped adds at most 1 % false red flags to ordinary concerns', () => {
    // Everyday worries (kind `almindelig_bekymring`, and tuning5d's items without a flag, written to look like red
    // flags): a false red flag there sends a family to the police line. Only the model's additions are counted.
    const ordinary = trainingFiles().flatMap((file) =>
      (loadCorpusFile(file) ?? []).filter(
        (i) => i.kind === 'almindelig_bekymring' || (file === 'tuning5d.yaml' && i.flags.length === 0),
      ),
    );
    const rules = evaluateCorpus(ordinary, rulesAlone, national);
    const added = evaluateCorpus(ordinary, shipped, national).items.filter(
      (r, i) => r.falseAlarms.length > (rules.items[i]?.falseAlarms.length ?? 0),
    );
    expect(ordinary.length).toBeGreaterThan(300);
    expect({
      atMost1Percent: added.length <= ordinary.length * 0.01,
      added: added.map((r) => r.item.id),
    }).toEqual({ atMost1Percent: true, added: added.map((r) => r.item.id) });
  });

  it("scores a text as it was trained: every kind of feature, the rules' concepts and their pairs included", () => {
    // A small model with every feature switched on; its probability must be the logistic of the summed weights of
    // the features training saw, scaled as in training, or the shipped figures would not hold in the app.
    const options = {
      ...DEFAULT_TRAINING,
      epochs: 3,
      config: {
        charGrams: [3, 5] as [number, number],
        bigrams: true,
        negation: true,
        concepts: 2,
        conceptPairs: true,
        skipGrams: true,
      },
    };
    const items = (loadCorpusFile('tuning.yaml') ?? []).slice(0, 300);
    const file = buildModelFile([{ name: 'tuning.yaml', items }], rulesAlone, '2026-11-28', options);
    const model = compileTextModel(file);
    const texts = [
      'Stedfaren slår hende ikke, men han tager hende med ind på badeværelset og lukker døren.',
      'Der er ingen tegn på at far har slået ham, han faldt på legepladsen i går.',
    ];
    const kinds: string[] = [];
    for (const text of texts) {
      const tokens = tokenize(text);
      const negated = negationScope(tokens, rulesAlone.negation);
      const concepts = { spans: findConcepts(tokens, rulesAlone), names: rulesAlone.conceptNames };
      const features = textFeatures(tokens, negated, options.config, concepts);
      kinds.push(...features.map((f) => f.slice(0, f.indexOf(':'))));
      const expected = file.flags.map((_, f) =>
        sigmoid(
          (file.bias[f] ?? 0) +
            features.reduce((sum, feature) => sum + (file.weights[feature]?.[f] ?? 0), 0) /
              Math.sqrt(features.length),
        ),
      );
      const { probabilities } = scoreText(tokens, negated, model, new Set(), concepts);
      probabilities.forEach((p, f) => expect(p).toBeCloseTo(expected[f] ?? NaN, 9));
    }
    expect(new Set(kinds)).toEqual(new Set(['w', 'c', 'b', 's', 'n', 'k', 'kn', 'kk']));
  });

  it('learns the same weights from the same texts with dropout, and others with another seed', () => {
    // Dropout leaves features out at random while learning; the generator is seeded, so the shipped file can be
    // rebuilt exactly, and the test above can tell a stale file.
    const examples = (loadCorpusFile('tuning.yaml') ?? [])
      .slice(0, 200)
      .map((item) => toExample(item, rulesAlone, DEFAULT_TRAINING.config));
    const options = { ...DEFAULT_TRAINING, epochs: 3, dropout: 0.3 };
    const once = train(examples, options);
    expect(train(examples, options)).toEqual(once);
    expect(train(examples, { ...options, seed: options.seed + 1 }).weights).not.toEqual(once.weights);
    expect(train(examples, { ...options, dropout: 0 }).weights).not.toEqual(once.weights);
  });

  it('is what `npm run train:text` produces from the corpus files', () => {
    const files = trainingFiles().map((name) => ({ name, items: loadCorpusFile(name) ?? [] }));
    const fresh = buildModelFile(files, rulesAlone, 'today');
    const file = national.textModel;
    expect(file?.corpus).toEqual(fresh.corpus);
    expect(file?.threshold).toBe(fresh.threshold);
    expect(file?.mode).toBe(fresh.mode);
    expect(file?.raiseAt).toBe(fresh.raiseAt);
    expect(file?.raise).toEqual(fresh.raise);
    expect(file?.features).toEqual(fresh.features);
    const keys = Object.keys(fresh.weights);
    // Tells which file is stale: retrain with `npm run train:text` after a corpus change.
    expect({ features: Object.keys(file?.weights ?? {}).length }).toEqual({ features: keys.length });
    const off = keys.filter((k) =>
      fresh.weights[k]?.some((w, f) => Math.abs(w - (file?.weights[k]?.[f] ?? NaN)) > 0.002),
    );
    expect(off).toEqual([]);
  });
});

describe('a broken text model file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'textmodel-'));
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (change: (model: Record<string, unknown>) => void) => {
    const file = path.join(dir, 'textModel.json');
    const model = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    change(model);
    writeFileSync(file, JSON.stringify(model));
  };

  it('stops start-up on a weight row of the wrong length, naming the file and the field', () => {
    write((model) => {
      model.weights = { 'w:slå': [1, 2] };
    });
    expect(() => loadKnowledge(dir)).toThrow(/knowledge\/textModel\.json: weights\.w:slå/);
  });

  it.each([
    ['a feature name of one character', { w: [1, 2, 3] }, /weights\.w: feature names have at least 2/],
    ['a weight that is text', { 'w:slå': [1, '2', 3] }, /weights\.w:slå: weights are finite numbers/],
    ['a row that is no list', { 'w:slå': 1 }, /weights\.w:slå: must be three weights/],
    ['weights that are a list', [[1, 2, 3]], /weights: must be an object/],
  ])('stops start-up on %s, naming the field', (_what, weights, reason) => {
    write((model) => {
      model.weights = { 'w:godt': [0, 0, 0], ...(Array.isArray(weights) ? {} : weights) };
      if (Array.isArray(weights)) model.weights = weights;
    });
    expect(() => loadKnowledge(dir)).toThrow(reason);
  });

  it.each([
    ['a raiseAt of 1', { raiseAt: 1 }, /raise\.overgreb\.raiseAt/],
    ['a window under 10 words', { aloneShort: { words: 5, at: 0.99 } }, /raise\.overgreb\.aloneShort\.words/],
    ['an unknown field', { aloneFrom: 0.9 }, /raise\.overgreb/],
  ])('stops start-up on the trust of a flag with %s, naming the field', (_what, overgreb, reason) => {
    write((model) => {
      model.raise = { ...(model.raise as object), overgreb };
    });
    expect(() => loadKnowledge(dir)).toThrow(reason);
  });

  it('stops start-up on a threshold outside 0-1', () => {
    write((model) => {
      model.threshold = 1.5;
    });
    expect(() => loadKnowledge(dir)).toThrow(/knowledge\/textModel\.json: threshold/);
  });

  it('stops start-up when it is missing or not JSON', () => {
    writeFileSync(path.join(dir, 'textModel.json'), '{ not json');
    expect(() => loadKnowledge(dir)).toThrow(/knowledge\/textModel\.json: is not valid JSON/);
    rmSync(path.join(dir, 'textModel.json'));
    expect(() => loadKnowledge(dir)).toThrow(/knowledge\/textModel\.json: file is missing/);
  });
});

describe('short answers', () => {
  it.each(['6', 'nej', 'vejen', 'Mor siger, at det går bedre.', 'Han kalder på mor i garderoben'])(
    'raise nothing by the model: »%s«',
    (answer) => {
      expect(analyseText(answer, withModel).redFlags).toEqual([]);
    },
  );
});
