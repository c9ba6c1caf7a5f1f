import type { Activity } from 'botbuilder';
import { assessmentCardModel } from '../cards/viewModels';
import { checklistCardModel, contactsCardModel } from '../cards/resultCards';
import { resultCardModel } from '../cards/resultCard';
import { roleLabel } from '../conversation/questions';
import { uiTexts } from '../i18n/uiTexts';
import type { ConcernAnswers } from '../draft';
import { assess, concernSchema, missingAnswers, redFlagsOf, type Assessment, type Concern } from '../rules';
import type { RedFlagId } from '../knowledge/schema';
import { cardActivity } from './replies';
import type { Lang } from '../cards/labels';
import type { BotServices } from './services';

export type ConcernNotes = ConcernAnswers;

/** Runs the one rule set over what we know so far. */
export function assessNotes(notes: ConcernNotes, municipality: string, services: BotServices): Assessment {
  return assess(concernOf(notes, municipality, services), services.knowledge, services.clock);
}

/**
 * What `assessNotes` would say the questions still need (`missing`) and which red flags the notes raise, without
 * the contacts, deadlines and sources: a question's turn needs only these, the result the whole assessment.
 */
export function missingInNotes(
  notes: ConcernNotes,
  municipality: string,
  services: BotServices,
): Pick<Assessment, 'redFlags' | 'missing'> {
  return missingAnswers(concernOf(notes, municipality, services), services.knowledge, services.clock);
}

/** The red flags `assessNotes` would find in the same notes, without the rest of the assessment. */
export function redFlagsInNotes(
  notes: ConcernNotes,
  municipality: string,
  services: BotServices,
): RedFlagId[] {
  return redFlagsOf(concernOf(notes, municipality, services), services.knowledge);
}

function concernOf(notes: ConcernNotes, municipality: string, services: BotServices): Concern {
  const now = services.clock().toISOString();
  return concernSchema(services.knowledge).parse({
    municipality,
    role: notes.role,
    childAge: notes.childAge,
    score: notes.score,
    signals: notes.signals ?? [],
    redFlags: notes.redFlags,
    suspicionAgainstParents: notes.suspicionAgainstParents ?? 'unknown',
    unlawfulAbsencePercent: notes.unlawfulAbsencePercent,
    youngerChildAge: notes.youngerChildAge,
    text: notes.text,
    now,
  });
}

/** The first two cards of every answer: the assessment, and whom to call, the one to call now first. */
export function acuteCards(
  assessment: Assessment,
  services: BotServices,
  lang: Lang = 'da',
): Partial<Activity>[] {
  return [
    cardActivity('assessment', assessmentCardModel(assessment, services.knowledge, undefined, lang), lang),
    cardActivity('contacts', contactsCardModel(assessment, services.knowledge, services.clock(), lang), lang),
  ];
}

/** The acute reply: what to do and whom to call now, before any further question. */
export function acuteActivities(
  notes: ConcernNotes,
  municipality: string,
  services: BotServices,
  lang: Lang = 'da',
): Partial<Activity>[] {
  return acuteCards(assessNotes(notes, municipality, services), services, lang);
}

/** What the user told us, as rows for the result card (labels in the user's language). */
export function facts(
  notes: ConcernNotes,
  assessment: Assessment,
  services: BotServices,
  lang: Lang,
): { title: string; value: string }[] {
  const t = uiTexts(lang).facts;
  const signalLabels = assessment.signals.map((s) => s.label).join(', ');
  const flagLabels = assessment.redFlags
    .map((id) => services.knowledge.national.redFlags.find((flag) => flag.id === id)?.label ?? id)
    .join(', ');
  const suspicion = { true: t.yes, false: t.no, unknown: t.unknown }[String(notes.suspicionAgainstParents)];
  const rows: [string, string | null | undefined][] = [
    [
      t.age,
      notes.childAge === undefined
        ? undefined
        : notes.childAge === 0
          ? t.infant
          : `${notes.childAge} ${t.years}`,
    ],
    [t.role, notes.role ? roleLabel(notes.role, lang) : undefined],
    [t.score, assessment.zone ? `${assessment.zone.score} – ${assessment.zone.label}` : undefined],
    [t.flags, flagLabels || undefined],
    [t.suspicion, assessment.redFlags.length > 0 ? suspicion : undefined],
    [t.signals, signalLabels || undefined],
    [t.absence, notes.absenceLabel],
    [t.youngerChild, notes.youngerChildAge === undefined ? undefined : `${notes.youngerChildAge} ${t.years}`],
    [t.text, notes.text || undefined],
    [t.observed, notes.observed],
    [t.duration, notes.duration],
    [t.actions, notes.actionsTaken],
    [t.parents, notes.parentsSay],
    [t.child, notes.childSays],
  ];
  return rows.filter((row): row is [string, string] => !!row[1]).map(([title, value]) => ({ title, value }));
}

/**
 * The result as ONE message: one card with the decision, whom to call first, the steps and deadlines, and the
 * rest folded; the checklist and the draft are a tap away (they are sent when asked for).
 */
export function resultActivities(
  notes: ConcernNotes,
  municipality: string,
  services: BotServices,
  lang: Lang = 'da',
): Partial<Activity>[] {
  const assessment = assessNotes(notes, municipality, services);
  const model = resultCardModel(
    assessment,
    services.knowledge,
    services.clock(),
    facts(notes, assessment, services, lang),
    lang,
  );
  return [cardActivity('result', model, lang)];
}

/** The checklist of a finished concern on its own (»tjekliste«). */
export function checklistActivity(
  notes: ConcernNotes,
  municipality: string,
  services: BotServices,
  lang: Lang = 'da',
): Partial<Activity> {
  const assessment = assessNotes(notes, municipality, services);
  return cardActivity('checklist', checklistCardModel(assessment, services.knowledge, lang), lang);
}

/** Whom to call now, on its own: in a group chat, where nothing else about the child is shown. */
export function contactsActivity(
  assessment: Assessment,
  services: BotServices,
  lang: Lang = 'da',
): Partial<Activity> {
  return cardActivity(
    'contacts',
    contactsCardModel(assessment, services.knowledge, services.clock(), lang),
    lang,
  );
}
