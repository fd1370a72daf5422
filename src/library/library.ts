// The layered library: the built-in codes/ and scenarios/ that ship with the package, then each
// trainer's folder in order. A later layer's file with the same id replaces the earlier one:
// the trainer added it on purpose. Every listing says so, and a record names where its case
// came from. The built-in layer comes from its build-time snapshot when its files are
// unchanged, so commands that only read the library never load the YAML parser.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { usageError } from '../errors.js';
import type { Problem } from '../data/problem.js';
import { readSnapshot } from '../files/snapshot.js';
import { KIND_FOLDERS, type Code, type DataKind, type Grid, type Scenario } from './types.js';

export interface LibraryFolder {
  dir: string;
  builtIn: boolean;
  /** The folder as the user named it (for a trainer's folder). */
  name?: string;
}

export interface Entry<T> {
  value: T;
  file: string;
  builtIn: boolean;
  /** The trainer's folder it came from, as the user named it. */
  from?: string;
  /** What it replaces: "the built-in case", or the earlier folder's file. */
  replaces?: string;
}

export interface Library {
  codes: Map<string, Entry<Code>>;
  scenarios: Map<string, Entry<Scenario>>;
  grids: Map<string, Entry<Grid>>;
  /** Every problem found, in every file read. */
  problems: Problem[];
  /** Every file read, in layer order. */
  files: string[];
  /** Things worth knowing that are not problems, e.g. a trainer's case in place of a built-in one. */
  notes: string[];
  /** `kind:id` of a file that has problems (and so is left out) -> its path. */
  brokenIds: Map<string, string>;
}

export interface LibraryFile {
  file: string;
  kind?: DataKind;
  builtIn: boolean;
  /** The trainer's folder it is in, as the user named it. */
  from?: string;
}

export const isYamlFile = (name: string) => /\.ya?ml$/i.test(name);
export const emptyLibrary = (): Library => ({ codes: new Map(), scenarios: new Map(), grids: new Map(), problems: [], files: [], notes: [], brokenIds: new Map() });

export function libraryFolders(builtInDir: string, trainerDirs: string[], cwd = process.cwd()): LibraryFolder[] {
  const folders: LibraryFolder[] = [{ dir: builtInDir, builtIn: true }];
  const seen = new Set<string>();
  for (const dir of trainerDirs) {
    const full = resolve(cwd, dir);
    if (!existsSync(full) || !statSync(full).isDirectory()) {
      throw usageError(`library folder ${dir} does not exist; give --library a folder that holds scenarios/ and/or codes/`);
    }
    if (!KIND_FOLDERS.some(([, sub]) => existsSync(join(full, sub)))) {
      throw usageError(`library folder ${dir} has no scenarios/, codes/ or grids/ folder inside; put the YAML files there`);
    }
    // The same folder from ETHICS_GUIDE_LIBRARY and --library is one layer, not two.
    const real = realpathSync(full);
    if (seen.has(real)) continue;
    seen.add(real);
    folders.push({ dir: full, builtIn: false, name: dir });
  }
  return folders;
}

export function filesOf(folder: LibraryFolder): LibraryFile[] {
  return KIND_FOLDERS.flatMap(([kind, sub]) => {
    const dir = join(folder.dir, sub);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      // No such sub-folder (or a file in its place): nothing of that kind in this layer.
      if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return [];
      throw error;
    }
    return names
      .filter(isYamlFile)
      .sort()
      .map((name) => ({ file: join(dir, name), kind, builtIn: folder.builtIn, from: folder.name }));
  });
}

/** Loads the folders in order, then `extra` files (e.g. those `validate` was given). */
export async function loadLibrary(folders: LibraryFolder[], extra: LibraryFile[] = [], snapshotFile?: string): Promise<Library> {
  const builtIn = folders.find((f) => f.builtIn);
  const snapshot = builtIn && snapshotFile ? readSnapshot(snapshotFile, builtIn.dir) : undefined;
  const library = snapshot ?? emptyLibrary();
  const listed = folders.filter((f) => !(snapshot && f.builtIn)).flatMap(filesOf);
  // Real paths only when there are extra files: a file named twice is read once.
  const real = (f: string) => {
    try {
      return realpathSync(f);
    } catch {
      return f; // a dangling link or a loop: reading it says so
    }
  };
  const known = extra.length ? new Set([...library.files, ...listed.map((f) => f.file)].map(real)) : new Set<string>();
  const files = [...listed, ...extra.filter((f) => !known.has(real(f.file)))];
  if (files.length > 0) (await import('../files/read-layers.js')).addFiles(library, files);
  return library;
}
