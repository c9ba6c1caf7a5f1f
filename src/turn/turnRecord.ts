import { createHash } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { RedFlagId } from '../knowledge/schema';
import type { ConversationData } from './state';

/** A short hash of any value: what `lastInput` keeps instead of the input or the activity id. */
export const shortHash = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** How `lastInput.activity` names an activity. */
export const activityHash = (context: TurnContext): string => shortHash(context.activity.id ?? '');

/**
 * `lastInput` when it records the message at hand (an invoke has no record of its own). A turn's replies may
 * never go out (its instance died after saving), and the re-sent message is then answered from this record:
 * it notes what the dialog state cannot show again by itself.
 */
function recordOfThisTurn(context: TurnContext, conversation: ConversationData) {
  const record = conversation.lastInput;
  return record?.activity === activityHash(context) ? record : undefined;
}

/** The acute cards of `flags` go out in this turn: remembered for the concern, and for a re-sent message. */
export function recordAcuteShown(
  context: TurnContext,
  conversation: ConversationData,
  flags: RedFlagId[],
): void {
  conversation.redFlagsShown = [...new Set([...(conversation.redFlagsShown ?? []), ...flags])];
  const record = recordOfThisTurn(context, conversation);
  if (record && flags.length > 0) record.acuteFor = [...new Set([...(record.acuteFor ?? []), ...flags])];
}

/** This turn ends the concern with its result (kept as `lastConcern`), which a re-sent message shows again. */
export function recordResultShown(context: TurnContext, conversation: ConversationData): void {
  const record = recordOfThisTurn(context, conversation);
  if (record) record.result = true;
}
