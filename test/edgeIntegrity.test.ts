import { TEXT_LIMIT } from '../src/rules/concern';
import type { RunningServer } from '../src/server';
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

async function post(body: unknown) {
  const before = connector.received.length;
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text, posted: connector.received.slice(before) };
}

const message = (text: string, conversationId: string) =>
  teamsMessage(connector.url, text, conversationId, `29:user-${conversationId}`);

describe('one text limit, and a red flag in a long message', () => {
  it('a message just under the limit that names a red flag gets the acute cards, not the fallback', async () => {
    const opening = 'Min elev fortæller, at hendes far slår hende. ';
    const filler = 'Hun har været stille i timerne og sidder for sig selv. '.repeat(500);
    const text = (opening + filler).slice(0, TEXT_LIMIT - 10);
    expect(text.length).toBeGreaterThan(20_000);
    const { status, posted } = await post(message(text, 'a:long-red-flag'));
    expect(status).toBe(200);
    const replies = JSON.stringify(posted);
    expect(replies).toContain('Akut: handl nu');
    expect(replies).not.toContain('gik noget galt');
  });

  it('a message over the limit is refused at the edge with the limit named', async () => {
    const { status, body, posted } = await post(message('ø'.repeat(TEXT_LIMIT + 1), 'a:too-long'));
    expect(status).toBe(400);
    expect(body).toContain('text');
    expect(posted).toEqual([]);
  });
});

describe('malformed input that used to reach the bot', () => {
  it('deeply nested JSON gets a 400, not a stack overflow and a fallback in the chat', async () => {
    const depth = 20_000;
    const value = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const activity = JSON.stringify({ ...message('', 'a:nested'), text: undefined }).slice(0, -1);
    const { status, posted } = await post(`${activity},"value":${value}}`);
    expect(status).toBe(400);
    expect(posted).toEqual([]);
  });

  it.each([
    ['.', '.'],
    ['..', '..'],
    ['a control character', 'a:\u0000x'],
    ['a line break', 'a:1\nx'],
  ])('a conversation id of %s is refused at the edge', async (_name, id) => {
    const { status, posted } = await post(message('hej', id));
    expect(status).toBe(400);
    expect(posted).toEqual([]);
  });

  it('a card action (invoke) without replyToId gets a clear 4xx, and nothing is posted in the chat', async () => {
    const invoke = {
      ...message('', 'a:invoke-no-reply'),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: 'tick', data: { item: 0 } } },
    };
    const { status, body, posted } = await post(invoke);
    expect(status).toBe(400);
    expect(body).toContain('replyToId');
    expect(posted).toEqual([]);
  });

  it('a search (invoke) whose parameters are not a list gets a clear 4xx, and nothing is posted', async () => {
    const invoke = {
      ...message('', 'a:invoke-params'),
      type: 'invoke',
      name: 'composeExtension/query',
      text: undefined,
      value: { commandId: 'searchGuide', parameters: 'underretning' },
    };
    const { status, body, posted } = await post(invoke);
    expect(status).toBe(400);
    expect(body).toContain('parameters');
    expect(posted).toEqual([]);
  });
});
