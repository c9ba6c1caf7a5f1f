import { startServer, type RunningServer } from '../src/server';
import { newStateDir } from './support/conversation';
import { startFakeConnector, teamsMessage, type FakeConnector } from './support/fakeConnector';

let bot: RunningServer;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startServer({ PORT: '0', STATE_DIR: newStateDir(), LOG_LEVEL: 'silent' });
});

afterAll(async () => {
  await bot.close();
  await connector.close();
});

/** A small deterministic generator, so a failure can be reproduced from its index. */
function* malformedBodies(): Generator<[string, string, string]> {
  // Never reaches a connector: every body below is refused before the bot runs.
  const valid = () => teamsMessage('http://127.0.0.1:9', 'hej', 'a:edge');
  const json = (value: unknown) => JSON.stringify(value);
  const wrongValues: unknown[] = [null, 0, -1, 1.5, true, [], {}, '', 'x'.repeat(5000), [1, 2], { $ne: 1 }];
  const fields = ['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient', 'text'];
  for (const field of fields) {
    for (const [i, value] of wrongValues.entries()) {
      if (field === 'text' && (typeof value === 'string' || value === null)) continue;
      yield [`${field} = wrong value #${i}`, json({ ...valid(), [field]: value }), 'application/json'];
    }
    const missing = Object.fromEntries(Object.entries(valid()).filter(([key]) => key !== field));
    if (field !== 'text') yield [`missing ${field}`, json(missing), 'application/json'];
  }
  for (const id of ['conversation', 'from', 'recipient']) {
    yield [`${id}.id empty`, json({ ...valid(), [id]: { id: '' } }), 'application/json'];
    yield [`${id}.id huge`, json({ ...valid(), [id]: { id: 'x'.repeat(5000) } }), 'application/json'];
    yield [`${id}.id a number`, json({ ...valid(), [id]: { id: 42 } }), 'application/json'];
  }
  for (const url of [
    'ftp://127.0.0.1/',
    'javascript:alert(1)',
    'not a url',
    `http://${'a'.repeat(3000)}.dk/`,
  ]) {
    yield [`serviceUrl ${url.slice(0, 20)}`, json({ ...valid(), serviceUrl: url }), 'application/json'];
  }
  yield ['text over 28,000 characters', json({ ...valid(), text: 'ø'.repeat(28_001) }), 'application/json'];
  yield [
    'a body over 256 KB',
    json({ ...valid(), value: { filler: 'x'.repeat(300_000) } }),
    'application/json',
  ];
  const broken = [
    '{',
    '}',
    '{"type":',
    '[',
    'null',
    '"message"',
    '42',
    'true',
    '{"type":"message",}',
    "{'type':'message'}",
  ];
  for (const body of broken) yield [`broken JSON ${body}`, body, 'application/json'];
  for (let i = 0; i < 60; i++) {
    const text = json(valid());
    const cut = Math.floor((i * 37) % text.length) + 1;
    yield [`truncated at ${cut}`, text.slice(0, cut), 'application/json'];
  }
  yield ['form-encoded', 'type=message&text=hej', 'application/x-www-form-urlencoded'];
  yield ['plain text', 'hej', 'text/plain'];
  yield ['empty body', '', 'application/json'];
  for (let i = 0; i < 40; i++) {
    const bytes = Buffer.from(Array.from({ length: 64 }, (_, j) => (i * 31 + j * 17) % 256));
    yield [`random bytes #${i}`, bytes.toString('latin1'), 'application/json'];
  }
}

describe('the HTTP edge', () => {
  const cases = [...malformedBodies()];

  it('has at least 200 malformed bodies to try', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it('answers every malformed body with a 4xx, and keeps answering', async () => {
    const statuses: Record<string, number> = {};
    for (const [name, body, contentType] of cases) {
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      await response.arrayBuffer();
      statuses[name] = response.status;
    }
    const not4xx = Object.entries(statuses).filter(([, status]) => status < 400 || status >= 500);
    expect(not4xx).toEqual([]);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    const before = connector.received.length;
    const ok = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsMessage(connector.url, 'hej', 'a:after-the-storm')),
    });
    expect(ok.status).toBe(200);
    expect(connector.received.length).toBeGreaterThan(before);
  });
});
