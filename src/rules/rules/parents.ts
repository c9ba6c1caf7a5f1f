import type { RuleContext } from '../context';

/**
 * R4: the parents are involved as early as it makes sense, unless there is a red flag and the suspicion
 * may be against them. Then any question about their view carries a caution.
 */
export function parents(ctx: RuleContext): void {
  const { out, texts } = ctx;
  ctx.involveParents = ctx.hasRedFlag && ctx.concern.suspicionAgainstParents !== false ? 'no' : 'yes';
  if (!ctx.hasRedFlag) return;
  const id = ctx.involveParents === 'no' ? 'parentsNotInvolved' : 'parentsInvolvedNotDialogue';
  out.reason('R4 forældre', texts.say(id), texts.source(id));
  if (ctx.involveParents === 'no') ctx.parentsCaution = texts.say('parentsCaution');
}

/**
 * R5: dialogue-based notification only where the municipality offers it (for the roles it names), for a
 * child, without red flags, and not when it cannot wait (life in danger, self-harm or suicidal talk: the
 * written notification goes today); then the municipality's own steps.
 */
export function dialogueBased(ctx: RuleContext): void {
  const { m, concern, out, texts } = ctx;
  const offer = m.notification.dialogueBased;
  const roleFits = !offer?.roles || (!!concern.role && offer.roles.includes(concern.role));
  ctx.dialogueBasedAllowed =
    !!offer &&
    roleFits &&
    !ctx.hasRedFlag &&
    !ctx.lifeInDanger &&
    ctx.selfHarm === 'none' &&
    ctx.dutyFor !== 'none';
  if (!offer || !ctx.dialogueBasedAllowed || ctx.notify === 'not_indicated') return;
  ctx.dialogueBasedSteps = offer.steps.map((s) => ({ text: s.text, source: s.source }));
  out.reason(
    'R5 dialogbaseret underretning',
    texts.say('dialogueBasedReason', { municipality: m.name }),
    offer.source,
  );
}
