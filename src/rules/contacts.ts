import type { DateTime } from 'luxon';
import { isOpenNow } from '../dates';
import type {
  Contact,
  Knowledge,
  MunicipalityKnowledge,
  NationalKnowledge,
  RedFlagId,
} from '../knowledge/schema';
import type { AssessedContact } from './assessment';
import type { Builder } from './builder';
import type { Concern } from './concern';
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

/** Rule 1: whom to call now for each red flag (hotline in its hours, else the police) and what to do. */
export function redFlagSection(
  b: Builder,
  flags: RedFlagId[],
  concern: Concern,
  m: MunicipalityKnowledge,
  k: Knowledge,
  now: DateTime,
) {
  const { national } = k;
  const police = nationalContact(national, 'politi');
  for (const flag of flags) {
    const flagInfo = national.redFlags.find((f) => f.id === flag);
    const route = m.redFlagRoutes.find((r) => r.flag === flag);
    const hotline = municipalContact(m, route?.contact ?? m.intake);
    const source = route?.source ?? hotline.source;
    const open = isOpenNow(hotline.hours, now, national.assumedOfficeHours);
    const hotlineWhy = route
      ? `${flagInfo?.label ?? flag}: ring her nu og fortæl om mistanken.`
      : `${flagInfo?.label ?? flag}: kommunens modtagelse af underretninger. Kilderne nævner ingen særlig akutlinje her, så ring også til politiet, hvis du ikke kommer igennem.`;
    const policeWhy = route?.afterHours
      ? route.afterHours
      : 'Uden for kommunens åbningstid er politiet vejen ind: de stiller om til kommunens sociale døgnvagt.';
    if (open) {
      b.contact(toAssessedContact(hotline, hotlineWhy, now, national));
      b.contact(
        toAssessedContact(
          police,
          'Ved behov for akut handling – og hvis du ikke kommer igennem.',
          now,
          national,
        ),
      );
    } else {
      b.contact(toAssessedContact(police, policeWhy, now, national));
      b.contact(
        toAssessedContact(
          hotline,
          `${hotlineWhy} Linjen er sandsynligvis lukket lige nu; ring igen, når den åbner.`,
          now,
          national,
        ),
      );
    }
    b.reason(
      'R1 røde flag',
      `${flagInfo?.label ?? flag}: der skal underrettes med det samme; ${open ? `${hotline.name} er første kontakt nu` : 'uden for åbningstid er politiet (114) første kontakt'}.`,
      source,
    );
    if (hotline.hours.kind === 'unknown' || hotline.hours.kind === 'weekdaysDaytime') {
      b.note(`${hotline.name}: ${national.assumedOfficeHours.text}. Kommer du ikke igennem, så ring 114.`);
    }
    const callNow = open ? hotline : police;
    b.step(
      `Ring nu til ${callNow.name} på ${callNow.phone ?? ''}.`.replace(' på .', '.'),
      open ? source : police.source,
    );
    if (route?.plan) b.step(`Følg kommunens beredskabsplan: »${route.plan}«.`, route.source);
  }
  if (concern.suspicionAgainstParents !== false) {
    b.step(
      'Inddrag ikke forældrene, hvis mistanken kan være rettet mod dem – heller ikke ved at fortælle dem om underretningen.',
      'vejen#Mistanke om fysisk, psykisk eller seksuelt overgreb; dragoer#Når du er bekymret for et barn (etiske retningslinjer)',
      'mustNot',
    );
  }
  b.step(
    'Lav ikke en dialogbaseret underretning, når der er mistanke om vold, overgreb, negativ social kontrol, æresrelaterede konflikter eller radikalisering.',
    'vejen#Dialogbaseret underretning (OBS)',
    'mustNot',
  );
  b.step(`Skriv underretningen i dag. ${m.notification.sendTo.text}`, m.notification.sendTo.source);
}
