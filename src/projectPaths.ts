import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds a top-level project folder (`knowledge/`, `cards/`) by walking up from `start`, so the same code
 * works from src/ under tsx and from dist/src/ when compiled. Returns undefined when none holds `marker`.
 */
export function findProjectFolder(start: string, folder: string, marker: string): string | undefined {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, folder);
    if (existsSync(path.join(candidate, marker))) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}
