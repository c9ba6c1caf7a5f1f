import { existsSync } from 'node:fs';

/** Loads `.env` from the working folder when there is one; real environment variables win. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
