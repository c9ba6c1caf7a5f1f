import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Compiles a checkout's server as `npm run build` does (`tsc -p tsconfig.build.json` into its ignored dist/) and
 * returns the compiled entry, `dist/src/server.js`: what production runs (`node dist/src/server.js`). The benches
 * measure that, not the sources through tsx, whose transform (esbuild with `keepNames`) wraps every function
 * made at run time in a `__name` call that defines its name property: a cost per closure per call that no
 * deployed bot pays, and that falls on our code (the rules, the cards) but hardly on a floor made of packages.
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
