// Which Node.js the bot needs. The entry points check it before they load anything else, so an old Node gives one
// line saying what to do instead of a stack trace from inside a dependency. This file imports nothing and sticks
// to plain syntax, so that it still parses and runs on the old versions it is there to turn away.

/** The oldest supported LTS line: package.json's `engines` and `.ci/node-versions` start here (a test checks). */
export const REQUIRED_NODE_MAJOR = 22;

/**
 * Node 20 is past end of life (2026-04-30) and unsupported, but the bot still runs on it (the CI host's own Node runs
 * the whole test suite), so it gets a warning. Older ones are refused: runtime dependencies (restify's router, the
 * Azure SDK) declare Node >= 20, and Node 16 crashes while loading pino.
 */
export const OLDEST_RUNNING_NODE_MAJOR = 20;

export interface NodeVersionNotice {
  /** true: the bot cannot run on this Node, so the entry point stops. */
  fatal: boolean;
  /** One line for stderr. */
  line: string;
}

/** What to tell someone starting the bot with `version` (e.g. "18.20.8") through `command`; nothing if it is fine. */
export function nodeVersionNotice(version: string, command: string): NodeVersionNotice | undefined {
  const major = Number(version.replace(/^v/, '').split('.')[0]);
  if (major >= REQUIRED_NODE_MAJOR) return undefined;
  const remedy =
    `install Node.js ${REQUIRED_NODE_MAJOR} LTS or newer (https://nodejs.org), ` +
    `or run it with one from npm: npx -p node@${REQUIRED_NODE_MAJOR} ${command}`;
  if (major >= OLDEST_RUNNING_NODE_MAJOR) {
    return {
      fatal: false,
      line: `Warning: Node.js ${version} is past end of life and not supported by Handleguide; ${remedy}`,
    };
  }
  return {
    fatal: true,
    line: `Handleguide needs Node.js ${REQUIRED_NODE_MAJOR} or newer, and this is Node.js ${version}: ${remedy}`,
  };
}

/** How the user started this process, to repeat in the advice: `npm start`, `npm run serve` or `node <script>`. */
export function startCommand(
  env: Record<string, string | undefined>,
  argv: readonly string[],
  cwd: string,
): string {
  const script = env.npm_lifecycle_event;
  if (script) return script === 'start' ? 'npm start' : `npm run ${script}`;
  const entry = argv[1] || '';
  return `node ${entry.indexOf(cwd + '/') === 0 ? entry.slice(cwd.length + 1) : entry}`.trim();
}

function noticeForThisProcess(): NodeVersionNotice | undefined {
  return nodeVersionNotice(process.versions.node, startCommand(process.env, process.argv, process.cwd()));
}

/** Stops the process with one line when this Node cannot run the bot. */
export function exitIfNodeTooOld(): void {
  const notice = noticeForThisProcess();
  if (notice && notice.fatal) {
    process.stderr.write(notice.line + '\n');
    process.exit(1);
  }
}

/** One warning line when this Node runs the bot but is unsupported (Node 20). */
export function warnIfNodeUnsupported(): void {
  const notice = noticeForThisProcess();
  if (notice && !notice.fatal) process.stderr.write(notice.line + '\n');
}
