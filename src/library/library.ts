// The layered library: the built-in codes/ and scenarios/ that ship with the package, then each
// trainer's folder in order. An id belongs to the first layer that defines it: a trainer's file
// with a built-in id is reported and skipped, so a course case or the DBSA code always means
// the shipped one. The built-in layer comes from its build-time snapshot when its files are
// unchanged, so commands that only read the library never load the YAML parser.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { usageError } from '../errors.js';
import type { Problem } from './problem.js';
import { readSnapshot } from './snapshot.js';
import { KIND_FOLDERS, type Code, type DataKind, type Grid, type Scenario } from './types.js';

export interface LibraryFolder {
  dir: string;
  builtIn: boolean;
}

export interface Entry<T> {
  value: T;
  file: string;
  builtIn: boolean;
}

export interface Library {
  codes: Map<string, Entry<Code>>;
  scenarios: Map<string, Entry<Scenario>>;
  grids: Map<string, Entry<Grid>>;
  /** Every problem found, in every file read. */
  problems: Problem[];
  /** Every file read, in layer order. */
  files: string[];
}

export interface LibraryFile {
  file: string;
  kind?: DataKind;
  builtIn: boolean;
}

export const isYamlFile = (name: string) => /\.ya?ml$/i.test(name);
export const emptyLibrary = (): Library => ({ codes: new Map(), scenarios: new Map(), grids: new Map(), problems: [], files: [] });

export function libraryFolders(builtInDir: string, trainerDirs: string[]): LibraryFolder[] {
  const folders = [{ dir: builtInDir, builtIn: true }];
  for (const dir of trainerDirs) {
    const full = resolve(dir);
    if (!existsSync(full) || !statSync(full).isDirectory()) {
      throw usageError(`library folder ${dir} does not exist; give --library a folder that holds scenarios/ and/or codes/`);
    }
    if (!KIND_FOLDERS.some(([, sub]) => existsSync(join(full, sub)))) {
      throw usageError(`library folder ${dir} has no scenarios/, codes/ or grids/ folder inside; put the YAML files there`);
    }
    folders.push({ dir: full, builtIn: false });
  }
  return folders;
}

export function filesOf(folder: LibraryFolder): LibraryFile[] {
  return KIND_FOLDERS.flatMap(([kind, sub]) => {
    const dir = join(folder.dir, sub);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter(isYamlFile)
      .sort()
      .map((name) => ({ file: join(dir, name), kind, builtIn: folder.builtIn }));
  });
}

/** Loads the folders in order, then `extra` files (e.g. those `validate` was given). */
export async function loadLibrary(folders: LibraryFolder[], extra: LibraryFile[] = [], snapshotFile?: string): Promise<Library> {
  const builtIn = folders.find((f) => f.builtIn);
  const snapshot = builtIn && snapshotFile ? readSnapshot(snapshotFile, builtIn.dir) : undefined;
  const library = snapshot ?? emptyLibrary();
  const listed = folders.filter((f) => !(snapshot && f.builtIn)).flatMap(filesOf);
  // Real paths only when there are extra files: a file named twice is read once.
  const known = extra.length ? new Set([...library.files, ...listed.map((f) => f.file)].map((f) => realpathSync(f))) : new Set<string>();
  const files = [...listed, ...extra.filter((f) => !known.has(realpathSync(f.file)))];
  if (files.length > 0) (await import('./read-layers.js')).addFiles(library, files);
  return library;
}
