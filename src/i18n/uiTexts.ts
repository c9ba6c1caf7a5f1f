import type { Lang } from '../cards/labels';
import { DA_CARDS, EN_CARDS } from './cards';
import { DA_CASES, EN_CASES } from './cases';
import { DA_CONVERSATION, EN_CONVERSATION } from './conversation';
import { DA_GROUP, EN_GROUP } from './group';
import { DA_HANDOFF, EN_HANDOFF } from './handoff';
import { DA_QUESTIONS, EN_QUESTIONS } from './questions';
import { DA_RESULTS, EN_RESULTS } from './results';
import type { Shape } from './shape';

/**
 * Every user-visible sentence of the bot layer, one resource per language, kept in one file per area
 * (conversation.ts, results.ts, handoff.ts, group.ts, cases.ts, cards.ts, questions.ts; no two areas share a top-level key).
 * `UiTexts` is the Danish resource's shape with every text widened to `string`, and the English resource is
 * declared as a `UiTexts`: a key missing in either language is a compile error. `{name}` marks a value filled in by `fill`. Facts from knowledge/ (steps, contacts, deadlines) are not
 * here: they stay Danish, and an English card says so once.
 */
export const AREAS = {
  conversation: DA_CONVERSATION,
  results: DA_RESULTS,
  handoff: DA_HANDOFF,
  group: DA_GROUP,
  cases: DA_CASES,
  cards: DA_CARDS,
  questions: DA_QUESTIONS,
};

const DA = {
  ...DA_CONVERSATION,
  ...DA_RESULTS,
  ...DA_HANDOFF,
  ...DA_GROUP,
  ...DA_CASES,
  ...DA_CARDS,
  ...DA_QUESTIONS,
};

/** Every text the bot shows, by key; both languages must have exactly these. */
export type UiTexts = Shape<typeof DA>;

const EN: UiTexts = {
  ...EN_CONVERSATION,
  ...EN_RESULTS,
  ...EN_HANDOFF,
  ...EN_GROUP,
  ...EN_CASES,
  ...EN_CARDS,
  ...EN_QUESTIONS,
};

export const UI_TEXTS: Record<Lang, UiTexts> = { da: DA, en: EN };

/** The texts in `lang`. */
export const uiTexts = (lang: Lang): UiTexts => UI_TEXTS[lang];

/** Fills `{name}` marks: »Vurdering – {municipality}« with `{ municipality: 'Vejen' }`. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (mark, name: string) =>
    values[name] === undefined ? mark : String(values[name]),
  );
}

/**
 * The language to speak to someone: their own choice when the bot knows it (»english« / »dansk«), otherwise
 * Danish. The Teams client's locale does not decide: many Danish professionals run Teams in English, and the 1:1
 * chat, the group cards and the leader's card must speak the same language to the same person.
 */
export function languageOf(stored: Lang | undefined): Lang {
  return stored ?? 'da';
}

/**
 * Where nothing is known of the user (another organisation's tenant, the safety net when state cannot be read),
 * the client's locale is the only clue: English for an English client, otherwise Danish.
 */
export function localeLanguage(locale: string | undefined): Lang {
  return locale?.slice(0, 2).toLowerCase() === 'en' ? 'en' : 'da';
}
