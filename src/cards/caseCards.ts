import { danishDate, danishDay, inDenmark } from '../dates';
import type { Knowledge } from '../knowledge/schema';
import {
  inDateOrder,
  nextDeadline,
  OBSERVATION_PERIOD_DAYS,
  type Case,
  type CaseStatus,
  type LeaderAnswer,
  type Observation,
  type PlannedReminder,
} from '../cases';
import type { Lang } from './labels';

/**
 * View models of »Mine bekymringer«: the list, one card per case and a reminder. Their texts are here (in the
 * model as `l`), not in CARD_LABELS, so the case feature stays in its own files.
 */

const STATUS: Record<Lang, Record<CaseStatus, string>> = {
  da: {
    open: 'Åben – underretning ikke sendt endnu',
    notified: 'Underretning sendt',
    receiptReceived: 'Kvittering modtaget',
    feedbackReceived: 'Tilbagemelding modtaget',
    closed: 'Lukket',
  },
  en: {
    open: 'Open – notification not sent yet',
    notified: 'Notification sent',
    receiptReceived: 'Receipt received',
    feedbackReceived: 'Feedback received',
    closed: 'Closed',
  },
};

const LABELS = {
  da: {
    listTitle: 'Mine bekymringer',
    listIntro:
      'Dine gemte bekymringer uden barnets navn eller CPR-nummer. Jeg minder dig om fristerne i din 1:1-chat på hverdage kl. 9.',
    empty:
      'Du har ingen gemte bekymringer. Efter et resultat kan du trykke »Gem som sag«, så holder jeg øje med fristerne.',
    remindersOff: 'Du har slået alle påmindelser fra.',
    stopAll: 'Slå alle påmindelser fra',
    resumeAll: 'Slå påmindelser til igen',
    status: 'Status',
    municipality: 'Kommune',
    notifiedOn: 'Underretning sendt',
    next: 'Næste frist',
    none: 'Ingen flere frister',
    kept: 'Gemmes til',
    keptWhy: {
      open: 'en åben sag slettes 30 dage efter sidste ændring',
      openObserving:
        'en åben sag slettes 30 dage efter sidste ændring eller observationsperiodens sidste dag',
      notified: 'en sendt sag slettes 30 dage efter undersøgelsesfristen (4 måneder)',
      closed: 'en lukket sag slettes 30 dage efter, den blev lukket',
    },
    reminders: 'Påmindelser',
    remindersOn: 'Til',
    remindersStopped: 'Slået fra for denne sag',
    snoozedUntil: 'Udsat til',
    markNotified: 'Underretning sendt …',
    dateLabel: 'Hvornår sendte du underretningen?',
    save: 'Gem',
    receipt: 'Kvittering modtaget',
    feedback: 'Tilbagemelding modtaget',
    close: 'Luk sagen',
    reopen: 'Genåbn (resultat, udkast, tjekliste)',
    reopenClosed: 'Åbn sagen igen',
    snooze: 'Udsæt påmindelser en uge',
    stop: 'Ingen påmindelser for sagen',
    resume: 'Påmindelser til igen',
    delete: 'Slet sagen',
    show: 'Mine bekymringer',
    renew: 'Stadig bekymret: se resultat og udkast igen',
    addObservation: 'Tilføj iagttagelse …',
    observedOn: 'Hvornår?',
    observationLabel: 'Hvad så eller hørte du?',
    observationHint: 'Konkret og kort. Barnets egne ord i »citationstegn«. Aldrig navn eller CPR-nummer.',
    observePeriod: 'Observér i en periode …',
    periodLabel: 'Hvor længe vil du observere? Jeg spørger hverdage kl. 9.',
    stopObserving: 'Stop observationen',
    observingUntil: 'Observerer',
    leaderAnswer: 'Svar fra leder',
  },
  en: {
    listTitle: 'My concerns',
    listIntro:
      'Your saved concerns, without the child’s name or CPR number. I remind you of the deadlines in your 1:1 chat on working days at 9.',
    empty:
      'You have no saved concerns. After a result, tap »Save as case« and I will keep an eye on the deadlines.',
    remindersOff: 'You have turned all reminders off.',
    stopAll: 'Turn all reminders off',
    resumeAll: 'Turn reminders on again',
    status: 'Status',
    municipality: 'Municipality',
    notifiedOn: 'Notification sent',
    next: 'Next deadline',
    none: 'No further deadlines',
    kept: 'Kept until',
    keptWhy: {
      open: 'an open case is deleted 30 days after its last change',
      openObserving: 'an open case is deleted 30 days after its last change or the last day of observation',
      notified: 'a sent case is deleted 30 days after the investigation deadline (4 months)',
      closed: 'a closed case is deleted 30 days after it was closed',
    },
    reminders: 'Reminders',
    remindersOn: 'On',
    remindersStopped: 'Off for this case',
    snoozedUntil: 'Snoozed until',
    markNotified: 'Notification sent …',
    dateLabel: 'When did you send the notification?',
    save: 'Save',
    receipt: 'Receipt received',
    feedback: 'Feedback received',
    close: 'Close the case',
    reopen: 'Reopen (result, draft, checklist)',
    reopenClosed: 'Open the case again',
    snooze: 'Snooze reminders a week',
    stop: 'No reminders for this case',
    resume: 'Reminders on again',
    delete: 'Delete the case',
    show: 'My concerns',
    renew: 'Still worried: see the result and draft again',
    addObservation: 'Add an observation …',
    observedOn: 'When?',
    observationLabel: 'What did you see or hear?',
    observationHint: 'Concrete and short. The child’s own words in »quotes«. Never a name or CPR number.',
    observePeriod: 'Observe for a period …',
    periodLabel: 'How long will you observe? I ask on working days at 9.',
    stopObserving: 'Stop observing',
    observingUntil: 'Observing',
    leaderAnswer: 'Leader’s answer',
  },
} as const;

