import { startServer, type RunningServer } from '../../src/server';
import { newStateDir } from './conversation';
import { startFakeConnector, type FakeConnector } from './fakeConnector';

export interface LocalBot {
  bot: RunningServer;
  connector: FakeConnector;
  stateDir: string;
  close(): Promise<void>;
}

/** The real server in local mode on loopback, with a fake Teams connector beside it and a fresh state folder. */
export async function startLocalBot(env: Record<string, string> = {}): Promise<LocalBot> {
  const connector = await startFakeConnector();
  const stateDir = newStateDir();
  const bot = await startServer({
    PORT: '0',
    STATE_DIR: stateDir,
    MUNICIPALITY: 'vejen',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return {
    bot,
    connector,
    stateDir,
    close: async () => {
      await bot.close();
      await connector.close();
    },
  };
}
