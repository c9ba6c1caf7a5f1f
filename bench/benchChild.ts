/**
 * The side of a bench child that talks to the driver over IPC: it says where it listens, reports its own CPU
 * time and memory when asked (so each bot's cost is read in its own process, never mixed with the driver's), and
 * stops when told to.
 */
export interface ChildReady {
  type: 'ready';
  url: string;
}

export interface ChildUsage {
  type: 'usage';
  id: number;
  cpuMicros: number;
  rssMiB: number;
}

export type DriverRequest = { type: 'usage'; id: number } | { type: 'stop' };

export function serveDriver(url: string, close: () => Promise<void>): void {
  if (!process.send)
    throw new Error('a bench child must be started by the bench driver (with an IPC channel)');
  process.on('message', (message: DriverRequest) => {
    if (message.type === 'usage') {
      const cpu = process.cpuUsage();
      const usage: ChildUsage = {
        type: 'usage',
        id: message.id,
        cpuMicros: cpu.user + cpu.system,
        rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024),
      };
      process.send?.(usage);
    } else if (message.type === 'stop') {
      void close().finally(() => process.exit(0));
    }
  });
  // The driver going away must not leave a bot listening.
  process.on('disconnect', () => process.exit(0));
  const ready: ChildReady = { type: 'ready', url };
  process.send(ready);
}
