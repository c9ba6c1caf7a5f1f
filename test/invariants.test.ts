import { buildChecklist, checklistFromAssessment, checklistKinds } from '../src/checklists/checklists';
import { RoleId, type RedFlagId } from '../src/knowledge/schema';
import type { Assessment, ConcernInput } from '../src/rules';
import { digits, knowledge, run, TUESDAY_MORNING, TUESDAY_NIGHT } from './helpers';

/**
 * Consistency invariants over the full grid flag × suspicion × municipality × role × score band (plus
 * acute, age and time of day): the answer never contradicts itself, whatever the combination.
 */

const MUNICIPALITIES = [...knowledge.municipalities.keys()];
const FLAGS: (RedFlagId | null)[] = [null, 'overgreb', 'social_kontrol', 'radikalisering'];
const SUSPICIONS = [true, false, 'unknown'] as const;
const ROLES = [undefined, ...RoleId.options];
/** No score, and one score from each zone of the trivselslineal plus the boundary scores 4 and 7. */
const SCORES = [undefined, 1, 3, 4, 5, 7, 8, 10];
const AGES = [0, 9, 15];

const normalised = (text: string) =>
  text.toLocaleLowerCase('da').replace(/\s+/g, ' ').replace(/\.$/, '').trim();
const PARENTS = /forældr/i;
const DIALOGUE_BASED = /dialogbaseret/i;

/** What the prohibitions of this answer forbid, as tests on a text. */
function forbidden(a: Assessment): RegExp[] {
  const prohibitions = a.steps.filter((s) => s.kind === 'mustNot').map((s) => s.text);
  const rules: RegExp[] = [];
  if (prohibitions.some((p) => p.startsWith('Inddrag ikke forældrene'))) rules.push(PARENTS);
  if (prohibitions.some((p) => p.startsWith('Lav ikke en dialogbaseret underretning')))
    rules.push(DIALOGUE_BASED);
  return rules;
}

function violations(a: Assessment, input: ConcernInput): string[] {
  const problems: string[] = [];
  const todo = a.steps.filter((s) => s.kind !== 'mustNot');
  for (const rule of forbidden(a)) {
    for (const step of todo)
      if (rule.test(step.text)) problems.push(`step contradicts a prohibition: ${step.text}`);
    for (const step of a.dialogueBasedSteps)
      if (rule.test(step.text)) problems.push(`dialogue step: ${step.text}`);
    for (const m of a.meetings)
      if (rule.test(`${m.name} ${m.purpose} ${m.target}`)) problems.push(`meeting contradicts: ${m.name}`);
  }
  const texts = a.steps.map((s) => normalised(s.text));
  if (new Set(texts).size !== texts.length) problems.push('duplicate steps');
  const checklist = checklistFromAssessment(a, 'Tjekliste');
  const items = checklist.items.map((i) => normalised(i.text));
  if (new Set(items).size !== items.length) problems.push('duplicate checklist items');
  for (const rule of forbidden(a))
    for (const item of checklist.items)
      if (rule.test(item.text)) problems.push(`checklist item forbidden: ${item.text}`);
  if (a.redFlags.length > 0) {
    if (a.notify !== 'required') problems.push(`red flag gave notify ${a.notify}`);
    if (a.dialogueBasedAllowed || a.dialogueBasedSteps.length > 0)
      problems.push('red flag allowed dialogue-based');
    if (input.suspicionAgainstParents !== false && a.involveParents !== 'no')
      problems.push('red flag: parents involved');
    if (input.suspicionAgainstParents !== false && !a.parentsCaution) problems.push('red flag: no caution');
    if (todo.some((s) => DIALOGUE_BASED.test(s.text))) problems.push('red flag: a dialogue-based step');
    if (!a.acute) problems.push('red flag not acute');
  }
  if (input.acute) {
    if (digits(a.contacts[0]?.phone) !== '112') problems.push(`acute: first contact ${a.contacts[0]?.name}`);
    if (!/112/.test(a.steps[0]?.text ?? '')) problems.push(`acute: first step ${a.steps[0]?.text}`);
    if (a.notify === 'consider') problems.push('acute gave consider');
  }
  const phones = a.contacts.map((c) => digits(c.phone));
  if (!phones.includes('112') || !phones.includes('114')) problems.push('emergency numbers missing');
  const unverified = new Set(
    knowledge.national.contacts.filter((c) => c.verified === false).map((c) => c.name),
  );
  for (const c of a.contacts)
    if (unverified.has(c.name)) problems.push(`unverified contact shown: ${c.name}`);
  return problems;
}

describe.each(MUNICIPALITIES)('%s: the answer never contradicts itself', (municipality) => {
  it.each(FLAGS)('red flag %s, every suspicion × role × score band × age × acute × time', (flag) => {
    const failures: string[] = [];
    let cases = 0;
    for (const suspicionAgainstParents of SUSPICIONS)
      for (const role of ROLES)
        for (const score of SCORES)
          for (const childAge of AGES)
            for (const acute of [false, true])
              for (const now of [TUESDAY_MORNING, TUESDAY_NIGHT]) {
                const input: ConcernInput = {
                  municipality,
                  redFlags: flag ? [flag] : [],
                  suspicionAgainstParents,
                  ...(role ? { role } : {}),
                  ...(score !== undefined ? { score } : {}),
                  childAge,
                  acute,
                  now,
                };
                cases++;
                for (const problem of violations(run(input), input))
                  failures.push(`${JSON.stringify(input)}: ${problem}`);
              }
    expect(cases).toBe(SUSPICIONS.length * ROLES.length * SCORES.length * AGES.length * 4);
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

describe('the shared checklists', () => {
  it.each(MUNICIPALITIES)('%s: no checklist repeats an item or holds a prohibition', (municipality) => {
    const now = new Date(TUESDAY_MORNING);
    const kinds = checklistKinds(municipality, knowledge);
    expect(kinds.length).toBeGreaterThan(5);
    for (const { kind } of kinds) {
      const checklist = buildChecklist(kind, municipality, knowledge, now);
      const texts = (checklist?.items ?? []).map((i) => normalised(i.text));
      expect({ kind, duplicates: texts.length - new Set(texts).size }).toEqual({ kind, duplicates: 0 });
      expect(texts.filter((t) => /^(inddrag ikke|lav ikke)/.test(t))).toEqual([]);
    }
  });
});
