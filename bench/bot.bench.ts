import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../test/support/fakeConnector';
import type { ChildProfiled, ChildReady, ChildUsage, DriverRequest } from './benchChild';
import { buildServer } from './buildServer';
// The same walk the storage bench and the multi-instance tests use: the whole dialog, description to result.
import { WALK } from '../test/support/cluster';

/**
 * `npm run bench` (bot part): Handleguide against a floor, a bare botbuilder echo bot (bench/echoBot.ts), each in
 * its own process with its CPU time read in that process. Handleguide runs compiled, as `npm run serve` and
 * production run it (bench/buildServer.ts builds dist/ first; BENCH_SOURCES=1 runs src/ through tsx instead). Both get the same conversations, the same walk (the
 * concern dialog from the first message to the result), the same fake connector on loopback, in alternating
 * rounds after a warm-up round, so machine noise (other processes on the two cores) falls on both alike.
 *
 * Parts, all of which always run: one conversation at a time (latency), 50 conversations at once (cost and
 * throughput against the floor), 1,000 at once (tail latency and load shedding). Targets (issue 16): CPU per turn
 * ≤ 2.0× the floor, turns/s ≥ 0.5× the floor at 50 conversations; one conversation's p99 < 50 ms; no failed turn.
 * The exit code is non-zero if any is missed, after everything is printed.
 *
 * Environment: BENCH_ROUNDS (rounds per bot at 50, default 3), BENCH_WIDE_CONVERSATIONS (default 1000),
 * BENCH_WIDE_TURNS (turns per conversation at 1,000, default the whole walk), BENCH_CPU_PROF (a folder: each
 * Handleguide process writes a V8 CPU profile of the rounds at 50 there; summarise it with
 * `npx tsx bench/profileSummary.ts <file>`; profiling slows the bot, so its figures are not comparable), BENCH_BASELINE
 * (another checkout of Handleguide, e.g. the commit before a change, built the same way: run as a third bot in the
 * same rounds).
 */
const CONCURRENT = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WIDE = Number(process.env.BENCH_WIDE_CONVERSATIONS ?? 1000);
const WIDE_TURNS = Number(process.env.BENCH_WIDE_TURNS ?? WALK.length);
/** What the bot's polite »one moment« starts with, in either language. */
const SHED_MARKERS = ['Et øjeblik', 'One moment'];

/** `handleguide` (this tree), `floor` (the echo bot) and, with BENCH_BASELINE, `baseline` (another tree). */
type BotName = 'handleguide' | 'floor' | 'baseline';
type PerBot = Partial<Record<BotName, Sample>>;
const perBot = (): PerBot => ({});

interface BotProcess {
  name: BotName;
  url: string;
  usage(): Promise<ChildUsage>;
  /** Starts a CPU profile in the bot's process, or with `file` stops it and writes it there. */
  profile(file?: string): Promise<void>;
  stop(): Promise<void>;
}

