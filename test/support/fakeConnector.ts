import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  path: string;
  activity: {
    type: string;
    text?: string;
    attachments?: { contentType: string; content: Record<string, unknown> }[];
  };
}

export interface FakeConnector {
  url: string;
  received: ReceivedActivity[];
  close(): Promise<void>;
}

/** A stand-in for the Bot Connector on loopback: records every activity the bot sends and answers 200. */
export async function startFakeConnector(record = true): Promise<FakeConnector> {
  const received: ReceivedActivity[] = [];
  let count = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      count += 1;
      if (body && record) received.push({ path: req.url ?? '', activity: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${count}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
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
