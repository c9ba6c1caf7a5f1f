import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

/**
 * src/host/codeCache.ts, the code cache of a Node without `module.enableCompileCache` (Node 20). It replaces
 * Node's `_compile`, so it runs here in a child process of its own (never inside jest's module system), on
 * whichever Node runs the tests: the modules it compiles must behave exactly as Node's own compiler runs them. The
 * child runs plain `node` (tsx turns source maps on, and with them the cache leaves every module to Node), so
 * codeCache.ts, which imports only Node's own modules, is compiled to JavaScript for it first.
 */
const root = path.resolve(__dirname, '..');

interface Run {
  stats: { hits: number; misses: number; passed: number };
  fixture: {
    fromB: string;
    resolved: string;
    lookupPaths: boolean;
    thisIsExports: boolean;
    dirname: string;
    filename: string;
    mainIsNodes: boolean;
  };
  yaml: unknown;
  /** What requiring a file in ES module syntax gave: its export, or the error's name. */
  esm: string;
}

describe('the code cache for Node 20', () => {
  let scratch: string;
  let cacheFile: string;
  let fixture: string;
  let compiled: string;

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'handleguide-codecache-'));
    compiled = path.join(scratch, 'codeCache.js');
    const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
    // The module and the one it reads its file through, compiled plainly: the child runs them without a loader.
    for (const name of ['codeCache', 'checkedFile']) {
      const source = readFileSync(path.join(root, `src/host/${name}.ts`), 'utf8');
      const output = ts.transpileModule(source, { compilerOptions: options }).outputText;
      writeFileSync(path.join(scratch, `${name}.js`), output);
    }
    cacheFile = path.join(scratch, 'cache', 'code.bin');
    fixture = path.join(scratch, 'fixture');
    mkdirSync(fixture);
    writeFileSync(
      path.join(fixture, 'a.js'),
      [
        "'use strict';",
        'module.exports = {',
        "  fromB: require('./b').word,",
        "  resolved: require.resolve('./b'),",
        "  lookupPaths: Array.isArray(require.resolve.paths('yaml')),",
        '  thisIsExports: this === module.exports,',
        '  dirname: __dirname,',
        '  filename: __filename,',
        '  mainIsNodes: require.main === process.mainModule,',
        '};',
      ].join('\n'),
    );
    writeFileSync(path.join(fixture, 'b.js'), "exports.word = 'første';\n");
    // A file in ES module syntax in a CommonJS package: Node's own loader decides (an error, or on a Node that
    // requires ES modules, the module).
    writeFileSync(path.join(fixture, 'esm.js'), 'export const x = 1;\n');
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** A fresh Node process that installs the cache (or not), loads the fixture and a real package, and exits. */
  const run = (withCache = true, nodeOptions = ''): Run => {
    const script = `
      const { installCodeCache } = require(${JSON.stringify(compiled)});
      const stats = ${withCache} ? installCodeCache(${JSON.stringify(cacheFile)}) : undefined;
      const fixture = require(${JSON.stringify(path.join(fixture, 'a.js'))});
      const yaml = require('yaml').parse('a: [1, två]');
      let esm;
      try { esm = String(require(${JSON.stringify(path.join(fixture, 'esm.js'))}).x); } catch (error) { esm = error.name; }
      process.stdout.write(JSON.stringify({ stats, fixture, yaml, esm }));
    `;
    const result = spawnSync(process.execPath, ['-e', script], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NODE_OPTIONS: `--no-warnings ${nodeOptions}` },
    });
    if (result.status !== 0) throw new Error(`child exited ${result.status}: ${result.stderr}`);
    return JSON.parse(result.stdout) as Run;
  };

  /** What the same process gives with Node's own compiler. */
  const expectNodesBehaviour = (got: Run) => {
    const { stats, ...own } = run(false);
    expect(stats).toBeUndefined();
    expect(own.fixture).toEqual({
      fromB: got.fixture.fromB,
      resolved: path.join(fixture, 'b.js'),
      lookupPaths: true,
      thisIsExports: true,
      dirname: fixture,
      filename: path.join(fixture, 'a.js'),
      mainIsNodes: true,
    });
    expect({ fixture: got.fixture, yaml: got.yaml, esm: got.esm }).toEqual(own);
  };

  it('compiles from the cache on the second start, with the same modules', () => {
    const first = run();
    expectNodesBehaviour(first);
    expect(first.fixture.fromB).toBe('første');
    expect(first.stats.hits).toBe(0);
    expect(first.stats.misses).toBeGreaterThan(2);

    const second = run();
    expectNodesBehaviour(second);
    expect(second.stats.misses).toBe(0);
    expect(second.stats.hits).toBe(first.stats.misses);
  }, 60_000);

  it('compiles a changed file anew, never from the code of its old text', () => {
    run();
    writeFileSync(path.join(fixture, 'b.js'), "exports.word = 'anden';\n");
    const changed = run();
    expectNodesBehaviour(changed);
    expect(changed.fixture.fromB).toBe('anden');
    expect(changed.stats.misses).toBe(1);
  }, 60_000);

  it('ignores a damaged cache file', () => {
    run();
    const bytes = readFileSync(cacheFile);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8((bytes.readUInt8(middle) ^ 1) & 0xff, middle);
    writeFileSync(cacheFile, bytes);
    const damaged = run();
    expectNodesBehaviour(damaged);
    expect(damaged.stats.hits).toBe(0);
  }, 60_000);

  it('leaves every module to Node while source maps are on, so stack traces keep their maps', () => {
    run();
    const mapped = run(true, '--enable-source-maps');
    expectNodesBehaviour(mapped);
    expect(mapped.stats.hits + mapped.stats.misses).toBe(0);
    expect(mapped.stats.passed).toBeGreaterThan(2);
  }, 60_000);
});
