import type { TurnContext } from 'botbuilder';
import { replyOf } from '../../dialogs/answerPrompt';
import type { Lang } from '../cards/labels';
import { uiTexts } from '../i18n/uiTexts';

/** A route selector for card submits carrying `data.verb`. */
export const hasVerb =
  (verb: string) =>
  (context: TurnContext): Promise<boolean> =>
    Promise.resolve(replyOf(context).value?.verb === verb);

/** The notice for a card whose verb we do not know, in the user's language. */
export const unknownCard = (lang: Lang) => ({
  title: uiTexts(lang).notices.unknownCardTitle,
  text: uiTexts(lang).notices.unknownCardText,
});

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
