import { createHash } from 'node:crypto';
import nodeModule from 'node:module';
import path from 'node:path';
import { findProjectFolder } from '../projectPaths';
import { installCodeCache } from './codeCache';

// Imported right after the Node version check by the entry points (src/server.ts, src/cli/startLocal.ts,
// src/cli/serveBlob.ts), before any dependency. On Node 22.1 and newer, V8 keeps the compiled code of every module
// it loads on disk (in NODE_COMPILE_CACHE, else a folder in the OS's temporary folder), so a restart does not compile
// the ~2,000 modules of botbuilder, teams-ai and the rest again: about 100-160 ms less CPU to the first turn (issue
// 16's cold start). The first start after a deploy, or on a fresh machine, fills it. An older Node (20) has no such
// cache: there codeCache.ts keeps V8's code cache itself, in the project's node_modules/.cache (one file per Node
// version and set of flags), except under jest (NODE_ENV=test), whose own module system must not meet a changed
// `_compile`. NODE_DISABLE_COMPILE_CACHE=1 turns either off.
const builtIn = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
if (builtIn) builtIn();
else if (process.env.NODE_ENV !== 'test' && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  const modules = findProjectFolder(__dirname, 'node_modules', '');
  // V8 refuses code cached under other flags (a profiler, a heap size), so each set of flags has its own file
  // rather than two kinds of process overwriting each other's.
  const flags = createHash('sha1')
    .update(JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? '']))
    .digest('hex')
    .slice(0, 12);
  if (modules)
    installCodeCache(
      path.join(modules, '.cache', 'handleguide-compile', `${process.version}-${process.arch}-${flags}.bin`),
    );
}
