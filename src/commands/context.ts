// What every command is given: where to write, where the package is, and which library folders.
import { join } from 'node:path';
import { loadLibrary, libraryFolders, type Library, type LibraryFile } from '../library/library.js';
import { usageError } from '../errors.js';
import { didYouMean } from '../library/suggest.js';
import { plural, type Io } from '../ui/io.js';
import { style } from '../ui/style.js';

export interface Context {
  io: Io;
  packageRoot: string;
  /** Trainer folders from ETHICS_GUIDE_LIBRARY then --library, in that order. */
  libraryDirs: string[];
}

/** What commands that ask questions or use today's date are given by main.ts. */
export interface RunDeps {
  /** stdin and stdout are a terminal: prompts can be shown and answered. */
  interactive: boolean;
  /** Today, as YYYY-MM-DD in local time. */
  today: string;
  env: NodeJS.ProcessEnv;
}

export function openLibrary(ctx: Context, extra: LibraryFile[] = []): Promise<Library> {
  const snapshot = join(ctx.packageRoot, 'dist', 'library-snapshot.json');
  return loadLibrary(libraryFolders(ctx.packageRoot, ctx.libraryDirs), extra, snapshot);
}

/** For commands that use the library but do not check it: one line, not a wall of problems. */
export function warnAboutProblems(ctx: Context, library: Library): void {
  const files = new Set(library.problems.map((p) => p.file));
  if (files.size === 0) return;
  ctx.io.err(style.warning(`warning: ${plural(files.size, 'file')} in the library ${files.size === 1 ? 'has' : 'have'} problems and ${files.size === 1 ? 'was' : 'were'} skipped; run \`ethics-guide validate\` to see them`));
}

export function findCode(library: Library, id: string) {
  const found = library.codes.get(id)?.value;
  if (found) return found;
  const known = [...library.codes.keys()];
  throw usageError(`there is no code \`${id}\` in the library (it has: ${known.join(', ')}).${didYouMean(id, known)}`.replace(/\.$/, ''));
}

export function findScenario(library: Library, id: string) {
  const entry = library.scenarios.get(id);
  if (entry) return entry;
  const broken = library.problems.find((p) => p.file.endsWith(`/${id}.yaml`) || p.file.endsWith(`/${id}.yml`));
  if (broken) throw usageError(`scenario ${id} has problems and cannot be used; run \`ethics-guide validate\` to see them`);
  throw usageError(`there is no scenario \`${id}\` in the library.${didYouMean(id, [...library.scenarios.keys()])} Run \`ethics-guide list\` to see them all.`);
}
