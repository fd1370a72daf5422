// The YAML files of one library folder, by kind: codes/, scenarios/, grids/ and policies/, and
// a trainer's settings.yaml at the top of the folder.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isYamlFile, type LibraryFile, type LibraryFolder } from '../library/library.js';
import { KIND_FOLDERS, SETTINGS_FILE } from '../library/types.js';

export function filesOf(folder: LibraryFolder): LibraryFile[] {
  const settings = join(folder.dir, SETTINGS_FILE);
  const settingsFile: LibraryFile[] =
    !folder.builtIn && existsSync(settings)
      ? [{ file: settings, kind: 'settings', builtIn: false, from: folder.name }]
      : [];
  return settingsFile.concat(
    KIND_FOLDERS.flatMap(([kind, sub]) => {
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
    }),
  );
}
