import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
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
  /** Of `cpuMicros`, the main thread's (JavaScript, the event loop); the rest is V8's helpers (GC, compiling) and
   * the thread pool (file calls, with their kernel time). Linux only (undefined elsewhere), in 10 ms ticks. */
  mainCpuMicros?: number;
  rssMiB: number;
}

export interface ChildProfiled {
  type: 'profiled';
  id: number;
}

/** `profile`: start a CPU profile, or stop it and write it to `file` (so only the measured rounds are profiled). */
export type DriverRequest =
  { type: 'usage'; id: number } | { type: 'profile'; id: number; file?: string } | { type: 'stop' };

let session: Session | undefined;

function post<T>(method: string): Promise<T> {
  return new Promise((resolve, reject) =>
    session?.post(method, (error, result) => (error ? reject(error) : resolve(result as T))),
  );
}

async function profile(file: string | undefined): Promise<void> {
  if (!file) {
    session = new Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
    return;
  }
  const { profile: result } = await post<{ profile: object }>('Profiler.stop');
  writeFileSync(file, JSON.stringify(result));
  session?.disconnect();
  session = undefined;
}

/** The main thread's user and system time from /proc (clock ticks of 10 ms), or undefined off Linux. */
function mainThreadMicros(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

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
        mainCpuMicros: mainThreadMicros(),
        rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024),
      };
      process.send?.(usage);
    } else if (message.type === 'profile') {
      void profile(message.file).then(() => process.send?.({ type: 'profiled', id: message.id }));
    } else if (message.type === 'stop') {
      void close().finally(() => process.exit(0));
    }
  });
  // The driver going away must not leave a bot listening.
  process.on('disconnect', () => process.exit(0));
  const ready: ChildReady = { type: 'ready', url };
  process.send(ready);
}
