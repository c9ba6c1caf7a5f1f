import type { Lang } from '../cards/labels';
import { forgetLanguage, rememberLanguage } from './languageIndex';
import type { Storage, TurnContext } from 'botbuilder';
import { CONCERN_DIALOG } from '../../dialogs/concernDialog';
import { PROFILE_DIALOG } from '../../dialogs/profileDialog';
import { pendingQuestion } from '../../dialogs/answerPrompt';
import { replyOf } from '../conversation/reply';
import type { Command } from '../conversation/commands';
import { helpCardModel } from '../cards/welcomeCards';
import { cardActivity } from '../turn/replies';
import { checklistActivity } from '../turn/results';
import type { BotServices } from '../turn/services';
import type { AppTurnState, UserProfile } from '../turn/state';
import { CaseStore } from './caseStore';
import { checklistChooserActivity } from './checklistRoutes';
import type { DialogContextOf } from './dialogRoutes';
import { groupHelpActivity, isGroup, moveToPersonalActivity } from './groupRoutes';
import { languageOf, uiTexts } from '../i18n/uiTexts';
import { HandoffStore } from './handoff';

export interface CommandDeps {
  services: BotServices;
  dialogContext: DialogContextOf;
  storage: Storage;
  startDilemmaRound(context: TurnContext, lang?: Lang): Promise<void>;
  forgetSharedTraces(userId: string, shared: UserProfile['sharedIds']): Promise<void>;
}

/** A command, typed or from a card button: in a group chat only the shared ones, the rest point to a 1:1 chat. */
export async function handleCommand(
  command: Command,
  context: TurnContext,
  state: AppTurnState,
  deps: CommandDeps,
) {
  const { services, storage } = deps;
  const dc = await deps.dialogContext(context, state);
  if (isGroup(context) && command === 'help')
    return void (await context.sendActivity(groupHelpActivity(context, languageOf(state.user.lang))));
  if (isGroup(context) && !['deleteData', 'checklist', 'dilemma', 'english', 'danish'].includes(command)) {
    // A concern, its answers and a user's settings belong in a 1:1 chat, never in front of the group.
    return void (await context.sendActivity(moveToPersonalActivity(context, languageOf(state.user.lang))));
  }
  switch (command) {
    case 'restart':
      {
        await dc.cancelAllDialogs();
        delete state.conversation.redFlagsShown;
        // »Start en ny bekymring med det« carries the description the user had typed at a question.
        const description = replyOf(context).value?.description;
        await dc.beginDialog(CONCERN_DIALOG, typeof description === 'string' ? { text: description } : {});
        return;
      }
      return;
    case 'editAnswers':
      // »Ret svar« on the result card: the last concern's answers on one card, then the result again.
      await dc.cancelAllDialogs();
      delete state.conversation.redFlagsShown;
      await dc.beginDialog(CONCERN_DIALOG, { edit: true });
      return;
    case 'stop':
      await dc.cancelAllDialogs();
      // »glemt, hvad du skrev« must be true: a finished concern kept for its draft goes too.
      delete state.conversation.lastConcern;
      delete state.conversation.redFlagsShown;
      await context.sendActivity(uiTexts(languageOf(state.user.lang)).notices.stopped);
      return;
    case 'help':
      await context.sendActivity(
        cardActivity(
          'help',
          helpCardModel(
            pendingQuestion(dc, services.knowledge, languageOf(state.user.lang)),
            languageOf(state.user.lang),
          ),
          languageOf(state.user.lang),
        ),
      );
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    case 'checklist': {
      const concern = state.conversation.lastConcern;
      if (isGroup(context) || !concern) {
        await context.sendActivity(checklistChooserActivity(state, services));
        return;
      }
      await context.sendActivity(
        checklistActivity(concern.answers, concern.municipality, services, languageOf(state.user.lang)),
      );
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }
    case 'english':
    case 'danish':
      state.user.lang = command === 'english' ? 'en' : 'da';
      await rememberLanguage(storage, context, state.user.lang);
      await context.sendActivity(uiTexts(state.user.lang).notices.language);
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    case 'dilemma':
      await deps.startDilemmaRound(context, state.user.lang);
      return;
    case 'deleteData': {
      // The user's language goes with their data; the confirmation is still in it.
      const lang = languageOf(state.user.lang);
      await dc.cancelAllDialogs();
      await new HandoffStore(storage).delete(state.user.handoffIds ?? []);
      await deps.forgetSharedTraces(context.activity.from.id, state.user.sharedIds);
      await new CaseStore(storage, services.knowledge.national).deleteUser(context.activity.from.id);
      await forgetLanguage(storage, context);
      state.deleteUserState();
      state.deleteConversationState();
      await context.sendActivity(uiTexts(lang).notices.deleted);
      return;
    }
    case 'changeMunicipality':
    case 'changeRole':
      await dc.beginDialog(PROFILE_DIALOG, { field: command === 'changeRole' ? 'role' : 'municipality' });
      return;
  }
}
