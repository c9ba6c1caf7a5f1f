import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../test/support/fakeConnector';
import type { ChildReady, ChildUsage, DriverRequest } from './benchChild';

/**
 * `npm run bench` (bot part): Handleguide against a floor, a bare botbuilder echo bot (bench/echoBot.ts), each in
 * its own process with its CPU time read in that process. Both get the same conversations, the same walk (the
 * concern dialog from the first message to the result), the same fake connector on loopback, in alternating
 * rounds after a warm-up round, so machine noise (other processes on the two cores) falls on both alike.
 *
 * Parts, all of which always run: one conversation at a time (latency), 50 conversations at once (cost and
 * throughput against the floor), 1,000 at once (tail latency and load shedding). Targets (issue 16): CPU per turn
 * ≤ 2.0× the floor, turns/s ≥ 0.5× the floor at 50 conversations; one conversation's p99 < 50 ms; no failed turn.
 * The exit code is non-zero if any is missed, after everything is printed.
 *
 * Environment: BENCH_ROUNDS (rounds per bot at 50, default 3), BENCH_WIDE_CONVERSATIONS (default 1000),
 * BENCH_WIDE_TURNS (turns per conversation at 1,000, default the whole walk), BENCH_CPU_PROF (a folder: Handleguide's
 * process writes a V8 CPU profile there; summarise it with `npx tsx bench/profileSummary.ts <file>`).
 */
const WALK = [
  'Jeg er bekymret for en pige i min klasse, hun er ofte ked af det og kommer sulten',
  'vejen',
  'lærer',
  '9',
  'nej',
  '5',
  'ingen',
  'spring over',
  'Uger',
  'spring over',
  'spring over',
  'spring over',
];
const CONCURRENT = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WIDE = Number(process.env.BENCH_WIDE_CONVERSATIONS ?? 1000);
const WIDE_TURNS = Number(process.env.BENCH_WIDE_TURNS ?? WALK.length);
/** What the bot's polite »one moment« starts with, in either language. */
const SHED_MARKERS = ['Et øjeblik', 'One moment'];

type BotName = 'handleguide' | 'floor';
type PerBot = Record<BotName, Sample>;
const perBot = (): PerBot => ({ handleguide: empty(), floor: empty() });

interface BotProcess {
  name: BotName;
  url: string;
  usage(): Promise<ChildUsage>;
  stop(): Promise<void>;
}

