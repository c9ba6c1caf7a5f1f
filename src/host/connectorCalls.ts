import type { TurnContext } from 'botbuilder';
import type { CloudAdapterBase } from 'botbuilder-core';
import { DIRECT_SENDS } from './adapter';

interface PipelinePolicy {
  name: string;
  sendRequest(request: { timeout: number }, next: (request: unknown) => Promise<unknown>): Promise<unknown>;
}

interface Pipeline {
  addPolicy(policy: PipelinePolicy): void;
  removePolicy(options: { phase: string }): unknown;
  getOrderedPolicies(): { name: string }[];
}

const TIMEOUT_POLICY = 'handleguideAttemptTimeout';

/**
 * Puts the bot in charge of its calls to the Bot Connector. The connector client's own retry policy waits
 * seconds between tries and knows no deadline, so a retry it starts after the bot gave up delivers a reply late
 * and out of order; and without a timeout a connector that never answers holds the turn open. The bot's
 * `sendWithRetry` retries instead (429/412/5xx, Retry-After, jitter, a budget per turn), and each attempt is
 * aborted, not just abandoned, when it takes too long. The turn's messages skip the connector client altogether
 * (HostAdapter.sendActivities), with the same per-attempt bound.
 */
export function boundConnectorCalls(
  context: TurnContext,
  adapter: CloudAdapterBase,
  attemptTimeoutMs: number,
): void {
  // The turn's messages: sent directly (src/host/directSends.ts), each attempt aborted after the same time.
  context.turnState.set(DIRECT_SENDS, attemptTimeoutMs);
  // The connector client of this turn (reused by HostAdapter for the same app id, service URL and audience) and
  // its pipeline, for the calls that still go through it (updates, deletes, the member list); botbuilder internals.
  const client = context.turnState.get(adapter.ConnectorClientKey) as
    { client?: { pipeline?: Pipeline } } | undefined;
  const pipeline = client?.client?.pipeline;
  if (!pipeline || pipeline.getOrderedPolicies().some((policy) => policy.name === TIMEOUT_POLICY)) return;
  pipeline.removePolicy({ phase: 'Retry' });
  pipeline.addPolicy({
    name: TIMEOUT_POLICY,
    sendRequest: (request, next) => {
      request.timeout = attemptTimeoutMs;
      return next(request);
    },
  });
}
