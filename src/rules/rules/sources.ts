import type { Assessment } from '../assessment';
import type { RuleContext } from '../context';
import { EngineError } from '../errors';
import { lookupsOf } from '../lookups';

const SOURCE = /^[a-z_]+#.+/;

/** R10: the verified legal references in play, and a check that every output item carries its source. */
export function legalAndSources(ctx: RuleContext): void {
  const legal = legalInPlay(ctx);
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

/** The verified legal references the rules named, in the knowledge's order. */
function legalInPlay(ctx: RuleContext): Assessment['legal'] {
  const legal: Assessment['legal'] = [];
  for (const l of lookupsOf(ctx.national).verifiedLegal) {
    if (!ctx.legalIds.has(l.id)) continue;
    // Field by field, in the order the output has always had; `formerly` only where there is one.
    legal.push(
      l.formerly
        ? { ref: l.ref, formerly: l.formerly, summary: l.summary, source: l.source }
        : { ref: l.ref, summary: l.summary, source: l.source },
    );
  }
  return legal;
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
