import type { Knowledge } from '../knowledge/schema';
import type { Lang } from './labels';
import type { Assessment, AssessedContact } from '../rules/assessment';
// The Copenhagen clock without luxon: its zone conversion cost about 0.2 ms a card (test/copenhagen.test.ts holds
// the text to luxon's).
import { copenhagenTime, danishDateTimeOf } from '../dates';
import { assessmentCardModel, sourcesText, telUrl } from './viewModels';
import { fill, uiTexts, type UiTexts } from '../i18n/uiTexts';

/** How many contacts get a call button at the top; the rest are folded under the details. */
const CONTACTS_ON_TOP = 3;
/** A long description is cut on the card (the draft keeps it whole), so the message stays small. */
const FACT_LIMIT = 400;

interface ContactView {
  name: string;
  phone: string;
  hours: string;
  why: string;
  style: string;
  button: { title: string; url: string } | null;
}

/** View model of `cards/result.json`: the whole result of a concern as one card. */
export interface ResultCardModel {
  t: UiTexts['result'];
  title: string;
  headerStyle: string;
  decision: string;
  levelText: string;
  contactsTitle: string;
  contacts: ContactView[];
  moreContacts: ContactView[];
  steps: { text: string }[];
  mustNot: { text: string }[];
  deadlines: { text: string }[];
  deadlinesBasis: string;
  notes: string[];
  sendTo: string;
  facts: { title: string; value: string }[];
  sources: string;
}

function contactView(contact: AssessedContact, first: boolean, acute: boolean, t: UiTexts['result']) {
  const action = contact.phone ? t.call : contact.email ? t.write : t.open;
  const url = contact.phone
    ? telUrl(contact.phone)
    : contact.email
      ? `mailto:${contact.email}`
      : `https://${(contact.web ?? '').replace(/^https?:\/\//, '')}`;
  const reach = contact.phone ?? contact.email ?? contact.web ?? '';
  return {
    name: contact.name,
    phone: reach,
    hours: [contact.hours, contact.openNow === false ? t.closed : ''].filter(Boolean).join(' '),
    why: contact.why,
    style: first ? (acute ? 'attention' : 'emphasis') : 'default',
    // A short button title (the number, not the name) is never clipped on a phone.
    button: reach ? { title: `${action} ${contact.phone ?? ''}`.trim(), url } : null,
  };
}

/** Cut to the card's limit; a »${« the user typed must not look like a template expression to the renderer. */
const clip = (text: string) =>
  (text.length > FACT_LIMIT ? `${text.slice(0, FACT_LIMIT - 1)}…` : text).replace(/\$\{/g, '$ {');

/**
 * The result in one card: the decision and whom to call first at the top (call buttons first), then the steps
 * and deadlines, with notes, further contacts, the user's answers and the sources folded under »Detaljer«.
 */
export function resultCardModel(
  assessment: Assessment,
  knowledge: Knowledge,
  now: Date,
  facts: { title: string; value: string }[],
  lang: Lang = 'da',
): ResultCardModel {
  const t = uiTexts(lang).result;
  const base = assessmentCardModel(assessment, knowledge, 8, lang);
  const municipality = knowledge.municipalities.get(assessment.municipality);
  const reachable = assessment.contacts.filter((c) => c.phone || c.email || c.web);
  const views = reachable.map((c, i) => contactView(c, i === 0, assessment.acute, t));
  return {
    t,
    title: assessment.acute
      ? t.titleAcute
      : fill(t.titleAssessment, { municipality: municipality?.name ?? assessment.municipality }),
    headerStyle: base.headerStyle,
    decision: base.decision,
    levelText: base.levelText,
    contactsTitle: assessment.acute ? t.callAcute : t.callFirst,
    contacts: views.slice(0, CONTACTS_ON_TOP),
    moreContacts: views.slice(CONTACTS_ON_TOP),
    steps: base.steps,
    mustNot: base.mustNot,
    deadlines: assessment.deadlines.map((d) => ({ text: `**${d.dueText}** – ${d.label} (${d.legal})` })),
    deadlinesBasis: fill(t.deadlinesBasis, { sent: danishDateTimeOf(copenhagenTime(now.getTime())) }),
    notes: assessment.notes,
    sendTo: municipality?.notification.sendTo.text ?? '',
    facts: facts.map((fact) => ({ title: fact.title, value: clip(fact.value) })),
    sources: sourcesText(
      [
        ...assessment.steps,
        ...assessment.contacts,
        ...assessment.deadlines,
        ...(municipality ? [municipality.notification.sendTo] : []),
      ],
      knowledge,
    ),
  };
}
