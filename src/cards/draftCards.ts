import type { EditableField, ConcernAnswers, NotificationDraft } from '../draft';
import { EDITABLE_FIELDS } from '../draft';
import type { Knowledge } from '../knowledge/schema';
import type { Assessment } from '../rules/assessment';
import { sourcesText } from './viewModels';
import type { Lang } from './labels';
import { uiTexts, type UiTexts } from '../i18n/uiTexts';

const sectionText = (draft: NotificationDraft, leaveOut: string[] = []) =>
  draft.sections
    .filter((s) => !leaveOut.includes(s.id))
    .map((s) => ({ heading: s.heading, text: s.lines.join('\n\n') }));

export interface DraftCardModel {
  t: UiTexts['draft'];
  title: string;
  sections: { heading: string; text: string }[];
  flags: { sentence: string; label: string; advice: string }[];
  fields: { id: EditableField; label: string; value: string }[];
  sendTo: string;
  sources: string;
}

export function draftCardModel(
  draft: NotificationDraft,
  answers: ConcernAnswers,
  knowledge: Knowledge,
  lang: Lang = 'da',
): DraftCardModel {
  const t = uiTexts(lang).draft;
  return {
    t,
    title: draft.title,
    sections: sectionText(draft),
    flags: draft.flags.map((f) => ({ sentence: f.sentence, label: f.label, advice: f.advice })),
    fields: EDITABLE_FIELDS.map((id) => ({ id, label: t[id], value: answers[id] ?? '' })),
    sendTo: draft.sendTo,
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
  senderName: string;
  message: string;
  levelText: string;
  deadlines: { dueText: string; label: string }[];
  sections: { heading: string; text: string }[];
  handoffId: string;
}

const LEADER_DEADLINES = {
  vurdering: 'Kommunen skal have vurderet underretningen',
  kvittering: 'Den, der underretter, skal have fået en kvittering',
} as const;

/** What the leader sees: who asks, the level, the deadlines and the draft; never a CPR number or a name. */
export function leaderRequestCardModel(
  draft: NotificationDraft,
  assessment: Assessment,
  senderName: string,
  message: string,
  handoffId: string,
): LeaderRequestCardModel {
  return {
    senderName,
    message,
    levelText: draft.levelText,
    // Worded for the leader: the knowledge's labels speak to the notifier (»Du skal have en kvittering«).
    deadlines: assessment.deadlines
      .filter((d): d is typeof d & { id: keyof typeof LEADER_DEADLINES } => d.id in LEADER_DEADLINES)
      .map((d) => ({ dueText: d.dueText, label: LEADER_DEADLINES[d.id] })),
    // The child's identity part holds only placeholders; the leader needs the concern, not the form.
    sections: sectionText(draft, ['barnet']),
    handoffId,
  };
}
