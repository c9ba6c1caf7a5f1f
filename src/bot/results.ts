import type { Activity } from 'botbuilder';
import { assessmentCardModel } from '../cards/viewModels';
import {
  checklistCardModel,
  contactsCardModel,
  deadlinesCardModel,
  draftEntryCardModel,
} from '../cards/resultCards';
import { ROLE_LABELS } from '../conversation/questions';
import type { ConcernAnswers } from '../draft';
import { assess, concernSchema, type Assessment } from '../rules';
import { cardActivity } from './replies';
import type { BotServices } from './services';

export type ConcernNotes = ConcernAnswers;

/** Runs the one rule set over what we know so far. */
export function assessNotes(notes: ConcernNotes, municipality: string, services: BotServices): Assessment {
  const now = services.clock().toISOString();
  const concern = concernSchema(services.knowledge).parse({
    municipality,
    role: notes.role,
    childAge: notes.childAge,
    score: notes.score,
    signals: notes.signals ?? [],
    redFlags: notes.redFlags,
    suspicionAgainstParents: notes.suspicionAgainstParents ?? 'unknown',
    unlawfulAbsencePercent: notes.unlawfulAbsencePercent,
    text: notes.text,
    now,
  });
  return assess(concern, services.knowledge, services.clock);
}

/** The acute reply: what to do and whom to call now, before any further question. */
export function acuteActivities(
  notes: ConcernNotes,
  municipality: string,
  services: BotServices,
): Partial<Activity>[] {
  const assessment = assessNotes(notes, municipality, services);
  return [
    cardActivity('assessment', assessmentCardModel(assessment, services.knowledge)),
    cardActivity('contacts', contactsCardModel(assessment, services.knowledge, services.clock())),
  ];
}

function facts(
  notes: ConcernNotes,
  assessment: Assessment,
  services: BotServices,
): { title: string; value: string }[] {
  const signalLabels = assessment.signals.map((s) => s.label).join(', ');
  const flagLabels = assessment.redFlags
    .map((id) => services.knowledge.national.redFlags.find((flag) => flag.id === id)?.label ?? id)
    .join(', ');
  const suspicion = { true: 'Ja', false: 'Nej', unknown: 'Ved ikke' }[String(notes.suspicionAgainstParents)];
  const rows: [string, string | null | undefined][] = [
    [
      'Alder',
      notes.childAge === undefined ? undefined : notes.childAge === 0 ? 'Under 1 år' : `${notes.childAge} år`,
    ],
    ['Din rolle', notes.role ? ROLE_LABELS[notes.role] : undefined],
    ['Trivsel', assessment.zone ? `${assessment.zone.score} – ${assessment.zone.label}` : undefined],
    ['Røde flag', flagLabels || undefined],
    ['Mistanke mod forældre', assessment.redFlags.length > 0 ? suspicion : undefined],
    ['Tegn', signalLabels || undefined],
    ['Ulovligt fravær i kvartalet', notes.absenceLabel],
    ['Beskrivelse', notes.text || undefined],
    ['Det har du set/hørt', notes.observed],
    ['Hvor længe', notes.duration],
    ['Gjort indtil nu', notes.actionsTaken],
    ['Forældrene siger', notes.parentsSay],
    ['Barnet siger', notes.childSays],
  ];
  return rows.filter((row): row is [string, string] => !!row[1]).map(([title, value]) => ({ title, value }));
}

/** The result: assessment, contacts, deadlines, checklist and what goes into the notification. */
export function resultActivities(
  notes: ConcernNotes,
  municipality: string,
  services: BotServices,
): Partial<Activity>[] {
  const { knowledge } = services;
  const assessment = assessNotes(notes, municipality, services);
  const now = services.clock();
  return [
    cardActivity('assessment', assessmentCardModel(assessment, knowledge)),
    cardActivity('contacts', contactsCardModel(assessment, knowledge, now)),
    cardActivity('deadlines', deadlinesCardModel(assessment, knowledge, now)),
    cardActivity('checklist', checklistCardModel(assessment, knowledge)),
    cardActivity(
      'draftEntry',
      draftEntryCardModel(facts(notes, assessment, services), assessment, knowledge),
    ),
  ];
}
