import { Writable } from 'node:stream';
import pino from 'pino';
import { BlobStorage, containerFromConnectionString } from '../src/storage/blobStorage';
import { TOO_MANY } from '../src/bot/draftRoutes';
import { startServer } from '../src/server';
import { freePort, startAzurite, type RunningAzurite } from '../src/host/azurite';
import { newStateDir } from './support/conversation';
import { startFakeConnector, teamsMessage, type FakeConnector } from './support/fakeConnector';
import {
  WALK,
  blobEnv,
  childInstance,
  inProcessInstance,
  startCluster,
  turn,
  type TurnResult,
} from './support/cluster';

/**
 * Several bot instances on one Azurite blob container, behind a round-robin proxy that sends each request to the
 * next instance: consecutive turns of one conversation land on different instances, as on App Service.
 * Sizes, to keep `npm test` within its time on two cores: 200 conversations at once walk the first 5 turns of the
 * dialog (the concern, municipality, role, age, red flags) on two instances, and the first 4 on three
 * instances with one killed a third of the way through. `npm run bench` walks the whole dialog (12 turns).
 */
const CONVERSATIONS = 200;
/** The whole dialog, from the description to the result cards. */
const TWO_INSTANCE_TURNS = WALK.length;
const KILL_TEST_TURNS = WALK.length;

let azurite: RunningAzurite;
let connector: FakeConnector;
/** What a user sees on each turn of the walk, from one instance on the file store. */
let reference: string[];

beforeAll(async () => {
  [azurite, connector] = await Promise.all([startAzurite(), startFakeConnector()]);
  const single = await startServer({ PORT: '0', STATE_DIR: newStateDir(), LOG_LEVEL: 'silent' });
  reference = [];
  for (const text of WALK) reference.push((await turn(single.url, connector, 'a:reference', text)).signature);
  await single.close();
}, 60_000);

afterAll(async () => {
  await connector?.close();
  await azurite?.stop();
});

let containers = 0;
const newContainer = () => `state-${process.pid}-${++containers}`;

/** Every conversation walks `walk` turn by turn, all at once; `afterTurn` sees the running total. */
async function walkAll(
  url: string,
  prefix: string,
  walk: string[],
  afterTurn: (done: number) => void = () => undefined,
  /** Marks turns: `generation()` is read when a turn starts and when it ends. */
  generation: () => number = () => 0,
): Promise<(TurnResult & { spansChange: boolean })[][]> {
  let done = 0;
  return Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, n) => {
      const results: (TurnResult & { spansChange: boolean })[] = [];
      for (const text of walk) {
        const startedIn = generation();
        const result = await turn(url, connector, `a:${prefix}-${n}`, text);
        results.push({ ...result, spansChange: generation() !== startedIn });
        afterTurn(++done);
      }
      return results;
    }),
  );
}

/**
 * Turns that did not show what the reference showed; a dialog back at its first question was wiped. A reply that
 * arrives during a turn but answers an earlier activity counts against the turn, unless `excused` (a message in
 * flight at a kill may be answered twice, the second time late).
 */
function tally(
  conversations: TurnResult[][],
  skip: (n: number, i: number) => boolean = () => false,
  excused: (n: number, activityId: string) => boolean = () => false,
) {
  let lostTurns = 0;
  let wipedDialogs = 0;
  let mixedUp = 0;
  /** A few of the turns that went wrong, so a failure shows what the user saw. */
  const examples: Record<string, unknown>[] = [];
  conversations.forEach((results, n) =>
    results.forEach((result, i) => {
      mixedUp += result.mixedUp;
      if (skip(n, i)) return;
      const seen = result.answersTo.every((id) => excused(n, id)) ? result.ownSignature : result.signature;
      // Asked for a description again after the first turn: the dialog was lost (the walk's first message is one).
      if (i > 0 && /\bdescribe\b/.test(seen)) wipedDialogs++;
      else if (result.status !== 200 || seen !== reference[i]) {
        lostTurns++;
        if (examples.length < 3)
          examples.push({ conversation: n, turn: i, got: seen, expected: reference[i] });
      }
    }),
  );
  return { lostTurns, wipedDialogs, mixedUp, examples };
}