async function startChild(name: BotName, file: string, execArgv: string[] = []): Promise<BotProcess> {
  const child: ChildProcess = fork(path.join(__dirname, file), [], {
    execArgv: ['--import', 'tsx', ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, (usage: ChildUsage) => void>();
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it listened`)));
    child.on('message', (message: ChildReady | ChildUsage) => {
      if (message.type === 'ready') resolve(message.url);
      else waiting.get(message.id)?.(message);
    });
  });
  const send = (request: DriverRequest) => child.send(request);
  return {
    name,
    url,
    usage: () =>
      new Promise((resolve) => {
        const id = ++next;
        waiting.set(id, (usage) => {
          waiting.delete(id);
          resolve(usage);
        });
        send({ type: 'usage', id });
      }),
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
  times: number[];
  failed: number;
  shed: number;
}

const empty = (): Sample => ({ turns: 0, wallMs: 0, cpuMicros: 0, times: [], failed: 0, shed: 0 });

function add(total: Sample, part: Sample): void {
  total.turns += part.turns;
  total.wallMs += part.wallMs;
  total.cpuMicros += part.cpuMicros;
  total.failed += part.failed;
  total.shed += part.shed;
  for (const t of part.times) total.times.push(t);
}

let shedSeen = 0;
let roundCounter = 0;

/** `conversations` conversations at once, each walking `turns` steps of the walk one after another. */
async function round(
  bot: BotProcess,
  connector: FakeConnector,
  conversations: number,
  turns: number,
): Promise<Sample> {
  const tag = `${bot.name}-${++roundCounter}`;
  const sample = empty();
  const shedBefore = shedSeen;
  async function walk(n: number): Promise<void> {
    for (const text of WALK.slice(0, turns)) {
      const body = JSON.stringify(teamsMessage(connector.url, text, `a:${tag}-${n}`, `29:${tag}-${n}`));
      const t0 = performance.now();
      try {
        const response = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        await response.arrayBuffer();
        if (response.status !== 200) sample.failed += 1;
      } catch {
        sample.failed += 1;
      }
      sample.times.push(performance.now() - t0);
    }
  }
  const before = await bot.usage();
  const started = performance.now();
  await Promise.all(Array.from({ length: conversations }, (_, n) => walk(n)));
  sample.wallMs = performance.now() - started;
  const after = await bot.usage();
  sample.cpuMicros = after.cpuMicros - before.cpuMicros;
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
    turnsPerSecond: Math.round((sample.turns / Math.max(1, sample.wallMs)) * 1000),
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    failed: sample.failed,
    shed: sample.shed,
  };
}

const ratio = (a: number, b: number) => Number((a / Math.max(1e-9, b)).toFixed(2));

async function main(): Promise<void> {
  const connector = await startFakeConnector(false);
  connector.onBody = (body) => {
    if (SHED_MARKERS.some((marker) => body.includes(marker))) shedSeen += 1;
  };
  const profileDir = process.env.BENCH_CPU_PROF;
  const bot = await startChild(
    'handleguide',
    'handleguideBot.ts',
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  const floor = await startChild('floor', 'echoBot.ts');
  const both = [bot, floor];
  try {
    // Warm-up: JIT, caches, sockets. Not counted.
    for (const b of both) await round(b, connector, CONCURRENT, WALK.length);

    const single = perBot();
    for (let n = 0; n < 10; n++)
      for (const b of both) add(single[b.name], await round(b, connector, 1, WALK.length));

    const concurrent = perBot();
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? both : [...both].reverse();
      for (const b of order) add(concurrent[b.name], await round(b, connector, CONCURRENT, WALK.length));
    }

    const wide = perBot();
    for (const b of both) add(wide[b.name], await round(b, connector, WIDE, WIDE_TURNS));

    const rss = Object.fromEntries(
      await Promise.all(both.map(async (b) => [b.name, (await b.usage()).rssMiB] as const)),
    );
    const part = (samples: PerBot) => {
      const ours = summary(samples.handleguide);
      const base = summary(samples.floor);
      return {
        handleguide: ours,
        floor: base,
        cpuPerTurnRatio: ratio(ours.cpuMsPerTurn, base.cpuMsPerTurn),
        throughputRatio: ratio(ours.turnsPerSecond, base.turnsPerSecond),
      };
    };
    const c = part(concurrent);
    const w = part(wide);
    const result = {
      oneConversation: part(single),
      [`concurrent${CONCURRENT}`]: c,
      [`concurrent${WIDE}`]: w,
      rssMiB: rss,
    };
    console.log(JSON.stringify(result, null, 2));
    const rows = [
      ['', 'CPU ms/turn', 'turns/s', 'p50 ms', 'p99 ms', 'shed'],
      ...(
        [
          ['1 conversation', result.oneConversation],
          [`${CONCURRENT} at once`, c],
          [`${WIDE} at once`, w],
        ] as const
      ).flatMap(([label, r]) => [
        [
          `${label}: handleguide`,
          r.handleguide.cpuMsPerTurn,
          r.handleguide.turnsPerSecond,
          r.handleguide.p50Ms,
          r.handleguide.p99Ms,
          r.handleguide.shed,
        ],
        [
          `${label}: floor`,
          r.floor.cpuMsPerTurn,
          r.floor.turnsPerSecond,
          r.floor.p50Ms,
          r.floor.p99Ms,
          r.floor.shed,
        ],
        [`${label}: ratio`, `${r.cpuPerTurnRatio}×`, `${r.throughputRatio}×`, '', '', ''],
      ]),
    ];
    for (const row of rows)
      console.log(row.map((cell, i) => String(cell).padEnd(i === 0 ? 28 : 12)).join(''));

    const misses: string[] = [];
    if (c.cpuPerTurnRatio > 2.0) misses.push(`CPU/turn ${c.cpuPerTurnRatio}× the floor (target ≤ 2.0×)`);
    if (c.throughputRatio < 0.5) misses.push(`throughput ${c.throughputRatio}× the floor (target ≥ 0.5×)`);
    if (result.oneConversation.handleguide.p99Ms >= 50)
      misses.push(`one conversation p99 ${result.oneConversation.handleguide.p99Ms} ms (target < 50 ms)`);
    const failed = [single, concurrent, wide].reduce((sum, m) => sum + m.handleguide.failed, 0);
    if (failed > 0) misses.push(`${failed} failed turns`);
    console.log(
      misses.length === 0 ? 'bot bench: within targets' : `bot bench: OUTSIDE targets: ${misses.join('; ')}`,
    );
    process.exitCode = misses.length === 0 ? 0 : 1;
  } finally {
    for (const b of both) await b.stop();
    await connector.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
