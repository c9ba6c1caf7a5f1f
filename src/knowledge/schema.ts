import { z } from 'zod/v4';

/** "ast#Section; barnetslov#§ 133": one or more `<source id>#<section>` parts. Ids are checked by the loader. */
export const SourceRef = z
  .string()
  .regex(/^[a-z_]+#[^;]+(; ?[a-z_]+#[^;]+)*$/, 'must look like "<source id>#<section>" (parts joined by "; ")');

/**
 * Danish numbers as Danes write them ("51 43 65 73"), a three-digit emergency number, a six-digit
 * harmonised European line ("116 111") or a number its owner writes in groups of 2-3-3 ("70 201 201").
 */
export const DanishPhone = z
  .string()
  .regex(
    /^(\d{3}|\d{2} \d{2} \d{2} \d{2}|\d{3} \d{3}|\d{2} \d{3} \d{3})$/,
    'must be "dd dd dd dd", "ddd ddd", "dd ddd ddd" or a three-digit emergency number',
  );

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');
const Weekday = z.number().int().min(1).max(7);

export const Hours = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always'), text: z.string() }).strict(),
  z
    .object({
      kind: z.literal('weekly'),
      days: z.array(Weekday).min(1),
      open: Clock,
      close: Clock,
      text: z.string(),
    })
    .strict(),
  /** "In daytime on weekdays" without exact times: treated like `assumedOfficeHours`. */
  z.object({ kind: z.literal('weekdaysDaytime'), text: z.string() }).strict(),
  /** Not in the sources: treated like `assumedOfficeHours`, and the police is always listed beside it. */
  z.object({ kind: z.literal('unknown'), text: z.string().optional() }).strict(),
]);

export const Contact = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    name: z.string().min(1),
    phone: DanishPhone.optional(),
    email: z.email().optional(),
    web: z.string().optional(),
    address: z.string().optional(),
    hours: Hours,
    /** false: the number could not be checked against a source; kept for later, never shown. */
    verified: z.boolean().optional(),
    source: SourceRef,
  })
  .strict();

export const RedFlagId = z.enum(['overgreb', 'social_kontrol', 'radikalisering']);
export const LevelId = z.enum(['primaer', 'sekundaer', 'tertiaer']);
export const RoleId = z.enum(['dagtilbud', 'skole', 'sundhedspleje', 'tandpleje', 'laege', 'forening', 'andet']);
export const DeadlineId = z.enum(['vurdering', 'kvittering', 'undersoegelse', 'opfoelgning']);

export const DraftPartId = z.enum(['indledning', 'barnet', 'underretter', 'anledning', 'varighed', 'indsats', 'kommentarer']);
const PlaceholderId = z.enum([
  'childName',
  'cpr',
  'parents',
  'custody',
  'parentsPhone',
  'workAddress',
  'workPhone',
  'notifierName',
  'childMunicipality',
  'interpreter',
  'strengths',
]);

const Step = z.object({ text: z.string().min(1), source: SourceRef }).strict();
/**
 * A step or meeting that brings the parents in. With a red flag where the suspicion may be against the
 * parents, the engine leaves every item marked `involvesParents` out (rule 4).
 */
const InvolvesParents = { involvesParents: z.boolean().optional() };
const MunicipalStep = z.object({ text: z.string().min(1), source: SourceRef, ...InvolvesParents }).strict();
/** A Danish text with its English version, for cards shown in both languages. */
const BilingualStep = z.object({ text: z.string().min(1), en: z.string().min(1), source: SourceRef }).strict();
const Range = z.object({ from: z.number().int(), to: z.number().int() }).strict();

const LegalRef = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    ref: z.string(),
    formerly: z.string().optional(),
    summary: z.string(),
    verified: z.boolean(),
    source: SourceRef,
  })
  .strict();

const Deadline = z
  .object({
    id: DeadlineId,
    kind: z.enum(['hours', 'workingDays', 'months']),
    amount: z.number().int().positive(),
    label: z.string(),
    legal: z.string(),
    olderRule: z.string().optional(),
    olderRuleSource: SourceRef.optional(),
    /** Only for notifiers with the stricter duty (§ 133): receipt and feedback (§ 137) are not promised to others. */
    professionalOnly: z.boolean().optional(),
    source: SourceRef,
  })
  .strict();

