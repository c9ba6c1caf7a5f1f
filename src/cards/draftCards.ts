import type { EditableField, ConcernAnswers, NotificationDraft } from '../draft';
import { EDITABLE_FIELDS, SHORT_FIELD_LIMIT, SHORT_FIELDS } from '../draft';
import type { Lang } from './labels';
import type { Knowledge } from '../knowledge/schema';
import type { Assessment } from '../rules/assessment';
import { sourcesText } from './viewModels';
import { fill, uiTexts, type UiTexts } from '../i18n/uiTexts';
import { danishDateTime, inDenmark } from '../dates';

/**
 * A part's text on a card is cut at this length: a long observation log or description would make the card too
 * big for a phone (and for Teams). »Kopiér som tekst« always gives the whole draft.
 */
export const SECTION_SHOWN = 1500;

const sectionText = (draft: NotificationDraft, leaveOut: string[], cutNote: string) =>
  draft.sections
    .filter((s) => !leaveOut.includes(s.id))
    .map((s) => {
      const text = s.lines.join('\n\n');
      return {
        heading: s.heading,
        text: text.length <= SECTION_SHOWN ? text : `${text.slice(0, SECTION_SHOWN).trimEnd()} … ${cutNote}`,
      };
    });

export interface DraftCardModel {
  t: UiTexts['draft'];
  title: string;
  sections: { heading: string; text: string }[];
  flags: { sentence: string; label: string; advice: string }[];
  fields: {
    id: EditableField;
    label: string;
    value: string;
    placeholder: string;
    maxLength: number;
    multiline: boolean;
  }[];
  sendTo: string;
  irrevocable: string;
  sources: string;
}

export function draftCardModel(
  draft: NotificationDraft,
  answers: ConcernAnswers,
  knowledge: Knowledge,
  lang: Lang = 'da',
): DraftCardModel {
  const texts = uiTexts(lang);
  const t = texts.draft;
  const hints: Partial<Record<EditableField, string>> = texts.draftHints;
  const irrevocable = knowledge.national.notificationDraft.irrevocable;
  return {
    t,
    title: draft.title,
    sections: sectionText(draft, [], t.cut),
    flags: draft.flags.map((f) => ({ sentence: f.sentence, label: f.label, advice: f.advice })),
    fields: EDITABLE_FIELDS.map((id) => ({
      id,
      label: texts.draftFields[id],
      value: answers[id] ?? '',
      placeholder: hints[id] ?? '',
      maxLength: SHORT_FIELDS.includes(id) ? SHORT_FIELD_LIMIT : 2000,
      multiline: !SHORT_FIELDS.includes(id),
    })),
    sendTo: draft.sendTo,
    irrevocable: lang === 'en' ? irrevocable.en : irrevocable.text,
    sources: sourcesText([{ source: draft.source }], knowledge),
  };
}

export interface LeaderPickerCardModel {
  t: UiTexts['leaderPicker'];
  peoplePicker: boolean;
  members: { id: string; name: string }[];
  membersLabel: string;
}

export interface LeaderRequestCardModel {
  t: UiTexts['leader'];
  title: string;
  senderName: string;
  message: string;
  levelText: string;
  deadlines: { dueText: string; label: string }[];
  sections: { heading: string; text: string }[];
  sendTo: string;
  irrevocable: string;
  handoffId: string;
}

/** The deadlines the leader sees, by the knowledge's deadline id, with their key in the `leader` texts. */
const LEADER_DEADLINES = {
  vurdering: 'deadlineAssessment',
  kvittering: 'deadlineReceipt',
} as const;

/**
 * What the leader sees, in the leader's language: who asks, the level, the deadlines and the draft (Danish, as the
 * municipality reads it); never a CPR number or a name.
 */
export function leaderRequestCardModel(
  draft: NotificationDraft,
  assessment: Assessment,
  senderName: string,
  message: string,
  handoffId: string,
  lang: Lang = 'da',
): LeaderRequestCardModel {
  const t = uiTexts(lang).leader;
  return {
    t,
    title: fill(t.requestTitle, { sender: senderName }),
    senderName,
    message,
    levelText: draft.levelText ? fill(t.assessment, { level: draft.levelText }) : '',
    // Worded for the leader: the knowledge's labels speak to the notifier (»Du skal have en kvittering«).
    deadlines: assessment.deadlines
      .filter((d): d is typeof d & { id: keyof typeof LEADER_DEADLINES } => d.id in LEADER_DEADLINES)
      .map((d) => ({ dueText: d.dueText, label: t[LEADER_DEADLINES[d.id]] })),
    // The child's identity part holds only placeholders; the leader needs the concern, not the form.
    sections: sectionText(draft, ['barnet'], t.cut),
    sendTo: draft.sendTo,
    irrevocable: draft.irrevocable,
    handoffId,
  };
}

const ANSWER_KEYS = {
  approved: 'answerApproved',
  call: 'answerCall',
  comment: 'answerComment',
} as const;

/**
 * The leader's card once answered: what was answered and when, and no buttons (the Universal Action's response
 * replaces the request card). The draft itself is not shown again: the sender has it.
 */
export function leaderAnsweredCardModel(
  senderName: string,
  answered: { answer: keyof typeof ANSWER_KEYS; comment?: string; at: string; by: string },
  notDelivered = false,
  lang: Lang = 'da',
) {
  const t = uiTexts(lang).leader;
  return {
    title: fill(t.answeredTitle, { sender: senderName }),
    facts: [
      { title: t.answer, value: t[ANSWER_KEYS[answered.answer]] },
      ...(answered.comment ? [{ title: t.comment, value: `»${answered.comment}«` }] : []),
      { title: t.answeredAt, value: danishDateTime(inDenmark(answered.at)) },
    ],
    text: notDelivered ? fill(t.notPassedOn, { sender: senderName }) : t.passedOn,
  };
}
