import type { QuestionCardModel, QuestionChoiceGroup } from '../cards/questionCard';
import type { Knowledge } from '../knowledge/schema';
import { ROLE_LABELS } from '../rules/roles';
import { zoneMark } from '../cards/zoneMark';

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
  'observed',
  'duration',
  'actionsTaken',
  'parentsSay',
  'childSays',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export { ROLE_LABELS };

const TYPED_HINT = 'Du kan også bare skrive dit svar. Skriv »hjælp«, »forfra« eller »stop« når som helst.';

function blank(title: string, hint: string): QuestionCardModel {
  return {
    progress: '',
    title,
    hint,
    buttons: [],
    choiceGroups: [],
    textInput: null,
    submit: null,
    skip: null,
    typedHint: TYPED_HINT,
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
): QuestionCardModel {
  return {
    ...model,
    textInput: { placeholder, multiline: true },
    submit: { title: 'Videre', data: answer(step) },
    skip: skippable ? { title: 'Spring over', data: { verb: 'answer', step, skip: true } } : null,
  };
}

function withChoices(
  model: QuestionCardModel,
  step: QuestionId,
  groups: QuestionChoiceGroup[],
): QuestionCardModel {
  return { ...model, choiceGroups: groups, submit: { title: 'Videre', data: answer(step) } };
}

export interface QuestionContext {
  knowledge: Knowledge;
  childAge?: number;
  preselectedSignals?: string[];
}

/** The card model for one question. Texts are Danish; the data tags each answer with its step. */
export function questionCard(step: QuestionId, context: QuestionContext): QuestionCardModel {
  const { knowledge } = context;
  switch (step) {
    case 'describe':
      return withText(
        blank(
          'Hvad er du bekymret for?',
          'Beskriv kort og konkret, hvad du har set eller hørt. Skriv ikke navn eller CPR-nummer.',
        ),
        step,
        'Fx: Emil på 7 år kommer ofte sulten og har blå mærker på armene.',
        false,
      );
    case 'municipality':
      return withButtons(
        blank(
          'Hvilken kommune bor barnet i?',
          'Jeg husker dit svar til næste gang. Skriv »skift kommune« for at ændre det.',
        ),
        step,
        [...knowledge.municipalities.values()].map((m) => [m.name, m.id]),
      );
    case 'role':
      return withChoices(
        blank('Hvor arbejder du?', 'Så kan jeg vise de skridt, der gælder for dig. Jeg husker svaret.'),
        step,
        [
          {
            id: 'answer',
            label: 'Vælg din rolle',
            multi: false,
            style: 'expanded',
            value: '',
            choices: Object.entries(ROLE_LABELS).map(([value, title]) => ({ title, value })),
          },
        ],
      );
    case 'age':
      return withButtons(
        withText(
          blank('Hvor gammel er barnet?', 'Skriv alderen i år. Et spædbarn under 1 år er 0.'),
          step,
          'Fx 7',
          false,
        ),
        step,
        [
          ['Under 1 år', '0'],
          ['1-5 år', '3'],
          ['6-12 år', '9'],
          ['13-17 år', '15'],
        ],
      );
    case 'redFlagCheck':
      return withChoices(
        blank(
          'Er der mistanke om et af disse?',
          'Ved mistanke om et af dem skal du handle med det samme. Er du i tvivl, så vælg »Ved ikke«.',
        ),
        step,
        [
          {
            id: 'answer',
            label: 'Vælg det, der passer',
            multi: false,
            style: 'expanded',
            value: '',
            choices: [
              ...knowledge.national.redFlags.map((flag) => ({ title: flag.label, value: flag.id })),
              { title: 'Nej, ingen af dem', value: 'ingen' },
              { title: 'Ved ikke', value: 'ved_ikke' },
            ],
          },
        ],
      );
    case 'suspicion':
      return withButtons(
        blank(
          'Kan mistanken være rettet mod forældrene?',
          'Så må forældrene ikke inddrages, før kommunen har talt med barnet.',
        ),
        step,
        [
          ['Ja', 'ja'],
          ['Nej', 'nej'],
          ['Ved ikke', 'ved_ikke'],
        ],
      );
    case 'score':
      return withChoices(
        blank(
          'Hvor på trivselslinealen er barnet?',
          '1 er truet trivsel, 10 er i trivsel. Grænserne er flydende: vælg det tal, der passer bedst.',
        ),
        step,
        [
          {
            id: 'answer',
            label: 'Trivselslinealen',
            multi: false,
            style: 'expanded',
            value: '',
            choices: Array.from({ length: 10 }, (_, i) => {
              const score = i + 1;
              const zone = knowledge.national.trivselslineal.zones.find(
                (z) => score >= z.from && score <= z.to,
              );
              return {
                title: `${zoneMark(zone?.colour)} ${score} – ${zone?.label ?? ''}`,
                value: String(score),
              };
            }),
          },
        ],
      );
    case 'signals':
      return {
        ...withChoices(
          blank(
            'Hvilke tegn ser du?',
            'Jeg har sat kryds ved det, jeg fandt i din beskrivelse. Ret gerne til.',
          ),
          step,
          signalGroups(knowledge, context.childAge, context.preselectedSignals ?? []),
        ),
        buttons: [{ title: 'Ingen af dem', data: answer(step, 'ingen') }],
      };
    case 'absence':
      return withButtons(
        withText(
          blank(
            'Hvor stort er elevens ulovlige fravær i dette kvartal?',
            'Er det 15 % eller mere, skal skolens leder underrette kommunen (barnets lov § 133, stk. 2). Skriv tallet, hvis du kender det.',
          ),
          step,
          'Fx 18 %',
          false,
        ),
        step,
        [
          ['15 % eller mere', '15'],
          ['Under 15 %', 'under'],
          ['Ved ikke', 'ved_ikke'],
        ],
      );
    case 'observed':
      return withText(
        blank(
          'Hvad har du konkret set eller hørt?',
          'Skriv det, du selv har observeret – ikke fortolkninger. Fx hvad barnet sagde, og hvornår.',
        ),
        step,
        'Fx: Mandag sagde hun, at hun ikke tør gå hjem.',
        true,
      );
    case 'duration':
      return withButtons(
        withText(
          blank('Hvor længe har du været bekymret?', 'Vælg eller skriv med egne ord.'),
          step,
          'Fx siden efterårsferien',
          true,
        ),
        step,
        [
          ['Dage', 'Nogle dage'],
          ['Uger', 'Nogle uger'],
          ['Måneder', 'Nogle måneder'],
          ['Over et år', 'Mere end et år'],
        ],
      );
    case 'actionsTaken':
      return withText(
        blank('Hvad er der allerede gjort?', 'Fx samtaler med forældrene, tiltag i gruppen, møder.'),
        step,
        'Fx: Vi har haft en samtale med mor den 2. november.',
        true,
      );
    case 'parentsSay':
      return withText(
        blank('Hvad siger forældrene?', 'Har du talt med dem, så skriv kort, hvad de sagde.'),
        step,
        'Fx: Far siger, at det går bedre.',
        true,
      );
    case 'childSays':
      return withText(
        blank('Hvad siger barnet selv?', 'Gengiv barnets egne ord, hvis du kan.'),
        step,
        'Fx: »Jeg vil ikke hjem.«',
        true,
      );
  }
}

function signalGroups(
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
