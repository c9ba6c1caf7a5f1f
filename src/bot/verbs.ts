import type { TurnContext } from 'botbuilder';
import { replyOf } from '../../dialogs/answerPrompt';

/** A route selector for card submits carrying `data.verb`. */
export const hasVerb =
  (verb: string) =>
  (context: TurnContext): Promise<boolean> =>
    Promise.resolve(replyOf(context).value?.verb === verb);
