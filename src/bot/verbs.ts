import type { TurnContext } from 'botbuilder';
import { replyOf } from '../conversation/reply';

/** A route selector for card submits carrying `data.verb`. */
export const hasVerb =
  (verb: string) =>
  (context: TurnContext): Promise<boolean> =>
    Promise.resolve(replyOf(context).value?.verb === verb);

export const UNKNOWN_CARD = {
  title: 'Det kort kan jeg ikke bruge',
  text: 'Knappen hører måske til en ældre udgave af Handleguide. Skriv »forfra« for at starte en ny bekymring, eller »hjælp«.',
};

const KNOWN_VERBS = new Set([
  'explainer',
  'sharedChecklist',
  'answer',
  'command',
  'draft',
  'draftUpdate',
  'draftCopy',
  'draftToLeader',
  'leaderChosen',
  'leaderReply',
]);

/** A card submit whose verb we do not know (an old or forged card). */
export const hasUnknownVerb = (context: TurnContext) => {
  const value = replyOf(context).value;
  return Promise.resolve(value !== undefined && !KNOWN_VERBS.has(String(value.verb)));
};
