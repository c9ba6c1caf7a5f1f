import restify from 'restify';
import { z } from 'zod/v4';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Bot } from '../bot/app';
import { PAGE_PATHS, pageHtml } from './pages';
import { TEXT_LIMIT } from '../rules/concern';

const Id = z.string().min(1).max(1024);

/** What an activity must have before the adapter sees it; anything else is a 400 with a reason. */
const InboundActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  conversation: z.looseObject({ id: Id }),
  from: z.looseObject({ id: Id }),
  recipient: z.looseObject({ id: Id }),
  text: z.string().max(TEXT_LIMIT).optional(),
});

export interface HttpServerOptions {
  bot: Bot;
  adapter: TeamsAdapter;
  health: () => Record<string, unknown>;
  /** Whether this instance can serve turns now (storage writable); for a load balancer's readiness probe. */
  ready: () => Promise<{ ready: boolean } & Record<string, unknown>>;
}

/** restify with the bot's three routes; nothing else is served. */
export function createHttpServer({ bot, adapter, health, ready }: HttpServerOptions): restify.Server {
  const server = restify.createServer({ name: 'handleguide' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    const parsed = InboundActivity.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'body';
      res.send(400, { error: `Not a Bot Framework activity: ${field}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    let ran = false;
    const reply = { status: 200, body: undefined as unknown };
    // The adapter answers 500 when a token fails in a way botbuilder does not classify (a bad signature, an
    // unreachable key set). The turn itself never throws (bot.run catches), so a 500 before the turn means the
    // request could not be authenticated: answer 401, and never with the library's internal message.
    const guarded = {
      header: (name: string, value: unknown) => res.header(name, value),
      status: (code: number) => void (reply.status = code),
      send: (body: unknown) => void (reply.body = body),
      end: () => undefined,
    };
    try {
      await adapter.process(req, guarded as unknown as restify.Response, (context) => {
        ran = true;
        return bot.run(context);
      });
    } catch {
      reply.status = ran ? 200 : 401;
      reply.body = undefined;
    }
    if (reply.status === 401 || (reply.status >= 500 && !ran)) {
      res.send(401, { error: 'Unauthorized' });
      return;
    }
    if (reply.body === undefined) res.send(reply.status);
    else res.send(reply.status, reply.body);
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
