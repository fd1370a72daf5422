// The built-in layer, checked at build time and saved as JSON. Parsing and checking ~20 YAML
// files costs more than a whole `list` may take; reading this file costs ~1 ms. It is used only
// while every built-in file is byte for byte the one that was checked: a copy of their bytes is
// saved beside it (`.sources`) and compared, natively, with the files as they are now (times
// cannot tell, since npm resets them when it packs; hashing in JavaScript cost ~3 ms a start,
// and node:crypto ~2 ms to load).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Library, LibraryFolder } from '../library/library.js';
import { filesOf } from './library-files.js';

const VERSION = 5;

interface SnapshotFile {
  version: number;
  /** Each built-in file (relative path) and its size, in the order of their bytes in `.sources`. */
  sources: [string, number][];
  library: {
    codes: unknown[];
    scenarios: unknown[];
    grids: unknown[];
    policies: unknown[];
    problems: unknown[];
    files: string[];
  };
}

const builtInFiles = (dir: string) => filesOf({ dir, builtIn: true }).map((f) => f.file);

/** Whether the built-in files (those in `folder` only, when given) are the ones saved, byte for byte. */
function unchanged(dir: string, sources: [string, number][], saved: Buffer, folder?: string): boolean {
  const within = (name: string) => folder === undefined || name.startsWith(`${folder}/`);
  const files = builtInFiles(dir).filter((file) => within(relative(dir, file)));
  let offset = 0;
  const placed = sources.map(([name, size]) => ({ name, size, start: (offset += size) - size }));
  const wanted = placed.filter((s) => within(s.name));
  if (files.length !== wanted.length) return false;
  return files.every((file, i) => {
    const { name, size, start } = wanted[i]!;
    if (name !== relative(dir, file)) return false;
    const bytes = readFileSync(file);
    return bytes.length === size && bytes.equals(saved.subarray(start, start + size));
  });
}

/** The snapshot of the codes alone, for commands that need no case (`code`, `records`): a tenth the size. */
const codesFile = (snapshotFile: string) => snapshotFile.replace(/\.json$/, '.codes.json');

export function writeSnapshot(snapshotFile: string, folder: LibraryFolder, library: Library): void {
  const rel = <T extends { file: string }>(x: T) => ({ ...x, file: relative(folder.dir, x.file) });
  const bytes = builtInFiles(folder.dir).map((file) => [relative(folder.dir, file), readFileSync(file)] as const);
  writeFileSync(`${snapshotFile}.sources`, Buffer.concat(bytes.map(([, b]) => b)));
  const data: SnapshotFile = {
    version: VERSION,
    sources: bytes.map(([name, b]) => [name, b.length]),
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
  const isCode = (file: string) => relative(folder.dir, file).startsWith('codes/');
  const codes: SnapshotFile = {
    ...data,
    library: {
      ...data.library,
      scenarios: [],
      grids: [],
      problems: library.problems.filter((p) => isCode(p.file)).map(rel),
      files: library.files.filter(isCode).map((f) => relative(folder.dir, f)),
    },
  };
  writeFileSync(codesFile(snapshotFile), JSON.stringify(codes));
}

/**
 * The built-in layer from the snapshot, or undefined when it is missing or out of date; with
 * `codesOnly`, its codes alone (checked against the code files alone).
 */
export function readSnapshot(snapshotFile: string, dir: string, codesOnly = false): Library | undefined {
  const file = codesOnly ? codesFile(snapshotFile) : snapshotFile;
  if (!existsSync(file)) return undefined;
  let data: SnapshotFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
  } catch {
    return undefined;
  }
  if (data.version !== VERSION) return undefined;
  let saved: Buffer;
  try {
    saved = readFileSync(`${snapshotFile}.sources`);
  } catch {
    return undefined;
  }
  if (!unchanged(dir, data.sources, saved, codesOnly ? 'codes' : undefined)) return undefined;
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
