import { computeDeadline, inDenmark } from '../dates';
import type { Knowledge, LevelId, MunicipalityKnowledge } from '../knowledge/schema';
import type { Assessment } from './assessment';
import { Builder } from './builder';
import type { Concern } from './concern';
import { municipalContact, nationalContact, redFlagSection, toAssessedContact } from './contacts';
import { EngineError } from './errors';
import { collectFindings, topicsOf } from './findings';

export { EngineError };

/** Returns the current instant; injected so that no rule reads the real clock. */
export type Clock = () => Date;

const PROTECTIVENESS: Record<LevelId, number> = { primaer: 0, sekundaer: 1, tertiaer: 2 };

function levelForScore(m: MunicipalityKnowledge, score: number) {
  const candidates = m.levels.filter((l) => l.from <= score && score <= l.to);
  // Boundary scores belong to two levels: the more protective one wins.
  return candidates.sort((a, b) => PROTECTIVENESS[b.id] - PROTECTIVENESS[a.id])[0];
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

  // --- Signals and red flags from the concern and its text (rule 1) -------------------------
  const { signalMap, redFlags } = collectFindings(concern, national, b);
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
  if (notify === 'not_indicated' && !adult) {
    b.contact(
      toAssessedContact(
        intake,
        'Bliver du mere bekymret, eller vil du have råd, så kontakt kommunens modtagelse.',
        now,
        national,
      ),
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
