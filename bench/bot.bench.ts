import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer } from '../src/server';
import { startFakeConnector, teamsMessage } from '../test/support/fakeConnector';

/**
 * `npm run bench` (second part): whole bot turns over loopback HTTP, with real file storage and a fake connector,
 * first one conversation at a time (latency), then 50 at once (throughput). STACK-NOTES' floor for a bare echo
 * bot here: 800-1,100 turns/s, ~1.6 ms CPU per turn. Our turns do more: the engine, 1-6 cards per reply (each a
 * connector call) and a file write. Targets on a 2-core machine: one conversation p99 < 50 ms; at 50 concurrent
 * conversations >= 150 turns/s; no failed turn.
 */
const CONVERSATIONS = 50;
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

async function main(): Promise<void> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'handleguide-bench-'));
  const connector = await startFakeConnector(false);
  const bot = await startServer({
    PORT: '0',
    STATE_DIR: stateDir,
    MUNICIPALITY: 'vejen',
    LOG_LEVEL: 'silent',
  });
  const times: number[] = [];
  let failed = 0;

  async function walk(n: number): Promise<void> {
    for (const text of WALK) {
      const body = JSON.stringify(teamsMessage(connector.url, text, `a:bench-${n}`, `29:user-${n}`));
      const t0 = performance.now();
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await response.arrayBuffer();
      times.push(performance.now() - t0);
      if (response.status !== 200) failed += 1;
    }
  }

  const pct = (p: number) =>
    Number((times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0).toFixed(1));

  await Promise.all(Array.from({ length: 5 }, (_, n) => walk(10_000 + n))); // warm-up
  times.length = 0;
  for (let n = 0; n < 10; n++) await walk(20_000 + n);
  times.sort((a, b) => a - b);
  const single = { turns: times.length, p50Ms: pct(50), p99Ms: pct(99) };

  times.length = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: CONVERSATIONS }, (_, n) => walk(n)));
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  const result = {
    oneConversation: single,
    concurrent: {
      conversations: CONVERSATIONS,
      turns: times.length,
      turnsPerSecond: Math.round((times.length / wallMs) * 1000),
      p50Ms: pct(50),
      p99Ms: pct(99),
      cpuMsPerTurnIncludingDriver: Number(((cpu.user + cpu.system) / 1000 / times.length).toFixed(2)),
    },
    failedTurns: failed,
    rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024),
  };
  console.log(JSON.stringify(result, null, 2));
  await bot.close();
  await connector.close();
  rmSync(stateDir, { recursive: true, force: true });
  const ok = single.p99Ms < 50 && result.concurrent.turnsPerSecond >= 150 && failed === 0;
  console.log(ok ? 'bot bench: within targets' : 'bot bench: OUTSIDE targets');
  process.exitCode = ok ? 0 : 1;
}

void main();
