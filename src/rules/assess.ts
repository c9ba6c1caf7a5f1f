import type { DateTime } from 'luxon';
import { computeDeadline, inDenmark, isOpenNow } from '../dates';
import type {
  Contact,
  Knowledge,
  LevelId,
  MunicipalityKnowledge,
  NationalKnowledge,
  RedFlagId,
} from '../knowledge/schema';
import { analyseText, buildLexicon, type Lexicon } from '../text/analyse';
import type { AssessedContact, AssessedStep, Assessment } from './assessment';
import type { Concern } from './concern';

/** Returns the current instant; injected so that no rule reads the real clock. */
export type Clock = () => Date;

const PROTECTIVENESS: Record<LevelId, number> = { primaer: 0, sekundaer: 1, tertiaer: 2 };
const FLAG_ORDER: RedFlagId[] = ['overgreb', 'social_kontrol', 'radikalisering'];

const lexicons = new WeakMap<NationalKnowledge, Lexicon>();
function lexiconFor(national: NationalKnowledge): Lexicon {
  let lexicon = lexicons.get(national);
  if (!lexicon) {
    lexicon = buildLexicon(national);
    lexicons.set(national, lexicon);
  }
  return lexicon;
}

export class EngineError extends Error {
  readonly code = 'ENGINE_INPUT';
}

/** Collects the output lists and de-duplicates contacts by name. */
class Builder {
  readonly contacts: AssessedContact[] = [];
  readonly steps: AssessedStep[] = [];
  readonly reasons: Assessment['reasons'] = [];
  readonly notes: string[] = [];
  readonly missing: string[] = [];

  contact(contact: AssessedContact): void {
    if (!this.contacts.some((c) => c.name === contact.name)) this.contacts.push(contact);
  }
  step(text: string, source: string): void {
    if (!this.steps.some((s) => s.text === text)) this.steps.push({ text, source });
  }
  reason(rule: string, text: string, source: string): void {
    this.reasons.push({ rule, text, source });
  }
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
}

function toAssessedContact(
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

function nationalContact(national: NationalKnowledge, id: string): Contact {
  const contact = national.contacts.find((c) => c.id === id);
  if (!contact) throw new EngineError(`national contact "${id}" missing`);
  return contact;
}

function municipalContact(m: MunicipalityKnowledge, id: string): Contact {
  const contact = m.contacts.find((c) => c.id === id);
  if (!contact) throw new EngineError(`contact "${id}" missing in ${m.id}`);
  return contact;
}

function levelForScore(m: MunicipalityKnowledge, score: number) {
  const candidates = m.levels.filter((l) => l.from <= score && score <= l.to);
  // Boundary scores belong to two levels: the more protective one wins.
  return candidates.sort((a, b) => PROTECTIVENESS[b.id] - PROTECTIVENESS[a.id])[0];
}

function redFlagSection(
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
    );
  }
  b.step(
    'Lav ikke en dialogbaseret underretning, når der er mistanke om vold, overgreb, negativ social kontrol, æresrelaterede konflikter eller radikalisering.',
    'vejen#Dialogbaseret underretning (OBS)',
  );
  b.step(`Skriv underretningen i dag. ${m.notification.sendTo.text}`, m.notification.sendTo.source);
}

function topicsOf(signalIds: Iterable<string>, national: NationalKnowledge): Set<string> {
  const topics = new Set<string>();
  for (const id of signalIds) national.signals.find((s) => s.id === id)?.topics.forEach((t) => topics.add(t));
  return topics;
}

/**
 * The rule set of DESIGN.md as one pure function: the same concern, knowledge and clock always give the
 * same assessment. Every list item carries the source it came from.
 */
