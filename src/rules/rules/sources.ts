import { EngineError } from '../errors';
import type { RuleContext } from '../context';

const SOURCE = /^[a-z_]+#.+/;

/** R10: the verified legal references in play, and a check that every output item carries its source. */
export function legalAndSources(ctx: RuleContext): void {
  const legal = ctx.national.legal
    .filter((l) => l.verified && ctx.legalIds.has(l.id))
    .map((l) => ({
      ref: l.ref,
      ...(l.formerly ? { formerly: l.formerly } : {}),
      summary: l.summary,
      source: l.source,
    }));
  const { out } = ctx;
  const items: [string, { source: string }[]][] = [
    ['contacts', out.contacts],
    ['steps', out.steps],
    ['reasons', out.reasons],
    ['dialogueBasedSteps', ctx.dialogueBasedSteps],
    ['meetings', ctx.meetings],
    ['deadlines', ctx.deadlines],
    ['legal', legal],
  ];
  for (const [list, entries] of items) {
    entries.forEach((item, i) => {
      if (!SOURCE.test(item.source)) throw new EngineError(`${list}[${i}] has no source`);
    });
  }
  ctx.legal = legal;
}
