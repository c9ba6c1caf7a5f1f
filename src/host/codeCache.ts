import { createHash } from 'node:crypto';
import nodeModule from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { readCheckedFile, writeCheckedFile } from './checkedFile';

/**
 * V8's code cache for CommonJS modules on a Node without `module.enableCompileCache` (before 22.1; compileCache.ts
 * uses the built-in one where there is one). Compiling the ~2,000 modules of botbuilder, teams-ai and the rest is
 * some 140 ms of a cold start on Node 20; with the compiled code read back from one file it is mostly skipped.
 *
 * Only plain `.js` CommonJS files go through here, compiled as Node's own `Module.prototype._compile` would run
 * them (the module wrapper; `require` with `resolve`, `resolve.paths`, `main`, `extensions`, `cache`; `this` is
 * `module.exports`). Anything else, any file V8 cannot compile as a script (an ES module, a syntax error), and every
 * module while source maps are on, goes to Node's own `_compile`, so its errors and maps are Node's own.
 *
 * Never trusted blindly: each module's entry holds a SHA-1 of its source and is used only for the same source, V8
 * itself refuses data from another V8 version or with other flags (`cachedDataRejected`), and the whole file
 * carries a SHA-256 checked before it is read, so a damaged file is ignored. New entries are written once, at exit.
 */

interface ModuleInstance {
  exports: unknown;
  require(id: string): unknown;
}

interface ModuleInternals {
  prototype: { _compile(this: ModuleInstance, content: string, filename: string, format?: string): unknown };
  wrap(script: string): string;
  _resolveFilename(request: string, parent: ModuleInstance, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: ModuleInstance): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

const MAGIC = Buffer.from('HGCC1\n');

interface Entry {
  sourceHash: string;
  data: Buffer;
}

export interface CodeCacheStats {
  /** Modules compiled from the cache. */
  hits: number;
  /** Modules compiled anew (not cached yet, changed, or refused by V8). */
  misses: number;
  /** Modules left to Node's own compiler. */
  passed: number;
}

/** file: [4-byte index length][index: JSON [filename, sourceHash, bytes][]][data …], after MAGIC and a SHA-256. */
function readEntries(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const payload = readCheckedFile(file, MAGIC);
  if (!payload || payload.length < 4) return entries;
  try {
    const indexBytes = payload.readUInt32LE(0);
    const index = JSON.parse(payload.subarray(4, 4 + indexBytes).toString('utf8')) as [
      string,
      string,
      number,
    ][];
    let offset = 4 + indexBytes;
    for (const [filename, sourceHash, length] of index) {
      entries.set(filename, { sourceHash, data: payload.subarray(offset, offset + length) });
      offset += length;
    }
  } catch {
    entries.clear();
  }
  return entries;
}

function writeEntries(file: string, entries: Map<string, Entry>): void {
  const index: [string, string, number][] = [];
  const parts: Buffer[] = [];
  for (const [filename, { sourceHash, data }] of entries) {
    index.push([filename, sourceHash, data.length]);
    parts.push(data);
  }
  const indexBytes = Buffer.from(JSON.stringify(index), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(indexBytes.length);
  const payload = Buffer.concat([length, indexBytes, ...parts]);
  writeCheckedFile(file, MAGIC, payload);
}

/**
 * Compiles CommonJS modules through V8's code cache kept in `file` from now on; returns live counts. Call it before
 * the modules to be cached are loaded. Does nothing (and returns undefined) where `vm` cannot give dynamic
 * `import()` the main context's loader (before Node 20.12), since a module compiled here could not use it.
 */
export function installCodeCache(file: string): CodeCacheStats | undefined {
  // A symbol at run time (typed as a number by @types/node).
  const loader = (vm.constants as { USE_MAIN_CONTEXT_DEFAULT_LOADER?: unknown } | undefined)
    ?.USE_MAIN_CONTEXT_DEFAULT_LOADER as vm.ScriptOptions['importModuleDynamically'];
  if (loader === undefined) return undefined;
  const Module = nodeModule as unknown as ModuleInternals;
  const nodeCompile = Module.prototype._compile;
  const cached = readEntries(file);
  const fresh = new Map<string, Entry>();
  const stats: CodeCacheStats = { hits: 0, misses: 0, passed: 0 };

  const compileModule = (module: ModuleInstance, content: string, filename: string, format?: string) => {
    // With source maps on, Node's own compiler registers each module's map: leave those runs to it.
    const sourceMaps = (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled === true;
    if ((format !== undefined && format !== 'commonjs') || !filename.endsWith('.js') || sourceMaps)
      return passOn(module, content, filename, format);
    const sourceHash = createHash('sha1').update(content).digest('base64');
    const known = cached.get(filename);
    const usable = known?.sourceHash === sourceHash ? known.data : undefined;
    let script: vm.Script;
    try {
      script = new vm.Script(Module.wrap(content), {
        filename,
        cachedData: usable,
        importModuleDynamically: loader,
      });
    } catch {
      // Not a script V8 compiles (an ES module, a syntax error): Node's own compiler decides and reports.
      return passOn(module, content, filename, format);
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const moduleRequire = Object.assign((id: string) => module.require(id), {
      resolve: Object.assign(
        (request: string, options?: unknown) => Module._resolveFilename(request, module, false, options),
        { paths: (request: string) => Module._resolveLookupPaths(request, module) },
      ),
      main: require.main,
      extensions: Module._extensions,
      cache: Module._cache,
    });
    const result = wrapper.call(
      module.exports,
      module.exports,
      moduleRequire,
      module,
      filename,
      path.dirname(filename),
    );
    if (usable && !script.cachedDataRejected) {
      stats.hits++;
      fresh.set(filename, { sourceHash, data: usable });
    } else {
      stats.misses++;
      // After the module ran, so the functions its start-up called are in the cache too.
      fresh.set(filename, { sourceHash, data: script.createCachedData() });
    }
    return result;
  };
  Module.prototype._compile = function compile(content, filename, format) {
    return compileModule(this, content, filename, format);
  };
  const passOn = (module: ModuleInstance, content: string, filename: string, format?: string) => {
    stats.passed++;
    return nodeCompile.call(module, content, filename, format);
  };

  process.once('exit', () => {
    if (stats.misses === 0) return;
    // Keep what this run did not load (a command loads other modules than the server), refreshed by what it did.
    const merged = new Map([...cached, ...fresh]);
    try {
      writeEntries(file, merged);
    } catch {
      // A read-only install compiles every time, as before.
    }
  });
  return stats;
}
