import type { RuleContext } from '../context';
import { lookupsOf } from '../lookups';

interface Step {
  text: string;
  source: string;
  involvesParents?: boolean | undefined;
}

/** Doubt, the personal duty and confidentiality: what always holds when a notification is in play. */
const PRINCIPLES_WHEN_NOTIFYING = ['tvivl', 'personlig_pligt', 'tavshedspligt'];

/** With parents kept out (R4), every step or meeting that brings them in is left out. */
function allowed(ctx: RuleContext, item: { involvesParents?: boolean | undefined }): boolean {
  return !(item.involvesParents && ctx.involveParents === 'no');
}

function addAllowedSteps(ctx: RuleContext, steps: readonly Step[]): void {
  for (const s of steps) if (allowed(ctx, s)) ctx.out.step(s.text, s.source);
}

/**
 * R7: steps for the role, the level and the age, the written notification's steps and the principles that
 * always hold when a notification is in play; then the meetings for level, role, score and age.
 */
export function stepsAndMeetings(ctx: RuleContext): void {
  const { m, national, out, texts, concern } = ctx;
  const level = ctx.dutyFor === 'none' ? null : ctx.level;
  const age = ctx.effectiveAge;
  if (level) {
    for (const group of m.roleSteps) {
      if (!concern.role || !group.roles.includes(concern.role) || !group.levels.includes(level)) continue;
      if (group.minAge !== undefined && (age === undefined || age < group.minAge)) continue;
      addAllowedSteps(ctx, group.steps);
    }
    for (const s of m.levelSteps) if (s.levels.includes(level) && allowed(ctx, s)) out.step(s.text, s.source);
  }
  if (!ctx.hasRedFlag && ctx.notify !== 'not_indicated') {
    if (ctx.involveParents === 'yes')
      out.step(texts.say('involveParentsStep'), texts.source('involveParentsStep'));
    addAllowedSteps(ctx, m.notification.written.steps);
    if (!m.notification.written.steps.some((s) => s.text === m.notification.sendTo.text))
      out.step(m.notification.sendTo.text, m.notification.sendTo.source);
  }
  if (ctx.notify !== 'not_indicated') {
    const { principles } = lookupsOf(national);
    for (const id of PRINCIPLES_WHEN_NOTIFYING) {
      const principle = principles.get(id);
      if (principle) out.step(principle.text, principle.source);
    }
  }
  if (!level) return;
  for (const meeting of m.meetings) {
    if (!meeting.levels.includes(level) || !allowed(ctx, meeting)) continue;
    if (meeting.roles && (!concern.role || !meeting.roles.includes(concern.role))) continue;
    const score = concern.score;
    if (meeting.scores && score !== undefined && (score < meeting.scores.from || score > meeting.scores.to))
      continue;
    if (meeting.ages && (age === undefined || age < meeting.ages.from || age > meeting.ages.to)) continue;
    if (meeting.requiresDialogueBased && ctx.dialogueBasedSteps.length === 0) continue;
    ctx.meetings.push({
      name: meeting.name,
      purpose: meeting.purpose,
      target: meeting.target,
      source: meeting.source,
    });
  }
}
