import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { sendDirect, type SignableRequest } from '../src/host/directSends';
import { isRetryable, retryAfterMs } from '../src/bot/sendPolicy';
import { startServer, type RunningServer } from '../src/server';
import { OfflineCredentialsFactory, SigningKey, startOpenIdServer } from './support/botFrameworkTokens';
import { newStateDir } from './support/conversation';
import { teamsMessage } from './support/fakeConnector';

/** What a stand-in connector received: path, headers and the activity. */
interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
  activity: Record<string, unknown>;
}

type Answer = (seen: Seen) => { status: number; headers?: Record<string, string>; body?: string } | 'hang';

async function startConnector(answer: Answer = () => ({ status: 200, body: '{"id":"reply-1"}' })) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const entry = { path: req.url ?? '', headers: req.headers, activity: JSON.parse(body || '{}') };
      seen.push(entry);
      const reply = answer(entry);
      if (reply === 'hang') return;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Credentials that sign as botframework-connector's do: a bearer token set on the request's headers. */
const signing = (token: string) => ({
  signRequest: async (request: SignableRequest) => {
    request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
});

const reply = (conversationId: string, replyToId?: string): Partial<Activity> => ({
  type: 'message',
  text: 'Hej',
  conversation: { id: conversationId } as Activity['conversation'],
  ...(replyToId ? { replyToId } : {}),
});

describe('a direct send to the Bot Connector', () => {
  it('posts the activity as the connector client would: path under the service URL, token, conversation header', async () => {
    const connector = await startConnector();
    try {
      const response = await sendDirect(
        { baseUri: `${connector.url}/emea/`, credentials: signing('token-1') },
        reply('a:1/2 3', 'activity-9'),
        2_000,
      );
      expect(response).toEqual({ id: 'reply-1' });
      const [request] = connector.seen;
      expect(request?.path).toBe('/emea/v3/conversations/a%3A1%2F2%203/activities/activity-9');
      expect(request?.headers.authorization).toBe('Bearer token-1');
      expect(request?.headers['x-ms-conversation-id']).toBe('a:1/2 3');
      expect(request?.activity).toEqual(reply('a:1/2 3', 'activity-9'));
    } finally {
      await connector.close();
    }
  });

  it('without a reply id, sends to the conversation; without credentials that sign, sends no token', async () => {
    const connector = await startConnector();
    try {
      await sendDirect({ baseUri: connector.url }, reply('a:2'), 2_000);
      expect(connector.seen[0]?.path).toBe('/v3/conversations/a%3A2/activities');
      expect(connector.seen[0]?.headers.authorization).toBeUndefined();
    } finally {
      await connector.close();
    }
  });

  it('fails as the connector client does, so the bot retries a 429 after its Retry-After', async () => {
    const connector = await startConnector(() => ({
      status: 429,
      headers: { 'retry-after': '2' },
      body: '{"error":{"code":"TooManyRequests","message":"slow down"}}',
    }));
    try {
      const error: unknown = await sendDirect({ baseUri: connector.url }, reply('a:3'), 2_000).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ statusCode: 429, code: 'TooManyRequests' });
      expect(isRetryable(error)).toBe(true);
      expect(retryAfterMs(error)).toBe(2_000);
    } finally {
      await connector.close();
    }
  });

  it('gives up on a connector that never answers after the attempt time, as a retryable failure', async () => {
    const connector = await startConnector(() => 'hang');
    try {
      const started = Date.now();
      const error: unknown = await sendDirect({ baseUri: connector.url }, reply('a:4'), 300).catch(
        (e: unknown) => e,
      );
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(error).toMatchObject({ code: 'ETIMEDOUT' });
      expect(isRetryable(error)).toBe(true);
    } finally {
      await connector.close();
    }
  });

  it('does not retry what the connector refuses for good (a 400)', async () => {
    const connector = await startConnector(() => ({ status: 400, body: '{"error":{"code":"BadArgument"}}' }));
    try {
      const error: unknown = await sendDirect({ baseUri: connector.url }, reply('a:5'), 2_000).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ statusCode: 400 });
      expect(isRetryable(error)).toBe(false);
    } finally {
      await connector.close();
    }
  });
});

/** Outbound credentials as production's: each audience's token on every request, counted per creation. */
class TokenCredentialsFactory extends OfflineCredentialsFactory {
  created = 0;
  override async createCredentials(appId?: string, audience?: string) {
    this.created += 1;
    // Only `signRequest` of it is used, on both paths; it sets the header as TokenCredentials does.
    return signing(`token-of-${appId}-for-${audience}`) as unknown as {
      signRequest: <T>(request: T) => Promise<T>;
    };
  }
}

describe('replies in production', () => {
  const APP_ID = '11111111-2222-4333-8444-555555555555';
  const TENANT = 'aaaaaaaa-0000-4000-8000-000000000001';
  const channelKey = new SigningKey('channel-key-1');
  let openId: Awaited<ReturnType<typeof startOpenIdServer>>;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let bot: RunningServer;
  const credentials = new TokenCredentialsFactory(APP_ID);

  beforeAll(async () => {
    openId = await startOpenIdServer([channelKey]);
    connector = await startConnector();
    bot = await startServer(
      {
        BOT_MODE: 'production',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppTenantId: TENANT,
        HOST: '127.0.0.1',
        PORT: '0',
        STATE_DIR: newStateDir(),
        LOG_LEVEL: 'silent',
        BOT_OPENID_METADATA_URL: openId.metadataUrl,
      },
      { credentialsFactory: credentials },
    );
  });

  afterAll(async () => {
    await bot.close();
    await connector.close();
    await openId.close();
  });

  async function post(text: string, conversationId: string) {
    const activity = {
      ...teamsMessage(connector.url, text, conversationId),
      conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    };
    const token = channelKey.sign({ aud: APP_ID, serviceurl: connector.url });
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    return response.status;
  }

  it('carry the bot token on every reply, turn after turn, with the credentials built once', async () => {
    const before = connector.seen.length;
    expect(await post('Hun er 8 år og kommer ofte sulten i skole', 'a:prod-1')).toBe(200);
    expect(await post('vejen', 'a:prod-1')).toBe(200);
    expect(await post('Han er 12 år og har mange blå mærker', 'a:prod-2')).toBe(200);
    const replies = connector.seen.slice(before);
    expect(replies.length).toBeGreaterThanOrEqual(3);
    for (const request of replies) {
      expect(request.headers.authorization).toMatch(new RegExp(`^Bearer token-of-${APP_ID}-for-`));
      expect(request.path).toMatch(/^\/v3\/conversations\/a%3Aprod-\d\/activities\//);
    }
    // One connector client and one user-token client for the same app id, service URL and audience.
    expect(credentials.created).toBeLessThanOrEqual(2);
  });
});
