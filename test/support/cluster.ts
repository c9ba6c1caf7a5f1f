import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/server';
import { startRoundRobinProxy, type RoundRobinProxy } from '../../src/host/roundRobinProxy';
import { newStateDir } from './conversation';
import { teamsMessage, type FakeConnector } from './fakeConnector';

/** One bot instance: in this process, or a child process that can be killed like a crashed machine. */
export interface Instance {
  url: string;
  /** SIGKILL for a child; for an in-process instance, connections dropped and locks left to expire. */
  kill(): void;
  close(): Promise<void>;
}

export function blobEnv(connectionString: string, container: string): Record<string, string> {
  return {
    PORT: '0',
    STORAGE: 'blob',
    AZURE_STORAGE_CONNECTION_STRING: connectionString,
    AZURE_STORAGE_CONTAINER: container,
    STATE_DIR: newStateDir(),
    MUNICIPALITY: 'vejen',
    LOG_LEVEL: 'silent',
    // These tests are about several instances behaving as one, not about latency: on a loaded 2-core machine a
    // healthy reply can take seconds, so the send limits and the shedding threshold are wider than production's.
    SEND_ATTEMPT_TIMEOUT_MS: '20000',
    SEND_BUDGET_MS: '60000',
    MAX_TURNS_IN_FLIGHT: '10000',
  };
}

export async function inProcessInstance(
  env: Record<string, string>,
): Promise<Instance & { server: RunningServer }> {
  const server = await startServer(env);
  return { url: server.url, server, kill: () => server.kill(), close: () => server.close() };
}

/** `node src/server.ts` with tsx's loader, in its own process (one process, so a SIGKILL kills the bot). */
export async function childInstance(
  env: Record<string, string>,
): Promise<Instance & { child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('src', 'server.ts')], {
    cwd: path.resolve(__dirname, '../..'),
    // NODE_ENV as in the in-process instances (jest's `test`): no reminder scheduler, so both kinds behave alike.
    env: { PATH: process.env.PATH, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start: ${output}`)), 30_000);
    const look = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^\s/]+)\/api\/messages/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`instance exited (${code}): ${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    child,
    kill: () => void child.kill('SIGKILL'),
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Cluster {
  instances: Instance[];
  proxy: RoundRobinProxy;
  close(): Promise<void>;
}

export async function startCluster(instances: Instance[]): Promise<Cluster> {
  const proxy = await startRoundRobinProxy(instances.map((i) => i.url));
  return {
    instances,
    proxy,
    close: async () => {
      await proxy.close();
      await Promise.all(instances.map((i) => i.close()));
    },
  };
}

export interface TurnResult {
  status: number;
  /**
   * Replies delivered twice: the bot retries a send that got no answer in time (at least once), which a loaded
   * machine can trigger. The user sees a question twice; nothing is lost or mixed up. Not in the signature.
   */
  duplicates: number;
  /** A short signature of what the user saw: the number of messages, the questions asked and the headline. */
  signature: string;
  /** Replies in this conversation's path that were meant for another conversation or user. */
  mixedUp: number;
  /** The id of the activity this turn sent. */
  activityId: string;
  /**
   * Earlier activities of the conversation that replies arriving during this turn answered (`replyToId`): a
   * message in flight when an instance was killed may be answered twice, the second time late.
   */
  answersTo: string[];
  /** The signature of this turn's own replies, without those that answer an earlier activity. */
  ownSignature: string;
}

/** What a reply says, without its envelope (ids and fields the sending code may set on a retried send). */
const contentOf = (activity: { type: string; text?: string; attachments?: unknown }): string =>
  JSON.stringify([activity.type, activity.text ?? '', activity.attachments ?? []]);

/** Typing indicators come and go with the machine's load; what the user reads is the messages. */
export const signatureOf = (replies: { activity: { type: string } }[]): string => {
  const messages = replies.filter((r) => r.activity.type !== 'typing');
  const distinct = [...new Set(messages.map((r) => contentOf(r.activity)))];
  const json = `[${distinct.join(',')}]`;
  const steps = [...new Set([...json.matchAll(/\\?"step\\?":\\?"(\w+)/g)].map((m) => m[1]))].join(',');
  const headline = /(Spørgsmål \d+|Vurdering[^"\\]{0,40})/.exec(json)?.[1] ?? '';
  return `${distinct.length}|${steps}|${headline}`;
};

/** Posts one message of a user's 1:1 conversation; returns what that conversation received during the turn. */
export async function turn(
  url: string,
  connector: FakeConnector,
  conversationId: string,
  text: string,
): Promise<TurnResult> {
  const userId = `29:user-of-${conversationId}`;
  const before = connector.received.length;
  const activity = teamsMessage(connector.url, text, conversationId, userId);
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  await response.arrayBuffer();
  const conversationPath = `/v3/conversations/${encodeURIComponent(conversationId)}/`;
  const replies = connector.received.slice(before).filter((r) => r.path.startsWith(conversationPath));
  const mixedUp = replies.filter((r) => {
    const activity = r.activity as { conversation?: { id?: string }; recipient?: { id?: string } };
    return activity.conversation?.id !== conversationId || activity.recipient?.id !== userId;
  }).length;
  const messages = replies.filter((r) => r.activity.type !== 'typing');
  const duplicates = messages.length - new Set(messages.map((r) => contentOf(r.activity))).size;
  const answersOther = (r: (typeof replies)[number]) => (r.activity.replyToId ?? activity.id) !== activity.id;
  return {
    status: response.status,
    signature: signatureOf(replies),
    mixedUp,
    duplicates,
    activityId: activity.id,
    answersTo: [...new Set(replies.filter(answersOther).map((r) => r.activity.replyToId ?? ''))],
    ownSignature: signatureOf(replies.filter((r) => !answersOther(r))),
  };
}

/** The whole dialog, typed: a concern, then every question answered or skipped, to the assessment. */
export const WALK = [
  'Jeg er bekymret for en pige i min klasse, hun er ofte ked af det og kommer sulten',
  'vejen',
  'lærer',
  '9',
  'nej',
  '5',
  'spring over',
];
