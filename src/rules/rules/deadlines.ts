import { dueDate } from '../../dates/deadlines';
import type { Deadline as DeadlineRule } from '../../knowledge/schema';
import type { Assessment } from '../assessment';
import type { RuleContext } from '../context';
import { lookupsOf } from '../lookups';

type Deadline = Assessment['deadlines'][number];

/** Field by field, in the order the output has always had; `olderRule` only where there is one. */
function deadlineOf(rule: DeadlineRule, due: string, dueText: string, legal: string): Deadline {
  const { id, label, olderRule, source } = rule;
  return olderRule
    ? { id, label, olderRule, due, dueText, legal, source }
    : { id, label, due, dueText, legal, source };
}

/**
 * In the order they fall due: the first follow-up (3 months) comes before the investigation (4 months); deadlines
 * due at the same time keep the knowledge's order, as a stable sort would. A handful, so each is put in its place
 * as it comes rather than sorted afterwards (the sort's work array was some 8 % of the rules' garbage).
 */
function insertInDueOrder(deadlines: Deadline[], orders: number[], deadline: Deadline, order: number): void {
  let at = deadlines.length;
  while (at > 0 && (orders[at - 1] ?? 0) > order) at--;
  if (at === deadlines.length) {
    deadlines.push(deadline);
    orders.push(order);
  } else {
    deadlines.splice(at, 0, deadline);
    orders.splice(at, 0, order);
  }
}

/**
 * R8: deadlines from the notification (`notifiedAt`, else now) when a notification is in play. Receipt and
 * feedback (§ 137) are for professional notifiers only, so a volunteer is not promised them. Guidance
 * tied to a red flag (e.g. the ban on corporal punishment) is added as a note with its legal basis.
 */
export function deadlines(ctx: RuleContext): void {
  const { national, out, texts } = ctx;
  if (ctx.notify === 'not_indicated') return;
  const { legalRefs } = lookupsOf(national);
  const inOrder: Deadline[] = [];
  const orders: number[] = [];
  for (const rule of national.deadlines) {
    if (rule.professionalOnly && ctx.generalDuty) continue;
    ctx.legalIds.add(rule.legal);
    const { due, dueText, order } = dueDate(rule, ctx.notifiedAt, ctx.notifiedOnDayOnly);
    const deadline = deadlineOf(rule, due, dueText, legalRefs.get(rule.legal) ?? rule.legal);
    insertInDueOrder(inOrder, orders, deadline, order);
  }
  ctx.deadlines = inOrder;
  if (ctx.generalDuty) out.note(texts.say('generalDutyNote'));
  if (ctx.redFlags.includes('overgreb') && ctx.notify === 'required')
    out.note(texts.say('abuseInvestigationNote'));
  for (const guidance of national.guidance) {
    if (!guidance.flags?.some((f) => ctx.redFlags.includes(f))) continue;
    out.note(guidance.text);
    if (guidance.legal) ctx.legalIds.add(guidance.legal);
  }
}
