import type { Knowledge } from '../knowledge/schema';
import type { Assessment } from '../rules/assessment';
import { danishDateTime, inDenmark } from '../dates';
import { telUrl, sourcesText } from './viewModels';

export interface ContactsCardModel {
  title: string;
  nowText: string;
  contacts: {
    name: string;
    phone: string;
    url: string;
    hours: string;
    why: string;
    badge: string;
    style: string;
  }[];
  sendTo: string;
  sources: string;
}

/** Contacts in the engine's order: the one to call now first, each with a tap-to-call link. */
export function contactsCardModel(
  assessment: Assessment,
  knowledge: Knowledge,
  now: Date,
): ContactsCardModel {
  const municipality = knowledge.municipalities.get(assessment.municipality);
  const callable = assessment.contacts.filter((c) => c.phone || c.email);
  return {
    title: assessment.acute ? 'Ring nu – i denne rækkefølge' : 'Hvem kan du kontakte?',
    nowText: `Klokken er ${danishDateTime(inDenmark(now))}.`,
    contacts: callable.map((contact, index) => ({
      name: contact.name,
      phone: contact.phone ?? contact.email ?? '',
      url: contact.phone ? telUrl(contact.phone) : `mailto:${contact.email ?? ''}`,
      hours: [contact.hours, contact.openNow === false ? 'Lukket lige nu.' : ''].filter(Boolean).join(' '),
      why: contact.why,
      badge: index === 0 ? (assessment.acute ? 'RING FØRST' : 'START HER') : '',
      style: index === 0 ? (assessment.acute ? 'attention' : 'emphasis') : 'default',
    })),
    sendTo: municipality?.notification.sendTo.text ?? '',
    sources: sourcesText(assessment.contacts, knowledge),
  };
}

export interface DeadlinesCardModel {
  basis: string;
  deadlines: { dueText: string; label: string; legal: string; olderRule: string }[];
  sources: string;
}

export function deadlinesCardModel(
  assessment: Assessment,
  knowledge: Knowledge,
  notifiedAt: Date,
): DeadlinesCardModel {
  return {
    basis: `Regnet fra en underretning sendt ${danishDateTime(inDenmark(notifiedAt))}. Sender du senere, flytter fristerne sig tilsvarende.`,
    deadlines: assessment.deadlines.map((d) => ({
      dueText: d.dueText,
      label: d.label,
      legal: d.legal,
      olderRule: d.olderRule ?? '',
    })),
    sources: sourcesText(assessment.deadlines, knowledge),
  };
}

export interface ChecklistCardModel {
  title: string;
  subtitle: string;
  sections: { heading: string; items: string[] }[];
  sources: string;
}

/** Everything to do for this level, role and route, as a checklist for the staff meeting. */
export function checklistCardModel(assessment: Assessment, knowledge: Knowledge): ChecklistCardModel {
  const sections = [
    { heading: 'Det skal du gøre', items: assessment.steps.map((s) => s.text) },
    {
      heading: 'Dialogbaseret underretning (kommunens trin)',
      items: assessment.dialogueBasedAllowed ? assessment.dialogueBasedSteps.map((s) => s.text) : [],
    },
    {
      heading: 'Møder, der kan bruges',
      items: assessment.meetings.map((m) => `${m.name}: ${m.purpose}`),
    },
  ].filter((section) => section.items.length > 0);
  return {
    title: 'Tjekliste',
    subtitle: [assessment.levelLabel, assessment.zone ? `score ${assessment.zone.score}` : null]
      .filter(Boolean)
      .join(' · '),
    sections,
    sources: sourcesText(
      [...assessment.steps, ...assessment.meetings, ...assessment.dialogueBasedSteps],
      knowledge,
    ),
  };
}

export interface DraftEntryCardModel {
  facts: { title: string; value: string }[];
  sendTo: string;
  sources: string;
}

/** What the user told us, laid out for the notification they will write with their leader. */
export function draftEntryCardModel(
  facts: { title: string; value: string }[],
  assessment: Assessment,
  knowledge: Knowledge,
): DraftEntryCardModel {
  const municipality = knowledge.municipalities.get(assessment.municipality);
  return {
    facts,
    sendTo: municipality?.notification.sendTo.text ?? '',
    sources: municipality ? sourcesText([municipality.notification.sendTo], knowledge) : '',
  };
}
