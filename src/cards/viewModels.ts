import type { Knowledge } from '../knowledge/schema';
import type { Lang } from './labels';
import { zoneMark } from './zoneMark';
import type { Assessment } from '../rules/assessment';
import { fill, uiTexts } from '../i18n/uiTexts';

/** "51 43 65 73" → "tel:+4551436573"; "114" → "tel:114". */
export function telUrl(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 8 ? `tel:+45${digits}` : `tel:${digits}`;
}

export interface AssessmentCardModel {
  title: string;
  headerStyle: 'attention' | 'warning' | 'good' | 'emphasis';
  decision: string;
  levelText: string;
  callNow: { name: string; phone: string; why: string } | null;
  zoneMark: string;
  steps: { text: string }[];
  mustNot: { text: string }[];
  notes: string[];
  emergency: string;
  sources: string;
  callActions: { title: string; url: string }[];
}

/** The titles of the sources behind `items`, once each: "Vejen Kommune, »Handleguiden« · Barnets lov". */
export function sourcesText(items: readonly { source: string }[], knowledge: Knowledge): string {
  const ids = new Set(
    items.flatMap((item) => item.source.split(/; ?/).map((part) => part.split('#')[0] ?? '')),
  );
  return [...ids]
    .map((id) => knowledge.national.sources[id]?.title)
    .filter((title): title is string => !!title)
    .join(' · ');
}

/** Shapes an assessment for the assessment card: the number to call now first, then what to do. */
export function assessmentCardModel(
  assessment: Assessment,
  knowledge: Knowledge,
  maxSteps = 6,
  lang: Lang = 'da',
): AssessmentCardModel {
  const municipality = knowledge.municipalities.get(assessment.municipality);
  const first = assessment.contacts[0];
  const callNow =
    assessment.acute && first?.phone ? { name: first.name, phone: first.phone, why: first.why } : null;
  const sources = sourcesText(
    [...assessment.steps, ...assessment.contacts, ...assessment.deadlines],
    knowledge,
  );
  // One button per number (two desks may share a line), titled with the number alone so a phone never clips it.
  const phones = [...new Set(assessment.contacts.flatMap((c) => (c.phone ? [c.phone] : [])))].slice(0, 3);
  const texts = uiTexts(lang);
  return {
    title: assessment.acute
      ? texts.result.titleAcute
      : fill(texts.result.titleAssessment, { municipality: municipality?.name ?? assessment.municipality }),
    headerStyle: assessment.acute
      ? 'attention'
      : assessment.notify === 'required'
        ? 'warning'
        : assessment.notify === 'consider'
          ? 'emphasis'
          : 'good',
    decision: texts.decision[assessment.notify],
    levelText: [
      assessment.levelLabel,
      assessment.zone
        ? `${zoneMark(assessment.zone.colour)} score ${assessment.zone.score}: ${assessment.zone.label}`
        : null,
    ]
      .filter(Boolean)
      .join(' · '),
    callNow,
    zoneMark: assessment.zone ? zoneMark(assessment.zone.colour) : '',
    steps: assessment.steps
      .filter((s) => s.kind !== 'mustNot')
      .slice(0, maxSteps)
      .map((s) => ({ text: s.text })),
    mustNot: assessment.steps.filter((s) => s.kind === 'mustNot').map((s) => ({ text: s.text })),
    notes: assessment.notes.slice(0, 3),
    emergency: texts.cardLabels.footer.text,
    sources,
    callActions: phones.map((phone) => ({
      title: `${texts.result.call} ${phone}`,
      url: telUrl(phone),
    })),
  };
}
