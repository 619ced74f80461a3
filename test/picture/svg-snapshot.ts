// SVG snapshots, as Observable Plot keeps them: each picture is compared, byte for byte, with a committed file in
// test/picture/snapshots/. A change to the drawing fails the test until the snapshot is rewritten on purpose:
//   UPDATE_SNAPSHOTS=1 npx vitest run test/picture
// then look at the changed .svg files (any browser opens them) before committing them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export const SNAPSHOT_DIR = path.join(import.meta.dirname, 'snapshots');

export function expectSvgSnapshot(name: string, svg: string): void {
  const file = path.join(SNAPSHOT_DIR, `${name}.svg`);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(file, svg);
    return;
  }
  if (!existsSync(file)) throw new Error(`no snapshot ${file}: run with UPDATE_SNAPSHOTS=1 to write it`);
  // toBe on the whole text: a failure prints the differing lines.
  expect(svg.replace(/></g, '>\n<'), `${name}.svg differs (UPDATE_SNAPSHOTS=1 rewrites it)`).toBe(
    readFileSync(file, 'utf8').replace(/></g, '>\n<'),
  );
}
