import type { DateTime } from 'luxon';
import { isOpenNow } from '../dates';
import type { Contact, MunicipalityKnowledge, NationalKnowledge } from '../knowledge/schema';
import type { AssessedContact } from './assessment';
import { EngineError } from './errors';

export function toAssessedContact(
  contact: Contact,
  why: string,
  now: DateTime,
  national: NationalKnowledge,
): AssessedContact {
  const hoursText =
    contact.hours.kind === 'unknown'
      ? (contact.hours.text ?? national.assumedOfficeHours.text)
      : contact.hours.text;
  return {
    name: contact.name,
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.web ? { web: contact.web } : {}),
    hours: hoursText,
    openNow: isOpenNow(contact.hours, now, national.assumedOfficeHours),
    why,
    source: contact.source,
  };
}

export function nationalContact(national: NationalKnowledge, id: string): Contact {
  const contact = national.contacts.find((c) => c.id === id);
  if (!contact) throw new EngineError(`national contact "${id}" missing`);
  return contact;
}

export function municipalContact(m: MunicipalityKnowledge, id: string): Contact {
  const contact = m.contacts.find((c) => c.id === id);
  if (!contact) throw new EngineError(`contact "${id}" missing in ${m.id}`);
  return contact;
}
