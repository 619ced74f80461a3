// The project's folder, whether this code runs as TypeScript (server/) or compiled (dist/node/server/): the first
// folder above this file that holds package.json. Data folders (cypher/, seed/articles/, dist/client/) hang off it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, with a trailing separator for folders given with one. */
export const projectPath = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
