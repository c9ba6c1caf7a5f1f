import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCard, Application, Query } from '@microsoft/teams-ai';
import type { MessagingExtensionResult } from 'botbuilder';
import { commandOf, explainerOf } from '../conversation/commands';
import { replyOf } from '../conversation/reply';
import type { AppTurnState } from '../turn/state';
import { isGroup } from './groupRoutes';

export type MessageHandler = (context: TurnContext, state: AppTurnState) => Promise<void>;
/**
 * An `Action.Execute` (Universal Action): the card it returns replaces the one that was clicked; a text is shown
 * to the one who clicked and leaves the card as it is.
 */
export type ExecuteHandler = (
  context: TurnContext,
  state: AppTurnState,
  data: Record<string, unknown>,
) => Promise<AdaptiveCard | string>;
export type SearchHandler = (
  context: TurnContext,
  state: AppTurnState,
  query: Query<Record<string, unknown>>,
) => Promise<MessagingExtensionResult>;

/**
 * One row of the route table.
 * - `message`: any message its selector accepts; `verbs` names the card verbs it reads (typed text works too).
 * - `submit`: an `Action.Submit` whose data has this `verb` (teams-ai's `adaptiveCards.actionSubmit`).
 * - `unknownCard`: a card submit whose verb no row above reads (an old or forged card).
 * - `execute`: an `Action.Execute` invoke with this verb (teams-ai's `adaptiveCards.actionExecute`).
 * - `search`: a messaging-extension query, whatever its command id.
 * - `membersAdded`, `install`: the bot was added to a conversation.
 */
export type Route =
  | { on: 'message'; when: (context: TurnContext) => boolean; verbs?: string[]; run: MessageHandler }
  | { on: 'submit'; verb: string; run: MessageHandler }
  | { on: 'unknownCard'; run: MessageHandler }
  | { on: 'execute'; verb: string; run: ExecuteHandler }
  | { on: 'search'; run: SearchHandler }
  | { on: 'membersAdded' | 'install'; run: MessageHandler };

/** What the rows run: built by `createBot` from the route modules (checklistRoutes.ts, draftRoutes.ts, …). */
export interface RouteHandlers {
  welcome: MessageHandler;
  explainer: MessageHandler;
  command: MessageHandler;
  answer: MessageHandler;
  unknownCard: MessageHandler;
  message: MessageHandler;
  group: MessageHandler;
  checklists: { choose: MessageHandler; tick: ExecuteHandler; refresh: ExecuteHandler };
  cases: { list: MessageHandler; submit: MessageHandler };
  draft: Record<'show' | 'update' | 'copy' | 'toLeader' | 'leaderChosen' | 'leaderReply', MessageHandler> & {
    leaderAnswer: ExecuteHandler;
  };
  dilemmas: { vote: ExecuteHandler; reveal: ExecuteHandler; next: ExecuteHandler; refresh: ExecuteHandler };
  search: SearchHandler;
}

// What the message rows select on. They read the activity as the dialogs do (`replyOf`).
const asksForExplainer = (context: TurnContext) => explainerOf(replyOf(context)) !== null;
const typedInGroup = (context: TurnContext) => isGroup(context) && replyOf(context).value === undefined;
const asksForMyCases = (context: TurnContext) => commandOf(replyOf(context)) === 'myCases';
const isCommand = (context: TurnContext) => commandOf(replyOf(context)) !== null;
const isMessage = (context: TurnContext) => context.activity.type === ActivityTypes.Message;

/**
 * Every route of the bot. For a message teams-ai tries the rows from the top and the first that matches answers,
 * so the order is the behaviour: specific before general, the typed-text catch-all last. Invokes (Universal
 * Actions, the messaging extension) are tried before any message row.
 */
export function routeTable(h: RouteHandlers): Route[] {
  return [
    { on: 'membersAdded', run: h.welcome },
    { on: 'install', run: h.welcome },

    // Messages and card submits: first match answers.
    { on: 'message', when: asksForExplainer, verbs: ['explainer'], run: h.explainer },
    { on: 'submit', verb: 'sharedChecklist', run: h.checklists.choose },
    { on: 'message', when: typedInGroup, run: h.group }, // never a concern dialog in front of a group
    { on: 'message', when: asksForMyCases, run: h.cases.list },
    { on: 'submit', verb: 'case', run: h.cases.submit },
    { on: 'message', when: isCommand, verbs: ['command'], run: h.command },
    { on: 'submit', verb: 'draft', run: h.draft.show },
    { on: 'submit', verb: 'draftUpdate', run: h.draft.update },
    { on: 'submit', verb: 'draftCopy', run: h.draft.copy },
    { on: 'submit', verb: 'draftToLeader', run: h.draft.toLeader },
    { on: 'submit', verb: 'leaderChosen', run: h.draft.leaderChosen },
    { on: 'submit', verb: 'leaderReply', run: h.draft.leaderReply },
    { on: 'submit', verb: 'answer', run: h.answer },
    { on: 'unknownCard', run: h.unknownCard },
    { on: 'message', when: isMessage, run: h.message },

    // Invokes: Universal Actions on the shared cards, and the messaging extension.
    { on: 'execute', verb: 'checklistTick', run: h.checklists.tick },
    { on: 'execute', verb: 'checklistRefresh', run: h.checklists.refresh },
    { on: 'execute', verb: 'dilemmaVote', run: h.dilemmas.vote },
    { on: 'execute', verb: 'dilemmaReveal', run: h.dilemmas.reveal },
    { on: 'execute', verb: 'dilemmaNext', run: h.dilemmas.next },
    { on: 'execute', verb: 'dilemmaRefresh', run: h.dilemmas.refresh },
    // The leader's answer on the request card: recorded on the sender's case, the card replaced by the answer.
    { on: 'execute', verb: 'leaderReply', run: h.draft.leaderAnswer },
    // Any command id: one from an older or edited manifest must not fall through to the message rows.
    { on: 'search', run: h.search },
  ];
}

/** The card verbs the message rows read: a submit with any other verb is an unknown card. */
export function messageVerbs(table: Route[]): Set<string> {
  return new Set(
    table.flatMap((route) =>
      route.on === 'submit' ? [route.verb] : route.on === 'message' ? (route.verbs ?? []) : [],
    ),
  );
}

/** Registers the table with teams-ai's own routing, row by row, in order. */
export function registerRoutes(app: Application<AppTurnState>, table: Route[]): void {
  const known = messageVerbs(table);
  for (const route of table) {
    switch (route.on) {
      case 'membersAdded':
        app.conversationUpdate('membersAdded', async (context, state) => {
          const botAdded = context.activity.membersAdded?.some(
            (member) => member.id === context.activity.recipient.id,
          );
          if (botAdded) await route.run(context, state);
        });
        break;
      case 'install':
        app.activity(ActivityTypes.InstallationUpdate, async (context, state) => {
          if (context.activity.action === 'add') await route.run(context, state);
        });
        break;
      case 'message':
        app.message((context) => Promise.resolve(route.when(context)), route.run);
        break;
      case 'submit':
        app.adaptiveCards.actionSubmit(route.verb, (context, state) => route.run(context, state));
        break;
      case 'unknownCard':
        app.message((context) => {
          const value = replyOf(context).value;
          return Promise.resolve(value !== undefined && !known.has(String(value.verb)));
        }, route.run);
        break;
      case 'execute':
        app.adaptiveCards.actionExecute(route.verb, route.run);
        break;
      case 'search':
        app.messageExtensions.query(/.*/, route.run);
        break;
    }
  }
}
