// First: on a Node too old to run the bot, this stops with one line before anything below is loaded.
import '../host/requireSupportedNode';
import '../host/compileCache';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAzurite } from '../host/azurite';
import { loadDotEnv } from '../host/dotenv';
import { warnIfNodeUnsupported } from '../host/nodeVersion';
import { PLAYGROUND_PORT, startPlayground } from '../host/playground';
import { runCommand, stopWithPlayground } from './lifecycle';
import { PlaygroundDirectory } from '../host/playgroundDirectory';
import { startRoundRobinProxy } from '../host/roundRobinProxy';
import { startServer, type RunningServer } from '../server';

const INSTANCES = 2;

/**
 * `npm run serve:blob`: the production storage path on one machine. Azurite (the Azure Storage emulator, from npm,
 * in memory on loopback), two bot instances sharing one blob container, a round-robin proxy in front of them on
 * the usual port, and the Agents Playground on the proxy: every message goes to the next instance in turn.
 */
async function main(): Promise<void> {
  warnIfNodeUnsupported();
  loadDotEnv();
  const azurite = await startAzurite();
  const directory = PlaygroundDirectory.fromFile('.m365agentsplayground.yml');
  const instances: RunningServer[] = [];
  for (let i = 0; i < INSTANCES; i++) {
    instances.push(
      await startServer(
        {
          LOG_LEVEL: 'warn',
          ...process.env,
          PORT: '0',
          STORAGE: 'blob',
          AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
          AZURE_STORAGE_CONTAINER: 'handleguide-state',
          // Each instance's own scratch folder; the state itself is in the blob container.
          STATE_DIR: mkdtempSync(path.join(tmpdir(), `handleguide-instance-${i + 1}-`)),
        },
        { directory },
      ),
    );
  }
  const proxy = await startRoundRobinProxy(
    instances.map((i) => i.url),
    Number(process.env.PORT ?? 3978),
  );
  const endpoint = `${proxy.url}/api/messages`;
  const playground = startPlayground({ endpoint });
  console.log(
    [
      '',
      'Handleguide med delt lager: Azurite + to instanser bag en round-robin-proxy (lokalt, uden Azure).',
      `  Azurite:    http://127.0.0.1:${azurite.port}/devstoreaccount1 (i hukommelsen; væk når du stopper)`,
      ...instances.map((instance, i) => `  Instans ${i + 1}:  ${instance.url}/api/messages`),
      `  Proxy:      ${endpoint}  (hver besked går til den næste instans)`,
      `  Playground: http://localhost:${PLAYGROUND_PORT}   <- åbn den i din browser`,
      '  Stop med Ctrl+C.',
      '',
    ].join('\n'),
  );
  const stop = (code: number) => {
    playground.kill();
    console.log(
      `Svar pr. instans: ${[...proxy.served.values()].map((n, i) => `instans ${i + 1}: ${n}`).join(', ')}`,
    );
    void (async () => {
      await proxy.close();
      await Promise.all(instances.map((i) => i.close()));
      await azurite.stop();
      process.exit(code);
    })();
  };
  stopWithPlayground(playground, stop);
}

runCommand(main);
