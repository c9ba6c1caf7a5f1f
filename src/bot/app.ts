import { ActivityTypes, type Storage, type TurnContext } from 'botbuilder';
// teams-ai's own modules rather than its index: the index also loads the AI planners, models and GPT tokenizers,
// which this bot never uses and which cost about 110 ms of CPU at every start.
import { AdaptiveCardActionExecuteResponseType } from '@microsoft/teams-ai/lib/AdaptiveCards';
import { Application } from '@microsoft/teams-ai/lib/Application';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { TurnState } from '@microsoft/teams-ai/lib/TurnState';
import { replyOf } from '../conversation/reply';
import { commandOf, explainerOf, type Command } from '../conversation/commands';
import { explainerCardModel } from '../cards/explainerCards';
import { groupRoutes, isGroup } from './groupRoutes';
import { draftRoutes } from './draftRoutes';
import { searchRoutes } from './searchRoutes';
import { dilemmaRoutes } from './dilemmaRoutes';
import { checklistRoutes } from './checklistRoutes';
import { ChecklistStore } from './checklistStore';
import { caseRoutes } from './caseRoutes';
import { registerRoutes, routeTable } from './routes';
import { handleCommand, type CommandDeps } from './commands';
import { createDialogs, handleAnswer, handleMessage, showTurnAgain, welcome } from './dialogRoutes';
import { languageOf, uiTexts } from '../i18n/uiTexts';
import { TeamsMemberDirectory, TeamsMessenger, type MemberDirectory, type Messenger } from './handoff';
import { guardCpr } from './privacyGuard';
import { createTurnRunner } from './turnRunner';
import { GuardedStorage } from './guardedStorage';
import { repeatedInput } from './repeatedInput';
import { watchForRedFlags } from './redFlagWatch';
import type { SendPolicy } from './sendPolicy';

export { CPR_REMOVED, CPR_WARNING } from './privacyGuard';
import { cardActivity } from '../turn/replies';
import type { BotServices } from '../turn/services';
import { RoleId } from '../knowledge/schema';
import type { Logger } from 'pino';
import type { AppTurnState, ConversationData, UserProfile } from '../turn/state';

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

const noMessenger: Messenger = {
  sendToPerson: () => Promise.reject(new Error('no adapter for proactive messages')),
  sendToConversation: () => Promise.reject(new Error('no adapter for proactive messages')),
};

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

  // teams-ai 1.7 starts its typing timer in every `run`, whatever `startTypingTimer` says, and keeps one timer per
  // app that concurrent turns share: a turn slower than a second also sent a »typing«, which the outbox held and
  // delivered after the replies, so Teams showed »typing…« under an answer already given. The option is honoured.
  app.startTypingTimer = () => undefined;

  app.turn('beforeTurn', async (context, state) => {
    forgetWhatNoLongerExists(state, services);
    // teams-ai's verb routing reads `value.verb` of any object value, and null is one: it counts as no card data.
    if (context.activity.value === null) delete context.activity.value;
    if (context.activity.type !== ActivityTypes.Message) return true;
    await guardCpr(context, state, services.clock());
    const repeated = repeatedInput(context, state.conversation, services.clock());
    // The same activity again: the turn that took it was saved, but its replies may never have gone out (its
    // instance died before sending them), so what it showed is shown again instead of nothing.
    if (repeated === 'redelivered' && !isGroup(context))
      await showTurnAgain(await dialogContext(context, state), state, services);
    if (repeated) return false;
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
        const t = uiTexts(languageOf(state.user.lang)).notices;
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
