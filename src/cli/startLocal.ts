// First: on a Node too old to run the bot, this stops with one line before anything below is loaded.
import '../host/requireSupportedNode';
import '../host/compileCache';
import { loadDotEnv } from '../host/dotenv';
import { warnIfNodeUnsupported } from '../host/nodeVersion';
import { PLAYGROUND_PORT, startPlayground } from '../host/playground';
import { runCommand, stopWithPlayground } from './lifecycle';
import { PlaygroundDirectory } from '../host/playgroundDirectory';
import { startServer } from '../server';

/** `npm start`: the bot on loopback with embedded defaults, plus the Microsoft 365 Agents Playground. */
async function main(): Promise<void> {
  warnIfNodeUnsupported();
  loadDotEnv();
  // A quiet console for trying the bot; set LOG_LEVEL=info to see one line per turn.
  const running = await startServer(
    { LOG_LEVEL: 'warn', ...process.env },
    {
      directory: PlaygroundDirectory.fromFile('.m365agentsplayground.yml'),
    },
  );
  const endpoint = `${running.url}/api/messages`;
  const playground = startPlayground({ endpoint });
  console.log(
    [
      '',
      'Handleguide kører lokalt (uden Azure og uden Teams-konto).',
      `  Bot:        ${endpoint}  (lokal tilstand: ingen godkendelse, kun loopback)`,
      `  Playground: http://localhost:${PLAYGROUND_PORT}   <- åbn den i din browser og skriv din bekymring`,
      `  Kommune:    ${running.config.MUNICIPALITY}  (skift med MUNICIPALITY=dragoer npm start, eller skriv »skift kommune«)`,
      '  Stop med Ctrl+C.',
      '',
    ].join('\n'),
  );
  const stop = (code: number) => {
    playground.kill();
    void running.close().then(() => process.exit(code));
  };
  stopWithPlayground(playground, stop);
}

runCommand(main);
