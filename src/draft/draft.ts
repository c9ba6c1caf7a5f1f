import type { DraftPartId, Knowledge } from '../knowledge/schema';
import type { Assessment } from '../rules/assessment';
import { ROLE_LABELS } from '../rules/roles';
import type { ConcernAnswers } from './answers';
import { checkObjectivity, type ObjectivityFlag, type ObjectivityLexicon } from './objectivity';
import { danishDay } from '../dates';
import { withoutQuotes } from '../cases/observation';

export interface DraftSection {
  id: DraftPartId;
  heading: string;
  lines: string[];
}

/** A pre-filled notification: the seven parts, the objectivity flags, and where this municipality wants it. */
export interface NotificationDraft {
  title: string;
  sections: DraftSection[];
  flags: ObjectivityFlag[];
  sendTo: string;
  /** Who gets it: the child's home municipality as typed, Ankestyrelsen when unknown, or not confirmed yet. */
  recipient: { kind: 'unconfirmed' | 'home' | 'ankestyrelsen'; name: string };
  /** That a notification cannot be withdrawn, said before it is sent. */
  irrevocable: string;
  legalBasis: string;
  levelText: string;
  source: string;
}

export interface DraftInput {
  answers: ConcernAnswers;
  assessment: Assessment;
  /** The Teams display name of the person writing; a placeholder when unknown. */
  notifierName?: string;
  /** The saved case's observation log (CPR-masked), any order: the draft lists it in date order. */
  observations?: readonly { on: string; text: string; addedAt?: string }[];
}

/** »12.3.2026: …« lines, by the day observed and then the order written. */
function observationLines(observations: DraftInput['observations']): string[] {
  if (!observations || observations.length === 0) return [];
  const ordered = [...observations].sort(
    (a, b) => a.on.localeCompare(b.on) || (a.addedAt ?? '').localeCompare(b.addedAt ?? ''),
  );
  return ['Mine iagttagelser:', ...ordered.map((o) => `${danishDay(o.on).toFormat('d.M.yyyy')}: ${o.text}`)];
}

/** Fields whose sentences are the notifier's own words (quotes from parents and child are not checked). */
const CHECKED_FIELDS = ['text', 'observed', 'duration', 'actionsTaken'] as const;

function legalBasis(answers: ConcernAnswers, knowledge: Knowledge): string {
  // Volunteers have the general duty (§ 135); everyone in public service the stricter one (§ 133).
  const { generalDuty } = knowledge.national;
  const id = answers.role && generalDuty.roles.includes(answers.role) ? generalDuty.legal : 'bl_133';
  const legal = knowledge.national.legal.find((l) => l.id === id);
  if (!legal) return '';
  return legal.formerly ? `${legal.ref} (tidligere ${legal.formerly})` : legal.ref;
}

function ageText(age: number | undefined): string {
  if (age === undefined) return '';
  return age === 0 ? ' under 1 år' : ` på ${age} år`;
}

