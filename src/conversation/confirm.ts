import { RoleId, type Knowledge } from '../knowledge/schema';
import type { Lexicon } from '../text';
import type { EditableField } from '../draft/answers';
import {
  parseAge,
  parseFreeText,
  parseMunicipality,
  parseRedFlagCheck,
  parseRole,
  parseScore,
  parseSignals,
  type RedFlagAnswer,
} from './answers';
import { accept, normalise, reject, submitted, type Parsed, type Reply } from './reply';

/**
 * The details the conversation asks for on its one optional card (the draft card can edit more: the child's
 * strengths, home municipality and an interpreter).
 */
export const DETAIL_FIELDS = [
  'observed',
  'duration',
  'actionsTaken',
  'parentsSay',
  'childSays',
] as const satisfies readonly EditableField[];
export type DetailField = (typeof DETAIL_FIELDS)[number];

export type Details = Partial<Record<DetailField, string | null>>;

/**
 * What the confirmation card shows: what the description already told us (pre-filled, editable), the explicit
 * red-flag question when the concern has no flag yet, and in edit mode (»Ret svar«) every other answer too.
 */
export interface ConfirmForm {
  municipality?: string;
  role?: RoleId;
  childAge?: number;
  signals: string[];
  /** The red-flag question is on the card (every concern without a flag is asked it). */
  askRedFlag: boolean;
  /** Its answer so far: `ingen`, `ved_ikke` or a flag id. */
  redFlagAnswer?: string;
  /**
   * Red flags the text model guessed in the description where the rules found none: a reason to read the
   * red-flag question carefully, never an answer to it (the user decides).
   */
  modelGuesses?: string[];
  /** »Ret svar«: the description, the score and the details are on the card as well. */
  edit: boolean;
  text?: string;
  score?: number;
  details?: Details;
}

/** What one answer to the confirmation card changed; a typed answer changes one field. */
export interface ConfirmAnswer {
  municipality?: string;
  role?: RoleId;
  childAge?: number;
  redFlag?: RedFlagAnswer & { choice: string };
  /** Ticked on the card: the user has confirmed them (the bot's guesses stay guesses until then). */
  signals?: string[];
  score?: number;
  text?: string;
  details?: Details;
}

/** The card may go on: the essentials are there and the red-flag question (if asked) is answered. */
export function confirmComplete(form: ConfirmForm): boolean {
  return (
    form.municipality !== undefined &&
    form.role !== undefined &&
    form.childAge !== undefined &&
    (!form.askRedFlag || form.redFlagAnswer !== undefined)
  );
}

/** The form after an answer, as the card would show it next. */
export function applyConfirm(form: ConfirmForm, answer: ConfirmAnswer): ConfirmForm {
  return {
    ...form,
    municipality: answer.municipality ?? form.municipality,
    role: answer.role ?? form.role,
    childAge: answer.childAge ?? form.childAge,
    redFlagAnswer: answer.redFlag?.choice ?? form.redFlagAnswer,
    signals: answer.signals ?? form.signals,
  };
}

const AGREE =
  /^(det passer|passer|det er rigtigt|videre|ok|okay|ja|fortsæt|next|yes|correct|that s right|right)$/;

const choiceOf = (answer: RedFlagAnswer): string => answer.flags[0] ?? (answer.unsure ? 'ved_ikke' : 'ingen');

function cardAge(raw: unknown): number | undefined {
  const age = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN;
  return Number.isInteger(age) && age >= 0 && age <= 25 ? age : undefined;
}

/** The card's submit: every field at once; a required one missing or wrong gets help and the card again. */
function parseCard(
  reply: Reply,
  form: ConfirmForm,
  knowledge: Knowledge,
  lexicon: Lexicon,
): Parsed<ConfirmAnswer> {
  const value = reply.value ?? {};
  const municipalityText = submitted(reply, 'municipality');
  const municipality = municipalityText
    ? parseMunicipality({ text: municipalityText, value: undefined }, knowledge)
    : undefined;
  const role = RoleId.safeParse(value.role);
  const childAge = cardAge(value.age);
  const redFlagChoice = submitted(reply, 'redFlag');
  const redFlag = redFlagChoice
    ? parseRedFlagCheck({ text: '', value: { answer: redFlagChoice } }, lexicon)
    : undefined;
  if (!municipality?.ok || !role.success || childAge === undefined || (form.askRedFlag && !redFlag?.ok)) {
    return reject('confirm');
  }
  const answer: ConfirmAnswer = { municipality: municipality.value, role: role.data, childAge };
  if (redFlag?.ok && redFlagChoice) answer.redFlag = { ...redFlag.value, choice: redFlagChoice };
  if (Object.keys(value).some((key) => key.startsWith('signals_'))) {
    const signals = parseSignals(reply, knowledge, lexicon);
    if (signals.ok) answer.signals = signals.value;
  }
  if (form.edit) {
    const score = submitted(reply, 'score');
    const parsedScore = score ? parseScore({ text: score, value: undefined }) : undefined;
    if (parsedScore?.ok) answer.score = parsedScore.value;
    const text = submitted(reply, 'description');
    if (text) answer.text = text;
    answer.details = detailsOf(reply);
  }
  return accept(answer);
}

/**
 * A typed answer fills the first field it reads as (municipality, role, age, red-flag answer), so the card can
 * be answered word by word; »det passer« accepts what the card shows once it is complete.
 */
export function parseConfirm(
  reply: Reply,
  form: ConfirmForm,
  knowledge: Knowledge,
  lexicon: Lexicon,
): Parsed<ConfirmAnswer> {
  if (reply.value?.verb === 'answer') return parseCard(reply, form, knowledge, lexicon);
  const typed = { text: reply.text, value: undefined };
  if (AGREE.test(normalise(reply.text))) return confirmComplete(form) ? accept({}) : reject('confirm');
  const municipality = parseMunicipality(typed, knowledge);
  if (municipality.ok) return accept({ municipality: municipality.value });
  const role = parseRole(typed);
  if (role.ok) return accept({ role: role.value });
  const age = parseAge(typed);
  if (age.ok) return accept({ childAge: age.value });
  if (age.help === 'ageTooHigh') return reject('ageTooHigh');
  if (form.askRedFlag) {
    const redFlag = parseRedFlagCheck(typed, lexicon);
    if (redFlag.ok) return accept({ redFlag: { ...redFlag.value, choice: choiceOf(redFlag.value) } });
  }
  return reject('confirm');
}

function detailsOf(reply: Reply): Details {
  return Object.fromEntries(DETAIL_FIELDS.map((field) => [field, submitted(reply, field) ?? null]));
}

/** The details card: every field at once, or skipped; a typed text is what the user observed. */
export function parseDetails(reply: Reply): Parsed<Details> {
  if (reply.value?.skip === true || reply.value?.skip === 'true') return accept({});
  if (reply.value?.verb === 'answer') return accept(detailsOf(reply));
  const typed = parseFreeText(reply);
  if (!typed.ok) return reject('freeText');
  return accept(typed.value === null ? {} : { observed: typed.value });
}

/** The age of a younger child named in the description; `null` when the user does not know. */
export function parseYoungerChildAge(reply: Reply): Parsed<number | null> {
  if (reply.value?.skip === true || reply.value?.skip === 'true') return accept(null);
  if (/^(ved ikke|ved_ikke|spring over|don t know|skip)$/.test(normalise(submitted(reply) ?? reply.text)))
    return accept(null);
  const age = parseAge(reply);
  if (age.ok && age.value <= 17) return age;
  return reject('age');
}
