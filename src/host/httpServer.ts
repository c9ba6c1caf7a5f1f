import restify from 'restify';
import { z } from 'zod/v4';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Bot } from '../bot/app';

/** The least an activity must have before the adapter sees it; anything else is a 400 with a reason. */
const InboundActivity = z.looseObject({
  type: z.string().min(1),
  serviceUrl: z.string().optional(),
  conversation: z.looseObject({ id: z.string().min(1) }).optional(),
});

export interface HttpServerOptions {
  bot: Bot;
  adapter: TeamsAdapter;
  health: () => Record<string, unknown>;
}

/** restify with the bot's three routes; nothing else is served. */
export function createHttpServer({ bot, adapter, health }: HttpServerOptions): restify.Server {
  const server = restify.createServer({ name: 'handleguide' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    const parsed = InboundActivity.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'The body must be a Bot Framework activity (JSON with a "type").' });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });

  // The Agents Playground probes the endpoint with HEAD before it connects.
  server.head('/api/messages', async (_req, res) => {
    res.send(200);
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', ...health() });
  });

  return server;
}