const UNKNOWN_MUNICIPALITY = /^(ukendt|ved ikke|kender (den )?ikke|unknown|not known|don['’]t know)\.?$/i;
const NO_INTERPRETER = /^(nej|ingen|ikke nødvendig|no|none|not needed)\.?$/i;

/**
 * Where the notification goes. The guide's municipality is the user's workplace; the notification belongs to the
 * child's home municipality, and to Ankestyrelsen when the user does not know it.
 */
function recipientOf(
  answers: ConcernAnswers,
  knowledge: Knowledge,
  workplace: string,
): NotificationDraft['recipient'] & { sendTo?: string } {
  const typed = answers.childMunicipality?.replace(/\s+/g, ' ').trim() ?? '';
  if (!typed) return { kind: 'unconfirmed', name: workplace };
  if (UNKNOWN_MUNICIPALITY.test(typed)) return { kind: 'ankestyrelsen', name: 'Ankestyrelsen' };
  const bare = typed.replace(/\s+kommune$/i, '').toLocaleLowerCase('da');
  const known = [...knowledge.municipalities.values()].find(
    (m) => m.name.replace(/\s+kommune$/i, '').toLocaleLowerCase('da') === bare,
  );
  if (known) return { kind: 'home', name: known.name, sendTo: known.notification.sendTo.text };
  return { kind: 'home', name: /kommune$/i.test(typed) ? typed : `${typed} Kommune` };
}

function interpreterLine(answers: ConcernAnswers, placeholder: string): string {
  const typed = answers.interpreter?.trim() ?? '';
  if (!typed) return placeholder;
  if (NO_INTERPRETER.test(typed)) return 'Tolk: ikke nødvendig.';
  return /^ja\b/i.test(typed) ? `Tolk: ${typed}` : `Tolk: ja, på ${typed}.`;
}

/** Builds the draft from the dialog's answers; what the bot must not hold stays a [placeholder]. */
export function buildDraft(
  input: DraftInput,
  knowledge: Knowledge,
  lexicon: ObjectivityLexicon,
): NotificationDraft {
  const { answers, assessment } = input;
  const { national } = knowledge;
  const template = national.notificationDraft;
  const p = template.placeholders;
  const municipality = knowledge.municipalities.get(assessment.municipality);
  const municipalityName = municipality?.name ?? assessment.municipality;
  const basis = legalBasis(answers, knowledge);
  const recipient = recipientOf(answers, knowledge, municipalityName);
  const levelText = [
    assessment.levelLabel,
    assessment.zone
      ? `score ${assessment.zone.score} (${assessment.zone.label.toLocaleLowerCase('da')})`
      : null,
  ]
    .filter(Boolean)
    .join(', ');
  // The labels begin »Mistanke om …«, and the sentence already says it.
  const flagLabels = assessment.redFlags.map((id) =>
    (national.redFlags.find((f) => f.id === id)?.label ?? id).replace(/^mistanke om /i, ''),
  );
  const signalLabels = assessment.signals.map((s) => s.label);

  const lines: Record<DraftPartId, string[]> = {
    indledning: [
      recipient.kind === 'ankestyrelsen'
        ? `Jeg underretter hermed Ankestyrelsen om min bekymring for et barn${ageText(answers.childAge)}, fordi jeg ikke kender barnets hjemkommune.`
        : `Jeg underretter hermed ${recipient.name} om min bekymring for et barn${ageText(answers.childAge)}.`,
      basis ? `Underretningen sker efter ${basis}.` : '',
      levelText
        ? `Efter kommunens handleguide vurderer jeg, at bekymringen hører til ${levelText.charAt(0).toLocaleLowerCase('da')}${levelText.slice(1)}.`
        : '',
      flagLabels.length > 0
        ? `Der er mistanke om: ${flagLabels.join(', ').toLocaleLowerCase('da')}. Jeg beder om, at underretningen behandles straks.`
        : '',
    ],
    barnet: [
      `Navn og CPR-nr.: ${p.childName}, ${p.cpr}`,
      answers.childAge === undefined ? '' : `Alder:${ageText(answers.childAge)}`.replace(': på', ':'),
      `Barn af: ${p.parents}`,
      `Forældremyndighed: ${p.custody}`,
      `Telefon: ${p.parentsPhone}`,
      recipient.kind === 'home'
        ? `Hjemkommune: ${recipient.name}`
        : recipient.kind === 'ankestyrelsen'
          ? 'Hjemkommune: ukendt'
          : `Hjemkommune: ${p.childMunicipality}`,
    ],
    underretter: [
      `${input.notifierName?.trim() || p.notifierName}${answers.role ? `, ${ROLE_LABELS[answers.role]}` : ''}`,
      p.workAddress,
      p.workPhone,
    ],
    anledning: [
      answers.text,
      answers.observed ?? '',
      ...observationLines(input.observations),
      // Signs the bot only read out of the description stay a question until the user confirmed them.
      signalLabels.length === 0
        ? ''
        : answers.signalsConfirmed
          ? `Det har jeg set: ${signalLabels.join(', ').toLocaleLowerCase('da')}.`
          : `[Passer disse tegn? ${signalLabels.join(', ').toLocaleLowerCase('da')} – skriv kun dem, du selv har set]`,
      answers.absenceLabel ? `Ulovligt fravær i dette kvartal: ${answers.absenceLabel}.` : '',
      `[${template.situationGuide}]`,
      answers.strengths ? `Barnets styrker og ressourcer: ${answers.strengths}` : p.strengths,
    ],
    varighed: [answers.duration ?? '[Hvor længe har du været bekymret?]'],
    indsats: [answers.actionsTaken ?? '[Hvad har I gjort – samtaler, tiltag i hverdagen, møder?]'],
    kommentarer: [
      answers.parentsSay ? `Forældrene siger: ${answers.parentsSay}` : '',
      answers.childSays ? `Barnet siger: ${answers.childSays}` : '',
      assessment.involveParents === 'no'
        ? 'Forældrene er ikke inddraget, fordi mistanken kan være rettet mod dem.'
        : !answers.parentsSay && !answers.childSays
          ? '[Hvad siger forældrene, barnet eller den unge?]'
          : '',
      interpreterLine(answers, p.interpreter),
    ],
  };

  return {
    title: `Udkast til underretning – ${municipalityName}`,
    sections: template.parts.map((part) => ({
      id: part.id,
      heading: part.heading,
      lines: lines[part.id].filter((line) => line.trim() !== ''),
    })),
    flags: [
      ...CHECKED_FIELDS.flatMap((field) => checkObjectivity(answers[field] ?? '', field, lexicon)),
      // The child's own words in quotes are a quotation, not the notifier's judgement.
      ...(input.observations ?? []).flatMap((o) =>
        checkObjectivity(withoutQuotes(o.text), 'observation', lexicon),
      ),
    ],
    sendTo:
      recipient.kind === 'ankestyrelsen'
        ? template.recipient.unknown.text
        : recipient.kind === 'home'
          ? (recipient.sendTo ?? `${template.recipient.home.text} Barnet bor i ${recipient.name}.`)
          : [municipality?.notification.sendTo.text ?? '', template.recipient.home.text]
              .filter(Boolean)
              .join(' '),
    recipient: { kind: recipient.kind, name: recipient.name },
    irrevocable: template.irrevocable.text,
    legalBasis: basis,
    levelText,
    source: template.source,
  };
}

/** The draft as plain text, ready to paste into the municipality's form or a secure mail. */
export function draftAsText(draft: NotificationDraft): string {
  return [
    draft.title.toUpperCase(),
    '',
    ...draft.sections.flatMap((section) => [section.heading, ...section.lines, '']),
    `Sendes sådan: ${draft.sendTo}`,
    draft.irrevocable,
  ].join('\n');
}
