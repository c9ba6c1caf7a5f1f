import type { Knowledge } from '../knowledge/schema';
import type { Lang } from '../cards/labels';
import type { AnswerData } from '../cards/questionCard';
import { DETAIL_FIELDS, type ConfirmForm, type Details } from './confirm';
import {
  parentsCaution,
  questionText,
  questionWords,
  redFlagChoices,
  roleChoices,
  scoreChoices,
  signalGroups,
} from './questions';
import { uiTexts, type UiTexts } from '../i18n/uiTexts';

type Choice = { title: string; value: string };

/** View model of `cards/confirm.json`. */
export interface ConfirmCardModel {
  t: UiTexts['confirm'];
  progress: string;
  title: string;
  hint: string;
  municipalities: Choice[];
  municipality: string;
  roles: Choice[];
  role: string;
  /** The age as the card shows it; null leaves the field empty. */
  age: number | null;
  redFlag: { choices: Choice[]; value: string } | null;
  /** The text model's guess, said above the red-flag question; null when it guessed nothing. */
  redFlagHint: string | null;
  signalGroups: ReturnType<typeof signalGroups>;
  edit: {
    description: string;
    scores: Choice[];
    score: string;
    details: { id: string; label: string; value: string }[];
  } | null;
  submit: { title: string; data: AnswerData };
  back: { title: string; data: AnswerData } | null;
}

/** Fields the user types are put back on the card as they were; a »${« must not look like a template. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\$\{/g, '$ {');

/** Longer descriptions are edited in the draft, not here: the card must stay small. */
const DESCRIPTION_ON_CARD = 2_000;

function detailRows(details: Details | undefined, lang: Lang) {
  return DETAIL_FIELDS.map((field) => ({
    id: field,
    label: questionText(field, lang).title,
    value: plain(details?.[field]),
  }));
}

/** »Your description resembles …«: the text model's guess in the words of the red-flag choices. */
function modelHint(form: ConfirmForm, knowledge: Knowledge, lang: Lang): string | null {
  if (!form.askRedFlag || !form.modelGuesses?.length) return null;
  const titles = redFlagChoices(knowledge, lang)
    .filter((choice) => form.modelGuesses?.includes(choice.value))
    .map((choice) => `»${choice.title}«`);
  return titles.length > 0 ? uiTexts(lang).confirm.modelHint.replace('{flags}', titles.join(', ')) : null;
}

/** The one card that shows what the description told us, for confirmation, with the red-flag question. */
export function confirmCardModel(
  form: ConfirmForm,
  knowledge: Knowledge,
  lang: Lang,
  progress: string,
  canGoBack: boolean,
): ConfirmCardModel {
  const t = uiTexts(lang).confirm;
  const text = form.text ?? '';
  return {
    t,
    progress,
    title: form.edit ? t.editTitle : t.title,
    hint: form.edit ? t.editHint : t.hint,
    municipalities: [...knowledge.municipalities.values()].map((m) => ({ title: m.name, value: m.id })),
    municipality: form.municipality ?? '',
    roles: roleChoices(lang),
    role: form.role ?? '',
    age: form.childAge ?? null,
    redFlag: form.askRedFlag
      ? { choices: redFlagChoices(knowledge, lang), value: form.redFlagAnswer ?? '' }
      : null,
    redFlagHint: modelHint(form, knowledge, lang),
    signalGroups: signalGroups(knowledge, form.childAge, form.signals),
    edit: form.edit
      ? {
          description: text.length <= DESCRIPTION_ON_CARD ? plain(text) : '',
          scores: scoreChoices(knowledge),
          score: form.score === undefined ? '' : String(form.score),
          details: detailRows(form.details, lang),
        }
      : null,
    submit: { title: form.edit ? t.editSubmit : t.submit, data: { verb: 'answer', step: 'confirm' } },
    back: canGoBack
      ? { title: uiTexts(lang).nav.back, data: { verb: 'answer', step: 'confirm', back: true } }
      : null,
  };
}

/** View model of `cards/details.json`. */
export interface DetailsCardModel {
  t: UiTexts['details'];
  progress: string;
  hint: string;
  fields: { id: string; label: string; placeholder: string; value: string }[];
  submit: AnswerData;
  skip: AnswerData;
  typedHint: string;
  back: { title: string; data: AnswerData } | null;
}

/** The five details for the notification on one optional card: all fields, one submit, or skip. */
export function detailsCardModel(
  details: Details | undefined,
  lang: Lang,
  progress: string,
  redFlag: boolean,
  canGoBack: boolean,
): DetailsCardModel {
  const t = uiTexts(lang).details;
  return {
    t,
    progress,
    // On the red-flag route the parents may be the ones suspected: nobody should go and ask them now.
    hint: redFlag ? `${t.hint} ${parentsCaution(lang)}` : t.hint,
    fields: DETAIL_FIELDS.map((field) => ({
      id: field,
      label: questionText(field, lang).title,
      placeholder: questionText(field, lang).placeholder ?? '',
      value: plain(details?.[field]),
    })),
    submit: { verb: 'answer', step: 'details' },
    skip: { verb: 'answer', step: 'details', skip: true },
    typedHint: questionWords(lang).typedHint,
    back: canGoBack
      ? { title: uiTexts(lang).nav.back, data: { verb: 'answer', step: 'details', back: true } }
      : null,
  };
}
