import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedActivity {
  path: string;
  activity: {
    type: string;
    /** The activity this one answers. */
    replyToId?: string;
    text?: string;
    attachments?: { contentType: string; content: Record<string, unknown> }[];
  };
}

/** What the fake connector does with one request: answer 200, fail with a status, or never answer. */
export type ConnectorFault =
  | { status: number; headers?: Record<string, string> }
  | 'hang'
  /** Drops the connection without an answer, as a crashed proxy would. */
  | 'reset'
  /** Answers normally, but only after a while. */
  | { delayMs: number };

export interface FakeConnector {
  url: string;
  received: ReceivedActivity[];
  /** Every request that reached the connector, delivered or not. */
  attempts: number;
  /** Called for every request; return a fault to inject one, or undefined to answer normally. */
  faults: ((attempt: number, path: string) => ConnectorFault | undefined) | undefined;
  /** Sees the raw body of every delivered request, recorded or not (the bench counts its shed replies so). */
  onBody: ((body: string) => void) | undefined;
  close(): Promise<void>;
}

/** A stand-in for the Bot Connector on loopback: records every activity the bot sends and answers 200. */
export async function startFakeConnector(record = true): Promise<FakeConnector> {
  const received: ReceivedActivity[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  let delivered = 0;
  const connector: FakeConnector = {
    url: '',
    received,
    attempts: 0,
    faults: undefined,
    onBody: undefined,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      connector.attempts += 1;
      const fault = connector.faults?.(connector.attempts, req.url ?? '');
      if (fault === 'hang') {
        hanging.add(res);
        return;
      }
      if (fault === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault && 'delayMs' in fault) {
        setTimeout(() => answer(body, res, req.url ?? ''), fault.delayMs);
        return;
      }
      if (fault) {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(JSON.stringify({ error: { code: 'Injected', message: 'injected fault' } }));
        return;
      }
      answer(body, res, req.url ?? '');
    });
  });
  function answer(body: string, res: ServerResponse, requestPath = '') {
    delivered += 1;
    connector.onBody?.(body);
    if (body && record) received.push({ path: requestPath, activity: JSON.parse(body) });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `reply-${delivered}` }));
  }
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A real connector takes any number of connections: a deep backlog, so a burst of them is never dropped.
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
  connector.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return connector;
}

let counter = 0;

/** A Teams-shaped 1:1 message activity for `/api/messages`. */
export function teamsMessage(serviceUrl: string, text: string, conversationId: string, userId = '29:1-user') {
  counter += 1;
  return {
    type: 'message',
    id: `activity-${counter}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: userId, aadObjectId: '00000000-0000-0000-0000-000000000001', name: 'Test Pædagog' },
    recipient: { id: '28:handleguide-bot', name: 'Handleguide' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'da-DK',
    text,
  };
}
