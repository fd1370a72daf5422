// What every command is given: where to write, where the package is, and which library folders.
import { join } from 'node:path';
import { loadLibrary, libraryFolders, type Library, type LibraryFile } from '../library/library.js';
import { usageError, type CliError } from '../errors.js';
import { privacyFindings } from '../guide/privacy.js';
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

/**
 * Prompts need a terminal: without one, say so in one sentence, with the command that takes
 * its answers from a file instead (`asks`: "resolve asks its questions").
 */
export function notATerminal(asks: string, what: string, command: string, format: string): CliError {
  return usageError(`${asks} in a terminal, and this is not one (input or output is redirected). To run it from a script, give ${what} in a file: ${command} (${format}).`);
}

/** A warning for each answer that looks like identifying data; the file keeps it as typed. */
export function warnAboutPrivacy(ctx: Context, answers: object): void {
  for (const f of privacyFindings(answers)) {
    ctx.io.err(style.warning(`warning: ${f.where} holds what looks like ${f.what} ("${f.seen}"). The record keeps it; remove it if it could identify someone.`));
  }
}
