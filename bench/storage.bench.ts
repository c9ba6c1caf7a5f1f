import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer, type RunningServer } from '../src/server';
import { startAzurite } from '../src/host/azurite';
import { startRoundRobinProxy } from '../src/host/roundRobinProxy';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../test/support/fakeConnector';
import { WALK } from '../test/support/cluster';

/**
 * `npm run bench` (storage part): the whole dialog (12 typed turns) walked by 50 conversations at once, over
 * loopback HTTP with a fake connector, on three set-ups side by side: one instance on the file store, one on
 * Azurite (Blob Storage emulator), and two on Azurite behind a round-robin proxy. Everything runs on this machine,
 * so two instances share its cores with Azurite and the driver: the numbers compare storage paths, they do not
 * predict Azure (real Blob Storage answers in ~5-10 ms per call, Azurite on loopback in ~1 ms, but on our CPU).
 */
const CONVERSATIONS = 50;

async function drive(url: string, connector: FakeConnector, label: string) {
  const times: number[] = [];
  let failed = 0;
  const walk = async (n: number) => {
    for (const text of WALK) {
      const body = JSON.stringify(teamsMessage(connector.url, text, `a:${label}-${n}`, `29:${label}-${n}`));
      const t0 = performance.now();
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await response.arrayBuffer();
      times.push(performance.now() - t0);
      if (response.status !== 200) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: 5 }, (_, n) => walk(10_000 + n))); // warm-up
  times.length = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONVERSATIONS }, (_, n) => walk(n)));
  const wallMs = performance.now() - started;
  times.sort((a, b) => a - b);
  const pct = (p: number) =>
    Number((times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0).toFixed(1));
  return {
    setup: label,
    turns: times.length,
    turnsPerSecond: Math.round((times.length / wallMs) * 1000),
    p50Ms: pct(50),
    p99Ms: pct(99),
    failedTurns: failed,
  };
}

async function main(): Promise<void> {
  const connector = await startFakeConnector(false);
  const azurite = await startAzurite();
  const scratch: string[] = [];
  const dir = () => {
    const made = mkdtempSync(path.join(tmpdir(), 'handleguide-bench-'));
    scratch.push(made);
    return made;
  };
  const blob = (container: string) => ({
    PORT: '0',
    LOG_LEVEL: 'silent',
    STORAGE: 'blob',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_CONTAINER: container,
    STATE_DIR: dir(),
  });
  const results = [];
  try {
    const file = await startServer({ PORT: '0', LOG_LEVEL: 'silent', STATE_DIR: dir() });
    results.push(await drive(file.url, connector, 'file, 1 instance'));
    await file.close();

    const one = await startServer(blob('bench-one'));
    results.push(await drive(one.url, connector, 'Azurite, 1 instance'));
    await one.close();

    const two: RunningServer[] = [await startServer(blob('bench-two')), await startServer(blob('bench-two'))];
    const proxy = await startRoundRobinProxy(two.map((s) => s.url));
    results.push(await drive(proxy.url, connector, 'Azurite, 2 instances'));
    await proxy.close();
    await Promise.all(two.map((s) => s.close()));
  } finally {
    await azurite.stop();
    await connector.close();
    for (const made of scratch) rmSync(made, { recursive: true, force: true });
  }
  console.log(`storage bench: ${CONVERSATIONS} conversations at once, ${WALK.length} turns each`);
  console.table(results);
  const failed = results.reduce((sum, r) => sum + r.failedTurns, 0);
  console.log(failed === 0 ? 'storage bench: no failed turn' : `storage bench: ${failed} FAILED turns`);
  process.exitCode = failed === 0 ? 0 : 1;
}

void main();
