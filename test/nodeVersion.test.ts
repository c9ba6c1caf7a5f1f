import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeVersionNotice, REQUIRED_NODE_MAJOR, startCommand } from '../src/host/nodeVersion';

const ROOT = path.resolve(__dirname, '..');

describe('the Node.js version check', () => {
  it.each(['22.0.0', '22.23.3', '24.21.0', 'v26.1.0'])('lets %s run without a word', (version) => {
    expect(nodeVersionNotice(version, 'npm start')).toBeUndefined();
  });

  it('warns on Node 20, which still runs the bot but is past end of life', () => {
    const notice = nodeVersionNotice('20.20.2', 'npm start');
    expect(notice?.fatal).toBe(false);
    expect(notice?.line).toContain('Node.js 20.20.2 is past end of life');
    expect(notice?.line).toContain(`npx -p node@${REQUIRED_NODE_MAJOR} npm start`);
  });

  it.each(['18.20.8', '16.20.2', 'v12.22.12'])(
    'refuses %s in one line naming the version needed and how to get it',
    (version) => {
      const notice = nodeVersionNotice(version, 'npm run serve');
      expect(notice?.fatal).toBe(true);
      expect(notice?.line).toContain(`needs Node.js ${REQUIRED_NODE_MAJOR} or newer`);
      expect(notice?.line).toContain(`this is Node.js ${version}`);
      expect(notice?.line).toContain('https://nodejs.org');
      expect(notice?.line).toContain(`npx -p node@${REQUIRED_NODE_MAJOR} npm run serve`);
      expect(notice?.line).not.toContain('\n');
    },
  );

  it('repeats the command the user ran', () => {
    expect(startCommand({ npm_lifecycle_event: 'start' }, ['node', '/app/x.js'], '/app')).toBe('npm start');
    expect(startCommand({ npm_lifecycle_event: 'serve' }, ['node', '/app/x.js'], '/app')).toBe(
      'npm run serve',
    );
    expect(startCommand({}, ['node', '/app/dist/src/server.js'], '/app')).toBe('node dist/src/server.js');
    expect(startCommand({}, ['node', '/elsewhere/server.js'], '/app')).toBe('node /elsewhere/server.js');
  });
});

describe('an entry point started on an old Node', () => {
  // The child believes it is Node 18 (process.versions.node is faked before the entry loads) and reports on exit
  // which of the heavy dependencies it had loaded by then.
  const fakeOldNode = [
    "import { createRequire } from 'node:module';",
    "Object.defineProperty(process.versions, 'node', { value: '18.20.8' });",
    'const cache = createRequire(process.cwd() + "/").cache;',
    "process.on('exit', () => process.stdout.write(JSON.stringify(Object.keys(cache)",
    '.filter((file) => /node_modules[\\\\/](restify|botbuilder|pino|@microsoft)[\\\\/]/.test(file)))));',
  ].join('\n');

  it.each([path.join('src', 'server.ts'), path.join('src', 'cli', 'startLocal.ts')])(
    '%s stops with exit code 1 and one line, before loading restify, botbuilder or pino',
    (entry) => {
      const result = spawnSync(
        process.execPath,
        ['--import', `data:text/javascript,${encodeURIComponent(fakeOldNode)}`, '--import', 'tsx', entry],
        {
          cwd: ROOT,
          // No npm_lifecycle_event: the advice names the script itself.
          env: {
            PATH: process.env.PATH,
            PORT: '0',
            STATE_DIR: mkdtempSync(path.join(tmpdir(), 'old-node-')),
          },
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      expect(result.status).toBe(1);
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        nodeVersionNotice('18.20.8', `node ${entry}`)?.line,
      ]);
      expect(JSON.parse(result.stdout)).toEqual([]);
    },
  );
});
