import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from '../src/server';
import { OfflineCredentialsFactory, SigningKey, startOpenIdServer } from './support/botFrameworkTokens';
import { newStateDir } from './support/conversation';
import { startFakeConnector, teamsMessage, type FakeConnector } from './support/fakeConnector';
import { startLocalBot, type LocalBot } from './support/localBot';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = 'aaaaaaaa-0000-4000-8000-000000000001';
const SECRET = 'fake-secret-Zq8vT3kLm9';
const DESCRIPTION = 'Hun er 8 år og kommer ofte sulten i skole uden madpakke';

/** Every stored byte of a state folder, file by file. */
function storedFiles(dir: string): { name: string; text: string; bytes: number }[] {
  return readdirSync(dir).map((name) => {
    const file = path.join(dir, name);
    return { name, text: readFileSync(file, 'utf8'), bytes: statSync(file).size };
  });
}

describe('what state holds (production mode, a fake secret)', () => {
  const channelKey = new SigningKey('integrity-key');
  let openId: Awaited<ReturnType<typeof startOpenIdServer>>;
  let connector: FakeConnector;
  let bot: RunningServer;
  const stateDir = newStateDir();

  beforeAll(async () => {
    openId = await startOpenIdServer([channelKey]);
    connector = await startFakeConnector();
    bot = await startServer(
      {
        BOT_MODE: 'production',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: SECRET,
        MicrosoftAppTenantId: TENANT,
        HOST: '127.0.0.1',
        PORT: '0',
        STATE_DIR: stateDir,
        BOT_OPENID_METADATA_URL: openId.metadataUrl,
        LOG_LEVEL: 'silent',
      },
      { credentialsFactory: new OfflineCredentialsFactory(APP_ID) },
    );
  });

  afterAll(async () => {
    await bot.close();
    await connector.close();
    await openId.close();
  });

  async function post(activity: object) {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${channelKey.sign({ aud: APP_ID, serviceurl: connector.url })}`,
      },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(200);
  }

  const message = (text: string) => ({
    ...teamsMessage(connector.url, text, 'a:integrity'),
    conversation: { id: 'a:integrity', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  });

  it('stores no secret, no platform object and no text the user did not give as the concern', async () => {
    await post(message('Godmorgen Handleguide'));
    await post(message(DESCRIPTION));
    await post({
      ...message(''),
      text: undefined,
      value: {
        verb: 'answer',
        step: 'confirm',
        municipality: 'vejen',
        role: 'skole',
        age: '8',
        redFlag: 'ingen',
      },
    });
    const files = storedFiles(stateDir);
    expect(files.length).toBeGreaterThan(0);
    const everything = files.map((f) => f.text).join('\n');
    for (const forbidden of [
      SECRET,
      '_activity',
      '_adapter',
      'serviceUrl',
      connector.url,
      'Test Pædagog',
      '00000000-0000-0000-0000-000000000001',
      'Godmorgen',
    ]) {
      expect({ forbidden, found: everything.includes(forbidden) }).toEqual({ forbidden, found: false });
    }
  });

  it('»stop« forgets the description, and an idle conversation is a few hundred bytes', async () => {
    await post(message('stop'));
    const files = storedFiles(stateDir);
    expect(files.map((f) => f.text).join('\n')).not.toContain('sulten i skole');
    for (const file of files)
      expect({ name: file.name, bytes: file.bytes < 500 }).toEqual({ name: file.name, bytes: true });
  });
});

describe('a conversation under double taps and connector faults (local mode, real HTTP)', () => {
  let local: LocalBot;
  let connector: FakeConnector;
  let bot: RunningServer;

  beforeAll(async () => {
    // Short send limits, so the tests of a connector that is down or hangs take seconds, not the production 12 s.
    local = await startLocalBot({ SEND_ATTEMPT_TIMEOUT_MS: '1000', SEND_BUDGET_MS: '3000' });
    ({ bot, connector } = local);
  });

  afterEach(() => {
    connector.faults = undefined;
  });

  afterAll(() => local.close());

  /** Posts one activity; returns the status, how long it took and what its conversation received meanwhile. */
  async function post(activity: { conversation: { id: string }; [field: string]: unknown }) {
    const started = Date.now();
    const before = connector.received.length;
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await response.arrayBuffer();
    const conversationPath = `/v3/conversations/${encodeURIComponent(activity.conversation.id)}/`;
    const replies = connector.received
      .slice(before)
      .filter((r) => r.path.startsWith(conversationPath))
      .map((r) => JSON.stringify(r.activity));
    return { status: response.status, ms: Date.now() - started, replies };
  }

  // One user per conversation: a user's municipality and role are remembered across their conversations.
  const as = (conversationId: string, text: string) =>
    teamsMessage(connector.url, text, conversationId, `29:user-of-${conversationId}`);
  const say = (conversationId: string, text: string) => post(as(conversationId, text));
  const submit = (conversationId: string, value: Record<string, unknown>) =>
    post({ ...as(conversationId, ''), text: undefined, value });
  const confirm = {
    verb: 'answer',
    step: 'confirm',
    municipality: 'vejen',
    role: 'skole',
    age: '8',
    redFlag: 'ingen',
  };
  const score = { verb: 'answer', step: 'score', answer: '6' };

  it('a double tap answers the question once, and the dialog goes on', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const id = `a:double-${i}`;
        await say(id, DESCRIPTION);
        const before = connector.received.length;
        await Promise.all([submit(id, confirm), submit(id, confirm)]);
        // Both requests were in flight together: read what the conversation received over both.
        const both = connector.received
          .slice(before)
          .filter((r) => r.path.startsWith(`/v3/conversations/${encodeURIComponent(id)}/`))
          .map((r) => JSON.stringify(r.activity));
        const next = await submit(id, score);
        return {
          scoreQuestions: both.filter((reply) => reply.includes('"step":"score"')).length,
          errors: both.some((reply) => reply.includes('gik noget galt')),
          // The confirmation card is answered once: the score comes once, then the details card.
          wentOn: next.replies.some((reply) => reply.includes('"step":"details"')),
        };
      }),
    );
    expect(outcomes).toEqual(outcomes.map(() => ({ scoreQuestions: 1, errors: false, wentOn: true })));
  });

  it.each([
    ['503', { status: 503 }],
    ['429 with Retry-After', { status: 429, headers: { 'retry-after': '1' } }],
    ['500', { status: 500 }],
    ['502', { status: 502 }],
    ['a dropped connection', 'reset' as const],
  ])('a transient %s on a send is retried, and the user gets the question', async (name, fault) => {
    const id = `a:transient-${name}`;
    await say(id, DESCRIPTION);
    const failedOnce = new Set<string>();
    connector.faults = (_attempt, requestPath) => {
      if (failedOnce.has(requestPath)) return undefined;
      failedOnce.add(requestPath);
      return fault;
    };
    const answer = await submit(id, confirm);
    expect(answer.status).toBe(200);
    expect(answer.replies.join('\n')).toContain('Hvor på trivselslinealen er barnet?');
  });

  it('when every send fails, the dialog stays at the question it was at', async () => {
    const id = 'a:connector-down';
    await say(id, DESCRIPTION);
    connector.faults = () => ({ status: 503 });
    const lost = await submit(id, confirm);
    expect(lost.status).toBe(200);
    connector.faults = undefined;
    const again = await submit(id, confirm);
    expect(again.replies.join('\n')).toContain('Hvor på trivselslinealen er barnet?');
  });

  it('a connector that never answers does not hold the request open, and the dialog survives', async () => {
    const id = 'a:connector-hangs';
    await say(id, DESCRIPTION);
    connector.faults = () => 'hang';
    const hung = await submit(id, confirm);
    expect(hung.status).toBe(200);
    // Bounded by the send budget (3 s here), not by the connector.
    expect(hung.ms).toBeLessThan(8_000);
    connector.faults = undefined;
    const again = await submit(id, confirm);
    expect(again.replies.join('\n')).toContain('Hvor på trivselslinealen er barnet?');
  }, 40_000);
});
