import type { QuestionCardModel, QuestionChoiceGroup } from '../cards/questionCard';
import type { Knowledge } from '../knowledge/schema';
import { ROLE_LABELS } from '../rules/roles';
import { zoneMark } from '../cards/zoneMark';
import type { Lang } from '../cards/labels';
import { languageOf, UI_TEXTS } from '../i18n/uiTexts';

export const QUESTION_IDS = [
  'describe',
  'municipality',
  'role',
  'age',
  'redFlagCheck',
  'suspicion',
  'score',
  'signals',
  'absence',
  'youngerChildAge',
  'confirm',
  'details',
  'observed',
  'duration',
  'actionsTaken',
  'parentsSay',
  'childSays',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export { ROLE_LABELS };

type QuestionText = { title: string; hint: string; placeholder?: string };

/** Every fixed text of the questions, in Danish and English (src/i18n/questions.ts). */
const TEXTS = {
  da: UI_TEXTS.da.questionWords,
  en: UI_TEXTS.en.questionWords,
} satisfies Record<Lang, { questions: Record<QuestionId, QuestionText> }>;

function blank(text: QuestionText, lang: Lang): QuestionCardModel {
  return {
    progress: '',
    title: text.title,
    hint: text.hint,
    buttons: [],
    rows: [],
    choiceGroups: [],
    textInput: null,
    submit: null,
    skip: null,
    typedHint: TEXTS[lang].typedHint,
    back: null,
  };
}

const answer = (step: QuestionId, value?: string) => ({ verb: 'answer' as const, step, answer: value });

function withButtons(
  model: QuestionCardModel,
  step: QuestionId,
  buttons: [string, string][],
): QuestionCardModel {
  return { ...model, buttons: buttons.map(([title, value]) => ({ title, data: answer(step, value) })) };
}

function withText(
  model: QuestionCardModel,
  step: QuestionId,
  placeholder: string,
  skippable: boolean,
  lang: Lang,
): QuestionCardModel {
  return {
    ...model,
    textInput: { placeholder, multiline: true },
    submit: { title: TEXTS[lang].next, data: answer(step) },
    skip: skippable ? { title: TEXTS[lang].skip, data: { verb: 'answer', step, skip: true } } : null,
  };
}

function withChoices(
  model: QuestionCardModel,
  step: QuestionId,
  groups: QuestionChoiceGroup[],
  lang: Lang,
): QuestionCardModel {
  return { ...model, choiceGroups: groups, submit: { title: TEXTS[lang].next, data: answer(step) } };
}

export interface QuestionContext {
  knowledge: Knowledge;
  childAge?: number;
  preselectedSignals?: string[];
  /** The concern has a red flag: asking about the parents needs a caution. */
  redFlag?: boolean;
  lang?: Lang;
}

const single = (
  id: string,
  label: string,
  choices: { title: string; value: string }[],
): QuestionChoiceGroup => ({
  id,
  label,
  multi: false,
  style: 'expanded',
  value: '',
  choices,
});

/** The card model for one question, in the user's language; the data tags each answer with its step. */
export function questionCard(step: QuestionId, context: QuestionContext): QuestionCardModel {
  const { knowledge } = context;
  const lang = languageOf(context.lang);
  const t = TEXTS[lang];
  const q: QuestionText = t.questions[step];
  const text = (skippable: boolean, model = blank(q, lang)) =>
    withText(model, step, q.placeholder ?? '', skippable, lang);
  switch (step) {
    case 'describe':
      return text(false);
    case 'municipality':
      return withButtons(
        blank(q, lang),
        step,
        [...knowledge.municipalities.values()].map((m) => [m.name, m.id]),
      );
    case 'role':
      return withChoices(
        blank(q, lang),
        step,
        [
          single(
            'answer',
            t.chooseRole,
            Object.entries(t.roles).map(([value, title]) => ({ title, value })),
          ),
        ],
        lang,
      );
    case 'age':
      return withButtons(text(false), step, [
        [t.ages[0] ?? '', '0'],
        [t.ages[1] ?? '', '3'],
        [t.ages[2] ?? '', '9'],
        [t.ages[3] ?? '', '15'],
      ]);
    case 'redFlagCheck':
      return withChoices(
        blank(q, lang),
        step,
        [single('answer', t.choose, redFlagChoices(knowledge, lang))],
        lang,
      );
    case 'suspicion':
      return withButtons(blank(q, lang), step, [
        [t.yes, 'ja'],
        [t.no, 'nej'],
        [t.dontKnow, 'ved_ikke'],
      ]);
    case 'score':
      // One tap per step of the scale: the answer is the row.
      return {
        ...blank(q, lang),
        rows: scoreChoices(knowledge).map((choice) => ({
          title: choice.title,
          data: answer(step, choice.value),
        })),
      };
    case 'signals':
      return {
        ...withChoices(
          blank(q, lang),
          step,
          signalGroups(knowledge, context.childAge, context.preselectedSignals ?? []),
          lang,
        ),
        buttons: [{ title: t.noSignals, data: answer(step, 'ingen') }],
      };
    case 'absence':
      return withButtons(text(false), step, [
        [t.absence[0] ?? '', '15'],
        [t.absence[1] ?? '', 'under'],
        [t.dontKnow, 'ved_ikke'],
      ]);
    case 'duration':
      return withButtons(
        text(true),
        step,
        t.durations.map(([title, value]) => [title ?? '', value ?? '']),
      );
    case 'parentsSay':
      // On the red-flag route the parents may be the ones suspected: nobody should go and ask them now.
      return context.redFlag ? text(true, { ...blank(q, lang), hint: t.parentsCaution }) : text(true);
    // The confirmation and details cards have templates of their own (src/cards/formCards.ts); their model
    // here gives the title for »hjælp«.
    case 'youngerChildAge':
      return withButtons(text(false), step, [[UI_TEXTS[lang].youngerChild.skip, 'ved_ikke']]);
    case 'observed':
    case 'actionsTaken':
    case 'childSays':
    case 'confirm':
    case 'details':
      return text(true);
  }
}

/** One multi-select per signal category, the signals for this age, the given ones ticked. */
export function signalGroups(
  knowledge: Knowledge,
  childAge: number | undefined,
  preselected: string[],
): QuestionChoiceGroup[] {
  return knowledge.national.signalCategories
    .map((category) => {
      const signals = knowledge.national.signals.filter(
        (s) =>
          s.category === category.id &&
          (childAge === undefined || !s.ages || (childAge >= s.ages[0] && childAge <= s.ages[1])),
      );
      return {
        id: `signals_${category.id}`,
        label: category.label,
        multi: true,
        style: 'compact' as const,
        value: signals
          .filter((s) => preselected.includes(s.id))
          .map((s) => s.id)
          .join(','),
        choices: signals.map((s) => ({ title: s.label, value: s.id })),
      };
    })
    .filter((group) => group.choices.length > 0);
}

/** A role's name in the user's language. */
export const roleLabel = (role: keyof typeof ROLE_LABELS, lang: Lang): string => TEXTS[lang].roles[role];

/** A question's title, hint and placeholder in `lang` (the details card labels its fields with them). */
export const questionText = (step: QuestionId, lang: Lang): QuestionText => TEXTS[lang].questions[step];

/** The parents caution, for a card that asks about the parents on the red-flag route. */
export const parentsCaution = (lang: Lang): string => TEXTS[lang].parentsCaution;

/** The trivselslineal's ten steps as choices, each with its zone. */
export function scoreChoices(knowledge: Knowledge): { title: string; value: string }[] {
  return Array.from({ length: 10 }, (_, i) => {
    const score = i + 1;
    const zone = knowledge.national.trivselslineal.zones.find((z) => score >= z.from && score <= z.to);
    return { title: `${zoneMark(zone?.colour)} ${score} – ${zone?.label ?? ''}`, value: String(score) };
  });
}

/** The red-flag question's choices: the three flags, none, and »Ved ikke«. */
export function redFlagChoices(knowledge: Knowledge, lang: Lang): { title: string; value: string }[] {
  const t = TEXTS[lang];
  return [
    ...knowledge.national.redFlags.map((flag) => ({
      title: t.redFlags[flag.id] ?? flag.label,
      value: flag.id,
    })),
    { title: t.noneOfThese, value: 'ingen' },
    { title: t.dontKnow, value: 'ved_ikke' },
  ];
}

/** The roles as choices, in `lang`. */
export const roleChoices = (lang: Lang): { title: string; value: string }[] =>
  Object.entries(TEXTS[lang].roles).map(([value, title]) => ({ title, value }));

/** The shared words of the question cards (typed hint, skip, the parents caution). */
export const questionWords = (lang: Lang) => TEXTS[lang];
