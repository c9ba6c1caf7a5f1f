import type { TurnContext } from 'botbuilder';
import type { ConversationData } from '../turn/state';
import { activityHash, shortHash } from '../turn/turnRecord';

/**
 * How a message repeats the previous one: `redelivered` is the same activity again (the channel, or a load
 * balancer, sends it once more when the instance that took it did not answer, e.g. because it crashed after
 * saving the turn but before its replies went out); `doubleTap` is the same card answer in a new activity.
 */
export type RepeatedInput = 'redelivered' | 'doubleTap';

/**
 * A double tap sends the same card answer twice, and a channel may deliver one activity twice. The copy must not
 * answer the next question. A card answer names its question, so the same answer twice in a row is always the
 * same tap. Typed text is not deduplicated: »spring over« may rightly answer two questions in a row.
 * Only hashes are kept, never the input.
 */
export function repeatedInput(
  context: TurnContext,
  conversation: ConversationData,
  now: Date,
): RepeatedInput | undefined {
  const { text, value } = context.activity;
  const fingerprint = shortHash([text ?? '', value ?? null]);
  const activity = activityHash(context);
  const previous = conversation.lastInput;
  const isAnswer = (value as { verb?: unknown } | undefined)?.verb === 'answer';
  if (previous?.activity === activity) return 'redelivered';
  if (previous && isAnswer && previous.fingerprint === fingerprint) return 'doubleTap';
  conversation.lastInput = { fingerprint, activity, at: now.toISOString() };
  return undefined;
}