/** A sentence the engine writes; `{name}` placeholders are filled in by the rule that uses it. */
const EngineText = z.object({ text: z.string().min(1), source: SourceRef.optional() }).strict();
/** Every sentence the rules write, by id: the prose lives in knowledge, the decisions in src/rules. */
export const ENGINE_TEXT_IDS = [
  'flagInText',
  'flagByModel',
  'flagCorroborated',
  'flagOverSense',
  'signalImpliesFlag',
  'negatedNote',
  'levelReason',
  'levelBoundary',
  'levelFromRedFlag',
  'adultReason',
  'adultNote',
  'youngerChildReason',
  'youngerChildMentioned',
  'requiredReason',
  'acuteRequiredReason',
  'considerWithoutLevel',
  'considerAtLevel',
  'notIndicatedReason',
  'unbornChildReason',
  'absenceReason',
  'generalDutyNote',
  'parentsNotInvolved',
  'parentsInvolvedNotDialogue',
  'parentsCaution',
  'dialogueBasedReason',
  'acuteContactWhy',
  'acuteReason',
  'acuteStep',
  'hotlineWhy',
  'intakeAsHotlineWhy',
  'policeAfterHoursWhy',
  'policeBesideHotlineWhy',
  'hotlineClosedSuffix',
  'redFlagReason',
  'redFlagReasonOpen',
  'redFlagReasonClosed',
  'assumedHoursNote',
  'callNowStep',
  'callNowStepNoPhone',
  'planStep',
  'parentsMustNot',
  'dialogueBasedMustNot',
  'writeTodayStep',
  'intakeRequiredWhy',
  'intakeNotIndicatedWhy',
  'switchboardWhy',
  'partnerWhy',
  'youthEffortWhy',
  'ankestyrelsenQuestionsWhy',
  'ankestyrelsenTooLittleWhy',
  'policeWhy',
  'alarmWhy',
  'involveParentsStep',
  'abuseInvestigationNote',
  'selfHarmReason',
  'selfHarmImminentReason',
  'selfHarmImminentStep',
  'selfHarmStep',
] as const;
export type EngineTextId = (typeof ENGINE_TEXT_IDS)[number];
const engineTextsShape = Object.fromEntries(ENGINE_TEXT_IDS.map((id) => [id, EngineText])) as Record<
  EngineTextId,
  typeof EngineText
>;

/** Words that change a rule's reading of the text without being a signal: matched like signal phrases. */
const Cue = z.object({ phrases: z.array(z.string().min(2)).min(1), source: SourceRef }).strict();

/** A fact the sources give that the engine or the search shows as guidance, in our own words. */
const Guidance = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    title: z.string().min(1),
    text: z.string().min(1),
    /** Shown as a note when one of these red flags is present. */
    flags: z.array(RedFlagId).optional(),
    legal: z.string().optional(),
    source: SourceRef,
  })
  .strict();

const Signal = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    category: z.string(),
    label: z.string(),
    phrases: z.array(z.string().min(2)).min(1),
    topics: z.array(z.string()),
    ages: z.tuple([z.number().int(), z.number().int()]).optional(),
    impliesRedFlag: RedFlagId.optional(),
  })
  .strict();

/**
 * The text lexicon (`knowledge/lexicon.yaml`): concepts (word lists with their English synonyms), word senses that
 * exclude a hit when their words stand near it, patterns that raise a red flag or a signal, and the words of
 * negation. A term is one or more words that must stand together; a word is compared by its Danish stem after
 * spelling folding, `word*` is a prefix, `*word` the last part of a compound, `=word` must match exactly.
 * `{a|b|c}` stands for one of the words (`{|lidt}` for an optional word): "hånden {ned|nede|inde} i {bukserne|shortsene}"
 * is one term for the six ways of saying it.
 */
