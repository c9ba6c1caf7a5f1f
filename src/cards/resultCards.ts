import type { Knowledge } from '../knowledge/schema';
import { CARD_LABELS, type Lang } from './labels';
import type { Assessment } from '../rules/assessment';
// The Copenhagen clock without luxon: its zone conversion cost about 0.2 ms a card (test/copenhagen.test.ts holds
// the text to luxon's).
import { copenhagenTime, danishDateTimeOf } from '../dates';
import { uiTexts } from '../i18n/uiTexts';
import { telUrl, sourcesText } from './viewModels';

export interface ContactsCardModel {
  title: string;
  nowText: string;
  contacts: {
    name: string;
    phone: string;
    /** »Ring«, »Skriv til« or »Åbn«: what tapping the contact does. */
    action: string;
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
  lang: Lang = 'da',
): ContactsCardModel {
  const { result, contacts } = uiTexts(lang);
  const t = { ...contacts, acute: result.callAcute, plain: result.callFirst, closed: result.closed };
  const municipality = knowledge.municipalities.get(assessment.municipality);
  // A contact reached only on the web (Ankestyrelsen's form) is shown with its address as a link.
  const callable = assessment.contacts.filter((c) => c.phone || c.email || c.web);
  return {
    title: assessment.acute ? t.acute : t.plain,
    nowText: `${t.time} ${danishDateTimeOf(copenhagenTime(now.getTime()))}.`,
    contacts: callable.map((contact, index) => ({
      name: contact.name,
      phone: contact.phone ?? contact.email ?? contact.web ?? '',
      // What tapping it does: a call, an e-mail or a web page (never »Ring« on a web form).
      action: contact.phone
        ? CARD_LABELS[lang].contacts.call
        : contact.email
          ? CARD_LABELS[lang].contacts.write
          : CARD_LABELS[lang].contacts.open,
      url: contact.phone
        ? telUrl(contact.phone)
        : contact.email
          ? `mailto:${contact.email}`
          : `https://${(contact.web ?? '').replace(/^https?:\/\//, '')}`,
      hours: [contact.hours, contact.openNow === false ? t.closed : ''].filter(Boolean).join(' '),
      why: contact.why,
      badge: index === 0 ? (assessment.acute ? t.first : t.start) : '',
      style: index === 0 ? (assessment.acute ? 'attention' : 'emphasis') : 'default',
    })),
    sendTo: municipality?.notification.sendTo.text ?? '',
    sources: sourcesText(assessment.contacts, knowledge),
  };
}

export interface ChecklistCardModel {
  title: string;
  subtitle: string;
  sections: { heading: string; items: string[] }[];
  sources: string;
}

/** Everything to do for this level, role and route, as a checklist for the staff meeting. */
export function checklistCardModel(
  assessment: Assessment,
  knowledge: Knowledge,
  lang: Lang = 'da',
): ChecklistCardModel {
  const { result, checklist } = uiTexts(lang);
  const t = { ...checklist, title: result.checklist, todo: result.todo };
  const sections = [
    { heading: t.todo, items: assessment.steps.map((s) => s.text) },
    {
      heading: t.dialogue,
      items: assessment.dialogueBasedAllowed ? assessment.dialogueBasedSteps.map((s) => s.text) : [],
    },
    {
      heading: t.meetings,
      items: assessment.meetings.map((m) => `${m.name}: ${m.purpose}`),
    },
  ].filter((section) => section.items.length > 0);
  return {
    title: t.title,
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
