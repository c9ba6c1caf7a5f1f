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
  checkSources('contacts', out.contacts);
  checkSources('steps', out.steps);
  checkSources('reasons', out.reasons);
  checkSources('dialogueBasedSteps', ctx.dialogueBasedSteps);
  checkSources('meetings', ctx.meetings);
  checkSources('deadlines', ctx.deadlines);
  checkSources('legal', legal);
  ctx.legal = legal;
}

/** Sources seen to be well-formed. They come from the knowledge, so there are a few hundred; bounded anyway. */
const wellFormed = new Set<string>();

function checkSources(list: string, entries: readonly { source: string }[]): void {
  for (let i = 0; i < entries.length; i++) {
    const source = entries[i]?.source ?? '';
    if (wellFormed.has(source)) continue;
    if (!SOURCE.test(source)) throw new EngineError(`${list}[${i}] has no source`);
    if (wellFormed.size >= 10_000) wellFormed.clear();
    wellFormed.add(source);
  }
}
