import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const PLAYGROUND_PORT = 56150;

export interface PlaygroundOptions {
  endpoint: string;
  port?: number;
  /** The playground writes its log to `<cwd>/devTools/`. */
  cwd?: string;
  stdio?: 'ignore' | 'inherit';
}

/** Starts the Microsoft 365 Agents Playground (a dev tool) against the bot, rendering cards as Teams does. */
export function startPlayground({
  endpoint,
  port = PLAYGROUND_PORT,
  cwd,
  stdio = 'ignore',
}: PlaygroundOptions): ChildProcess {
  const cli = path.join(
    path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')),
    'cli.js',
  );
  return spawn(process.execPath, [cli, '-e', endpoint, '-c', 'msteams', '-p', String(port)], {
    cwd,
    // Without this the playground tries to open a browser with xdg-open and crashes on a server.
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', stdio, 'inherit'],
  });
}