it('the reference walk reaches the assessment', () => {
  expect(reference).toHaveLength(WALK.length);
  expect(reference[0]).toContain('confirm');
  expect(reference.at(-1)).toContain('Vurdering');
});

it('two instances: 200 conversations walk the whole dialog at once, each turn on the next instance: no lost turn, wiped dialog or mixed-up reply', async () => {
  const env = blobEnv(azurite.connectionString, newContainer());
  const cluster = await startCluster([await inProcessInstance(env), await inProcessInstance(env)]);
  try {
    const walk = WALK.slice(0, TWO_INSTANCE_TURNS);
    const results = await walkAll(cluster.proxy.url, 'two', walk);
    expect(tally(results)).toEqual({ lostTurns: 0, wipedDialogs: 0, mixedUp: 0, examples: [] });
    const served = [...cluster.proxy.served.values()];
    expect(served.reduce((a, b) => a + b, 0)).toBe(CONVERSATIONS * walk.length);
    for (const count of served) expect(count).toBeGreaterThan((CONVERSATIONS * walk.length) / 3);
  } finally {
    await cluster.close();
  }
}, 120_000);

it('three instances, one killed mid-run: its conversations go on on the other two', async () => {
  const env = blobEnv(azurite.connectionString, newContainer());
  // The one to kill runs in its own process: SIGKILL stops it mid-turn, as a crashed machine stops.
  const doomed = await childInstance(env);
  const cluster = await startCluster([
    await inProcessInstance(env),
    doomed,
    await inProcessInstance({ ...env, STATE_DIR: newStateDir() }),
  ]);
  const walk = WALK.slice(0, KILL_TEST_TURNS);
  const total = CONVERSATIONS * walk.length;
  let killed = 0;
  try {
    const results = await walkAll(
      cluster.proxy.url,
      'three',
      walk,
      (done) => {
        if (killed === 0 && done >= total / 3) {
          killed = 1;
          doomed.kill();
        }
      },
      () => killed,
    );
    expect(killed).toBe(1);
    const doomedServed = cluster.proxy.served.get(doomed.url) ?? 0;
    expect(doomedServed).toBeGreaterThan(0);
    expect(doomedServed).toBeLessThan(total / 3);
    // A turn in flight at the moment of the kill is sent again to another instance, which runs it or, if the
    // killed one had saved it, shows again what that turn showed: either way the user sees the question (or, after
    // the last answer, the result) that the reference shows, perhaps without a message before it.
    const inFlight = (n: number, i: number) => results[n]?.[i]?.spansChange === true;
    const question = (signature: string) => signature.replace(/^\d+\|/, '');
    const wrongInFlight = results.flatMap((conversation, n) =>
      conversation
        .map((result, i) => ({ conversation: n, turn: i, status: result.status, got: result.signature }))
        .filter(
          ({ turn: i, status, got }) =>
            inFlight(n, i) && (status !== 200 || question(got) !== question(reference[i] ?? '')),
        ),
    );
    expect(wrongInFlight).toEqual([]);
    // Every other turn, before and after the kill, is exactly what the reference shows: nothing the killed
    // instance had saved is lost, and no conversation is left stuck at a question it already answered. A second,
    // late answer to the message in flight (its copy on the killed instance, or the proxy's retry) may arrive
    // during a later turn; it belongs to the turn in flight, not to the later one.
    const answersInFlight = (n: number, id: string) =>
      (results[n] ?? []).some((result) => result.spansChange && result.activityId === id);
    expect(tally(results, inFlight, answersInFlight)).toEqual({
      lostTurns: 0,
      wipedDialogs: 0,
      mixedUp: 0,
      examples: [],
    });
  } finally {
    await cluster.close();
  }
}, 120_000);

it('an instance killed after saving a turn but before its replies went out: the message sent again to another instance shows the question now waiting', async () => {
  const env = blobEnv(azurite.connectionString, newContainer());
  const doomed = await childInstance(env);
  // The proxy starts with the first backend: the walk's even turns go to the doomed instance until it dies.
  const cluster = await startCluster([doomed, await inProcessInstance(env)]);
  const confirm = WALK.indexOf('nej');
  expect(confirm % 2).toBe(0);
  try {
    const seen: string[] = [];
    for (const [i, text] of WALK.entries()) {
      // Its state is saved; it dies as its first reply reaches the connector, which never answers that reply.
      if (i === confirm)
        connector.faults = () => {
          connector.faults = undefined;
          doomed.kill();
          return 'hang';
        };
      seen.push((await turn(cluster.proxy.url, connector, 'a:killed-before-sending', text)).signature);
    }
    expect(cluster.proxy.served.get(doomed.url)).toBe(confirm / 2);
    expect(seen).toEqual(reference);
  } finally {
    connector.faults = undefined;
    await cluster.close();
  }
}, 60_000);