async function startChild(
  name: BotName,
  file: string,
  execArgv: string[] = [],
  env: Record<string, string> = {},
): Promise<BotProcess> {
  const child: ChildProcess = fork(path.join(__dirname, file), [], {
    execArgv: ['--import', 'tsx', ...execArgv],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, (answer: ChildUsage | ChildProfiled) => void>();
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it listened`)));
    child.on('message', (message: ChildReady | ChildUsage | ChildProfiled) => {
      if (message.type === 'ready') resolve(message.url);
      else waiting.get(message.id)?.(message);
    });
  });
  const send = (request: DriverRequest) => child.send(request);
  const ask = (request: (id: number) => DriverRequest) =>
    new Promise<ChildUsage | ChildProfiled>((resolve) => {
      const id = ++next;
      waiting.set(id, (answer) => {
        waiting.delete(id);
        resolve(answer);
      });
      send(request(id));
    });
  return {
    name,
    url,
    usage: () => ask((id) => ({ type: 'usage', id })) as Promise<ChildUsage>,
    profile: async (file) => void (await ask((id) => ({ type: 'profile', id, file }))),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        send({ type: 'stop' });
      }),
  };
}

interface Sample {
  turns: number;
  wallMs: number;
  cpuMicros: number;
  /** Of `cpuMicros`, the bot's main thread (see ChildUsage); 0 where it cannot be read. */
  mainCpuMicros: number;
  times: number[];
  failed: number;
  shed: number;
  /** CPU time of this driver (client and fake connector) meanwhile: near the wall time, the driver is the limit. */
  driverCpuMicros: number;
}

const empty = (): Sample => ({
  turns: 0,
  wallMs: 0,
  cpuMicros: 0,
  mainCpuMicros: 0,
  times: [],
  failed: 0,
  shed: 0,
  driverCpuMicros: 0,
});

function add(total: Sample, part: Sample): void {
  total.turns += part.turns;
  total.wallMs += part.wallMs;
  total.cpuMicros += part.cpuMicros;
  total.mainCpuMicros += part.mainCpuMicros;
  total.failed += part.failed;
  total.shed += part.shed;
  total.driverCpuMicros += part.driverCpuMicros;
  for (const t of part.times) total.times.push(t);
}

/**
 * The driver's client: node:http with kept-alive connections, as the Bot Connector keeps its own. (fetch costs
 * several times more CPU per request, and at 1,000 conversations the driver then measured itself.)
 */
// maxFreeSockets: the default (256) closes the idle connections beyond it, and at 1,000 conversations the
// reconnects then overflow the bot's listen backlog (SYN retransmits after 1, 3, 7 s, measured as the bot's tail).
const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 4_096 });

function post(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

let shedSeen = 0;
/** Why turns failed, per bot: an HTTP status or a socket error code. */
const failures = new Map<string, number>();
let roundCounter = 0;

/** `conversations` conversations at once, each walking `turns` steps of the walk one after another. */
async function round(
  bot: BotProcess,
  connector: FakeConnector,
  conversations: number,
  turns: number,
  rampMs = 0,
): Promise<Sample> {
  const tag = `${bot.name}-${++roundCounter}`;
  const sample = empty();
  const shedBefore = shedSeen;
  const fail = (reason: string) => {
    sample.failed += 1;
    failures.set(`${bot.name}: ${reason}`, (failures.get(`${bot.name}: ${reason}`) ?? 0) + 1);
  };
  async function walk(n: number): Promise<void> {
    if (rampMs > 0) await new Promise((resolve) => setTimeout(resolve, (n * rampMs) / conversations));
    for (const text of WALK.slice(0, turns)) {
      const body = JSON.stringify(teamsMessage(connector.url, text, `a:${tag}-${n}`, `29:${tag}-${n}`));
      const t0 = performance.now();
      try {
        const status = await post(`${bot.url}/api/messages`, body);
        if (status !== 200) fail(`HTTP ${status}`);
      } catch (error) {
        fail((error as { code?: string }).code ?? String(error));
      }
      sample.times.push(performance.now() - t0);
    }
  }
  const before = await bot.usage();
  const driverBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: conversations }, (_, n) => walk(n)));
  sample.wallMs = performance.now() - started;
  const driver = process.cpuUsage(driverBefore);
  sample.driverCpuMicros = driver.user + driver.system;
  const after = await bot.usage();
  sample.cpuMicros = after.cpuMicros - before.cpuMicros;
  sample.mainCpuMicros = (after.mainCpuMicros ?? 0) - (before.mainCpuMicros ?? 0);
  sample.turns = sample.times.length;
  sample.shed = shedSeen - shedBefore;
  return sample;
}

function percentile(sorted: number[], p: number): number {
  return Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(1));
}

function summary(sample: Sample) {
  const sorted = [...sample.times].sort((a, b) => a - b);
  return {
    turns: sample.turns,
    cpuMsPerTurn: Number((sample.cpuMicros / 1000 / Math.max(1, sample.turns)).toFixed(2)),
    mainCpuMsPerTurn: Number((sample.mainCpuMicros / 1000 / Math.max(1, sample.turns)).toFixed(2)),
    turnsPerSecond: Math.round((sample.turns / Math.max(1, sample.wallMs)) * 1000),
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    failed: sample.failed,
    shed: sample.shed,
    driverBusy: Number((sample.driverCpuMicros / 1000 / Math.max(1, sample.wallMs)).toFixed(2)),
  };
}

const ratio = (a: number, b: number) => Number((a / Math.max(1e-9, b)).toFixed(2));

type Summary = ReturnType<typeof summary>;

/** Each bot's figures and its ratios to the floor. */
function part(bots: BotProcess[], samples: PerBot) {
  const floor = summary(samples.floor ?? empty());
  return Object.fromEntries(
    bots.map((b) => {
      const own = summary(samples[b.name] ?? empty());
      const ratios = {
        cpuPerTurnRatio: ratio(own.cpuMsPerTurn, floor.cpuMsPerTurn),
        throughputRatio: ratio(own.turnsPerSecond, floor.turnsPerSecond),
      };
      return [b.name, { ...own, ...ratios }] as const;
    }),
  ) as Record<string, Summary & { cpuPerTurnRatio: number; throughputRatio: number }>;
}

async function main(): Promise<void> {
  const connector = await startFakeConnector(false);
  connector.onBody = (body) => {
    if (SHED_MARKERS.some((marker) => body.includes(marker))) shedSeen += 1;
  };
  const profileDir = process.env.BENCH_CPU_PROF;
  // Compiled before any bot starts, so the build's CPU falls on no measured process.
  const sources = process.env.BENCH_SOURCES === '1';
  const ours = sources
    ? path.resolve(__dirname, '../src/server.ts')
    : buildServer(path.resolve(__dirname, '..'));
  const baseline = process.env.BENCH_BASELINE;
  const theirs =
    baseline && (sources ? path.resolve(baseline, 'src/server.ts') : buildServer(path.resolve(baseline)));
  const bots = [
    await startChild('handleguide', 'handleguideBot.ts', [], { BENCH_SERVER_MODULE: ours }),
    await startChild('floor', 'echoBot.ts'),
  ];
  if (theirs)
    bots.push(await startChild('baseline', 'handleguideBot.ts', [], { BENCH_SERVER_MODULE: theirs }));
  try {
    // Warm-up: JIT, caches, sockets. Not counted.
    for (const b of bots) await round(b, connector, CONCURRENT, WALK.length);

    const single = perBot();
    for (let n = 0; n < 10; n++)
      for (const b of bots) add((single[b.name] ??= empty()), await round(b, connector, 1, WALK.length));

    const concurrent = perBot();
    // Profiles (BENCH_CPU_PROF) cover exactly these rounds, in every process (the floor too, to compare areas).
    const profiled = profileDir ? bots : [];
    for (const b of profiled) await b.profile();
    // Each round's CPU per turn, per bot, for the paired ratios below.
    const perRound: PerBot[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? bots : [...bots].reverse();
      const thisRound = perBot();
      for (const b of order) {
        const sample = await round(b, connector, CONCURRENT, WALK.length);
        thisRound[b.name] = sample;
        add((concurrent[b.name] ??= empty()), sample);
      }
      perRound.push(thisRound);
    }

    for (const b of profiled) {
      const file = path.resolve(profileDir ?? '.', `${b.name}.cpuprofile`);
      await b.profile(file);
      console.log(`CPU profile of ${b.name} at ${CONCURRENT} conversations: ${file}`);
    }

    const wide = perBot();
    // Each bot first gets a warm-up round at this width (one turn per conversation, not counted), so the
    // thousand connections are open and kept alive, as the Bot Connector keeps its own: otherwise the first
    // turns measure a thousand TCP connects at once (listen backlog overflows, SYN retransmits after 1, 3, 7 s).
    for (const b of bots) {
      await round(b, connector, WIDE, 1, 1_000);
      add((wide[b.name] ??= empty()), await round(b, connector, WIDE, WIDE_TURNS));
    }

    const rss = Object.fromEntries(
      await Promise.all(bots.map(async (b) => [b.name, (await b.usage()).rssMiB] as const)),
    );
    const parts = [
      ['1 conversation', part(bots, single)],
      [`${CONCURRENT} at once`, part(bots, concurrent)],
      [`${WIDE} at once`, part(bots, wide)],
    ] as const;
    console.log(JSON.stringify({ ...Object.fromEntries(parts), rssMiB: rss }, null, 2));
    const header = [
      '',
      'CPU ms/turn',
      '× floor',
      'main thread',
      'turns/s',
      '× floor',
      'p50 ms',
      'p99 ms',
      'shed',
      'driver busy',
    ];
    const rows = parts.flatMap(([label, figures]) =>
      bots.map((b) => {
        const f = figures[b.name];
        return [
          `${label}: ${b.name}`,
          f?.cpuMsPerTurn,
          f?.cpuPerTurnRatio,
          f?.mainCpuMsPerTurn,
          f?.turnsPerSecond,
          f?.throughputRatio,
          f?.p50Ms,
          f?.p99Ms,
          f?.shed,
          f?.driverBusy,
        ];
      }),
    );
    for (const row of [header, ...rows])
      console.log(row.map((cell, i) => String(cell ?? '').padEnd(i === 0 ? 28 : 12)).join(''));

    // Round by round, each bot against the others of the same round: on a shared machine the load drifts between
    // rounds, and a ratio within one round is steadier than the ratio of the sums.
    const pairs: [BotName, BotName][] = [
      ['handleguide', 'floor'],
      ...(bots.some((b) => b.name === 'baseline')
        ? ([['handleguide', 'baseline']] as [BotName, BotName][])
        : []),
    ];
    for (const [a, b] of pairs) {
      const ratios = perRound
        .map((r) => {
          const x = r[a];
          const y = r[b];
          return x && y ? x.cpuMicros / x.turns / (y.cpuMicros / y.turns) : undefined;
        })
        .filter((v): v is number => v !== undefined)
        .sort((p, q) => p - q);
      if (ratios.length === 0) continue;
      const median = ratios[Math.floor(ratios.length / 2)] ?? 0;
      console.log(
        `${CONCURRENT} at once, CPU per turn ${a}/${b} round by round: median ${median.toFixed(2)} ` +
          `(${(ratios[0] ?? 0).toFixed(2)}–${(ratios.at(-1) ?? 0).toFixed(2)}, ${ratios.length} rounds)`,
      );
    }

    const ours = (figures: ReturnType<typeof part>) => figures.handleguide ?? summary(empty());
    const c = ours(parts[1][1]) as ReturnType<typeof part>[string];
    if (failures.size > 0) console.log('failed turns:', Object.fromEntries(failures));
    const misses: string[] = [];
    if (c.cpuPerTurnRatio > 2.0) misses.push(`CPU/turn ${c.cpuPerTurnRatio}× the floor (target ≤ 2.0×)`);
    if (c.throughputRatio < 0.5) misses.push(`throughput ${c.throughputRatio}× the floor (target ≥ 0.5×)`);
    const one = ours(parts[0][1]);
    if (one.p99Ms >= 50) misses.push(`one conversation p99 ${one.p99Ms} ms (target < 50 ms)`);
    const failed = [single, concurrent, wide].reduce((sum, m) => sum + (m.handleguide?.failed ?? 0), 0);
    if (failed > 0) misses.push(`${failed} failed turns`);
    console.log(
      misses.length === 0 ? 'bot bench: within targets' : `bot bench: OUTSIDE targets: ${misses.join('; ')}`,
    );
    process.exitCode = misses.length === 0 ? 0 : 1;
  } finally {
    for (const b of bots) await b.stop();
    agent.destroy();
    await connector.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
