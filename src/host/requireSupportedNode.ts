// Imported first by the entry points (src/server.ts, src/cli/startLocal.ts): CommonJS runs imports in order, so on a
// Node that cannot run the bot this stops the process before any dependency is loaded. On a supported Node (and
// wherever tests import the entry modules) it does nothing.
import { exitIfNodeTooOld } from './nodeVersion';

exitIfNodeTooOld();
