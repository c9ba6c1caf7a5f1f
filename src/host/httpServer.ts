import restify from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { PAGE_PATHS, pageHtml } from './pages';
import { readInboundActivity } from './inboundActivity';
import type { HostAdapter } from './adapter';
import { boundConnectorCalls } from './connectorCalls';

/** All the host needs of the bot: run one turn. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

export interface HttpServerOptions {
  bot: TurnHandler;
  adapter: HostAdapter;
  health: () => Record<string, unknown>;
  /** Whether this instance can serve turns now (storage writable); for a load balancer's readiness probe. */
  ready: () => Promise<{ ready: boolean } & Record<string, unknown>>;
  logger?: Logger;
  /** Each call to the Bot Connector is aborted after this long (the bot retries within its budget). */
  attemptTimeoutMs: number;
}

/** restify with the bot's three routes; nothing else is served. */
export function createHttpServer({
  bot,
  adapter,
  health,
  ready,
  logger,
  attemptTimeoutMs,
}: HttpServerOptions): restify.Server {
  const server = restify.createServer({ name: 'handleguide' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    const inbound = readInboundActivity(req.body);
    if (!inbound.ok) {
      res.send(400, { error: `Not a Bot Framework activity: ${inbound.reason}` });
      return;
    }
    let ran = false;
    try {
      const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
      const invokeResponse = await adapter.processInbound(
        authorization,
        inbound.activity as unknown as Activity,
        (context) => {
          ran = true;
          boundConnectorCalls(context, adapter, attemptTimeoutMs);
          return bot.run(context);
        },
      );
      if (invokeResponse?.body === undefined) res.send(invokeResponse?.status ?? 200);
      else res.send(invokeResponse.status, invokeResponse.body);
    } catch (error) {
      // The turn itself never throws (bot.run catches), so a failure before it is the token: one log line with
      // the reason, never the library's stack trace or its key material.
      if (ran) throw error;
      logger?.warn({
        event: 'auth_refused',
        reason: error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown',
        status: 401,
      });
      res.send(401, { error: 'Unauthorized' });
    }
  });

  // The Agents Playground probes the endpoint with HEAD before it connects.
  server.head('/api/messages', async (_req, res) => {
    res.send(200);
  });

  for (const pathname of PAGE_PATHS) {
    server.get(pathname, async (_req, res) => {
      const html = pageHtml(pathname) ?? '';
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(html),
      });
      res.end(html);
    });
  }

  // Liveness only: the process answers. Readiness is separate, so a storage outage takes the instance out of
  // rotation without the platform restarting a process that is fine.
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', ...health() });
  });

  server.get('/readyz', async (_req, res) => {
    const readiness = await ready();
    res.send(readiness.ready ? 200 : 503, readiness);
  });

  return server;
}
