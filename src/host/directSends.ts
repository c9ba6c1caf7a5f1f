import http from 'node:http';
import https from 'node:https';
import type { Activity, ResourceResponse } from 'botbuilder';

/** What a direct send needs of the turn's connector client: where the connector is, and how to sign for it. */
export interface ConnectorEndpoint {
  /** The Bot Connector's service URL (the inbound activity's `serviceUrl`). */
  baseUri: string;
  /** The connector client's credentials: `signRequest` sets the bearer token (nothing in local mode). */
  credentials?: { signRequest(request: SignableRequest): Promise<unknown> };
}

/** As much of an ms-rest `WebResource` as the Bot Framework credentials touch when they sign a request. */
export interface SignableRequest {
  url: string;
  method: string;
  headers: { set(name: string, value: string): void; get(name: string): string | undefined };
}

/**
 * An error as the connector client's pipeline throws it, so `sendWithRetry` (src/bot/sendPolicy.ts) reads the
 * status, the network code and Retry-After alike whichever path sent the activity.
 */
export class DirectSendError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
    readonly code?: string,
    readonly response?: { status: number; headers: { get(name: string): string | undefined } },
  ) {
    super(message);
    this.name = 'DirectSendError';
  }
}

/**
 * Kept-alive connections to the Bot Connector, as the connector client keeps them; no limit per host, since a
 * busy instance has many replies in flight to the same regional connector.
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

function activitiesUrl(baseUri: string, conversationId: string, replyToId: string | undefined): URL {
  const url = new URL(baseUri);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  url.pathname = `${base}v3/conversations/${encodeURIComponent(conversationId)}/activities${
    replyToId ? `/${encodeURIComponent(replyToId)}` : ''
  }`;
  return url;
}

/**
 * Sends one activity to the conversation as the connector client's `replyToActivity` (with a `replyToId`) or
 * `sendToConversation` does: the same URL, headers and bearer token, the activity as JSON, one attempt that is
 * aborted after `timeoutMs`. The bot retries (sendWithRetry), as it does with the connector client.
 */
export async function sendDirect(
  endpoint: ConnectorEndpoint,
  activity: Partial<Activity>,
  timeoutMs: number,
): Promise<ResourceResponse> {
  const conversationId = activity.conversation?.id;
  if (!conversationId) throw new DirectSendError('the activity names no conversation');
  const url = activitiesUrl(endpoint.baseUri, conversationId, activity.replyToId);
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    accept: '*/*',
  };
  if (activity.replyToId) headers['x-ms-conversation-id'] = conversationId;
  const request: SignableRequest = {
    url: url.href,
    method: 'POST',
    headers: {
      set: (name, value) => void (headers[name.toLowerCase()] = value),
      get: (name) => headers[name.toLowerCase()],
    },
  };
  // The token, exactly as the connector client gets it (cached per app id and audience by botframework-connector).
  await endpoint.credentials?.signRequest(request);
  const body = JSON.stringify(activity);
  headers['content-length'] = String(Buffer.byteLength(body));
  return post(url, headers, body, timeoutMs);
}

function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<ResourceResponse> {
  const transport = url.protocol === 'https:' ? https : http;
  const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
  return new Promise((resolve, reject) => {
    const settle =
      <T>(finish: (value: T) => void) =>
      (value: T) => {
        clearTimeout(timer);
        finish(value);
      };
    resolve = settle(resolve);
    reject = settle(reject);
    const request = transport.request(url, { method: 'POST', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => reject(networkError(error)));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        if (status >= 200 && status < 300) {
          resolve({ id: idIn(text) });
          return;
        }
        const get = (name: string) => {
          const value = response.headers[name.toLowerCase()];
          return Array.isArray(value) ? value[0] : value;
        };
        reject(
          new DirectSendError(`the connector answered ${status}`, status, codeIn(text), {
            status,
            headers: { get },
          }),
        );
      });
    });
    // The whole attempt, not just an idle socket: a connector that trickles its answer is given up on too.
    const timer = setTimeout(
      () => request.destroy(new DirectSendError(`no answer within ${timeoutMs} ms`, undefined, 'ETIMEDOUT')),
      timeoutMs,
    );
    request.on('error', (error) => reject(networkError(error)));
    request.end(body);
  });
}

function networkError(error: Error): Error {
  if (error instanceof DirectSendError) return error;
  return new DirectSendError(error.message, undefined, (error as NodeJS.ErrnoException).code);
}

function parsed(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const idIn = (text: string) => {
  const id = text ? parsed(text)?.id : undefined;
  return typeof id === 'string' ? id : '';
};

/** The connector's error code (`{"error":{"code":"BadArgument"}}`), as the connector client reports it. */
const codeIn = (text: string) => {
  const error = text ? parsed(text)?.error : undefined;
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
};