/** The case card's phrases that take a value. */
const PHRASES = {
  da: {
    observations: (count: number, shown: number) =>
      count === 0
        ? 'Iagttagelser: ingen endnu'
        : count > shown
          ? `Iagttagelser (${count}) – de ${shown} nyeste`
          : `Iagttagelser (${count})`,
    periodChoice: (days: number) => `Observér i ${days} dage`,
    observingText: (until: string) => `til og med ${until} (jeg spørger hverdage kl. 9)`,
    leaderAnswers: { approved: 'Drøftet – send den', call: 'Ring til mig', comment: 'Kommentar' },
  },
  en: {
    observations: (count: number, shown: number) =>
      count === 0
        ? 'Observations: none yet'
        : count > shown
          ? `Observations (${count}) – the ${shown} newest`
          : `Observations (${count})`,
    periodChoice: (days: number) => `Observe for ${days} days`,
    observingText: (until: string) => `until ${until} (I ask on working days at 9)`,
    leaderAnswers: { approved: 'Discussed – send it', call: 'Call me', comment: 'Comment' },
  },
};

/** How many entries the case card shows (the newest); the draft takes them all. */
export const OBSERVATIONS_SHOWN = 3;
const LEADER_ANSWERS_SHOWN = 2;
const COMMENT_SHOWN = 300;
const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The texts the add-an-observation inputs need (on the case card and in the daily question). */
function observationInputs(lang: Lang, now: Date) {
  const l = LABELS[lang];
  return {
    addObservation: l.addObservation,
    observedOn: l.observedOn,
    observationLabel: l.observationLabel,
    observationHint: l.observationHint,
    today: inDenmark(now).toISODate() ?? '',
  };
}

export interface CaseCardModel {
  l: (typeof LABELS)[Lang];
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
  const l = LABELS[lang];
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
    [l.status, STATUS[lang][c.status]],
    [l.municipality, municipality],
    [l.notifiedOn, c.notifiedOn ? day(c.notifiedOn) : undefined],
    [l.next, c.notifiedOn ? (next && nextRule ? `${day(next.due)}: ${nextRule.label}` : l.none) : undefined],
    [l.reminders, (c.notifiedOn || observing) && c.status !== 'closed' ? reminders : undefined],
    [
      l.observingUntil,
      observing && c.observeUntil ? PHRASES[lang].observingText(day(c.observeUntil)) : undefined,
    ],
  ];
  const { observations, periodChoice, leaderAnswers } = PHRASES[lang];
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
  const l = LABELS[lang];
  return {
    l,
    intro: count === 0 ? l.empty : l.listIntro,
    remindersOff: remindersStopped ? l.remindersOff : '',
    remindersStopped,
  };
}

