// Reading the layered library from disk: the folders named by --library and
// ETHICS_GUIDE_LIBRARY, the YAML files in their codes/, scenarios/ and grids/, and the built-in
// layer from its build-time snapshot when its files are unchanged, so commands that only read
// the library never load the YAML parser.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { usageError } from '../errors.js';
import { emptyLibrary, type Library, type LibraryFile, type LibraryFolder } from '../library/library.js';
import { KIND_FOLDERS, SETTINGS_FILE } from '../library/types.js';
import { filesOf } from './library-files.js';
import { readSnapshot } from './snapshot.js';

export function libraryFolders(builtInDir: string, trainerDirs: string[], cwd = process.cwd()): LibraryFolder[] {
  const folders: LibraryFolder[] = [{ dir: builtInDir, builtIn: true }];
  const seen = new Set<string>();
  for (const dir of trainerDirs) {
    const full = resolve(cwd, dir);
    if (!existsSync(full) || !statSync(full).isDirectory()) {
      throw usageError(
        `library folder ${dir} does not exist; give --library a folder that holds scenarios/ and/or codes/`,
      );
    }
    if (!KIND_FOLDERS.some(([, sub]) => existsSync(join(full, sub))) && !existsSync(join(full, SETTINGS_FILE))) {
      throw usageError(
        `library folder ${dir} has no scenarios/, codes/, grids/ or policies/ folder inside (nor a settings.yaml); ` +
          'put the YAML files there',
      );
    }
    // The same folder from ETHICS_GUIDE_LIBRARY and --library is one layer, not two.
    const real = realpathSync(full);
    if (seen.has(real)) continue;
    seen.add(real);
    folders.push({ dir: full, builtIn: false, name: dir });
  }
  return folders;
}

/**
 * Loads the folders in order, then `extra` files (e.g. those `validate` was given). With
 * `codesOnly`, only the codes of each layer: what `code` and the records commands need.
 */
export async function loadLibrary(
  folders: LibraryFolder[],
  extra: LibraryFile[] = [],
  snapshotFile?: string,
  codesOnly = false,
): Promise<Library> {
  const builtIn = folders.find((f) => f.builtIn);
  const snapshot = builtIn && snapshotFile ? readSnapshot(snapshotFile, builtIn.dir, codesOnly) : undefined;
  const library = snapshot ?? emptyLibrary();
  const listed = folders
    .filter((f) => !(snapshot && f.builtIn))
    .flatMap(filesOf)
    .filter((f) => !codesOnly || f.kind === 'code');
  // Real paths only when there are extra files: a file named twice is read once.
  const real = (f: string) => {
    try {
      return realpathSync.native(f);
    } catch {
      return f; // a dangling link or a loop: reading it says so
    }
  };
  const known = extra.length ? new Set([...library.files, ...listed.map((f) => f.file)].map(real)) : new Set<string>();
  const files = [...listed, ...extra.filter((f) => !known.has(real(f.file)))];
  if (files.length > 0) await (await import('./read-layers.js')).addFiles(library, files);
  return library;
}
