// First: on a Node too old to run the bot, this stops with one line before anything below is loaded.
import './host/requireSupportedNode';
import './host/compileCache';
import type restify from 'restify';
import { createBot } from './bot/app';
import { ConfigError, readConfig, type Config } from './config';
import { createAdapter } from './host/adapter';
import { loadDotEnv } from './host/dotenv';
import { createHttpServer } from './host/httpServer';
import { createLogger } from './host/logger';
import { redirectLibraryConsole } from './host/libraryConsole';
import { warnIfNodeUnsupported } from './host/nodeVersion';
import type { Logger } from 'pino';
import { TeamsMessenger, type MemberDirectory } from './bot/handoff';
import { CaseStore } from './bot/caseStore';
import { ReminderScheduler } from './bot/reminderScheduler';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { defaultKnowledgeDir, KnowledgeError } from './knowledge';
import type { Knowledge } from './knowledge/schema';
import { FolderInUseError } from './storage/folderLock';
import { openStorage } from './storage/openStorage';
import type { SweepOutcome } from './storage/sweeper';
import { storageReadiness } from './storage/readiness';
import { DEFAULT_SEND_POLICY, type SendPolicy } from './bot/sendPolicy';
import type { Storage } from 'botbuilder';
import { loadStartupData, startupDataOf } from './host/startupData';

/** Capped by the kernel's net.core.somaxconn (4096 on current Linux). */
const LISTEN_BACKLOG = 4_096;
const SWEEP_EVERY_MS = 3_600_000;

export interface RunningServer {
  url: string;
  config: Config;
  /** The first retention sweep, started in the background once the server listens. */
  firstSweep: Promise<SweepOutcome>;
  /** Runs a retention sweep now (if this instance gets the sweep lock). */
  sweep(): Promise<SweepOutcome>;
  close(): Promise<void>;
  /** Stops at once, as a crash would: connections dropped, locks left to expire (tests of several instances). */
  kill(): void;
}

export interface ServerParts {
  knowledge?: Knowledge;
  logger?: Logger;
  /** Where »Send til min leder« finds people; the Teams member list by default. */
  directory?: MemberDirectory;
  /** State storage; the file store under STATE_DIR by default (tests inject failing ones). */
  storage?: Storage;
  /** Outbound credentials; tests replace them, since the real ones need Microsoft's login servers. */
  credentialsFactory?: ServiceClientCredentialsFactory;
  /** Case reminders (src/bot/reminderScheduler.ts); off under jest unless a test asks for them. */
  reminders?: boolean;
}

/** Composition root: configuration, knowledge, storage, adapter and app, wired explicitly. */
export async function startServer(
  env: Record<string, string | undefined> = process.env,
  parts: ServerParts = {},
): Promise<RunningServer> {
  // The knowledge and the lexicons compiled from it: from the start-up cache when nothing they depend on changed.
  const startup = parts.knowledge
    ? // Knowledge a caller (a test) gave: its lexicons built here, no cache.
      { ...startupDataOf(parts.knowledge), remember: () => undefined }
    : loadStartupData(env.KNOWLEDGE_DIR ?? defaultKnowledgeDir(), {
        // Under jest a cached Map would come from another realm than the test's (`instanceof Map` fails on it).
        cacheDir: (env.NODE_ENV ?? process.env.NODE_ENV) === 'test' ? false : undefined,
      });
  const { knowledge } = startup;
  const config = readConfig(env, [...knowledge.municipalities.keys()]);
  const logger = parts.logger ?? createLogger(undefined, config.LOG_LEVEL);
  const restoreConsole = redirectLibraryConsole(logger);
  const opened = await openStorage(config, logger);
  const storage = parts.storage ?? opened.storage;

  const adapter = createAdapter(config, parts.credentialsFactory);
  const sendPolicy: SendPolicy = {
    ...DEFAULT_SEND_POLICY,
    attemptTimeoutMs: config.SEND_ATTEMPT_TIMEOUT_MS,
    budgetMs: config.SEND_BUDGET_MS,
  };
  const bot = createBot({
    storage,
    adapter,
    botAppId: config.MicrosoftAppId,
    directory: parts.directory,
    allowedTenants: config.allowedTenants,
    sendPolicy,
    maxTurnsInFlight: config.MAX_TURNS_IN_FLIGHT,
    services: {
      knowledge,
      lexicon: startup.lexicon,
      objectivity: startup.objectivity,
      clock: () => new Date(),
      defaultMunicipality: config.MUNICIPALITY,
    },
    logger,
  });
  // Case reminders: one scheduler per process. The file store lives in one process, so its in-process lock is
  // enough; a shared store (Blob) passes its lease as `lock` here.
  const reminders = new ReminderScheduler({
    store: new CaseStore(storage, knowledge.national),
    storage,
    messenger: new TeamsMessenger(adapter, config.MicrosoftAppId),
    knowledge,
    clock: () => new Date(),
    logger,
  });
  if (parts.reminders ?? (env.NODE_ENV ?? process.env.NODE_ENV) !== 'test') reminders.start();
  const server: restify.Server = createHttpServer({
    bot,
    adapter,
    ready: () => storageReadiness(storage),
    attemptTimeoutMs: sendPolicy.attemptTimeoutMs,
    logger,
    health: () => ({
      mode: config.mode,
      municipality: config.MUNICIPALITY,
      municipalities: [...knowledge.municipalities.keys()],
    }),
  });
  // A deep accept queue: in a burst of new connections Node's default (511) drops connects, and the client's
  // retransmits come 1, 3 and 7 s later, a silence worse than the »one moment« the bot can give.
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, LISTEN_BACKLOG, resolve));
  const address = server.address();
  // Before any turn is handled (this runs before the event loop takes the first connection), after a cache miss.
  startup.remember();
  // Listen first: retention is swept in the background, in bounded slices, never on the start path.
  const firstSweep = opened.sweeper.start(SWEEP_EVERY_MS);
  return {
    url: `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${address.port}`,
    config,
    firstSweep,
    sweep: () => opened.sweeper.runOnce(),
    close: async () => {
      reminders.stop();
      await opened.close();
      restoreConsole();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    kill: () => {
      reminders.stop();
      restoreConsole();
      opened.abandon();
      server.server.closeAllConnections();
      server.close();
    },
  };
}

async function main(): Promise<void> {
  warnIfNodeUnsupported();
  try {
    loadDotEnv();
    const running = await startServer();
    const banner =
      running.config.mode === 'local'
        ? '\n*** LOCAL MODE: no MicrosoftAppId, so requests are NOT authenticated. Loopback only. ***\n'
        : '';
    process.stdout.write(
      `${banner}Handleguide listening on ${running.url}/api/messages (municipality: ${running.config.MUNICIPALITY})\n`,
    );
    const stop = () => void running.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof KnowledgeError ||
      error instanceof FolderInUseError
    ) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) void main();
