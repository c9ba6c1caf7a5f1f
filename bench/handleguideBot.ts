import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { startServer as StartServer } from '../src/server';
import { serveDriver } from './benchChild';

/**
 * Handleguide as `npm run bench` measures it: the real server (restify, the Teams adapter, the whole app with the
 * file store in a fresh folder), in its own process so its CPU time is its own. Extra environment (such as
 * MAX_TURNS_IN_FLIGHT) passes through from the driver; BENCH_SERVER_MODULE is the server to run: the compiled
 * dist/src/server.js of this checkout or of another (bench/bot.bench.ts's BENCH_BASELINE), or a src/server.ts.
 */
async function main(): Promise<void> {
  // BENCH_SERVER_MODULE: the driver names the build to run (this checkout's, or another's for a before/after).
  const { startServer } = (await import(process.env.BENCH_SERVER_MODULE ?? '../src/server')) as {
    startServer: typeof StartServer;
  };
  const stateDir = mkdtempSync(path.join(tmpdir(), 'handleguide-bench-'));
  const bot = await startServer({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    STATE_DIR: stateDir,
    MUNICIPALITY: 'vejen',
    LOG_LEVEL: 'silent',
    MicrosoftAppId: '',
    BOT_MODE: 'local',
  });
  serveDriver(bot.url, async () => {
    await bot.close();
    rmSync(stateDir, { recursive: true, force: true });
  });
}

void main();
