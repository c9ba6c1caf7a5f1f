import { danishDate, danishDay, inDenmark } from '../dates';
import type { Knowledge } from '../knowledge/schema';
import {
  inDateOrder,
  nextDeadline,
  OBSERVATION_PERIOD_DAYS,
  type Case,
  type LeaderAnswer,
  type Observation,
  type PlannedReminder,
} from '../cases';
import type { Lang } from './labels';
import { fill, uiTexts, type UiTexts } from '../i18n/uiTexts';

/**
 * View models of »Mine bekymringer«: the list, one card per case and a reminder. Their texts are in
 * src/i18n/cases.ts (given to the card as `l`).
 */

/** How many entries the case card shows (the newest); the draft takes them all. */
export const OBSERVATIONS_SHOWN = 3;
const LEADER_ANSWERS_SHOWN = 2;
const COMMENT_SHOWN = 300;
const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The texts the add-an-observation inputs need (on the case card and in the daily question). */
function observationInputs(lang: Lang, now: Date) {
  const l = uiTexts(lang).caseLabels;
  return {
    addObservation: l.addObservation,
    observedOn: l.observedOn,
    observationLabel: l.observationLabel,
    observationHint: l.observationHint,
    today: inDenmark(now).toISODate() ?? '',
  };
}

export interface CaseCardModel {
  l: UiTexts['caseLabels'];
  o: ReturnType<typeof observationInputs>;
  observationsTitle: string;
  observations: { day: string; text: string }[];
  leaderAnswers: { title: string; value: string }[];
  periodChoices: { title: string; value: string }[];
  canObserve: boolean;
  observing: boolean;
  id: string;
  label: string;
  facts: { title: string; value: string }[];
  retention: string;
  today: string;
  canNotify: boolean;
  canReceipt: boolean;
  canFeedback: boolean;
  canClose: boolean;
  isClosed: boolean;
  remindersOn: boolean;
}

const day = (isoDate: string) => danishDate(danishDay(isoDate.slice(0, 10)));
const dayOf = (instant: string) => danishDate(inDenmark(instant));

export function caseCardModel(
  c: Case,
  retainUntil: string,
  knowledge: Knowledge,
  now: Date,
  lang: Lang = 'da',
  logs: { observations?: readonly Observation[]; leaderAnswers?: readonly LeaderAnswer[] } = {},
): CaseCardModel {
  const l = uiTexts(lang).caseLabels;
  const log = inDateOrder(logs.observations ?? []);
  const newest = log.slice(-OBSERVATIONS_SHOWN).reverse();
  const today = inDenmark(now).toISODate() ?? '';
  const observing = !!c.observeUntil && c.observeUntil >= today && c.status !== 'closed';
  const next = nextDeadline(c, knowledge.national, now);
  const nextRule = next && knowledge.national.deadlines.find((d) => d.id === next.id);
  const municipality = knowledge.municipalities.get(c.municipality)?.name ?? c.municipality;
  const why =
    c.status === 'closed'
      ? l.keptWhy.closed
      : c.status === 'open'
        ? c.observeUntil
          ? l.keptWhy.openObserving
          : l.keptWhy.open
        : l.keptWhy.notified;
  const reminders = c.remindersStopped
    ? l.remindersStopped
    : c.snoozedUntil && Date.parse(c.snoozedUntil) > now.getTime()
      ? `${l.snoozedUntil} ${dayOf(c.snoozedUntil)}`
      : l.remindersOn;
  const facts: [string, string | undefined][] = [
    [l.status, uiTexts(lang).caseStatus[c.status]],
    [l.municipality, municipality],
    [l.notifiedOn, c.notifiedOn ? day(c.notifiedOn) : undefined],
    [l.next, c.notifiedOn ? (next && nextRule ? `${day(next.due)}: ${nextRule.label}` : l.none) : undefined],
    [l.reminders, (c.notifiedOn || observing) && c.status !== 'closed' ? reminders : undefined],
    [
      l.observingUntil,
      observing && c.observeUntil
        ? fill(uiTexts(lang).casePhrases.observingText, { until: day(c.observeUntil) })
        : undefined,
    ],
  ];
  const phrases = uiTexts(lang).casePhrases;
  const { leaderAnswers } = phrases;
  const observations = (count: number, shown: number) =>
    count === 0
      ? phrases.observationsNone
      : fill(count > shown ? phrases.observationsNewest : phrases.observationsAll, { count, shown });
  const periodChoice = (days: number) => fill(phrases.periodChoice, { days });
  return {
    l,
    o: observationInputs(lang, now),
    observationsTitle: observations(log.length, Math.min(log.length, OBSERVATIONS_SHOWN)),
    observations: newest.map((o) => ({ day: day(o.on), text: o.text })),
    // The newest few, a long comment shortened: the card stays small on a phone (the sender got it in full).
    leaderAnswers: (logs.leaderAnswers ?? []).slice(-LEADER_ANSWERS_SHOWN).map((a) => ({
      title: `${l.leaderAnswer} ${dayOf(a.at)}`,
      value: a.comment
        ? `${leaderAnswers[a.answer]}: »${shorten(a.comment, COMMENT_SHOWN)}«`
        : leaderAnswers[a.answer],
    })),
    periodChoices: OBSERVATION_PERIOD_DAYS.map((days) => ({
      title: periodChoice(days),
      value: String(days),
    })),
    canObserve: c.status !== 'closed',
    observing,
    id: c.id,
    label: c.label,
    facts: facts.filter((f): f is [string, string] => !!f[1]).map(([title, value]) => ({ title, value })),
    retention: `${l.kept} ${dayOf(retainUntil)} (${why}).`,
    today: inDenmark(now).toISODate() ?? '',
    canNotify: c.status === 'open',
    canReceipt: c.status === 'notified',
    canFeedback: c.status === 'notified' || c.status === 'receiptReceived',
    canClose: c.status !== 'closed',
    isClosed: c.status === 'closed',
    remindersOn: !c.remindersStopped,
  };
}

