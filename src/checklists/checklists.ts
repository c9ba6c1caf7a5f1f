import type { Knowledge } from '../knowledge/schema';
import { assess } from '../rules/assess';
import type { Assessment } from '../rules/assessment';
import { ConcernShape } from '../rules/concern';

export interface ChecklistItem {
  id: string;
  text: string;
  source: string;
}

export interface ChecklistDefinition {
  kind: string;
  title: string;
  items: ChecklistItem[];
}

/** The same wording twice (case, spacing and a final full stop aside) is one item. */
const normalised = (text: string) =>
  text.toLocaleLowerCase('da').replace(/\s+/g, ' ').replace(/\.$/, '').trim();

const items = (list: { text: string; source: string }[]): ChecklistItem[] => {
  const seen = new Set<string>();
  return list
    .filter((item) => {
      const key = normalised(item.text);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((item, i) => ({ id: String(i + 1), text: item.text, source: item.source }));
};

/**
 * The to-dos of one assessment as a checklist: its steps (never its prohibitions) and the dialogue-based
 * steps it allows, once each. The engine already leaves out what its prohibitions forbid (rule R4/R5).
 */
export function checklistFromAssessment(assessment: Assessment, title: string): ChecklistDefinition {
  const todo = assessment.steps.filter((s) => s.kind !== 'mustNot');
  return { kind: 'assessment', title, items: items([...todo, ...assessment.dialogueBasedSteps]) };
}

/** The checklists a team can share for a municipality; dialogue-based only where the municipality offers it. */
export function checklistKinds(
  municipalityId: string,
  knowledge: Knowledge,
): { kind: string; title: string }[] {
  const municipality = knowledge.municipalities.get(municipalityId);
  if (!municipality) return [];
  return [
    { kind: 'beforeCalling', title: 'Før du ringer til kommunen' },
    { kind: 'written', title: 'Skriftlig underretning' },
    ...(municipality.notification.dialogueBased
      ? [{ kind: 'dialogueBased', title: 'Dialogbaseret underretning' }]
      : []),
    ...municipality.levels.map((level) => ({
      kind: `level:${level.id}`,
      title: `${level.label}: det gør vi`,
    })),
    ...knowledge.national.signalCategories.map((category) => ({
      kind: `signals:${category.id}`,
      title: `Tegn: ${category.label}`,
    })),
  ];
}

/** One checklist's items. Level steps come from the engine itself, for a score in the middle of the level. */
export function buildChecklist(
  kind: string,
  municipalityId: string,
  knowledge: Knowledge,
  now: Date,
): ChecklistDefinition | undefined {
  const municipality = knowledge.municipalities.get(municipalityId);
  const title = checklistKinds(municipalityId, knowledge).find((k) => k.kind === kind)?.title;
  if (!municipality || !title) return undefined;
  const [family, detail] = kind.split(':');
  if (family === 'beforeCalling') return { kind, title, items: items(knowledge.national.beforeCalling) };
  if (family === 'written') return { kind, title, items: items(municipality.notification.written.steps) };
  if (family === 'dialogueBased' && municipality.notification.dialogueBased) {
    return { kind, title, items: items(municipality.notification.dialogueBased.steps) };
  }
  if (family === 'signals') {
    const source = knowledge.national.signalCategories.find((c) => c.id === detail)?.source ?? '';
    const signals = knowledge.national.signals.filter((s) => s.category === detail);
    return { kind, title, items: items(signals.map((s) => ({ text: s.label, source }))) };
  }
  const level = municipality.levels.find((l) => l.id === detail);
  if (family === 'level' && level) {
    const score = Math.floor((level.from + level.to) / 2);
    const concern = ConcernShape.parse({ municipality: municipalityId, score, now: now.toISOString() });
    const steps = assess(concern, knowledge, () => now).steps.filter((s) => s.kind !== 'mustNot');
    return { kind, title, items: items(steps) };
  }
  return undefined;
}

export interface Tick {
  userId: string;
  name: string;
  at: string;
}

/** One shared checklist card: its items (a snapshot) and who ticked what. No child is ever named here. */
export interface SharedChecklist extends ChecklistDefinition {
  id: string;
  municipality: string;
  ticks: Record<string, Tick>;
  /** Teams ids of everyone who has ticked, for the card's refresh (at most 60). */
  participants: string[];
  /** The language of the one who asked for it: the card's own words stay in it for everyone who ticks. */
  lang?: 'da' | 'en';
  createdAt: string;
  eTag?: string;
}
