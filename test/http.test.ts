import path from 'node:path';
import { startServer, type RunningServer } from '../src/server';
import { expectSendableCard } from './support/adaptiveCards';
import { newStateDir } from './support/conversation';
import { teamsMessage, type FakeConnector } from './support/fakeConnector';
import { startLocalBot, type LocalBot } from './support/localBot';

let local: LocalBot;
let bot: RunningServer;
let connector: FakeConnector;

beforeAll(async () => {
  local = await startLocalBot();
  ({ bot, connector } = local);
});

afterAll(() => local.close());

const message = (text: string, conversationId = 'a:1-personal-chat') =>
  teamsMessage(connector.url, text, conversationId);

async function post(body: unknown, contentType = 'application/json') {
  return fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the HTTP host on loopback', () => {
  it('answers a Teams message with cards sent to the connector; each card parses and is fully expanded', async () => {
    const before = connector.received.length;
    const response = await post(message('Min elev fortæller, at hendes far slår hende'));
    expect(response.status).toBe(200);
    const replies = connector.received.slice(before);
    expect(replies.length).toBeGreaterThanOrEqual(4);
    expect(replies.every((r) => r.path.startsWith('/v3/conversations/a%3A1-personal-chat/activities'))).toBe(
      true,
    );
    const cards = replies.flatMap((r) => r.activity.attachments ?? []);
    expect(cards.every((c) => c.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    cards.forEach((card) => expectSendableCard(card.content));
    // The acute route comes first of all, before the welcome.
    expect(JSON.stringify(cards[0]?.content)).toContain('Akut: handl nu');
  });

  it('keeps the conversation between requests', async () => {
    const conversationId = 'a:2-personal-chat';
    await post(message('hej', conversationId));
    const before = connector.received.length;
    await post(message('Hun er 8 år og kommer ofte sulten i skole', conversationId));
    const replies = connector.received.slice(before);
    expect(JSON.stringify(replies.map((r) => r.activity))).toContain('Hvilken kommune bor barnet i?');
  });

  it('takes a card submit (Teams sends the data as value, with no text)', async () => {
    const conversationId = 'a:3-personal-chat';
    await post(message('Hun er 8 år og kommer ofte sulten i skole', conversationId));
    const before = connector.received.length;
    const submit = {
      ...message('', conversationId),
      text: undefined,
      value: { verb: 'answer', step: 'municipality', answer: 'dragoer' },
    };
    expect((await post(submit)).status).toBe(200);
    const replies = JSON.stringify(connector.received.slice(before).map((r) => r.activity));
    expect(replies).toContain('Hvor arbejder du?');
  });

  it.each([
    ['a body without a type', { text: 'hej' }, 'application/json'],
    ['an array', [1, 2], 'application/json'],
    ['broken JSON', '{"type": "message",', 'application/json'],
  ])('rejects %s with a 400 and a reason, never a 500', async (_name, body, contentType) => {
    const response = await post(body, contentType);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/activity|JSON|body|content/i);
  });

  it.each(['/om', '/privatliv', '/vilkaar'])(
    'serves %s, the page the Teams manifest links to',
    async (page) => {
      const response = await fetch(`${bot.url}${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toMatch(/<h1>[^<]+<\/h1>/);
    },
  );

  it('serves /healthz and answers the playground probe', async () => {
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', mode: 'local', municipality: 'vejen' });
    expect((await fetch(`${bot.url}/api/messages`, { method: 'HEAD' })).status).toBe(200);
  });
});

describe('the leader hand-off through the real Teams messenger', () => {
  it('creates a 1:1 conversation with the leader on the connector, and brings the answer back', async () => {
    const conversationId = 'a:4-personal-chat';
    const say = (body: object) => post({ ...message('', conversationId), text: undefined, ...body });
    for (const text of ['Hun er 8 år og kommer ofte sulten i skole', 'vejen', 'lærer', 'nej', '4', 'ingen'])
      await post(message(text, conversationId));
    for (let i = 0; i < 5; i++) await post(message('spring over', conversationId));
    const before = connector.received.length;
    await say({
      value: { verb: 'leaderChosen', leader: 'aad-leader-object-id', message: 'Har du tid i dag?' },
    });
    const sent = connector.received.slice(before);
    const create = sent.find((r) => r.path === '/v3/conversations');
    expect(create?.activity).toMatchObject({
      isGroup: false,
      members: [{ id: 'aad-leader-object-id' }],
      tenantId: 'tenant-1',
    });
    const request = sent.find((r) => JSON.stringify(r.activity).includes('vil drøfte en bekymring'));
    expect(request?.path).toMatch(/^\/v3\/conversations\/reply-\d+\/activities/);
    const card = request?.activity.attachments?.[0]?.content ?? {};
    expectSendableCard(card);
    const handoffId = (JSON.stringify(card).match(/"handoffId":"([0-9a-f-]{36})"/) ?? [])[1];

    const afterRequest = connector.received.length;
    const leaderReply = {
      ...message('', 'a:leader-personal-chat'),
      text: undefined,
      from: { id: '29:leader', name: 'Bente Leder', aadObjectId: 'aad-leader-object-id' },
      value: { verb: 'leaderReply', handoffId, answer: 'approved' },
    };
    expect((await post(leaderReply)).status).toBe(200);
    const back = connector.received.slice(afterRequest);
    const toSender = back.find((r) => r.path.startsWith('/v3/conversations/a%3A4-personal-chat/activities'));
    expect(toSender?.activity.text).toContain('Bente Leder har drøftet udkastet med dig');
    const toLeader = back.find((r) =>
      r.path.startsWith('/v3/conversations/a%3Aleader-personal-chat/activities'),
    );
    expect(toLeader?.activity.text).toContain('Dit svar er sendt');
  });
});

describe('start-up configuration', () => {
  it.each([
    [{ MUNICIPALITY: 'odense' }, 'MUNICIPALITY: unknown municipality "odense"'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ HOST: '0.0.0.0' }, 'HOST: without authentication'],
    [{ MicrosoftAppId: 'app-id' }, 'MicrosoftAppId: must be a GUID'],
  ])('%o stops start-up with a message naming the variable', async (env, message) => {
    await expect(startServer({ STATE_DIR: path.join(newStateDir(), 'x'), ...env })).rejects.toThrow(message);
  });
});
