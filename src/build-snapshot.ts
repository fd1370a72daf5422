// Build step (scripts/build.mjs): checks the built-in library once and saves it for start-up.
import { loadLibrary } from './files/library-folders.js';
import { formatProblem } from './data/problem.js';
import { writeSnapshot } from './files/snapshot.js';

export async function buildSnapshot(packageRoot: string, snapshotFile: string): Promise<string[]> {
  const folder = { dir: packageRoot, builtIn: true };
  const library = await loadLibrary([folder]);
  writeSnapshot(snapshotFile, folder, library);
  return library.problems.map(formatProblem);
}
