import { isOpenNow, type WallClock } from '../dates/openingHours';
import type { Contact, MunicipalityKnowledge, NationalKnowledge } from '../knowledge/schema';
import type { AssessedContact } from './assessment';
import { EngineError } from './errors';

export function toAssessedContact(
  contact: Contact,
  why: string,
  now: WallClock,
  national: NationalKnowledge,
): AssessedContact {
  const hoursText =
    contact.hours.kind === 'unknown'
      ? (contact.hours.text ?? national.assumedOfficeHours.text)
      : contact.hours.text;
  // Built field by field in the order the output has always had (name, phone, email, web, hours, …).
  const assessed: Partial<AssessedContact> & Pick<AssessedContact, 'name'> = { name: contact.name };
  if (contact.phone) assessed.phone = contact.phone;
  if (contact.email) assessed.email = contact.email;
  if (contact.web) assessed.web = contact.web;
  assessed.hours = hoursText;
  assessed.openNow = isOpenNow(contact.hours, now, national.assumedOfficeHours);
  assessed.why = why;
  assessed.source = contact.source;
  return assessed as AssessedContact;
}

const nationalContacts = new WeakMap<NationalKnowledge, Map<string, Contact>>();
const municipalContacts = new WeakMap<MunicipalityKnowledge, Map<string, Contact>>();

function byId(contacts: readonly Contact[]): Map<string, Contact> {
  return new Map(contacts.map((c) => [c.id, c]));
}

export function nationalContact(national: NationalKnowledge, id: string): Contact {
  let contacts = nationalContacts.get(national);
  if (!contacts) nationalContacts.set(national, (contacts = byId(national.contacts)));
  const contact = contacts.get(id);
  if (!contact) throw new EngineError(`national contact "${id}" missing`);
  return contact;
}

export function municipalContact(m: MunicipalityKnowledge, id: string): Contact {
  let contacts = municipalContacts.get(m);
  if (!contacts) municipalContacts.set(m, (contacts = byId(m.contacts)));
  const contact = contacts.get(id);
  if (!contact) throw new EngineError(`contact "${id}" missing in ${m.id}`);
  return contact;
}