const LexiconId = z.string().regex(/^[a-z0-9_]+$/, 'must be lower-case letters, digits and _');
const Terms = z
  .array(
    z
      .string()
      .regex(
        /^([=*]?[\p{L}\p{N}'½-]+\*?|#\d+-\d+|\{[\p{L}\p{N}'½|*=# -]*\})( ([=*]?[\p{L}\p{N}'½-]+\*?|#\d+-\d+|\{[\p{L}\p{N}'½|*=# -]*\}))*$/u,
        'must be words (optionally `=word`, `word*` or `*word`), number ranges `#18-99` or word choices `{ned|nede|inde}`, `{ikke se|aldrig se}` (an empty choice makes it optional), separated by single spaces',
      ),
  )
  .min(1);
const Relation = z
  .object({
    before: z.array(LexiconId).optional(),
    after: z.array(LexiconId).optional(),
    near: z.array(LexiconId).optional(),
    /** Concepts whose words overlap the hit's own words ("slog op" over "slog"). */
    overlap: z.array(LexiconId).optional(),
    /** How many words away; omitted means anywhere in the same sentence (a "men" starts a new one). */
    window: z.number().int().min(0).max(40).optional(),
    /** Every listed concept must be there, not just one of them. */
    all: z.boolean().optional(),
    /** The concepts may stand in other sentences of the same text. */
    acrossSentences: z.boolean().optional(),
  })
  .strict();
const Pattern = z
  .object({
    id: LexiconId,
    /** The concept that is the act; negation and word senses are judged on it. */
    head: LexiconId,
    before: z.array(LexiconId).optional(),
    after: z.array(LexiconId).optional(),
    near: z.array(LexiconId).optional(),
    window: z.number().int().min(0).max(40).optional(),
    /** The related concepts may stand in other sentences of the same text. */
    acrossSentences: z.boolean().optional(),
    unless: z.array(LexiconId).optional(),
    source: SourceRef,
  })
  .strict();
export const TextLexiconFile = z
  .object({
    kind: z.literal('lexicon'),
    concepts: z.record(
      LexiconId,
      z
        .object({
          da: Terms,
          en: Terms.optional(),
          /** Other concepts whose terms this one also has (a family listed once: body parts, object pronouns). */
          include: z.array(LexiconId).optional(),
          source: SourceRef,
          note: z.string().optional(),
        })
        .strict(),
    ),
    senses: z.record(
      LexiconId,
      Relation.extend({
        note: z.string(),
        /** The sense does not apply when one of these relations holds (e.g. an adult agent right before). */
        keepIf: z.array(Relation).optional(),
        source: SourceRef,
      }).strict(),
    ),
    redFlags: z.record(RedFlagId, z.array(Pattern).min(1)),
    signals: z.record(
      LexiconId,
      z
        .object({
          /** Word senses that also exclude the signal's own phrases in national.yaml. */
          unless: z.array(LexiconId).optional(),
          /** false: the phrases in national.yaml are too broad alone; only `patterns` find the signal. */
          inlinePhrases: z.boolean().optional(),
          patterns: z.array(Pattern).optional(),
        })
        .strict(),
    ),
    /**
     * A pronoun that stands for someone already named: "stedfar … men hun fortalte, at han rører hende" – "han" acting
     * on "hende" is not the girl herself, so in a text that names an adult (`antecedent`) it is read as that adult
     * (`concept`) when one of `objects` follows within `window` words in its clause.
     */
    coreference: z
      .array(
        z
          .object({
            pronoun: z.string(),
            objects: z.array(z.string()).min(1),
            antecedent: LexiconId,
            concept: LexiconId,
            window: z.number().int().min(1).max(10),
            /** The adult may be named after the pronoun too ("»han slår mig«, sagde hun. Han er mors kæreste"). */
            antecedentAnywhere: z.boolean().optional(),
            /**
             * Someone the pronoun would rather stand for when named before it in its sentence: »Drengen er voldsom, han
             * slår mor« is the boy himself, not the man named elsewhere.
             */
            notAfter: LexiconId.optional(),
            source: SourceRef,
          })
          .strict(),
      )
      .optional(),
    /**
     * A first name defined as an adult ("Kim er mors nye kæreste", "hendes fætter Jonas") stands for that adult
     * wherever it is used in the text ("Kim vasker min numse").
     */
    namedAdults: z
      .object({
        /** The concept a defining phrase must name, and that every use of the name then counts as. */
        concept: LexiconId,
        /** "er", "var": the name, the verb, then the concept within `window` words. */
        copulas: z.array(z.string()).min(1),
        window: z.number().int().min(1).max(6),
        /** Capitalised words that are never names ("Det er mors kæreste", "Hun er …"). */
        notNames: z.array(z.string()),
        source: SourceRef,
      })
      .strict()
      .optional(),
    /**
     * What may corroborate a text model's guess (mode `corroborated`): the act of a red-flag pattern found without its
     * actor or relation. Pattern heads listed in `notCorroborating` are too common in ordinary concerns to count
     * (a country's name, "bange", "en mand").
     */
    corroboration: z
      .object({ notCorroborating: z.array(LexiconId), source: SourceRef })
      .strict()
      .optional(),
    /** Real words one edit away from a lexicon word, never read as its typo ("banken" is not "banker"). */
    notTypos: z.array(z.string()),
    /**
     * Short, spoken and dialect forms read as the standard word before anything else ("ik" → "ikke", "m" → "med",
     * "sir" → "siger", "fatter" → "far"), so every concept and the negation rules know them without listing each
     * spelling. A standard form of several words stands for them all ("blåmerker" → "blå mærker").
     */
    colloquial: z
      .object({
        forms: z.record(z.string().regex(/^\S+$/, 'one word'), z.string().min(1)),
        source: SourceRef,
      })
      .strict()
      .optional(),
    negation: z
      .object({
        negators: z.array(z.string()).min(1),
        /** Negators that negate a list of nouns after them ("ingen blå mærker, skrammer eller skader"). */
        nominal: z.array(z.string()),
        /** Words right after a negator that make it no negation ("ikke kun"). */
        notAfter: z.array(z.string()),
        /** Words near a negator that turn it into doubt ("ikke sikker på", "kan ikke udelukke"). */
        doubt: z.array(z.string()),
        /** After a negator, these carry the negation to the end of the sentence ("har ikke set", "intet tyder på"). */
        evidence: z.array(z.string()),
        /** Two words before a negator that make it existential and reach the sentence's end ("der er ikke noget, …"). */
        existential: z.array(z.string().regex(/^\S+ \S+$/, 'must be two words')),
        /** Light words that do not use up a negation's reach ("ikke blevet udsat for noget overgreb"). */
        transparent: z.array(z.string()),
        /** A word that starts a new clause after a comma or og/eller and so ends a negation's list. */
        subjects: z.array(z.string()),
        /** Words right after a nominal negator that make it the pronoun "nobody" ("ingen må vide"). */
        pronounAfter: z.array(z.string()),
        /** Who reports and how: a denial reported from them is not a negation ("mor siger, han aldrig er slået"). */
        reporters: z.array(z.string()),
        reportVerbs: z.array(z.string()),
        /** Words that end a clause like a full stop does. */
        clauseEnds: z.array(z.string()),
        /** Verbs of knowing before a negator: what is not known is still true ("mor ved ikke, at han slår"). */
        factive: z.array(z.string()).optional(),
        /**
         * Not telling someone else: after a negated `tellVerbs` verb with one of these `thirdParties`, the "at" clause
         * is what the child has told us ("har ikke fortalt sin mor, at stedfar rører hende").
         */
        tellVerbs: z.array(z.string()).optional(),
        thirdParties: z.array(z.string()).optional(),
        /**
         * A child's protest, not a denial: one of these words right before the negator, and the negator not followed
         * by `denialAfterProtest` ("»nej, ikke putte fingeren ind«", but "nej, ikke at jeg ved").
         */
        protest: z.array(z.string()).optional(),
        denialAfterProtest: z.array(z.string()).optional(),
        /** Two words after a negator that name the doer, so the child protests ("ikke i munden, det gør far"). */
        protestAfter: z.array(z.string().regex(/^\S+ \S+$/, 'must be two words')).optional(),
        /**
         * Words after a negator that, followed by a name (a capitalised word), name the doer: »ikke pille der, det gør
         * kun Lasse«, »… ligesom når Kenneth gør det«. One or two words each.
         */
        protestBeforeName: z.array(z.string().regex(/^\S+( \S+)?$/, 'must be one or two words')).optional(),
        /**
         * Modal verbs right before or after a negator that make it a prohibition ("må ikke blive set med drenge",
         * "ikke må se"): a verb of evidence after it does not carry the negation to the end of the sentence.
         */
        prohibitive: z.array(z.string()).optional(),
        /** Negators that also negate the word right before them ("han slår ikke", "han slår hende ikke"). */
        postNegators: z.array(z.string()).min(1),
        /** Verbs of thinking: a `protestAfter` pair before one is an adult's fear or belief ("som mor frygter"). */
        thinkingVerbs: z.array(z.string()).optional(),
        /** Prepositions after which a negated list is one of nouns, to its "eller" ("ikke udsat for trusler, …"). */
        listPrepositions: z.array(z.string()).optional(),
        /**
         * Verbs of having or finding right before a plain negator, after which the negated list is one of nouns, to
         * its "eller" ("har ikke blå mærker, skrammer eller brandsår").
         */
        listVerbs: z.array(z.string()).optional(),
        /**
         * Negators that deny only the words listed, right after them or one word later ("uden tegn på vold", "uden
         * synlige mærker"); before any other word they tell what is lacking ("uden tøj", "uden bh") or how ("uden
         * for døren", "uden grund"), and deny nothing.
         */
        negatorsOnlyBefore: z.record(z.string(), z.array(z.string())).optional(),
        /** Words that carry a ban on to the next item of its list ("må ikke tage kørekort og ikke gå i byen"). */
        banJoiners: z.array(z.string()).optional(),
        source: SourceRef,
      })
      .strict(),
  })
  .strict();
export type TextLexiconFile = z.infer<typeof TextLexiconFile>;
export type LexiconPattern = z.infer<typeof Pattern>;

export const NationalKnowledge = z
  .object({
    kind: z.literal('national'),
    sources: z.record(
      z.string().regex(/^[a-z_]+$/),
      z.object({ title: z.string(), seed: z.string().optional() }).strict(),
    ),
    legal: z.array(LegalRef).min(1),
    contacts: z.array(Contact),
    assumedOfficeHours: z
      .object({ days: z.array(Weekday), open: Clock, close: Clock, text: z.string(), source: SourceRef })
      .strict(),
    ageLimits: z
      .object({ adultFrom: z.number().int(), youthEffortUntil: z.number().int(), source: SourceRef })
      .strict(),
    trivselslineal: z
      .object({
        source: SourceRef,
        zones: z
          .array(
            z
              .object({
                from: z.number().int().min(1).max(10),
                to: z.number().int().min(1).max(10),
                label: z.string(),
                colour: z.string().regex(/^#[0-9A-F]{6}$/),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    deadlines: z.array(Deadline),
    afterNotification: z.array(BilingualStep).min(1),
    forParents: z.array(BilingualStep).min(1),
    beforeCalling: z.array(Step).min(1),
    notificationDraft: z
      .object({
        source: SourceRef,
        parts: z
          .array(z.object({ id: DraftPartId, heading: z.string() }).strict())
          .length(DraftPartId.options.length),
        situationGuide: z.string(),
        /** Where the notification goes: the child's home municipality, or Ankestyrelsen when that is unknown. */
        recipient: z.object({ home: BilingualStep, unknown: BilingualStep }).strict(),
        /** A notification cannot be withdrawn: said on the draft, so nobody sends one »to see what happens«. */
        irrevocable: BilingualStep,
        strengths: BilingualStep,
        placeholders: z.record(PlaceholderId, z.string().regex(/^\[.+\]$/, 'must be a [bracketed] placeholder')),
        objectivity: z
          .object({
            source: SourceRef,
            kinds: z.array(
              z
                .object({
                  id: z.enum(['fortolkning', 'vurdering', 'sikkerhed', 'diagnose', 'loesning']),
                  label: z.string(),
                  advice: z.string(),
                  phrases: z.array(z.string().min(2)).min(1),
                })
                .strict(),
            ),
          })
          .strict(),
      })
      .strict(),
    principles: z.array(z.object({ id: z.string(), text: z.string(), source: SourceRef }).strict()),
    texts: z.object(engineTextsShape).strict(),
    cues: z.object({ imminentSelfHarm: Cue, youngerChild: Cue }).strict(),
    /** Roles with the general duty to notify (§ 135) rather than the stricter one of public service (§ 133). */
    generalDuty: z.object({ roles: z.array(RoleId).min(1), legal: z.string(), source: SourceRef }).strict(),
    /** Self-harm and suicidal statements (rule R11): the signals that trigger it and the national lines. */
    selfHarm: z
      .object({
        signals: z.array(z.string()).min(1),
        lines: z.array(
          z
            .object({
              contact: z.string(),
              why: z.string().min(1),
              /** Offered only below this age (a line for children and young people). */
              untilAge: z.number().int().optional(),
            })
            .strict(),
        ),
        source: SourceRef,
      })
      .strict(),
    /** A pregnancy with a risk to the unborn child: covered by the duty to notify (§ 133). */
    unbornChild: z.object({ signals: z.array(z.string()).min(1), legal: z.string(), source: SourceRef }).strict(),
    guidance: z.array(Guidance),
    topics: z.array(z.object({ id: z.string(), label: z.string() }).strict()),
    /** The three red flags; what finds them in text is in `lexicon.yaml` (see TextLexiconFile). */
    redFlags: z.array(z.object({ id: RedFlagId, label: z.string(), source: SourceRef }).strict()),
    signalCategories: z.array(z.object({ id: z.string(), label: z.string(), source: SourceRef }).strict()),
    signals: z.array(Signal).min(1),
  })
  .strict();

const Level = z
  .object({
    id: LevelId,
    label: z.string(),
    from: z.number().int().min(1).max(10),
    to: z.number().int().min(1).max(10),
    summary: z.string(),
    source: SourceRef,
  })
  .strict();

export const MunicipalityKnowledge = z
  .object({
    kind: z.literal('municipality'),
    id: z.string().regex(/^[a-z]+$/),
    name: z.string(),
    source: SourceRef,
    levels: z.array(Level).length(3),
    levelsNote: Step,
    contacts: z.array(Contact).min(1),
    intake: z.string(),
    /** The municipality's main number, offered beside the intake when that line may not answer. */
    switchboard: z.string().optional(),
    redFlagRoutes: z.array(
      z
        .object({
          flag: RedFlagId,
          contact: z.string(),
          plan: z.string().optional(),
          afterHours: z.string().optional(),
          source: SourceRef,
        })
        .strict(),
    ),
    notification: z
      .object({
        sendTo: z.object({ text: z.string(), email: z.email().optional(), source: SourceRef }).strict(),
        anonymousAdvice: z.object({ contact: z.string(), text: z.string(), source: SourceRef }).strict(),
        written: z.object({ source: SourceRef, steps: z.array(MunicipalStep).min(1) }).strict(),
        dialogueBased: z
          .object({
            source: SourceRef,
            /** Only these roles may use it (e.g. Assens: dagtilbud and skole); all roles when absent. */
            roles: z.array(RoleId).min(1).optional(),
            steps: z.array(Step).min(1),
          })
          .strict()
          .optional(),
      })
      .strict(),
    levelSteps: z.array(
      z
        .object({ levels: z.array(LevelId).min(1), text: z.string(), source: SourceRef, ...InvolvesParents })
        .strict(),
    ),
    roleSteps: z.array(
      z
        .object({
          roles: z.array(RoleId).min(1),
          levels: z.array(LevelId).min(1),
          minAge: z.number().int().optional(),
          steps: z.array(MunicipalStep).min(1),
        })
        .strict(),
    ),
    partners: z.array(
      z
        .object({
          name: z.string(),
          topics: z.array(z.string()).min(1),
          levels: z.array(LevelId).min(1),
          roles: z.array(RoleId).optional(),
          minAge: z.number().int().optional(),
          contact: z.object({ phone: DanishPhone.optional(), text: z.string() }).strict(),
          source: SourceRef,
        })
        .strict(),
    ),
    meetings: z.array(
      z
        .object({
          name: z.string(),
          purpose: z.string(),
          target: z.string(),
          levels: z.array(LevelId).min(1),
          roles: z.array(RoleId).optional(),
          scores: Range.optional(),
          ages: Range.optional(),
          requiresDialogueBased: z.boolean().optional(),
          ...InvolvesParents,
          source: SourceRef,
        })
        .strict(),
    ),
    /** Rules on sharing and receiving information; `legal` only where a source names the basis. */
    informationSharing: z.array(
      z.object({ title: z.string().optional(), legal: z.string().optional(), text: z.string(), source: SourceRef }).strict(),
    ),
    /** The municipality's own guidelines (e.g. Dragør's ethical guidelines), shown in the search. */
    principles: z.array(z.object({ title: z.string(), text: z.string(), source: SourceRef }).strict()).optional(),
  })
  .strict();

export type SourceRef = z.infer<typeof SourceRef>;
export type Hours = z.infer<typeof Hours>;
export type Contact = z.infer<typeof Contact>;
export type RedFlagId = z.infer<typeof RedFlagId>;
export type LevelId = z.infer<typeof LevelId>;
export type RoleId = z.infer<typeof RoleId>;
export type DeadlineId = z.infer<typeof DeadlineId>;
export type DraftPartId = z.infer<typeof DraftPartId>;
/** How far a red flag's model guess is trusted beyond the rules' partial evidence (TextModelFile `raise`). */
const FlagRaise = z
  .object({
    alone: z.number().gt(0).lt(1).optional(),
    /**
     * The probability from which a guess of this flag is raised with the rules' partial evidence (mode
     * `corroborated`); omitted: the file's `raiseAt`.
     */
    raiseAt: z.number().gt(0).lt(1).optional(),
    /** The fewest words of a text in which a guess of this flag is raised at all; omitted: 15 (abuse: 20). */
    minWords: z.number().int().min(10).max(80).optional(),
    /**
     * `alone` in a shorter text: from `words` words up to `minWords`, a guess is raised alone from `at` (one word
     * weighs more in a short text, so `at` lies above `alone`). Not corroborated below `minWords`.
     */
    aloneShort: z
      .object({ words: z.number().int().min(10).max(80), at: z.number().gt(0).lt(1) })
      .strict()
      .optional(),
    /** `alone` in a longer text: from `words` words (up to 80), a guess is raised alone from `at`. */
    aloneLong: z
      .object({ words: z.number().int().min(10).max(80), at: z.number().gt(0).lt(1) })
      .strict()
      .optional(),
    overSense: z
      .object({ at: z.number().gt(0).lt(1), senses: z.array(z.string().min(1)).min(1) })
      .strict()
      .optional(),
  })
  .strict();

/**
 * `weights` of the text model: feature (at least 2 characters) → three finite numbers. What
 * `z.record(z.string().min(2), z.tuple([z.number(), z.number(), z.number()]))` checks, in one walk over the ~43,000
 * rows: zod's record and tuple parsing of them cost about 120 ms of CPU at every start (issue 16's cold start).
 */
const Weights = z.custom<Record<string, [number, number, number]>>().superRefine((value, ctx) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be an object of feature → three weights' });
    return;
  }
  for (const [feature, row] of Object.entries(value)) {
    const problem =
      feature.length < 2
        ? 'feature names have at least 2 characters'
        : !Array.isArray(row) || row.length !== 3
          ? 'must be three weights, one per flag'
          : row.every((weight) => typeof weight === 'number' && Number.isFinite(weight))
            ? undefined
            : 'weights are finite numbers';
    if (problem) {
      ctx.addIssue({ code: 'custom', path: [feature], message: problem });
      return;
    }
  }
});

/**
 * The statistical backstop of the text matcher (`knowledge/textModel.json`): one logistic regression per red flag
 * over hashed-free, readable features (`w:` stem, `b:` stem bigram, `c:` character n-gram of the folded word,
 * `n:` stem inside a negation). Written by `npm run train:text`; it only adds red flags, never removes one.
 */
export const TextModelFile = z
  .object({
    kind: z.literal('textModel'),
    /** How it was trained: the command, the corpus files and the date. */
    source: z.string().min(20),
    trained: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    corpus: z.array(z.string().regex(/\.ya?ml$/, 'must be a corpus file name')).min(1),
    features: z
      .object({
        charGrams: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
        bigrams: z.boolean(),
        negation: z.boolean(),
        /**
         * `k:<concept>` / `kn:<concept>`: the lexicon's concepts found in the text, outside / inside a negation, each
         * counted this many times (0 or absent: none).
         */
        concepts: z.number().int().min(0).max(10).optional(),
        /** `kk:<concept> <concept>`: two concepts in one sentence, in text order, neither negated (with `concepts`). */
        conceptPairs: z.boolean().optional(),
        /** `s:<stem> <stem>`: two words of one sentence with one word between them ("slog ham ofte" → slog ofte). */
        skipGrams: z.boolean().optional(),
      })
      .strict(),
    /** A guess is made at this probability or above. */
    threshold: z.number().gt(0).lt(1),
    /**
     * `flag`: a guess is raised as a red flag (pattern `model`); `suggest`: it is only shown as the model's
     * suggestion (TextAnalysis.modelGuesses), and the engine acts on the rules alone; `corroborated`: raised only
     * with the rules' partial evidence for the same flag (see `raiseAt`), suggested otherwise.
     */
    mode: z.enum(['flag', 'suggest', 'corroborated']),
    /**
     * In mode `corroborated`: a guess at or above this probability is raised as a red flag when the rules found part
     * of a pattern of the same flag (its act, not negated and in no other word sense, but without the actor or the
     * relation the pattern needs); every other guess is only suggested. It may lie below `threshold`: a guess between
     * the two is raised when corroborated and otherwise dropped, not suggested. Omitted: `threshold`.
     */
    raiseAt: z.number().gt(0).lt(1).optional(),
    /**
     * In mode `corroborated`, per flag, where the model is trusted further (chosen by leave-one-batch-out):
     * `alone`, the probability from which a guess is raised without the rules' partial evidence (its words named as
     * the model's); `overSense`, the probability `at` which a guess is raised although the rules read the flag's
     * words in one of `senses` (lexicon word senses: an explanation someone gives, such as an accident), when they
     * read them in no other sense and as denied nowhere. Omitted: never. Texts under 15 words (abuse: 20): never.
     */
    raise: z
      .object({
        overgreb: FlagRaise.optional(),
        social_kontrol: FlagRaise.optional(),
        radikalisering: FlagRaise.optional(),
      })
      .strict()
      .optional(),
    flags: z.tuple([z.literal('overgreb'), z.literal('social_kontrol'), z.literal('radikalisering')]),
    bias: z.tuple([z.number(), z.number(), z.number()]),
    /** Feature → its weight for each flag, in the order of `flags`. */
    weights: Weights,
  })
  .strict();
export type TextModelFile = z.infer<typeof TextModelFile>;

/** national.yaml as validated, plus the text lexicon and model the loader reads from lexicon.yaml and textModel.json beside it. */
export type NationalFile = z.infer<typeof NationalKnowledge>;
/** `textModel` is optional so a caller can score the rules alone; the loader always reads it. */
export type NationalKnowledge = NationalFile & { lexicon: TextLexiconFile; textModel?: TextModelFile };
export type MunicipalityKnowledge = z.infer<typeof MunicipalityKnowledge>;
export type Signal = NationalKnowledge['signals'][number];
export type Deadline = NationalKnowledge['deadlines'][number];

/** The dilemma game: situations with 2-4 options, the guide's answer, and the rule behind it with its source. */
export const DilemmaCatalogue = z
  .object({
    kind: z.literal('dilemmas'),
    dilemmas: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z_]+$/),
            title: z.string().min(1).max(80),
            situation: z.string().min(20),
            options: z
              .array(z.object({ id: z.string().regex(/^[a-d]$/), text: z.string().min(1).max(160) }).strict())
              .min(2)
              .max(4),
            answer: z.string(),
            rule: z.string().min(20),
            source: SourceRef,
          })
          .strict(),
      )
      .min(20),
  })
  .strict();
export type DilemmaCatalogue = z.infer<typeof DilemmaCatalogue>;
export type Dilemma = DilemmaCatalogue['dilemmas'][number];

/** Everything the engine needs, validated and cross-checked. */
export interface Knowledge {
  national: NationalKnowledge;
  municipalities: ReadonlyMap<string, MunicipalityKnowledge>;
  dilemmas: Dilemma[];
}