export function caseListModel(count: number, remindersStopped: boolean, lang: Lang = 'da') {
  const l = uiTexts(lang).caseLabels;
  return {
    l,
    intro: count === 0 ? l.empty : l.listIntro,
    remindersOff: remindersStopped ? l.remindersOff : '',
    remindersStopped,
  };
}

export function caseReminderModel(
  c: Case,
  reminder: Pick<PlannedReminder, 'kind'>,
  knowledge: Knowledge,
  lang: Lang = 'da',
  now: Date = new Date(),
) {
  const t = uiTexts(lang).caseReminders;
  const l = uiTexts(lang).caseLabels;
  const municipality = knowledge.municipalities.get(c.municipality);
  const route = municipality?.redFlagRoutes.find((r) => c.redFlags.includes(r.flag));
  // After a red flag, the number for that flag (often the police or the duty line); otherwise the intake.
  const contactId = reminder.kind === 'callCheck' && route ? route.contact : municipality?.intake;
  const intake = [...(municipality?.contacts ?? []), ...knowledge.national.contacts].find(
    (contact) => contact.id === contactId,
  );
  const ankestyrelsen = knowledge.national.contacts.find((contact) => contact.id === 'ankestyrelsen_web');
  const lines: string[] = [];
  if (intake?.phone && reminder.kind !== 'observation')
    lines.push(`${t.call} ${intake.name}: ${intake.phone}`);
  if (reminder.kind !== 'callCheck' && reminder.kind !== 'receiptOverdue' && ankestyrelsen?.web)
    lines.push(`${t.ankestyrelsen}: ${ankestyrelsen.web}`);
  return {
    l,
    id: c.id,
    title: t[reminder.kind].title,
    about: `${t.about}: ${c.label}`,
    text: t[reminder.kind].text,
    contacts: lines.join('\n\n'),
    canReceipt: reminder.kind === 'receiptOverdue' && c.status === 'notified',
    // A new notification when the concern has grown starts from the case's result and draft.
    canRenew: reminder.kind === 'followUpCheck' || reminder.kind === 'investigationCheck',
    canObserve: reminder.kind === 'observation',
    o: observationInputs(lang, now),
    stopObserving: l.stopObserving,
    until:
      reminder.kind === 'observation' && c.observeUntil
        ? `${l.observingUntil} ${fill(uiTexts(lang).casePhrases.observingText, { until: day(c.observeUntil) })}`
        : '',
  };
}
