import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Compiles a checkout's server as `npm run build` does (`tsc -p tsconfig.build.json` into its ignored dist/) and
 * returns the compiled entry, `dist/src/server.js`: what production runs (`node dist/src/server.js`), so the bench
 * measures that rather than the sources through tsx. tsx's transform (esbuild with `keepNames`, whitespace
 * minified) also puts every function of a file on one line, so a CPU profile of it cannot say which one is slow.
 * (In three paired runs the CPU per turn of the two differed by less than the noise: 1.50× against 1.52×.)
 */
export function buildServer(root: string): string {
  const tsc = require.resolve('typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0)
    throw new Error(`tsc -p tsconfig.build.json in ${root} exited with ${built.status}`);
  return path.join(root, 'dist', 'src', 'server.js');
}