export function assess(concern: Concern, knowledge: Knowledge, clock: Clock): Assessment {
  const { national } = knowledge;
  const m = knowledge.municipalities.get(concern.municipality);
  if (!m) throw new EngineError(`unknown municipality "${concern.municipality}"`);
  const now = inDenmark(concern.now ?? clock());
  const notifiedAt = concern.notifiedAt ? inDenmark(concern.notifiedAt) : now;
  const b = new Builder();

  // --- Text analysis, signals and red flags (rule 1) -------------------------------------------
  const text = analyseText(concern.text, lexiconFor(national));
  const signalMap = new Map<string, { id: string; label: string; matched?: string }>();
  for (const id of concern.signals) {
    const signal = national.signals.find((s) => s.id === id);
    if (signal) signalMap.set(id, { id, label: signal.label });
  }
  for (const hit of text.signals) {
    const signal = national.signals.find((s) => s.id === hit.id);
    if (signal && !signalMap.has(hit.id))
      signalMap.set(hit.id, { id: hit.id, label: signal.label, matched: hit.matched });
  }
  const flagSet = new Set<RedFlagId>(concern.redFlags);
  for (const hit of text.redFlags) {
    flagSet.add(hit.id);
    b.reason(
      'R1 røde flag i teksten',
      `»${hit.matched}« læses som tegn på: ${national.redFlags.find((f) => f.id === hit.id)?.label}.`,
      national.redFlags.find((f) => f.id === hit.id)?.source ?? '',
    );
  }
  for (const id of signalMap.keys()) {
    const signal = national.signals.find((s) => s.id === id);
    if (signal?.impliesRedFlag && !flagSet.has(signal.impliesRedFlag)) {
      flagSet.add(signal.impliesRedFlag);
      const category = national.signalCategories.find((c) => c.id === signal.category);
      b.reason(
        'R1 signal med rødt flag',
        `Signalet »${signal.label}« behandles som mistanke om overgreb.`,
        category?.source ?? '',
      );
    }
  }
  for (const negated of text.negated) {
    b.note(
      `»${negated.matched}« blev læst som en benægtelse og tæller ikke med. Er du i tvivl, så sig det – i tvivl underretter man.`,
    );
  }
  const redFlags = FLAG_ORDER.filter((f) => flagSet.has(f));
  const hasRedFlag = redFlags.length > 0;
  const adult = concern.childAge !== undefined && concern.childAge >= national.ageLimits.adultFrom;

  // --- Level (rule 2) ------------------------------------------------------------------------
  let level: LevelId | null = null;
  let levelLabel: string | null = null;
  const score = concern.score;
  const zoneEntry =
    score === undefined
      ? undefined
      : national.trivselslineal.zones.find((z) => z.from <= score && score <= z.to);
  const zone =
    zoneEntry && score !== undefined ? { score, label: zoneEntry.label, colour: zoneEntry.colour } : null;
  if (score !== undefined) {
    const chosen = levelForScore(m, score);
    if (chosen) {
      level = chosen.id;
      levelLabel = chosen.label;
      const boundary = m.levels.filter((l) => l.from <= score && score <= l.to).length > 1;
      b.reason(
        'R2 niveau',
        `Scoren ${concern.score} (${zone?.label.toLocaleLowerCase('da') ?? ''}) placerer barnet i ${chosen.label.toLocaleLowerCase('da')}${boundary ? ' – scoren ligger på grænsen, så det mest beskyttende niveau er valgt' : ''}.`,
        chosen.source,
      );
      b.note(m.levelsNote.text);
    }
  } else if (hasRedFlag) {
    const tertiary = m.levels.find((l) => l.id === 'tertiaer');
    level = 'tertiaer';
    levelLabel = tertiary?.label ?? null;
    b.reason(
      'R2 niveau',
      'Uden score, men med et rødt flag: barnet behandles som i udsat eller truet trivsel.',
      tertiary?.source ?? m.source,
    );
  } else {
    b.missing.push('score');
  }
  if (!concern.role) b.missing.push('role');
  if (concern.childAge === undefined) b.missing.push('childAge');

  // --- Notification (rules 3 and 9) ------------------------------------------------------------
  let notify: Assessment['notify'];
  const legalIds = new Set<string>();
  if (adult) {
    notify = 'not_indicated';
    b.reason(
      'R3 alder',
      `Den unge er ${concern.childAge} år: underretningspligten efter barnets lov gælder børn under ${national.ageLimits.adultFrom}. Hjælpen går i stedet gennem ungeindsatsen (KUI/UU) for unge under ${national.ageLimits.youthEffortUntil}.`,
      national.ageLimits.source,
    );
    b.note(
      'Den unge er over 18 år: tal med den unge selv om hjælp, og kontakt ungeindsatsen eller UU-vejlederen.',
    );
  } else if (hasRedFlag || level === 'tertiaer') {
    notify = 'required';
    legalIds.add('bl_133');
    const flagSource = national.redFlags.find((f) => f.id === redFlags[0])?.source;
    b.reason(
      'R3 underretning',
      'Der skal underrettes.',
      flagSource ?? m.levels.find((l) => l.id === 'tertiaer')?.source ?? m.source,
    );
  } else if (level === 'sekundaer' || level === null) {
    notify = 'consider';
    legalIds.add('bl_133');
    b.reason(
      'R3 underretning',
      level === null
        ? 'Uden en score kan niveauet ikke fastlægges endnu. Underretning skal overvejes – i tvivl underretter man.'
        : 'Overvej en underretning sammen med din leder; anonym sparring hos kommunen er mulig. I tvivl underretter man.',
      level === null
        ? 'ast#Lad tvivlen komme barnet til gode'
        : (m.levels.find((l) => l.id === 'sekundaer')?.source ?? m.source),
    );
  } else {
    notify = 'not_indicated';
    b.reason(
      'R3 underretning',
      'På dette niveau håndteres bekymringen i hverdagen. Bliver du mere bekymret, så vurder igen – i tvivl underretter man.',
      m.levels.find((l) => l.id === 'primaer')?.source ?? m.source,
    );
  }
  if (concern.role === 'skole' && signalMap.has('fravaer') && !adult) {
    legalIds.add('bl_133_stk2');
    if (concern.unlawfulAbsencePercent === undefined) b.missing.push('unlawfulAbsencePercent');
    else if (concern.unlawfulAbsencePercent >= 15) {
      notify = 'required';
      b.reason(
        'R9 skolefravær',
        `Ulovligt fravær på ${concern.unlawfulAbsencePercent} % i et kvartal: skolelederen skal underrette.`,
        'barnetslov#§ 133, stk. 2',
      );
    }
  }
  if (concern.role === 'forening' && notify !== 'not_indicated') legalIds.add('bl_135');

  // --- Parents and dialogue-based notification (rules 4 and 5) -------------------------------
  const involveParents: Assessment['involveParents'] =
    hasRedFlag && concern.suspicionAgainstParents !== false ? 'no' : 'yes';
  const dialogueBasedAllowed = !hasRedFlag && !adult && !!m.notification.dialogueBased;
  if (hasRedFlag) {
    b.reason(
      'R4 forældre',
      involveParents === 'no'
        ? 'Forældrene inddrages ikke, fordi mistanken kan være rettet mod dem.'
        : 'Mistanken er ikke rettet mod forældrene, så de kan inddrages – men ikke i en dialogbaseret underretning.',
      'vejen#Mistanke om fysisk, psykisk eller seksuelt overgreb',
    );
  }

  // --- Contacts (rules 1, 6 and 8) -------------------------------------------------------------
  if (concern.acute) {
    b.contact(
      toAssessedContact(
        nationalContact(national, 'alarm'),
        'Er barnets liv eller helbred i fare lige nu, så ring 112 først.',
        now,
        national,
      ),
    );
    b.reason('R1 akut', 'Akut fare: 112 kommer først.', nationalContact(national, 'alarm').source);
  }
  if (hasRedFlag) redFlagSection(b, redFlags, concern, m, knowledge, now);

  const intake = municipalContact(m, m.intake);
  const topics = topicsOf(signalMap.keys(), national);
  if (notify === 'required' && !hasRedFlag) {
    b.contact(
      toAssessedContact(intake, 'Her tager kommunen imod underretninger og spørgsmål om dem.', now, national),
    );
  }
  if (notify === 'consider') {
    const advice = municipalContact(m, m.notification.anonymousAdvice.contact);
    b.contact(toAssessedContact(advice, m.notification.anonymousAdvice.text, now, national));
    topics.add('afklaring_underretning');
  }
  if (level && !adult) {
    for (const partner of m.partners) {
      if (!partner.levels.includes(level)) continue;
      if (partner.roles && (!concern.role || !partner.roles.includes(concern.role))) continue;
      if (
        partner.minAge !== undefined &&
        (concern.childAge === undefined || concern.childAge < partner.minAge)
      )
        continue;
      const shared = partner.topics.filter((t) => topics.has(t));
      if (shared.length === 0) continue;
      const labels = shared.map((t) => national.topics.find((x) => x.id === t)?.label ?? t).join(', ');
      b.contact({
        name: partner.name,
        ...(partner.contact.phone ? { phone: partner.contact.phone } : {}),
        why: `Sparring om ${labels.toLocaleLowerCase('da')}. ${partner.contact.text}.`,
        source: partner.source,
      });
    }
  }
  if (adult && concern.childAge !== undefined && concern.childAge < national.ageLimits.youthEffortUntil) {
    const uu = m.partners.find((p) => p.topics.includes('uddannelse'));
    if (uu)
      b.contact({
        name: uu.name,
        why: `Den kommunale ungeindsats for unge under ${national.ageLimits.youthEffortUntil}. ${uu.contact.text}.`,
        source: uu.source,
      });
  }
  if (notify === 'required') {
    b.contact(
      toAssessedContact(
        nationalContact(national, 'ankestyrelsen'),
        'Spørgsmål om underretning – og hvis kommunen efter din vurdering gør for lidt for barnet.',
        now,
        national,
      ),
    );
  }
  b.contact(
    toAssessedContact(
      nationalContact(national, 'politi'),
      'Politiet – også uden for kommunens åbningstid, hvor de stiller om til den sociale døgnvagt.',
      now,
      national,
    ),
  );
  b.contact(
    toAssessedContact(nationalContact(national, 'alarm'), 'Ved fare for liv og helbred.', now, national),
  );

  // --- Steps (rule 7) --------------------------------------------------------------------------
  if (concern.acute && !hasRedFlag)
    b.step(
      'Ring 112, hvis barnets liv eller helbred er i fare lige nu.',
      nationalContact(national, 'alarm').source,
    );
  if (level && !adult) {
    for (const group of m.roleSteps) {
      if (!concern.role || !group.roles.includes(concern.role) || !group.levels.includes(level)) continue;
      if (group.minAge !== undefined && (concern.childAge === undefined || concern.childAge < group.minAge))
        continue;
      group.steps.forEach((s) => b.step(s.text, s.source));
    }
    const current = level;
    m.levelSteps.filter((s) => s.levels.includes(current)).forEach((s) => b.step(s.text, s.source));
  }
  if (!hasRedFlag && notify !== 'not_indicated') {
    if (involveParents === 'yes')
      b.step(
        'Inddrag forældrene så tidligt, som det giver mening. De kan ikke sige nej til en underretning.',
        'ast#Forholdet til forældrene; assens#Dialogbaseret underretning',
      );
    m.notification.written.steps.forEach((s) => b.step(s.text, s.source));
    if (!m.notification.written.steps.some((s) => s.text === m.notification.sendTo.text))
      b.step(m.notification.sendTo.text, m.notification.sendTo.source);
  }
  if (notify !== 'not_indicated') {
    for (const id of ['tvivl', 'personlig_pligt', 'tavshedspligt']) {
      const principle = national.principles.find((p) => p.id === id);
      if (principle) b.step(principle.text, principle.source);
    }
  }
  const dialogueBasedSteps =
    dialogueBasedAllowed && notify !== 'not_indicated' ? (m.notification.dialogueBased?.steps ?? []) : [];
  if (dialogueBasedSteps.length > 0) {
    b.reason(
      'R5 dialogbaseret underretning',
      `${m.name} tilbyder dialogbaseret underretning, og der er ingen røde flag.`,
      m.notification.dialogueBased?.source ?? m.source,
    );
  }

  // --- Meetings (rule 7) -----------------------------------------------------------------------
  const meetings: Assessment['meetings'] = [];
  if (level && !adult) {
    for (const meeting of m.meetings) {
      if (!meeting.levels.includes(level)) continue;
      if (meeting.roles && (!concern.role || !meeting.roles.includes(concern.role))) continue;
      if (
        meeting.scores &&
        concern.score !== undefined &&
        (concern.score < meeting.scores.from || concern.score > meeting.scores.to)
      )
        continue;
      if (
        meeting.ages &&
        (concern.childAge === undefined ||
          concern.childAge < meeting.ages.from ||
          concern.childAge > meeting.ages.to)
      )
        continue;
      if (meeting.requiresDialogueBased && dialogueBasedSteps.length === 0) continue;
      meetings.push({
        name: meeting.name,
        purpose: meeting.purpose,
        target: meeting.target,
        source: meeting.source,
      });
    }
  }

  // --- Deadlines (rule 8) ----------------------------------------------------------------------
  const deadlines: Assessment['deadlines'] =
    notify === 'not_indicated'
      ? []
      : national.deadlines.map((rule) => {
          const legal = national.legal.find((l) => l.id === rule.legal);
          legalIds.add(rule.legal);
          return {
            ...computeDeadline(rule, notifiedAt),
            legal: legal?.ref ?? rule.legal,
            source: rule.source,
          };
        });
  if (redFlags.includes('overgreb') && notify === 'required') {
    b.note('Ved mistanke om overgreb skal kommunen altid lave en børnefaglig undersøgelse.');
  }

  const legal = national.legal
    .filter((l) => l.verified && legalIds.has(l.id))
    .map((l) => ({
      ref: l.ref,
      ...(l.formerly ? { formerly: l.formerly } : {}),
      summary: l.summary,
      source: l.source,
    }));

  return {
    municipality: m.id,
    level,
    levelLabel,
    zone,
    redFlags,
    signals: [...signalMap.values()],
    notify,
    involveParents,
    dialogueBasedAllowed,
    acute: hasRedFlag || concern.acute,
    contacts: b.contacts,
    steps: b.steps,
    dialogueBasedSteps,
    meetings,
    deadlines,
    legal,
    reasons: b.reasons,
    missing: b.missing,
    notes: b.notes,
  };
}
