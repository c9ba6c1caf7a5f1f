import type { ChildProcess } from 'node:child_process';

/** Stops everything when the playground exits (code 1), or on Ctrl-C / SIGTERM (code 0). */
export function stopWithPlayground(playground: ChildProcess, stop: (code: number) => void): void {
  playground.on('exit', (code: number | null) => {
    console.error(`Agents Playground stoppede (kode ${code ?? 'ukendt'}).`);
    stop(1);
  });
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
}

/** Runs a command's main: a failure prints its message, not a stack trace, and exits 1. */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
