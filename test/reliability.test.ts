import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from '../src/server';
import { newStateDir } from './support/conversation';
import { startFakeConnector, type ConnectorFault, type FakeConnector } from './support/fakeConnector';
import { formatCounts, walkConversations, type ReliabilityCounts } from './support/reliability';

/**
 * The reliability suite (`npm run test:reliability` prints the counts): many conversations walk the whole
 * dialog at once over real HTTP, some double-tapping every answer, while the connector fails now and then.
 */
const CONVERSATIONS = Number(process.env.RELIABILITY_CONVERSATIONS ?? 200);

/** A deterministic mix of what a real connector does on a bad day: 503, 429, a dropped connection, a slow answer. */
function badDay(attempt: number): ConnectorFault | undefined {
  if (attempt % 11 === 4) return { status: 503 };
  if (attempt % 13 === 6) return { status: 429, headers: { 'retry-after': '0' } };
  if (attempt % 17 === 8) return 'reset';
  if (attempt % 7 === 2) return { delayMs: 150 };
  return undefined;
}

const FORBIDDEN_IN_STATE = ['_adapter', '_activity', 'serviceUrl', 'Test Pædagog', 'aadObjectId'];

let connector: FakeConnector;
let bot: RunningServer;
const stateDir = newStateDir();

beforeAll(async () => {
  connector = await startFakeConnector();
  // The suite is about correctness, not latency: on a loaded 2-core test machine a healthy reply can take
  // seconds, so the send limits are wider than production's (tests elsewhere cover the limits themselves).
  bot = await startServer({
    PORT: '0',
    STATE_DIR: stateDir,
    MUNICIPALITY: 'vejen',
    LOG_LEVEL: 'silent',
    SEND_ATTEMPT_TIMEOUT_MS: '20000',
    SEND_BUDGET_MS: '60000',
  });
});

afterAll(async () => {
  await bot.close();
  await connector.close();
});

function report(title: string, counts: ReliabilityCounts) {
  if (process.env.RELIABILITY_REPORT === '1') process.stdout.write(formatCounts(title, counts));
}

it(`${CONVERSATIONS} conversations walk the whole dialog at once, a third double-tapping, on a bad connector day: nothing lost, wiped, mixed up or leaked`, async () => {
  connector.faults = badDay;
  const counts = await walkConversations({
    botUrl: bot.url,
    connector,
    conversations: CONVERSATIONS,
    doubleTapEvery: 3,
    prefix: 'a:reliability',
  });
  connector.faults = undefined;
  counts.leaks = readdirSync(stateDir).filter((name) => {
    const text = readFileSync(path.join(stateDir, name), 'utf8');
    return FORBIDDEN_IN_STATE.some((forbidden) => text.includes(forbidden)) || text.includes(connector.url);
  }).length;
  report('reliability', counts);
  expect(connector.attempts).toBeGreaterThan(connector.received.length);
  expect(counts).toEqual({
    conversations: CONVERSATIONS,
    turns: counts.turns,
    results: CONVERSATIONS,
    lostTurns: 0,
    wipedDialogs: 0,
    mixedUp: 0,
    failures: 0,
    leaks: 0,
    shed: counts.shed,
  });
}, 180_000);
