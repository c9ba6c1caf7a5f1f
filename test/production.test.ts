import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { readConfig } from '../src/config';
import { createLogger } from '../src/host/logger';
import { startServer, type RunningServer } from '../src/server';
import { OfflineCredentialsFactory, SigningKey, startOpenIdServer } from './support/botFrameworkTokens';
import { newStateDir } from './support/conversation';
import { UI_TEXTS } from '../src/i18n/uiTexts';
import { startFakeConnector, teamsMessage, type FakeConnector } from './support/fakeConnector';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const OUR_TENANT = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER_TENANT = 'bbbbbbbb-0000-4000-8000-000000000002';
const MUNICIPALITIES = ['vejen', 'dragoer', 'assens'];
const PRODUCTION = {
  BOT_MODE: 'production',
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: OUR_TENANT,
};

describe('production configuration', () => {
  it.each([
    [{ BOT_MODE: 'production' }, 'MicrosoftAppId: required in production'],
    [{ ...PRODUCTION, MicrosoftAppPassword: '' }, 'MicrosoftAppPassword: required in production'],
    [{ ...PRODUCTION, MicrosoftAppTenantId: '' }, 'MicrosoftAppTenantId: required in production'],
    [{ ...PRODUCTION, MicrosoftAppId: 'my-bot' }, 'MicrosoftAppId: must be a GUID'],
    [{ ...PRODUCTION, ALLOWED_TENANTS: 'contoso' }, 'ALLOWED_TENANTS: "contoso" is not a tenant id'],
    [{ BOT_MODE: 'local', MicrosoftAppId: APP_ID }, 'BOT_MODE: local mode has no authentication'],
  ])('%o is refused, naming the variable', (env, message) => {
    expect(() => readConfig(env, MUNICIPALITIES)).toThrow(message);
  });

  it('listens on all interfaces in production, and only on loopback locally', () => {
    expect(readConfig(PRODUCTION, MUNICIPALITIES).HOST).toBe('0.0.0.0');
    expect(readConfig({}, MUNICIPALITIES)).toMatchObject({ mode: 'local', HOST: '127.0.0.1' });
  });

  it('the server process exits non-zero and names the missing variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('src', 'server.ts')], {
      cwd: path.resolve(__dirname, '..'),
      env: { PATH: process.env.PATH, BOT_MODE: 'production', STATE_DIR: newStateDir() },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MicrosoftAppId: required in production');
  });
});

describe('inbound authentication in production (keys and metadata on loopback, no internet)', () => {
  const channelKey = new SigningKey('channel-key-1');
  const strangerKey = new SigningKey('channel-key-1');
  let openId: Awaited<ReturnType<typeof startOpenIdServer>>;
  let connector: FakeConnector;
  let bot: RunningServer;
  let consoleError: jest.SpyInstance;
  const logLines: string[] = [];

  beforeAll(async () => {
    // botbuilder printed every refused token (stack and key material) with console.error; the host turns that
    // into one log line. The spy records whatever still reaches the console, and a test below checks it.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    openId = await startOpenIdServer([channelKey]);
    connector = await startFakeConnector();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    bot = await startServer(
      {
        ...PRODUCTION,
        HOST: '127.0.0.1',
        PORT: '0',
        STATE_DIR: newStateDir(),
        ALLOWED_TENANTS: OUR_TENANT,
        BOT_OPENID_METADATA_URL: openId.metadataUrl,
      },
      { credentialsFactory: new OfflineCredentialsFactory(APP_ID), logger: createLogger(sink, 'info') },
    );
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await bot.close();
    await connector.close();
    await openId.close();
  });

  const activityFor = (tenant: string, conversationId: string) => ({
    ...teamsMessage(connector.url, 'Hun er 8 år og kommer ofte sulten i skole', conversationId),
    conversation: { id: conversationId, conversationType: 'personal', tenantId: tenant },
    channelData: { tenant: { id: tenant } },
  });

  async function post(body: object, token?: string) {
    const before = connector.received.length;
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, replies: connector.received.slice(before) };
  }

  const validClaims = () => ({ aud: APP_ID, serviceurl: connector.url });

  it('answers a request with a valid channel token', async () => {
    const { status, replies } = await post(activityFor(OUR_TENANT, 'a:ok'), channelKey.sign(validClaims()));
    expect(status).toBe(200);
    expect(JSON.stringify(replies)).toContain('Hvilken kommune bor barnet i?');
  });

  it.each([
    ['no token', () => undefined],
    ['a token signed with another key', () => strangerKey.sign(validClaims())],
    [
      'a token for another bot',
      () => channelKey.sign({ ...validClaims(), aud: '99999999-2222-4333-8444-555555555555' }),
    ],
    ['a token from another issuer', () => channelKey.sign({ ...validClaims(), iss: 'https://evil.example' })],
    [
      'an expired token',
      () => channelKey.sign({ ...validClaims(), exp: Math.floor(Date.now() / 1000) - 3600 }),
    ],
    [
      'a token for another service URL',
      () => channelKey.sign({ ...validClaims(), serviceurl: 'https://evil.example/' }),
    ],
    ['a token that is not a JWT', () => 'not.a.jwt'],
  ])('refuses %s with 401 and sends nothing', async (_name, token) => {
    const { status, replies } = await post(activityFor(OUR_TENANT, 'a:refused'), token());
    expect(status).toBe(401);
    expect(replies).toEqual([]);
  });

  it('logs a refused token as one structured line, never a stack trace on the console', async () => {
    const before = logLines.length;
    const { status } = await post(activityFor(OUR_TENANT, 'a:refused-log'), strangerKey.sign(validClaims()));
    expect(status).toBe(401);
    const lines = logLines.slice(before).filter((line) => line.includes('"event":"auth_refused"'));
    expect(lines).toHaveLength(1);
    const output = [...logLines.slice(before), ...consoleError.mock.calls.flat().map(String)].join('\n');
    expect(output).not.toContain('BEGIN RSA PUBLIC KEY');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('refuses a tenant that is not on the allow-list politely, and logs it', async () => {
    const { status, replies } = await post(
      activityFor(OTHER_TENANT, 'a:other-tenant'),
      channelKey.sign(validClaims()),
    );
    expect(status).toBe(200);
    const text = JSON.stringify(replies);
    expect(text).toContain(UI_TEXTS.da.notices.tenantRefusedTitle);
    expect(text).toContain('ring 112');
    expect(text).not.toContain('Hvilken kommune');
    expect(logLines.join('')).toMatch(new RegExp(`"event":"tenant_refused".*"tenant":"${OTHER_TENANT}"`));
  });
});
