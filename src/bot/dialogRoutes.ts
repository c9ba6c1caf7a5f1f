import type { TurnContext } from 'botbuilder';
import { DialogSet, type DialogContext } from 'botbuilder-dialogs';
import { CONCERN_DIALOG, ConcernDialog } from '../../dialogs/concernDialog';
import { ProfileDialog } from '../../dialogs/profileDialog';
import { isBackWord } from '../../dialogs/answerPrompt';
import { replyOf } from '../conversation/reply';
import { welcomeCardModel } from '../cards/welcomeCards';
import { cardActivity } from '../turn/replies';
import { acuteCards, assessNotes, resultActivities } from '../turn/results';
import { userMunicipality, type BotServices } from '../turn/services';
import { withTurnState, type AppTurnState } from '../turn/state';
import { groupHelpActivity, isGroup } from './groupRoutes';
import { languageOf, uiTexts } from '../i18n/uiTexts';
import { DialogStateAccessor } from './dialogStateAccessor';

// The 1:1 conversation's routes: the welcome, a card's answer and typed text, which run the dialogs of dialogs/.

/**
 * The dialogs, built once per app: they read the user and the conversation from the turn (`turnStateOf`), so
 * nothing per turn is built but the dialog context itself. botbuilder-dialogs also builds its memory scope
 * configuration anew for every turn unless the turn already has one: the first turn's is kept and handed on.
 */
export function createDialogs(services: BotServices) {
  const dialogs = new DialogSet(new DialogStateAccessor());
  dialogs.add(new ConcernDialog(services));
  dialogs.add(new ProfileDialog(services));
  let memoryConfiguration: unknown;
  return async function dialogContext(context: TurnContext, state: AppTurnState): Promise<DialogContext> {
    withTurnState(context, state);
    if (memoryConfiguration && !context.turnState.has(DIALOG_MEMORY_CONFIGURATION))
      context.turnState.set(DIALOG_MEMORY_CONFIGURATION, memoryConfiguration);
    const dc = await dialogs.createContext(context);
    memoryConfiguration ??= context.turnState.get(DIALOG_MEMORY_CONFIGURATION);
    return dc;
  };
}

export type DialogContextOf = ReturnType<typeof createDialogs>;

/** botbuilder-dialogs' turn-state key for its `DialogStateManagerConfiguration` (not exported by the library). */
const DIALOG_MEMORY_CONFIGURATION = 'DialogStateManagerConfiguration';

/** Once per conversation: on install, or before the first answer if the install event never came. */
export async function welcome(
  context: TurnContext,
  state: AppTurnState,
  services: BotServices,
): Promise<void> {
  if (state.conversation.welcomedAt) return;
  if (isGroup(context)) {
    state.conversation.welcomedAt = services.clock().toISOString();
    await context.sendActivity(groupHelpActivity(context, languageOf(state.user.lang)));
    return;
  }
  const municipality = services.knowledge.municipalities.get(userMunicipality(state.user, services));
  state.conversation.welcomedAt = services.clock().toISOString();
  const lang = languageOf(state.user.lang);
  await context.sendActivity(
    cardActivity('welcome', welcomeCardModel(municipality?.name ?? 'kommunen', lang), lang),
  );
}

/**
 * A message sent again whose turn was saved: its replies may never have gone out (the instance that took it died
 * after saving), so show what that turn showed, as it stands now: the acute cards of the red flags it raised
 * (they are marked as shown, so nothing else would show them again), then the question now waiting, or the
 * result the turn ended the concern with; else a word that the message arrived, never silence.
 */
export async function showTurnAgain(dc: DialogContext, state: AppTurnState, services: BotServices) {
  const { lastInput: turn, lastConcern } = state.conversation;
  const lang = languageOf(state.user.lang);
  if (turn?.acuteFor?.length) {
    const notes = { text: '', redFlags: turn.acuteFor };
    const assessment = assessNotes(notes, userMunicipality(state.user, services), services);
    await dc.context.sendActivities(acuteCards(assessment, services, lang));
  }
  if (dc.activeDialog) await dc.repromptDialog();
  else if (turn?.result && lastConcern)
    await dc.context.sendActivities(
      resultActivities(lastConcern.answers, lastConcern.municipality, services, lang),
    );
  // A command or a card of a finished talk: running it again could repeat what it did (a request to the leader).
  else if (!turn?.acuteFor?.length) await dc.context.sendActivity(uiTexts(lang).notices.alreadyReceived);
}

/** A card's answer goes to the question waiting for it; with none waiting, the card is from a finished talk. */
export async function handleAnswer(
  context: TurnContext,
  state: AppTurnState,
  dialogContext: DialogContextOf,
) {
  const dc = await dialogContext(context, state);
  const result = await dc.continueDialog();
  if (result.status === 'empty') {
    await context.sendActivity(uiTexts(languageOf(state.user.lang)).notices.finishedCard);
  }
}

/** Typed text continues the conversation, or starts a new concern with it. */
export async function handleMessage(
  context: TurnContext,
  state: AppTurnState,
  services: BotServices,
  dialogContext: DialogContextOf,
) {
  await welcome(context, state, services);
  const dc = await dialogContext(context, state);
  const result = await dc.continueDialog();
  if (result.status !== 'empty') return;
  const text = replyOf(context).text;
  // »tilbage« after the result goes back into the answers (as »Ret svar«), not into a new concern.
  if (isBackWord(text) && state.conversation.lastConcern)
    return void (await dc.beginDialog(CONCERN_DIALOG, { edit: true }));
  await dc.beginDialog(CONCERN_DIALOG, { text });
}
