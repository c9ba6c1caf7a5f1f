import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RoundRobinProxy {
  url: string;
  /** How many requests each backend answered. */
  served: Map<string, number>;
  close(): Promise<void>;
}

/** How long a backend that failed to answer is left out before it is tried again. */
const BACKOFF_MS = 5_000;

interface Forwarded {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function forward(
  backend: string,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
): Promise<Forwarded> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      new URL(path, backend),
      { method, headers: { ...headers, host: new URL(backend).host } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 502,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * A small load balancer on loopback for running several bot instances locally: requests go to the backends in
 * turn; a backend that cannot be reached is left out for a while and the request goes to the next one, as App
 * Service's front end does with an instance that stopped.
 */
export async function startRoundRobinProxy(
  backends: string[],
  port = 0,
  host = '127.0.0.1',
): Promise<RoundRobinProxy> {
  let next = 0;
  const downUntil = new Map<string, number>();
  const served = new Map<string, number>(backends.map((b) => [b, 0]));
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        for (let tried = 0; tried < backends.length; tried++) {
          const backend = backends[next++ % backends.length] ?? '';
          if ((downUntil.get(backend) ?? 0) > Date.now() && tried < backends.length - 1) continue;
          try {
            const answer = await forward(backend, req.method ?? 'GET', req.url ?? '/', req.headers, body);
            served.set(backend, (served.get(backend) ?? 0) + 1);
            res.writeHead(answer.status, answer.headers);
            res.end(answer.body);
            return;
          } catch {
            downUntil.set(backend, Date.now() + BACKOFF_MS);
          }
        }
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'no bot instance answered' }));
      })();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
