// The built-in layer, checked at build time and saved as JSON. Parsing and checking ~20 YAML
// files costs more than a whole `list` may take; reading this file and hashing the sources
// costs ~2 ms. The snapshot is used only when every built-in file's content is unchanged
// (a content hash, since npm resets file times when it packs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Library, LibraryFolder } from '../library/library.js';
import { filesOf } from './library-files.js';

const VERSION = 4;

interface SnapshotFile {
  version: number;
  fingerprint: string;
  library: {
    codes: unknown[];
    scenarios: unknown[];
    grids: unknown[];
    policies: unknown[];
    problems: unknown[];
    files: string[];
  };
}

/**
 * Two 32-bit multiply-xor hashes (cyrb53's) of every built-in file's name and bytes, with their
 * sizes: enough to notice an edited file. This is no defence against someone who means harm
 * (they could edit the snapshot too), and node:crypto would cost ~2 ms of every start to load.
 */
function fingerprint(dir: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const sizes: number[] = [];
  const add = (bytes: Uint8Array) => {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      h1 = Math.imul(h1 ^ b, 2654435761);
      h2 = Math.imul(h2 ^ b, 1597334677);
    }
  };
  for (const { file } of filesOf({ dir, builtIn: true })) {
    const bytes = readFileSync(file);
    add(Buffer.from(`${relative(dir, file)}\0`));
    add(bytes);
    sizes.push(bytes.length);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}-${sizes.join('.')}`;
}

export function writeSnapshot(snapshotFile: string, folder: LibraryFolder, library: Library): void {
  const rel = <T extends { file: string }>(x: T) => ({ ...x, file: relative(folder.dir, x.file) });
  const data: SnapshotFile = {
    version: VERSION,
    fingerprint: fingerprint(folder.dir),
    library: {
      codes: [...library.codes.values()].map(rel),
      scenarios: [...library.scenarios.values()].map(rel),
      grids: [...library.grids.values()].map(rel),
      policies: [...library.policies.values()].map(rel),
      problems: library.problems.map(rel),
      files: library.files.map((f) => relative(folder.dir, f)),
    },
  };
  writeFileSync(snapshotFile, JSON.stringify(data));
}

/** The built-in layer from the snapshot, or undefined when it is missing or out of date. */
export function readSnapshot(snapshotFile: string, dir: string): Library | undefined {
  if (!existsSync(snapshotFile)) return undefined;
  let data: SnapshotFile;
  try {
    data = JSON.parse(readFileSync(snapshotFile, 'utf8')) as SnapshotFile;
  } catch {
    return undefined;
  }
  if (data.version !== VERSION || data.fingerprint !== fingerprint(dir)) return undefined;
  const abs = <T extends { file: string }>(x: T): T => ({ ...x, file: join(dir, x.file) });
  const entries = (xs: unknown[]) =>
    (xs as { file: string; value: { id: string } }[]).map(abs).map((e) => [e.value.id, e] as const);
  return {
    codes: new Map(entries(data.library.codes)) as Library['codes'],
    scenarios: new Map(entries(data.library.scenarios)) as Library['scenarios'],
    grids: new Map(entries(data.library.grids)) as Library['grids'],
    problems: (data.library.problems as { file: string }[]).map(abs) as Library['problems'],
    files: data.library.files.map((f) => join(dir, f)),
    policies: new Map(entries(data.library.policies)) as Library['policies'],
    settings: {},
    // The built-in layer is checked at build time: it has nothing to note and nothing broken.
    notes: [],
    brokenIds: new Map(),
  };
}
