import type { EditableField, ConcernAnswers, NotificationDraft } from '../draft';
import { EDITABLE_FIELDS } from '../draft';
import type { Knowledge } from '../knowledge/schema';
import type { Assessment } from '../rules/assessment';
import { sourcesText } from './viewModels';
import { danishDateTime, inDenmark } from '../dates';

const FIELD_LABELS: Record<EditableField, string> = {
  observed: 'Det har du set eller hørt',
  duration: 'Hvor længe',
  actionsTaken: 'Det har I gjort',
  parentsSay: 'Det siger forældrene',
  childSays: 'Det siger barnet',
};

const sectionText = (draft: NotificationDraft, leaveOut: string[] = []) =>
  draft.sections
    .filter((s) => !leaveOut.includes(s.id))
    .map((s) => ({ heading: s.heading, text: s.lines.join('\n\n') }));

export interface DraftCardModel {
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
): DraftCardModel {
  return {
    title: draft.title,
    sections: sectionText(draft),
    flags: draft.flags.map((f) => ({ sentence: f.sentence, label: f.label, advice: f.advice })),
    fields: EDITABLE_FIELDS.map((id) => ({ id, label: FIELD_LABELS[id], value: answers[id] ?? '' })),
    sendTo: draft.sendTo,
    sources: sourcesText([{ source: draft.source }], knowledge),
  };
}

export interface LeaderPickerCardModel {
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

const ANSWER_LABELS = {
  approved: 'Drøftet – send den',
  call: 'Ring til mig',
  comment: 'Kommentar',
} as const;

/**
 * The leader's card once answered: what was answered and when, and no buttons (the Universal Action's response
 * replaces the request card). The draft itself is not shown again: the sender has it.
 */
export function leaderAnsweredCardModel(
  senderName: string,
  answered: { answer: keyof typeof ANSWER_LABELS; comment?: string; at: string; by: string },
  notDelivered = false,
) {
  return {
    title: `Du har svaret ${senderName}`,
    facts: [
      { title: 'Svar', value: ANSWER_LABELS[answered.answer] },
      ...(answered.comment ? [{ title: 'Kommentar', value: `»${answered.comment}«` }] : []),
      { title: 'Besvaret', value: danishDateTime(inDenmark(answered.at)) },
    ],
    text: notDelivered
      ? `Svaret er gemt, men jeg kunne ikke give det videre til ${senderName}. Kontakt vedkommende direkte.`
      : 'Svaret er givet videre. Udkastet vises ikke længere her; din medarbejder har det. Underretningspligten er personlig.',
  };
}
