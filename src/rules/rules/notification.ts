import type { RuleContext } from '../context';
import { lookupsOf } from '../lookups';

/**
 * R3: whether to notify. From 18 the Barnets lov duty does not apply, unless the concern names a younger
 * child; life in danger, a red flag, tertiær, self-harm and a risk to an unborn child make it required;
 * sekundær or an unknown level make it a matter to consider; primær does not call for it.
 */
export function notification(ctx: RuleContext): void {
  const { concern, national, m, out, texts } = ctx;
  const tertiarySource = m.levels.find((l) => l.id === 'tertiaer')?.source ?? m.source;
  if (ctx.dutyFor === 'none') {
    out.reason(
      'R3 alder',
      texts.say('adultReason', {
        age: concern.childAge ?? '',
        adultFrom: national.ageLimits.adultFrom,
        youthUntil: national.ageLimits.youthEffortUntil,
      }),
      national.ageLimits.source,
    );
    out.note(texts.say('adultNote', { adultFrom: national.ageLimits.adultFrom }));
    const sibling = ctx.cue('youngerChild');
    if (sibling === undefined) {
      ctx.notify = 'not_indicated';
      return;
    }
    // The text speaks of a younger child: the duty may hold for that child, so nothing is switched off;
    // a red flag in the home makes it required for that child.
    ctx.notify = ctx.hasRedFlag ? 'required' : 'consider';
    out.missing.push('youngerChildAge');
    out.reason(
      'R3 yngre barn',
      texts.say('youngerChildMentioned', { matched: sibling }),
      texts.source('youngerChildMentioned'),
    );
    ctx.legalIds.add(ctx.generalDuty ? national.generalDuty.legal : 'bl_133');
    return;
  }
  if (ctx.dutyFor === 'youngerChild') {
    out.reason(
      'R3 yngre barn',
      texts.say('youngerChildReason', { age: concern.youngerChildAge ?? '' }),
      texts.source('youngerChildReason'),
    );
  }
  const unborn = national.unbornChild.signals.some((id) => ctx.signals.has(id));
  if (ctx.lifeInDanger) {
    ctx.notify = 'required';
    out.reason('R3 underretning', texts.say('acuteRequiredReason'), texts.source('acuteRequiredReason'));
  } else if (ctx.hasRedFlag || ctx.level === 'tertiaer') {
    ctx.notify = 'required';
    const firstFlag = ctx.redFlags[0];
    const flagSource = firstFlag && lookupsOf(national).redFlags.get(firstFlag)?.source;
    const selfHarmSource = ctx.selfHarm !== 'none' ? national.selfHarm.source : undefined;
    out.reason(
      'R3 underretning',
      texts.say('requiredReason'),
      flagSource ?? selfHarmSource ?? tertiarySource,
    );
  } else if (unborn) {
    ctx.notify = 'required';
    out.reason('R3 ufødt barn', texts.say('unbornChildReason'), national.unbornChild.source);
  } else if (ctx.level === 'sekundaer' || ctx.level === null) {
    ctx.notify = 'consider';
    out.reason(
      'R3 underretning',
      ctx.level === null ? texts.say('considerWithoutLevel') : texts.say('considerAtLevel'),
      ctx.level === null
        ? texts.source('considerWithoutLevel')
        : (m.levels.find((l) => l.id === 'sekundaer')?.source ?? m.source),
    );
  } else {
    ctx.notify = 'not_indicated';
    out.reason(
      'R3 underretning',
      texts.say('notIndicatedReason'),
      m.levels.find((l) => l.id === 'primaer')?.source ?? m.source,
    );
  }
  if (unborn && ctx.notify === 'required') ctx.legalIds.add(national.unbornChild.legal);
  if (ctx.notify !== 'not_indicated')
    ctx.legalIds.add(ctx.generalDuty ? national.generalDuty.legal : 'bl_133');
}

/**
 * R9: unlawful school absence of 15 % or more in a quarter obliges the school leader to notify, whenever
 * the percentage is given; a school that names absence without a percentage is asked for it.
 */
export function schoolAbsence(ctx: RuleContext): void {
  const { concern, out, texts } = ctx;
  if (ctx.dutyFor === 'none') return;
  const percent = concern.unlawfulAbsencePercent;
  if (percent === undefined) {
    if (concern.role === 'skole' && ctx.signals.has('fravaer')) {
      ctx.legalIds.add('bl_133_stk2');
      out.missing.push('unlawfulAbsencePercent');
    }
    return;
  }
  ctx.legalIds.add('bl_133_stk2');
  if (percent >= 15) {
    ctx.notify = 'required';
    ctx.legalIds.add('bl_133');
    out.reason('R9 skolefravær', texts.say('absenceReason', { percent }), texts.source('absenceReason'));
  }
}
