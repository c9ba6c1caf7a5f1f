import { languageOf } from '../src/i18n/uiTexts';
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Lang } from '../src/cards/labels';
import type { ConcernProgress } from '../src/conversation/concernProgress';
import { userMunicipality, type BotServices } from '../src/turn/services';
import { turnStateOf, type ConversationData, type UserProfile } from '../src/turn/state';

/** The id of the dialog that asks the concern's questions (`concernQuestions.ts`). */
export const CONCERN_QUESTIONS = 'concernQuestions';

export interface ConcernDialogOptions {
  /** The message that started the dialog; used as the description when it describes a concern. */
  text?: string;
  /** »Ret svar«: open the last finished concern's answers on one card, then show the result again. */
  edit?: boolean;
}

/** What the concern dialogs read from the turn: the user, the conversation and the questions' progress. */
export const profileOf = (context: TurnContext): UserProfile => turnStateOf(context).user;
export const conversationOf = (context: TurnContext): ConversationData => turnStateOf(context).conversation;
export const langOf = (context: TurnContext): Lang => languageOf(profileOf(context).lang);
export const municipalityOf = (context: TurnContext, services: BotServices): string =>
  userMunicipality(profileOf(context), services);

export const progressOf = (dc: DialogContext): ConcernProgress => {
  const state = dc.activeDialog?.state as { progress?: ConcernProgress } | undefined;
  if (!state?.progress) throw new Error('the concern questions ran without their progress');
  return state.progress;
};
