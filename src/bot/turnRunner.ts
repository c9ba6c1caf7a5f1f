import { ActivityTypes, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import { errorSummary, pseudonym } from './logFields';
import { ConversationQueue } from './conversationQueue';
import { GuardedStorage, StorageUnavailableError, conversationKey } from './guardedStorage';
import { TurnOutbox } from './outbox';
import { isStorageConflict } from './storageConflict';
import { BUSY_TEXT, cardActivity, FALLBACK_TEXT } from '../turn/replies';
import { DEFAULT_SEND_POLICY, SendFailedError, type SendPolicy } from './sendPolicy';
import type { BotServices } from '../turn/services';
import type { AppTurnState } from '../turn/state';
import { localeLanguage } from '../i18n/uiTexts';
import { clearDialog, safetyNet, tenantOf, tenantRefused } from './turnSafety';

/** A conflicting write means another turn saved first: run this one again on fresh state, a few times at most. */
const CONFLICT_ATTEMPTS = 4;

/** Default for `maxTurnsInFlight` (config: MAX_TURNS_IN_FLIGHT). */
export const DEFAULT_MAX_TURNS_IN_FLIGHT = 200;

export interface TurnRunnerOptions {
  app: Application<AppTurnState>;
  storage: GuardedStorage;
  services: BotServices;
  allowedTenants: string[];
  sendPolicy?: SendPolicy;
  /** Turns running or waiting at once; a message beyond it is answered with `BUSY_TEXT` and not run. */
  maxTurnsInFlight?: number;
  logger?: Logger;
  onError?: (error: unknown) => void;
}

/** A card action that failed shows the fallback (with 112/114) where the user tapped; other invokes get a 500. */
function invokeFailure(name: string | undefined): Partial<Activity> {
  const value: InvokeResponse =
    name === 'adaptiveCard/action'
      ? {
          status: 200,
          body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: FALLBACK_TEXT },
        }
      : { status: 500, body: { error: 'The request could not be handled. Try again in a moment.' } };
  return { type: ActivityTypes.InvokeResponse, value };
}

/**
 * One turn, start to end: the tenant check, the conversation's queue, the app with its state, delivery of the
 * replies after the state is saved, and the safety net. Whatever fails, the user is told something true and
 * gets the emergency numbers, and a conversation's dialog is never lost to a failure that was not its own.
 */
export function createTurnRunner(options: TurnRunnerOptions): (context: TurnContext) => Promise<void> {
  const { app, storage, services, logger } = options;
  const policy = options.sendPolicy ?? DEFAULT_SEND_POLICY;
  const queue = new ConversationQueue();
  const maxInFlight = options.maxTurnsInFlight ?? DEFAULT_MAX_TURNS_IN_FLIGHT;
  let inFlight = 0;

  async function attempt(context: TurnContext, outbox: TurnOutbox): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await app.run(context);
        return;
      } catch (error) {
        outbox.discard();
        if (!isStorageConflict(error) || attempt >= CONFLICT_ATTEMPTS) throw error;
      }
    }
  }

  /** After a failed turn: nothing of it was sent; send one clear message (and the acute route on a red flag). */
  async function failSafely(context: TurnContext, outbox: TurnOutbox, error: unknown): Promise<void> {
    outbox.discard();
    // A bug in a dialog would fail again on the next message; storage trouble says nothing about the dialog.
    if (!(error instanceof StorageUnavailableError))
      await clearDialog(storage, context).catch(() => undefined);
    if (context.activity.type === ActivityTypes.Invoke) {
      // An invoke is answered in its HTTP response, never by a message posted into the chat.
      await context.sendActivity(invokeFailure(context.activity.name)).catch(() => undefined);
    } else {
      await safetyNet(context, services).catch(() => undefined);
      await context.sendActivity(FALLBACK_TEXT).catch(() => undefined);
    }
    await outbox.deliver(policy).catch(() => undefined);
  }

  /**
   * Too much at once: answer now, without state (the message is not run; the user sends it again). A message that
   * names a red flag still gets the acute route from the pure engine, so shedding never hides whom to call.
   */
  async function shed(context: TurnContext, line: Record<string, unknown>, started: number): Promise<void> {
    logger?.warn({ ...line, outcome: 'shed', inFlight, ms: Date.now() - started });
    // Through an outbox like every reply, so a busy connector's 429/503 is retried here too.
    const outbox = new TurnOutbox(context);
    await safetyNet(context, services).catch(() => undefined);
    await context.sendActivity(BUSY_TEXT).catch(() => undefined);
    await outbox.deliver(policy).catch(() => undefined);
  }

  async function runTurn(context: TurnContext, line: Record<string, unknown>, started: number) {
    const outbox = new TurnOutbox(context);
    try {
      await attempt(context, outbox);
    } catch (error) {
      logger?.error({ ...line, outcome: 'failed', ms: Date.now() - started, err: errorSummary(error) });
      options.onError?.(error);
      await failSafely(context, outbox, error);
      return;
    }
    try {
      await outbox.deliver(policy);
      logger?.info({ ...line, outcome: 'ok', ms: Date.now() - started });
    } catch (error) {
      // The replies did not arrive: put the conversation back where it was, so the user's next try of the same
      // answer lands at the same question, and say so if the connector lets us.
      logger?.warn({ ...line, outcome: 'send_failed', ms: Date.now() - started, err: errorSummary(error) });
      options.onError?.(error);
      await storage.restoreTurnStart(conversationKey(context.activity)).catch(() => undefined);
      await context.sendActivity(FALLBACK_TEXT).catch(() => undefined);
      const lastTry = { ...policy, budgetMs: Math.min(policy.budgetMs, policy.attemptTimeoutMs) };
      await outbox.deliver(lastTry).catch(() => undefined);
      if (!(error instanceof SendFailedError)) throw error;
    }
  }

  return async (context) => {
    const started = Date.now();
    const { activity } = context;
    const line = {
      event: 'turn',
      type: activity.type,
      channel: activity.channelId,
      conversationType: activity.conversation?.conversationType,
      conversation: pseudonym(activity.conversation?.id),
      verb: typeof activity.value?.verb === 'string' ? String(activity.value.verb).slice(0, 40) : undefined,
    };
    const tenant = tenantOf(context);
    if (options.allowedTenants.length > 0 && !options.allowedTenants.includes(tenant ?? '')) {
      logger?.warn({ ...line, event: 'tenant_refused', tenant, outcome: 'refused' });
      if (activity.type === ActivityTypes.Message || activity.type === ActivityTypes.ConversationUpdate) {
        await context
          .sendActivity(
            cardActivity(
              'notice',
              tenantRefused(context.activity.locale),
              localeLanguage(context.activity.locale),
            ),
          )
          .catch(() => undefined);
      }
      return;
    }
    // botbuilder's mention stripping assumes every message has text; a card submit in a channel may not.
    if (activity.type === ActivityTypes.Message && typeof activity.text !== 'string') activity.text = '';
    // Only messages are shed: an invoke must be answered by its handler, and events are rare and cheap.
    if (activity.type === ActivityTypes.Message && inFlight >= maxInFlight) {
      await shed(context, line, started);
      return;
    }
    inFlight += 1;
    try {
      const key = conversationKey(activity);
      await queue.run(key, () => storage.inTurn(key, () => runTurn(context, line, started)));
    } finally {
      inFlight -= 1;
    }
  };
}
