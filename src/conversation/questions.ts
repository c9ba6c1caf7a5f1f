import type { QuestionCardModel, QuestionChoiceGroup } from '../cards/questionCard';
import type { Knowledge } from '../knowledge/schema';
import { ROLE_LABELS } from '../rules/roles';
import { zoneMark } from '../cards/zoneMark';
import type { Lang } from '../cards/labels';
import { UI_TEXTS } from '../i18n/uiTexts';

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

/** Every fixed text of the questions, in Danish and English. Knowledge labels (signals, zones) stay Danish. */
const TEXTS = {
  da: {
    typedHint:
      'Du kan også bare skrive dit svar. Skriv »tilbage«, »hjælp«, »forfra« eller »stop« når som helst.',
    parentsCaution:
      'Kan mistanken være rettet mod forældrene, så tal ikke med dem om den nu – det kan bringe barnet i fare. ' +
      'Skriv kun, hvad de allerede har sagt af sig selv, eller spring over.',
    next: 'Videre',
    skip: 'Spring over',
    yes: 'Ja',
    no: 'Nej',
    dontKnow: 'Ved ikke',
    noneOfThese: 'Nej, ingen af dem',
    noSignals: 'Ingen af dem',
    chooseRole: 'Vælg din rolle',
    choose: 'Vælg det, der passer',
    scale: 'Trivselslinealen',
    ages: ['Under 1 år', '1-5 år', '6-12 år', '13-17 år'],
    absence: ['15 % eller mere', 'Under 15 %'],
    durations: [
      ['Dage', 'Nogle dage'],
      ['Uger', 'Nogle uger'],
      ['Måneder', 'Nogle måneder'],
      ['Over et år', 'Mere end et år'],
    ],
    redFlags: {} as Record<string, string>,
    roles: ROLE_LABELS,
    questions: {
      describe: {
        title: 'Hvad er du bekymret for?',
        hint: 'Beskriv kort og konkret, hvad du har set eller hørt. Skriv ikke navn eller CPR-nummer.',
        placeholder: 'Fx: Emil på 7 år kommer ofte sulten og har blå mærker på armene.',
      },
      municipality: {
        title: 'Hvilken kommune bor barnet i?',
        hint: 'Jeg husker dit svar til næste gang. Skriv »skift kommune« for at ændre det.',
      },
      role: {
        title: 'Hvor arbejder du?',
        hint: 'Så kan jeg vise de skridt, der gælder for dig. Jeg husker svaret.',
      },
      age: {
        title: 'Hvor gammel er barnet?',
        hint: 'Skriv alderen i år. Et spædbarn under 1 år er 0.',
        placeholder: 'Fx 7',
      },
      redFlagCheck: {
        title: 'Er der mistanke om et af disse?',
        hint: 'Ved mistanke om et af dem skal du handle med det samme. Er du i tvivl, så vælg »Ved ikke«.',
      },
      suspicion: {
        title: 'Kan mistanken være rettet mod forældrene?',
        hint: 'Så må forældrene ikke inddrages, før kommunen har talt med barnet.',
      },
      score: {
        title: 'Hvor på trivselslinealen er barnet?',
        hint: '1 er truet trivsel, 10 er i trivsel. Grænserne er flydende: vælg det tal, der passer bedst.',
      },
      signals: {
        title: 'Hvilke tegn ser du?',
        hint: 'Jeg har sat kryds ved det, jeg fandt i din beskrivelse. Ret gerne til.',
      },
      absence: {
        title: 'Hvor stort er elevens ulovlige fravær i dette kvartal?',
        hint: 'Er det 15 % eller mere, skal skolens leder underrette kommunen (barnets lov § 133, stk. 2). Skriv tallet, hvis du kender det.',
        placeholder: 'Fx 18 %',
      },
      youngerChildAge: {
        title: UI_TEXTS.da.youngerChild.title,
        hint: UI_TEXTS.da.youngerChild.hint,
        placeholder: UI_TEXTS.da.youngerChild.placeholder,
      },
      confirm: { title: UI_TEXTS.da.confirm.title, hint: UI_TEXTS.da.confirm.hint },
      details: { title: UI_TEXTS.da.details.title, hint: UI_TEXTS.da.details.hint },
      observed: {
        title: 'Hvad har du konkret set eller hørt?',
        hint: 'Skriv det, du selv har observeret – ikke fortolkninger. Fx hvad barnet sagde, og hvornår.',
        placeholder: 'Fx: Mandag sagde hun, at hun ikke tør gå hjem.',
      },
      duration: {
        title: 'Hvor længe har du været bekymret?',
        hint: 'Vælg eller skriv med egne ord.',
        placeholder: 'Fx siden efterårsferien',
      },
      actionsTaken: {
        title: 'Hvad er der allerede gjort?',
        hint: 'Fx samtaler med forældrene, tiltag i gruppen, møder.',
        placeholder: 'Fx: Vi har haft en samtale med mor den 2. november.',
      },
      parentsSay: {
        title: 'Hvad siger forældrene?',
        hint: 'Har du talt med dem, så skriv kort, hvad de sagde.',
        placeholder: 'Fx: Far siger, at det går bedre.',
      },
      childSays: {
        title: 'Hvad siger barnet selv?',
        hint: 'Gengiv barnets egne ord, hvis du kan.',
        placeholder: 'Fx: »Jeg vil ikke hjem.«',
      },
    } satisfies Record<QuestionId, QuestionText>,
  },
  en: {
    typedHint: 'You can also just type your answer. Write »back«, »help«, »restart« or »stop« at any time.',
    parentsCaution:
      'If the suspicion may be against the parents, do not talk to them about it now – it can put the child in ' +
      'danger. Only write what they have already said of their own accord, or skip.',
    next: 'Next',
    skip: 'Skip',
    yes: 'Yes',
    no: 'No',
    dontKnow: 'Don’t know',
    noneOfThese: 'No, none of these',
    noSignals: 'None of these',
    chooseRole: 'Choose your role',
    choose: 'Choose what fits',
    scale: 'Trivselslinealen (the well-being scale)',
    ages: ['Under 1 year', '1-5 years', '6-12 years', '13-17 years'],
    absence: ['15 % or more', 'Under 15 %'],
    durations: [
      ['Days', 'A few days'],
      ['Weeks', 'A few weeks'],
      ['Months', 'A few months'],
      ['Over a year', 'More than a year'],
    ],
    redFlags: {
      overgreb: 'Violence or sexual abuse',
      social_kontrol: 'Negative social control or honour-related conflict',
      radikalisering: 'Radicalisation or extremism',
    } as Record<string, string>,
    roles: {
      dagtilbud: 'Day care (pedagogue, childminder)',
      skole: 'School, after-school club or youth school',
      sundhedspleje: 'Health visitor',
      tandpleje: 'Dental care',
      laege: 'General practitioner',
      forening: 'Club or volunteer',
      andet: 'Other',
    },
    questions: {
      describe: {
        title: 'What are you worried about?',
        hint: 'Describe briefly and concretely what you have seen or heard. Do not write names or CPR numbers.',
        placeholder: 'E.g. A boy of 7 often comes hungry and has bruises on his arms.',
      },
      municipality: {
        title: 'Which municipality does the child live in?',
        hint: 'I will remember your answer. Write »change municipality« to change it.',
      },
      role: {
        title: 'Where do you work?',
        hint: 'Then I can show the steps that apply to you. I will remember it.',
      },
      age: {
        title: 'How old is the child?',
        hint: 'Write the age in years. An infant under 1 year is 0.',
        placeholder: 'E.g. 7',
      },
      redFlagCheck: {
        title: 'Do you suspect any of these?',
        hint: 'If you suspect one of them, you must act at once. If in doubt, choose »Don’t know«.',
      },
      suspicion: {
        title: 'Could the suspicion concern the parents?',
        hint: 'Then the parents must not be involved before the municipality has talked to the child.',
      },
      score: {
        title: 'Where is the child on the well-being scale?',
        hint: '1 is threatened well-being, 10 is thriving. The borders are fluid: choose the number that fits best.',
      },
      signals: {
        title: 'Which signs do you see?',
        hint: 'I have ticked what I found in your description (the signs are named in Danish). Adjust as needed.',
      },
      absence: {
        title: 'How much unlawful absence has the pupil had this quarter?',
        hint: 'At 15 % or more the school leader must notify the municipality (barnets lov § 133, stk. 2). Write the number if you know it.',
        placeholder: 'E.g. 18 %',
      },
      youngerChildAge: {
        title: UI_TEXTS.en.youngerChild.title,
        hint: UI_TEXTS.en.youngerChild.hint,
        placeholder: UI_TEXTS.en.youngerChild.placeholder,
      },
      confirm: { title: UI_TEXTS.en.confirm.title, hint: UI_TEXTS.en.confirm.hint },
      details: { title: UI_TEXTS.en.details.title, hint: UI_TEXTS.en.details.hint },
      observed: {
        title: 'What exactly have you seen or heard?',
        hint: 'Write what you observed yourself – not interpretations. E.g. what the child said, and when.',
        placeholder: 'E.g. On Monday she said she does not dare go home.',
      },
      duration: {
        title: 'How long have you been worried?',
        hint: 'Choose or write in your own words.',
        placeholder: 'E.g. since the autumn holiday',
      },
      actionsTaken: {
        title: 'What has already been done?',
        hint: 'E.g. talks with the parents, measures in the group, meetings.',
        placeholder: 'E.g. We talked with the mother on 2 November.',
      },
      parentsSay: {
        title: 'What do the parents say?',
        hint: 'If you have talked to them, write briefly what they said.',
        placeholder: 'E.g. The father says things are better.',
      },
      childSays: {
        title: 'What does the child say?',
        hint: 'Give the child’s own words if you can.',
        placeholder: 'E.g. »I don’t want to go home.«',
      },
    } satisfies Record<QuestionId, QuestionText>,
  },
};

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
  const lang = context.lang ?? 'da';
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
