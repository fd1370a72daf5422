// The built-in layer, checked at build time and saved as JSON. Parsing and checking ~20 YAML
// files costs more than a whole `list` may take; reading this file and hashing the sources
// costs ~2 ms. The snapshot is used only when every built-in file's content is unchanged
// (a content hash, since npm resets file times when it packs).
import { createHash } from 'node:crypto';
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

function fingerprint(dir: string): string {
  const hash = createHash('sha1');
  for (const { file } of filesOf({ dir, builtIn: true })) {
    hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
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
