import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../src/server';
import { serveDriver } from './benchChild';

/**
 * Handleguide as `npm run bench` measures it: the real server (restify, the Teams adapter, the whole app with the
 * file store in a fresh folder), in its own process so its CPU time is its own. Extra environment (such as
 * MAX_TURNS_IN_FLIGHT) passes through from the driver.
 */
async function main(): Promise<void> {
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
