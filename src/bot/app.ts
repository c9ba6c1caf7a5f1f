import { ActivityTypes, type Storage, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogContext } from 'botbuilder-dialogs';
import {
  AdaptiveCardActionExecuteResponseType,
  Application,
  TurnState,
  type TeamsAdapter,
} from '@microsoft/teams-ai';
import { CONCERN_DIALOG, ConcernDialog } from '../../dialogs/concernDialog';
import { PROFILE_DIALOG, ProfileDialog } from '../../dialogs/profileDialog';
import { isBackWord, pendingQuestion } from '../../dialogs/answerPrompt';
import { replyOf } from '../conversation/reply';
import { commandOf, explainerOf, type Command } from '../conversation/commands';
import { explainerCardModel } from '../cards/explainerCards';
import { helpCardModel, welcomeCardModel } from '../cards/welcomeCards';
import { groupHelpActivity, groupRoutes, isGroup, moveToPersonalActivity } from './groupRoutes';
import { draftRoutes } from './draftRoutes';
import { searchRoutes } from './searchRoutes';
import { dilemmaRoutes } from './dilemmaRoutes';
import { checklistChooserActivity, checklistRoutes } from './checklistRoutes';
import { ChecklistStore } from './checklistStore';
import { CaseStore } from './caseStore';
import { caseRoutes } from './caseRoutes';
import { registerRoutes, routeTable } from './routes';
import {
  HandoffStore,
  TeamsMemberDirectory,
  TeamsMessenger,
  type MemberDirectory,
  type Messenger,
} from './handoff';
import { guardCpr } from './privacyGuard';
import { DialogStateAccessor } from './dialogStateAccessor';
import { createTurnRunner } from './turnRunner';
import { GuardedStorage } from './guardedStorage';
import { isRepeatedInput } from './repeatedInput';
import { watchForRedFlags } from './redFlagWatch';
import type { SendPolicy } from './sendPolicy';
import { uiTexts } from '../i18n/uiTexts';

export { CPR_REMOVED, CPR_WARNING } from './privacyGuard';
import { cardActivity } from '../turn/replies';
import { assessNotes } from '../turn/results';
import { checklistCardModel } from '../cards/resultCards';
import { userMunicipality, type BotServices } from '../turn/services';
import { RoleId } from '../knowledge/schema';
import type { Logger } from 'pino';
import { withTurnState, type AppTurnState, type ConversationData, type UserProfile } from '../turn/state';

export interface BotOptions {
  storage: Storage;
  services: BotServices;
  /** The Teams adapter in production; tests drive `run` with botbuilder's TestAdapter instead. */
  adapter?: TeamsAdapter;
  /** Proactive messages (to a leader and back); defaults to the Teams adapter's. */
  messenger?: Messenger;
  directory?: MemberDirectory;
  botAppId?: string;
  /** Told about every failed turn (never about its content). */
  onError?: (error: unknown) => void;
  /** Draws the dilemmas of a round; tests fix it. */
  random?: () => number;
  /** Tenant ids allowed to use the bot; empty allows every tenant that can reach it. */
  allowedTenants?: string[];
  /** One line per turn: activity type, verb, outcome and duration; never text. */
  logger?: Logger;
  /** Retries and time limits for sending replies; tests shorten them. */
  sendPolicy?: SendPolicy;
  /** Messages running or queued at once before new ones get a short »one moment« (load shedding). */
  maxTurnsInFlight?: number;
}

export interface Bot {
  app: Application<AppTurnState>;
  /** Runs one turn; on any failure the user still gets the emergency numbers. */
  run(context: TurnContext): Promise<void>;
}

/**
 * The dialogs, built once per app: they read the user and the conversation from the turn (`turnStateOf`), so
 * nothing per turn is built but the dialog context itself. botbuilder-dialogs also builds its memory scope
 * configuration anew for every turn unless the turn already has one: the first turn's is kept and handed on.
 */