const REMINDER_TEXTS = {
  da: {
    callCheck: {
      title: 'Fik du ringet?',
      text: 'Du har sendt en underretning om et alvorligt forhold i dag. Ved mistanke om vold, overgreb, negativ social kontrol eller radikalisering skal kommunen også have et opkald med det samme – ring, hvis du ikke har gjort det. Involvér ikke forældrene, hvis mistanken er rettet mod dem.',
    },
    receiptOverdue: {
      title: 'Har du fået kvittering?',
      text: 'Som fagperson skal du have en kvittering senest 6 hverdage efter, kommunen modtog underretningen (Barnets lov § 137). Har du ikke fået den, så ring til kommunen og spørg.',
    },
    followUpCheck: {
      title: 'Ved du, om der er sat noget i gang?',
      text: 'Nu er der gået 3 måneder siden underretningen. Er du stadig bekymret? Er bekymringen vokset, så send en ny underretning. Gør kommunen efter din vurdering for lidt, kan du fortælle Ankestyrelsen det.',
    },
    investigationCheck: {
      title: 'Er du stadig bekymret?',
      text: 'En eventuel børnefaglig undersøgelse skulle nu være færdig (4 måneder). Ved du, om der er sat noget i gang? Er bekymringen vokset, så send en ny underretning. Gør kommunen efter din vurdering for lidt, kan du fortælle Ankestyrelsen det.',
    },
    observation: {
      title: 'Hvad har du set i dag?',
      text: 'Du observerer barnet i en periode. Skriv kort og konkret, hvad du selv så eller hørte i dag, og hvornår – barnets egne ord i »citationstegn«. Er der intet nyt, så spring over. Er barnet i akut fare, så ring 112.',
    },
    call: 'Ring til',
    ankestyrelsen: 'Ankestyrelsen',
    about: 'Sag',
  },
  en: {
    callCheck: {
      title: 'Did you call?',
      text: 'You sent a notification about a serious matter today. With a suspicion of violence, abuse, negative social control or radicalisation the municipality must also get a call right away – call if you have not. Do not involve the parents if the suspicion is against them.',
    },
    receiptOverdue: {
      title: 'Have you had a receipt?',
      text: 'As a professional you must get a receipt within 6 working days after the municipality received the notification (Barnets lov § 137). If you have not, call the municipality and ask.',
    },
    followUpCheck: {
      title: 'Do you know whether anything has been started?',
      text: 'It is now 3 months since the notification. Are you still worried? If the concern has grown, send a new notification. If you think the municipality does too little, you can tell Ankestyrelsen.',
    },
    investigationCheck: {
      title: 'Are you still worried?',
      text: 'A possible investigation should now be finished (4 months). Do you know whether anything has been started? If the concern has grown, send a new notification. If you think the municipality does too little, you can tell Ankestyrelsen.',
    },
    observation: {
      title: 'What did you see today?',
      text: 'You are observing the child for a period. Write briefly and concretely what you yourself saw or heard today, and when – the child’s own words in »quotes«. If there is nothing new, skip it. If the child is in acute danger, call 112.',
    },
    call: 'Call',
    ankestyrelsen: 'Ankestyrelsen',
    about: 'Case',
  },
} as const;

export function caseReminderModel(
  c: Case,
  reminder: Pick<PlannedReminder, 'kind'>,
  knowledge: Knowledge,
  lang: Lang = 'da',
  now: Date = new Date(),
) {
  const t = REMINDER_TEXTS[lang];
  const l = LABELS[lang];
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
        ? `${l.observingUntil} ${PHRASES[lang].observingText(day(c.observeUntil))}`
        : '',
  };
}
