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
import { chatUrl, groupHelpActivity, isGroup } from './groupRoutes';
import { HandoffStore } from './handoff';

export interface CommandDeps {
  services: BotServices;
  dialogContext: DialogContextOf;
  storage: Storage;
  startDilemmaRound(context: TurnContext): Promise<void>;
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
    return void (await context.sendActivity(groupHelpActivity(context)));
  if (isGroup(context) && !['deleteData', 'checklist', 'dilemma', 'english', 'danish'].includes(command)) {
    // A concern, its answers and a user's settings belong in a 1:1 chat, never in front of the group.
    return void (await context.sendActivity(cardActivity('moveToPersonal', { chatUrl: chatUrl(context) })));
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
    case 'stop':
      await dc.cancelAllDialogs();
      // »glemt, hvad du skrev« must be true: a finished concern kept for its draft goes too.
      delete state.conversation.lastConcern;
      delete state.conversation.redFlagsShown;
      await context.sendActivity(
        state.user.lang === 'en'
          ? 'I have stopped the questions and forgotten what you wrote. Write again at any time. If the child is in acute danger, call 112.'
          : 'Jeg har stoppet spørgsmålene og glemt, hvad du skrev. Skriv når som helst igen. Er barnet i akut fare, så ring 112.',
      );
      return;
    case 'help':
      await context.sendActivity(
        cardActivity(
          'help',
          helpCardModel(
            pendingQuestion(dc, services.knowledge, state.user.lang ?? 'da'),
            state.user.lang ?? 'da',
          ),
          state.user.lang ?? 'da',
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
        checklistActivity(concern.answers, concern.municipality, services, state.user.lang ?? 'da'),
      );
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }
    case 'english':
    case 'danish':
      state.user.lang = command === 'english' ? 'en' : 'da';
      await context.sendActivity(
        command === 'english'
          ? 'I will speak English with you from now on. The municipality’s guidance itself (steps, contacts) is in Danish. Write »dansk« to switch back.'
          : 'Jeg taler dansk med dig fra nu af. Write »english« for English.',
      );
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    case 'dilemma':
      await deps.startDilemmaRound(context);
      return;
    case 'deleteData':
      await dc.cancelAllDialogs();
      await new HandoffStore(storage).delete(state.user.handoffIds ?? []);
      await deps.forgetSharedTraces(context.activity.from.id, state.user.sharedIds);
      await new CaseStore(storage, services.knowledge.national).deleteUser(context.activity.from.id);
      state.deleteUserState();
      state.deleteConversationState();
      await context.sendActivity(
        'Slettet. Jeg har glemt alt, hvad jeg havde gemt om dig og denne samtale: svar, udkast, kommune, rolle og ' +
          'sendte anmodninger til din leder, gemte bekymringer og deres påmindelser. Beskederne i selve chatten styrer Teams; dem kan du slette dér.',
      );
      return;
    case 'changeMunicipality':
    case 'changeRole':
      await dc.beginDialog(PROFILE_DIALOG, { field: command === 'changeRole' ? 'role' : 'municipality' });
      return;
  }
}