function createDialogs(services: BotServices) {
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

type DialogContextOf = ReturnType<typeof createDialogs>;

/** botbuilder-dialogs' turn-state key for its `DialogStateManagerConfiguration` (not exported by the library). */
const DIALOG_MEMORY_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * Remembered choices can outlive the knowledge (a municipality removed from `knowledge/`): forget them, so the
 * user is simply asked again instead of every turn failing.
 */
function forgetWhatNoLongerExists(state: AppTurnState, services: BotServices): void {
  const known = (id: string | undefined) => id !== undefined && services.knowledge.municipalities.has(id);
  if (state.user.municipality !== undefined && !known(state.user.municipality))
    delete state.user.municipality;
  if (state.user.role !== undefined && !RoleId.safeParse(state.user.role).success) delete state.user.role;
  if (state.conversation.lastConcern && !known(state.conversation.lastConcern.municipality)) {
    delete state.conversation.lastConcern;
  }
}

/** Once per conversation: on install, or before the first answer if the install event never came. */
async function welcome(context: TurnContext, state: AppTurnState, services: BotServices): Promise<void> {
  if (state.conversation.welcomedAt) return;
  if (isGroup(context)) {
    state.conversation.welcomedAt = services.clock().toISOString();
    await context.sendActivity(groupHelpActivity(context, state.user.lang ?? 'da'));
    return;
  }
  const municipality = services.knowledge.municipalities.get(userMunicipality(state.user, services));
  state.conversation.welcomedAt = services.clock().toISOString();
  const lang = state.user.lang ?? 'da';
  await context.sendActivity(
    cardActivity('welcome', welcomeCardModel(municipality?.name ?? 'kommunen', lang), lang),
  );
}

const noMessenger: Messenger = {
  sendToPerson: () => Promise.reject(new Error('no adapter for proactive messages')),
  sendToConversation: () => Promise.reject(new Error('no adapter for proactive messages')),
};

interface CommandDeps {
  services: BotServices;
  dialogContext: DialogContextOf;
  storage: Storage;
  startDilemmaRound(context: TurnContext): Promise<void>;
  forgetSharedTraces(userId: string, shared: UserProfile['sharedIds']): Promise<void>;
}

async function handleCommand(command: Command, context: TurnContext, state: AppTurnState, deps: CommandDeps) {
  const { services, storage } = deps;
  const dc = await deps.dialogContext(context, state);
  if (isGroup(context) && command === 'help')
    return void (await context.sendActivity(groupHelpActivity(context, state.user.lang ?? 'da')));
  if (isGroup(context) && !['deleteData', 'checklist', 'dilemma', 'english', 'danish'].includes(command)) {
    // A concern, its answers and a user's settings belong in a 1:1 chat, never in front of the group.
    return void (await context.sendActivity(moveToPersonalActivity(context, state.user.lang ?? 'da')));
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
      await context.sendActivity(uiTexts(state.user.lang ?? 'da').notices.stopped);
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
      const assessment = assessNotes(concern.answers, concern.municipality, services);
      const lang = state.user.lang ?? 'da';
      await context.sendActivity(
        cardActivity('checklist', checklistCardModel(assessment, services.knowledge, lang), lang),
      );
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }
    case 'english':
    case 'danish':
      state.user.lang = command === 'english' ? 'en' : 'da';
      await context.sendActivity(uiTexts(state.user.lang).notices.language);
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    case 'dilemma':
      await deps.startDilemmaRound(context);
      return;
    case 'deleteData': {
      // The user's language goes with their data; the confirmation is still in it.
      const lang = state.user.lang ?? 'da';
      await dc.cancelAllDialogs();
      await new HandoffStore(storage).delete(state.user.handoffIds ?? []);
      await deps.forgetSharedTraces(context.activity.from.id, state.user.sharedIds);
      await new CaseStore(storage, services.knowledge.national).deleteUser(context.activity.from.id);
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

/** A card's answer goes to the question waiting for it; with none waiting, the card is from a finished talk. */
async function handleAnswer(context: TurnContext, state: AppTurnState, dialogContext: DialogContextOf) {
  const dc = await dialogContext(context, state);
  const result = await dc.continueDialog();
  if (result.status === 'empty') {
    await context.sendActivity(uiTexts(state.user.lang ?? 'da').notices.finishedCard);
  }
}

/** Typed text continues the conversation, or starts a new concern with it. */
async function handleMessage(
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

/** Builds the teams-ai application; a factory so tests can run it without a server. */
export function createBot(options: BotOptions): Bot {
  const { services, adapter, onError } = options;
  const allowedTenants = options.allowedTenants ?? [];
  const guarded =
    options.storage instanceof GuardedStorage
      ? options.storage
      : new GuardedStorage(options.storage, (problem) =>
          options.logger?.warn({ event: 'state_set_aside', problem }),
        );
  const storage: Storage = guarded;
  const app = new Application<AppTurnState>({
    storage,
    adapter,
    startTypingTimer: false,
    longRunningMessages: false,
    removeRecipientMention: true,
    turnStateFactory: () => new TurnState<ConversationData, UserProfile>(),
    // A tick on a shared checklist updates the one card everybody sees, not just the ticker's copy.
    adaptiveCards: { actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_ALL },
  });

  app.turn('beforeTurn', async (context, state) => {
    forgetWhatNoLongerExists(state, services);
    // teams-ai's verb routing reads `value.verb` of any object value, and null is one: it counts as no card data.
    if (context.activity.value === null) delete context.activity.value;
    if (context.activity.type !== ActivityTypes.Message) return true;
    await guardCpr(context, state, services.clock());
    if (isRepeatedInput(context, state.conversation, services.clock())) return false;
    // A group chat has its own red-flag reply, which says nothing about the child in front of the group.
    if (!isGroup(context)) await watchForRedFlags(context, state, services);
    return true;
  });

  const dilemmas = dilemmaRoutes({ services, storage, random: options.random });
  const checklists = new ChecklistStore(storage);
  const dialogContext = createDialogs(services);
  const commandDeps: CommandDeps = {
    services,
    dialogContext,
    storage,
    startDilemmaRound: dilemmas.startRound,
    async forgetSharedTraces(userId, shared) {
      for (const id of shared?.checklists ?? []) await checklists.forget(id, userId);
      await dilemmas.forgetUser(userId, shared?.dilemmaRounds ?? []);
    },
  };
  const runCommand = (command: Command, context: TurnContext, state: AppTurnState) =>
    handleCommand(command, context, state, commandDeps);
  registerRoutes(
    app,
    routeTable({
      welcome: (context, state) => welcome(context, state, services),
      explainer: async (context) => {
        const request = explainerOf(replyOf(context));
        if (request) {
          await context.sendActivity(
            cardActivity('explainer', explainerCardModel(request.kind, request.lang, services.knowledge)),
          );
        }
      },
      command: async (context, state) => {
        const command = commandOf(replyOf(context));
        if (command) await runCommand(command, context, state);
      },
      answer: (context, state) => handleAnswer(context, state, dialogContext),
      unknownCard: async (context, state) => {
        const t = uiTexts(state.user.lang ?? 'da').notices;
        await context.sendActivity(
          cardActivity('notice', { title: t.unknownCardTitle, text: t.unknownCardText }),
        );
      },
      message: (context, state) => handleMessage(context, state, services, dialogContext),
      group: groupRoutes({ services, runCommand }),
      checklists: checklistRoutes({ services, storage }),
      cases: caseRoutes({ services, storage }),
      draft: draftRoutes({
        services,
        storage,
        messenger:
          options.messenger ?? (adapter ? new TeamsMessenger(adapter, options.botAppId ?? '') : noMessenger),
        directory: options.directory ?? new TeamsMemberDirectory(),
      }),
      dilemmas,
      search: searchRoutes(services),
    }),
  );

  return {
    app,
    run: createTurnRunner({
      app,
      storage: guarded,
      services,
      allowedTenants,
      sendPolicy: options.sendPolicy,
      maxTurnsInFlight: options.maxTurnsInFlight,
      logger: options.logger,
      onError,
    }),
  };
}
