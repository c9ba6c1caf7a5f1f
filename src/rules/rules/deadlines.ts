import { computeDeadline } from '../../dates';
import type { RuleContext } from '../context';

/**
 * R8: deadlines from the notification (`notifiedAt`, else now) when a notification is in play. Receipt and
 * feedback (§ 137) are for professional notifiers only, so a volunteer is not promised them. Guidance
 * tied to a red flag (e.g. the ban on corporal punishment) is added as a note with its legal basis.
 */
export function deadlines(ctx: RuleContext): void {
  const { national, out, texts } = ctx;
  if (ctx.notify === 'not_indicated') return;
  ctx.deadlines = national.deadlines
    .filter((rule) => !(rule.professionalOnly && ctx.generalDuty))
    .map((rule) => {
      const legal = national.legal.find((l) => l.id === rule.legal);
      ctx.legalIds.add(rule.legal);
      return {
        ...computeDeadline(rule, ctx.notifiedAt, ctx.notifiedOnDayOnly),
        legal: legal?.ref ?? rule.legal,
        source: rule.source,
      };
    })
    // In the order they fall due: the first follow-up (3 months) comes before the investigation (4 months).
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
  if (ctx.generalDuty) out.note(texts.say('generalDutyNote'));
  if (ctx.redFlags.includes('overgreb') && ctx.notify === 'required')
    out.note(texts.say('abuseInvestigationNote'));
  for (const guidance of national.guidance) {
    if (!guidance.flags?.some((f) => ctx.redFlags.includes(f))) continue;
    out.note(guidance.text);
    if (guidance.legal) ctx.legalIds.add(guidance.legal);
  }
}
