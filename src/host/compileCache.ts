import nodeModule from 'node:module';

// Imported right after the Node version check by the entry points (src/server.ts, src/cli/startLocal.ts,
// src/cli/serveBlob.ts), before any dependency. On Node 22.1 and newer, V8 keeps the compiled code of every module
// it loads on disk (in NODE_COMPILE_CACHE, else a folder in the OS's temporary folder), so a restart does not compile
// the ~2,000 modules of botbuilder, teams-ai and the rest again: about 100 ms less CPU to the first turn (issue 16's
// cold start). The first start after a deploy, or on a fresh machine, fills it. Older Node has no such cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
