import type { RuleContext } from '../context';

/**
 * R11: self-harm and suicidal statements are a high concern (tertiær, notify today); a plan or intent for
 * now makes them acute, so 112 comes first. National lines are offered beside the municipality (rule R6).
 */
export function selfHarmAndSuicide(ctx: RuleContext): void {
  const { national, out, texts } = ctx;
  if (!national.selfHarm.signals.some((id) => ctx.signals.has(id))) return;
  const imminent = ctx.concern.acute || ctx.cue('imminentSelfHarm') !== undefined;
  ctx.selfHarm = imminent ? 'imminent' : 'statements';
  out.reason('R11 selvskade', texts.say('selfHarmReason'), texts.source('selfHarmReason'));
  if (imminent) {
    ctx.lifeInDanger = true;
    out.reason('R11 selvskade', texts.say('selfHarmImminentReason'), texts.source('selfHarmImminentReason'));
  }
  if (ctx.dutyFor !== 'none' && ctx.level !== 'tertiaer') {
    const tertiary = ctx.m.levels.find((l) => l.id === 'tertiaer');
    ctx.level = 'tertiaer';
    ctx.levelLabel = tertiary?.label ?? null;
  }
}