const BOT = { id: '28:handleguide-bot', name: 'Handleguide' };
const GROUP = {
  id: '19:staff@thread.v2',
  conversationType: 'groupChat',
  isGroup: true,
  tenantId: 'tenant-1',
};

function groupActivity(from: { id: string; name: string }, fields: Record<string, unknown>) {
  return {
    id: `group-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { ...from, aadObjectId: `aad-${from.id}` },
    recipient: BOT,
    conversation: GROUP,
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'da-DK',
    ...fields,
  };
}

async function post(url: string, activity: object): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  return { status: response.status, body: await response.text() };
}

it('50 people tick one shared checklist at once through different instances: every tick is kept', async () => {
  const container = newContainer();
  const env = blobEnv(azurite.connectionString, container);
  const cluster = await startCluster([await inProcessInstance(env), await inProcessInstance(env)]);
  try {
    const lise = { id: '29:lise', name: 'Lise' };
    const before = connector.received.length;
    await post(
      cluster.proxy.url,
      groupActivity(lise, { type: 'message', value: { verb: 'sharedChecklist', kind: 'beforeCalling' } }),
    );
    const posted = JSON.stringify(connector.received.slice(before));
    const checklistId = /"checklistId":"([0-9a-f-]{36})"/.exec(posted)?.[1] ?? '';
    const items = [...new Set([...posted.matchAll(/"itemId":"(\w+)"/g)].map((m) => m[1] ?? ''))];
    expect(checklistId).not.toBe('');
    expect(items.length).toBeGreaterThan(1);

    const people = Array.from({ length: 50 }, (_, i) => ({ id: `29:colleague-${i}`, name: `Kollega ${i}` }));
    const tickedBy = (i: number) => items[i % items.length] ?? '';
    const answers = await Promise.all(
      people.map((person, i) =>
        post(
          cluster.proxy.url,
          groupActivity(person, {
            type: 'invoke',
            name: 'adaptiveCard/action',
            replyToId: 'shared-checklist-card',
            value: {
              action: {
                type: 'Action.Execute',
                verb: 'checklistTick',
                data: { checklistId, itemId: tickedBy(i) },
              },
              trigger: 'manual',
            },
          }),
        ),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(answers.filter((a) => a.body.includes('findes ikke længere'))).toHaveLength(0);

    const store = new BlobStorage(
      containerFromConnectionString(azurite.connectionString, container),
      86_400_000,
    );
    const key = `handleguide/checklists/${checklistId}`;
    const stored = (await store.read([key]))[key] as {
      participants: string[];
      ticks: Record<string, { userId: string }>;
    };
    // Every person's tick went through: each is a participant, and each item was toggled once per tick.
    expect([...stored.participants].sort()).toEqual(people.map((p) => p.id).sort());
    const expectedTicked = items.filter(
      (_, k) => people.filter((_, i) => i % items.length === k).length % 2 === 1,
    );
    expect(Object.keys(stored.ticks).sort()).toEqual([...expectedTicked].sort());
    for (const count of cluster.proxy.served.values()) expect(count).toBeGreaterThan(10);
  } finally {
    await cluster.close();
  }
}, 60_000);

it('rate limits are per instance: behind N instances a user gets at most N times the limit, and is then stopped', async () => {
  const env = blobEnv(azurite.connectionString, newContainer());
  const cluster = await startCluster([await inProcessInstance(env), await inProcessInstance(env)]);
  try {
    let allowed = 0;
    let refused = 0;
    for (let i = 0; i < 80; i++) {
      const before = connector.received.length;
      await post(cluster.proxy.url, {
        ...teamsMessage(connector.url, '', 'a:eager', '29:eager'),
        text: undefined,
        value: { verb: 'draft' },
      });
      const replies = JSON.stringify(connector.received.slice(before));
      if (replies.includes(TOO_MANY.slice(0, 30))) refused++;
      else allowed++;
    }
    // The draft limit is 30 a minute per instance: two instances let through at most 60, and never fewer than 30.
    expect(allowed).toBeGreaterThanOrEqual(30);
    expect(allowed).toBeLessThanOrEqual(60);
    expect(refused).toBe(80 - allowed);
  } finally {
    await cluster.close();
  }
}, 60_000);

it('»slet mine data« through one instance removes what another instance stored about the user, and only that', async () => {
  const container = newContainer();
  const env = blobEnv(azurite.connectionString, container);
  const cluster = await startCluster([await inProcessInstance(env), await inProcessInstance(env)]);
  const blobs = containerFromConnectionString(azurite.connectionString, container);
  const names = async () => {
    const found: string[] = [];
    for await (const blob of blobs.listBlobsFlat({ prefix: 'state/' })) found.push(blob.name);
    return found.sort();
  };
  try {
    for (const text of WALK.slice(0, 3)) await turn(cluster.proxy.url, connector, 'a:other', text);
    const othersOnly = await names();
    for (const text of WALK.slice(0, 3)) await turn(cluster.proxy.url, connector, 'a:leaving', text);
    expect((await names()).length).toBe(othersOnly.length + 2);
    const answer = await turn(cluster.proxy.url, connector, 'a:leaving', 'slet mine data');
    expect(answer.signature.startsWith('1|')).toBe(true);
    expect(await names()).toEqual(othersOnly);
    // Both instances now see the user as new.
    for (let i = 0; i < 2; i++) {
      const again = await turn(cluster.proxy.url, connector, 'a:leaving', WALK[0] ?? '');
      expect(again.signature).toBe(reference[0]);
      await turn(cluster.proxy.url, connector, 'a:leaving', 'slet mine data');
    }
  } finally {
    await cluster.close();
  }
}, 60_000);

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, stream) };
}

const RED_FLAG = 'En elev fortæller, at hendes far slår hende';

it('storage unreachable at start-up: one clear log line, not ready, the emergency numbers; ready once it is back', async () => {
  const port = await freePort();
  const { lines, logger } = captureLogs();
  const env = blobEnv(`${azurite.connectionString.replace(String(azurite.port), String(port))}`, 'late');
  const bot = await startServer(env, { logger });
  let late: RunningAzurite | undefined;
  try {
    const down = lines.filter((l) => l.event === 'storage_unavailable');
    expect(down).toHaveLength(1);
    expect(String(down[0]?.msg)).toContain('unreachable');
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(503);
    const before = connector.received.length;
    await post(bot.url, teamsMessage(connector.url, RED_FLAG, 'a:storage-down', '29:someone'));
    const replies = JSON.stringify(connector.received.slice(before));
    expect(replies).toContain('112');
    expect(replies).toContain('114');

    late = await startAzurite(port);
    const deadline = Date.now() + 15_000;
    while ((await fetch(`${bot.url}/readyz`)).status !== 200 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    expect((await turn(bot.url, connector, 'a:storage-back', WALK[0] ?? '')).signature).toBe(reference[0]);
  } finally {
    await bot.close();
    await late?.stop();
  }
}, 60_000);

it('storage lost mid-run: not ready, a log line naming it, and the user still gets the emergency numbers', async () => {
  const own = await startAzurite();
  const { lines, logger } = captureLogs();
  const bot = await startServer(blobEnv(own.connectionString, 'midrun'), { logger });
  try {
    expect((await turn(bot.url, connector, 'a:midrun', WALK[0] ?? '')).signature).toBe(reference[0]);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    await own.stop();
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(503);
    const before = connector.received.length;
    await post(bot.url, teamsMessage(connector.url, RED_FLAG, 'a:midrun', '29:user-of-a:midrun'));
    const replies = JSON.stringify(connector.received.slice(before));
    expect(replies).toContain('112');
    expect(replies).toContain('Ring nu');
    const failed = lines.filter((l) => l.event === 'turn' && l.outcome === 'failed');
    expect(JSON.stringify(failed)).toContain('storage is unavailable');
  } finally {
    await bot.close();
    await own.stop();
  }
}, 60_000);
