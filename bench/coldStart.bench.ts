import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeConnector, teamsMessage } from '../test/support/fakeConnector';
import { WALK } from '../test/support/cluster';

/**
 * `npm run bench` (cold-start part): how long a fresh server process takes from its spawn to the answer of its
 * first turn, with an empty state folder and with 50,000 stored users (a user document and an idle conversation
 * each, saved over the last 60 days, so half are past the 30-day retention and the first sweep has work). The
 * first turn comes from a stored user. Then a few more turns run while the background sweep goes on, and the
 * sweep's own log line says how long it took. Target (issue 16): the first turn within 1.5 s with 50,000 users,
 * as the server's own CPU time (Linux /proc), so that other processes on a shared machine do not count.
 *
 * The server runs as `npm run serve` runs it: compiled (`tsc -p tsconfig.build.json` into the ignored dist/,
 * first), `node dist/src/server.js`. A first start, not counted, warms the OS's file cache and fills the start-up
 * caches (compiled code, validated knowledge and lexicons: docs/deployment.md), as any restart finds them.
 * Environment: BENCH_USERS (default 50000).
 */
const USERS = Number(process.env.BENCH_USERS ?? 50_000);
const TARGET_MS = 1_500;
const RETENTION_DAYS = 30;
const DAY = 86_400_000;
const BOT = '28:handleguide-bot';
const root = path.resolve(__dirname, '..');

const fileOf = (dir: string, key: string) =>
  path.join(dir, `${createHash('sha256').update(key).digest('hex')}.json`);

/** Writes the documents the file store would have written, with file times equal to their save times. */
async function storeUsers(dir: string, users: number): Promise<void> {
  const now = Date.now();
  const one = async (n: number) => {
    const savedAt = new Date(now - (n % 60) * DAY - (n % 1000) * 1000);
    const documents: [string, Record<string, unknown>][] = [
      [`msteams/${BOT}/users/29:stored-${n}`, { municipality: 'vejen', role: 'skole', lang: 'da' }],
      [`msteams/${BOT}/conversations/a:stored-${n}`, { welcomedAt: savedAt.toISOString() }],
    ];
    for (const [key, item] of documents) {
      const file = fileOf(dir, key);
      await writeFile(
        file,
        JSON.stringify({ savedAt: savedAt.toISOString(), item: { ...item, eTag: randomUUID() } }),
      );
      await utimes(file, savedAt, savedAt);
    }
  };
  for (let start = 0; start < users; start += 500)
    await Promise.all(Array.from({ length: Math.min(500, users - start) }, (_, i) => one(start + i)));
}

/** User and system CPU time of a process so far, from /proc (Linux), in ms; undefined elsewhere. */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

interface ColdStart {
  storedUsers: number;
  listeningMs: number;
  firstTurnMs: number;
  cpuToFirstTurnMs: number | undefined;
  /** Turns answered while the first sweep ran: their slowest, in ms. */
  turnsDuringSweep: number;
  slowestTurnDuringSweepMs: number;
  sweepMs: number | undefined;
  sweepSeen: number | undefined;
  sweepRemoved: number | undefined;
}

async function post(url: string, body: unknown): Promise<number> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

async function coldStart(dir: string, users: number, connectorUrl: string): Promise<ColdStart> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join('dist', 'src', 'server.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      STATE_DIR: dir,
      STATE_RETENTION_DAYS: String(RETENTION_DAYS),
      MUNICIPALITY: 'vejen',
      LOG_LEVEL: 'info',
      MicrosoftAppId: '',
      BOT_MODE: 'local',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let sweep: { ms: number; seen: number; removed: number } | undefined;
  let onSwept: () => void = () => undefined;
  const swept = new Promise<void>((resolve) => (onSwept = resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it listened`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const listening = /listening on (http:\/\/\S+)\/api\/messages/.exec(line);
        if (listening?.[1]) resolve(listening[1]);
        if (line.includes('"retention_sweep"')) {
          const logged = JSON.parse(line) as { ms: number; seen: number; removed: number };
          sweep = { ms: logged.ms, seen: logged.seen, removed: logged.removed };
          onSwept();
        }
      }
    });
  });
  const listeningMs = performance.now() - started;
  const stored = (n: number) =>
    teamsMessage(connectorUrl, WALK[0] ?? 'hej', `a:stored-${n}`, `29:stored-${n}`);
  const status = await post(url, stored(7));
  const firstTurnMs = performance.now() - started;
  const cpuToFirstTurnMs = cpuMsOf(child.pid);
  if (status !== 200) throw new Error(`the first turn was answered ${status}`);
  // More turns while the sweep goes on (with 50,000 users it runs for many seconds): none may be held up by it.
  let slowest = 0;
  let turns = 0;
  const deadline = performance.now() + 5_000;
  while (!sweep && performance.now() < deadline) {
    const t0 = performance.now();
    await post(url, stored(100 + turns));
    slowest = Math.max(slowest, performance.now() - t0);
    turns++;
  }
  await Promise.race([swept, new Promise((resolve) => setTimeout(resolve, 120_000))]);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return {
    storedUsers: users,
    listeningMs: Math.round(listeningMs),
    firstTurnMs: Math.round(firstTurnMs),
    cpuToFirstTurnMs,
    turnsDuringSweep: turns,
    slowestTurnDuringSweepMs: Math.round(slowest),
    sweepMs: sweep?.ms,
    sweepSeen: sweep?.seen,
    sweepRemoved: sweep?.removed,
  };
}

/** Compiles the server as `npm run build` does. */
function build(): void {
  const tsc = require.resolve('typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`tsc -p tsconfig.build.json exited with ${built.status}`);
}

async function main(): Promise<void> {
  build();
  const connector = await startFakeConnector(false);
  const scratch: string[] = [];
  const freshDir = () => {
    const made = mkdtempSync(path.join(tmpdir(), 'handleguide-coldstart-'));
    scratch.push(made);
    return made;
  };
  const results: ColdStart[] = [];
  try {
    // Not counted: warms the OS's file cache and fills the start-up caches, as any restart finds them.
    await coldStart(freshDir(), 0, connector.url);
    results.push(await coldStart(freshDir(), 0, connector.url));
    const generated = performance.now();
    const crowded = freshDir();
    await storeUsers(crowded, USERS);
    console.log(`cold-start bench: ${USERS} users stored in ${Math.round(performance.now() - generated)} ms`);
    results.push(await coldStart(crowded, USERS, connector.url));
    // The second start finds what the first one's sweep left: the users still within retention.
    results.push(await coldStart(crowded, USERS, connector.url));
  } finally {
    await connector.close();
    for (const made of scratch) rmSync(made, { recursive: true, force: true });
  }
  console.table(results);
  // The target is the server's own CPU time from spawn to the first answer: on an idle 2-core machine the wall
  // time is about that (less, as GC runs beside), while on a shared one it mostly measures the other processes.
  const crowdedRuns = results.filter((r) => r.storedUsers === USERS);
  const slowestCpu = Math.max(...crowdedRuns.map((r) => r.cpuToFirstTurnMs ?? r.firstTurnMs));
  const slowestWall = Math.max(...crowdedRuns.map((r) => r.firstTurnMs));
  const ok = slowestCpu <= TARGET_MS;
  const figures = `first turn after ${slowestCpu} ms of CPU (${slowestWall} ms wall) with ${USERS} users`;
  console.log(
    ok
      ? `cold-start bench: within target (${figures})`
      : `cold-start bench: OUTSIDE target: ${figures} (target ≤ ${TARGET_MS} ms)`,
  );
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
