// The YAML files of one library folder, by kind: codes/, scenarios/ and grids/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isYamlFile, type LibraryFile, type LibraryFolder } from '../library/library.js';
import { KIND_FOLDERS } from '../library/types.js';

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
