import type { Knowledge, RedFlagId } from '../knowledge/schema';
import type { Assessment } from './assessment';
import { Builder } from './builder';
import { collectFindings } from './findings';
import { Texts } from './texts';
import type { Concern } from './concern';
import { createContext, type Clock, type RuleContext } from './context';
import { EngineError } from './errors';
import { contactList } from './rules/contactList';
import { deadlines } from './rules/deadlines';
import { levelFromScore } from './rules/level';
import { notification, schoolAbsence } from './rules/notification';
import { dialogueBased, parents } from './rules/parents';
import { urgentRoute } from './rules/redFlags';
import { selfHarmAndSuicide } from './rules/selfHarm';
import { legalAndSources } from './rules/sources';
import { stepsAndMeetings } from './rules/stepsAndMeetings';

export { EngineError };
export type { Clock, RuleContext };
export { createContext };

/** One rule of DESIGN.md: its number, its name, and the function that applies it to the shared context. */
export interface Rule {
  id: string;
  name: string;
  apply: (ctx: RuleContext) => void;
  /** The rule may name an answer still missing (`out.missing`), which picks the next question. */
  asks?: true;
}

/**
 * The rule set in the order it runs. Red flags are found when the context is made (R1's input side);
 * R11 may raise the level and make the case acute before R3 decides about notifying; R1's route runs
 * before R6 so that whom to call now comes first; R10 closes by checking every source.
 */
export const RULES: readonly Rule[] = [
  { id: 'R2', name: 'niveau', apply: levelFromScore, asks: true },
  { id: 'R11', name: 'selvskade og selvmordstanker', apply: selfHarmAndSuicide },
  { id: 'R3', name: 'underretning', apply: notification, asks: true },
  { id: 'R9', name: 'skolefravær', apply: schoolAbsence, asks: true },
  { id: 'R4', name: 'forældre', apply: parents },
  { id: 'R5', name: 'dialogbaseret underretning', apply: dialogueBased },
  { id: 'R1', name: 'akut og røde flag', apply: urgentRoute },
  { id: 'R6', name: 'kontakter', apply: contactList },
  { id: 'R7', name: 'trin og møder', apply: stepsAndMeetings },
  { id: 'R8', name: 'frister', apply: deadlines },
  { id: 'R10', name: 'kilder og lovgrundlag', apply: legalAndSources },
];

/**
 * The rule set of DESIGN.md as one pure function: the same concern, knowledge and clock always give the
 * same assessment. Every list item carries the source it came from (R10).
 */
export function assess(concern: Concern, knowledge: Knowledge, clock: Clock): Assessment {
  const ctx = createContext(concern, knowledge, clock);
  for (const rule of RULES) rule.apply(ctx);
  const { out } = ctx;
  return {
    municipality: ctx.m.id,
    level: ctx.level,
    levelLabel: ctx.levelLabel,
    zone: ctx.zone,
    redFlags: ctx.redFlags,
    signals: [...ctx.signals.values()],
    notify: ctx.notify,
    involveParents: ctx.involveParents,
    dialogueBasedAllowed: ctx.dialogueBasedAllowed,
    acute: ctx.hasRedFlag || ctx.lifeInDanger,
    selfHarm: ctx.selfHarm,
    youngerChild: ctx.dutyFor === 'youngerChild',
    parentsCaution: ctx.parentsCaution,
    contacts: out.contacts,
    steps: out.steps,
    dialogueBasedSteps: ctx.dialogueBasedSteps,
    meetings: ctx.meetings,
    deadlines: ctx.deadlines,
    legal: ctx.legal,
    reasons: out.reasons,
    missing: out.missing,
    notes: out.notes,
  };
}

/**
 * The red flags `assess` would find for this concern (its `redFlags`), by the same step of the same rule set
 * (R1's input side, `collectFindings`) without the rest of the assessment: for a check of every message, where
 * most messages name no flag and the whole assessment is needed only when one does.
 */
export function redFlagsOf(concern: Concern, knowledge: Knowledge): RedFlagId[] {
  return collectFindings(concern, knowledge.national, new Builder(), new Texts(knowledge.national)).redFlags;
}

/** The rules up to the last that may name a missing answer: the later ones read the earlier, never the reverse. */
const RULES_THAT_ASK = RULES.slice(
  0,
  RULES.reduce((last, rule, index) => (rule.asks ? index : last), -1) + 1,
);

/**
 * What the questions need of `assess` for this concern, its `redFlags` and `missing`, by the same rules in the same
 * order, stopping after the last rule that may name a missing answer: the contacts, steps, deadlines and sources
 * (most of an assessment's cost) are left for the result, which needs them.
 */
export function missingAnswers(
  concern: Concern,
  knowledge: Knowledge,
  clock: Clock,
): Pick<Assessment, 'redFlags' | 'missing'> {
  const ctx = createContext(concern, knowledge, clock);
  for (const rule of RULES_THAT_ASK) rule.apply(ctx);
  return { redFlags: ctx.redFlags, missing: ctx.out.missing };
}
