import type { AddressInfo } from 'node:net';
import restify from 'restify';
import {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';
import { serveDriver } from './benchChild';

/**
 * The floor `npm run bench` compares the bot with: a bare botbuilder echo bot on restify with `CloudAdapter`,
 * answering every message with one small Adaptive Card, as the botbuilder samples do. Nothing of Handleguide is
 * loaded here. Started by bench/bot.bench.ts in its own process; local mode (no app id, no token checks), exactly
 * like the bot it is compared with.
 */
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));

function echoCard(text: string) {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Du skrev', weight: 'Bolder' },
      { type: 'TextBlock', text, wrap: true },
      { type: 'TextBlock', text: 'Akut fare: ring 112 · Politiet: 114', isSubtle: true, wrap: true },
    ],
  });
}

async function echo(context: TurnContext): Promise<void> {
  if (context.activity.type !== 'message') return;
  await context.sendActivity(MessageFactory.attachment(echoCard(context.activity.text ?? '')));
}

const server = restify.createServer({ name: 'echo-floor' });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => adapter.process(req, res, echo));
server.listen(0, '127.0.0.1', 4096, () => {
  const { port } = server.address() as AddressInfo;
  serveDriver(`http://127.0.0.1:${port}`, () => new Promise((resolve) => server.close(() => resolve())));
});
