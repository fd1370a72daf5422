// What every command is given: where to write, where the package is, and which library folders.
import { chmodSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Library, type LibraryFile } from '../library/library.js';
import { loadLibrary, libraryFolders } from '../files/library-folders.js';
import { usageError, type CliError } from '../errors.js';
import { privacyFindings } from '../guide/privacy.js';
import { isError } from '../data/problem.js';
import type { Stop } from '../session/stop.js';
import { oneLine } from '../text/controls.js';
import { plural, shownPath, type Io } from '../ui/io.js';
import { style } from '../ui/style.js';
import { shellWord } from '../text/shell.js';
import { clip } from '../text/table.js';

export interface Context {
  io: Io;
  packageRoot: string;
  /** Trainer folders from ETHICS_GUIDE_LIBRARY then --library, in that order. */
  libraryDirs: string[];
  /** The --library folders as typed on this command line, for the commands we suggest. */
  libraryArgs: string[];
  /** `ethics-guide`, or `npx ethics-guide` when that is how it runs here (program-name.ts). */
  readonly program: string;
}

/** What commands that ask questions or use today's date are given by main.ts. */
export interface RunDeps {
  /** stdin and stdout are a terminal: prompts can be shown and answered. */
  interactive: boolean;
  /** Today, as YYYY-MM-DD in local time. */
  today: string;
  env: NodeJS.ProcessEnv;
  /** Ctrl-C, SIGTERM, SIGHUP and a vanished terminal. */
  stop: Stop;
}

/** The library; with `codesOnly`, its codes alone (quicker, for commands that need no case). */
export function openLibrary(ctx: Context, extra: LibraryFile[] = [], codesOnly = false): Promise<Library> {
  const snapshot = join(ctx.packageRoot, 'dist', 'library-snapshot.json');
  return loadLibrary(libraryFolders(ctx.packageRoot, ctx.libraryDirs, ctx.io.cwd), extra, snapshot, codesOnly);
}

/** A word as a POSIX shell reads it back, for the commands we print. */
/**
 * A command to suggest, with the program as it runs here and the --library folders in effect,
 * so it runs as printed. `raw` words are shown as they are (a placeholder such as `<id>`).
 */
export function commandLine(ctx: Context, args: string[], raw: string[] = []): string {
  const words = [...ctx.libraryArgs.flatMap((dir) => ['--library', dir]), ...args].map(shellWord);
  return [ctx.program, ...words, ...raw].join(' ');
}

/** For commands that use the library but do not check it: one line, not a wall of problems. */
export function warnAboutProblems(ctx: Context, library: Library): void {
  const files = new Set(library.problems.filter(isError).map((p) => p.file));
  if (files.size === 0) return;
  ctx.io.err(
    style.warning(
      `warning: ${plural(files.size, 'file')} in the library ${files.size === 1 ? 'has' : 'have'} problems and ` +
        `${files.size === 1 ? 'was' : 'were'} skipped; run \`${commandLine(ctx, ['validate'])}\` to see them`,
    ),
  );
}

/**
 * Prompts need a terminal: without one, say so in one sentence, with the command that takes
 * its answers from a file instead (`asks`: "resolve asks its questions").
 */
export function notATerminal(asks: string, what: string, command: string, format: string): CliError {
  return usageError(
    `${asks} in a terminal, and this is not one (input or output is redirected). To run it from a script, give ` +
      `${what} in a file: ${command} (${format}).`,
  );
}

/** A warning for each answer that looks like identifying data; the file keeps it as typed. */
export function warnAboutPrivacy(ctx: Context, answers: object): void {
  for (const f of privacyFindings(answers)) {
    ctx.io.err(
      style.warning(
        `warning: ${f.where} holds what looks like ${f.what} ("${clip(oneLine(f.seen), 60)}"). The record keeps it; ` +
          `remove it if it could identify someone.`,
      ),
    );
  }
}

/** The folder named by --out (or its default): a file there is a usage error, said plainly. */
export function outFolder(ctx: Context, given: string | undefined, fallback: string): string {
  const dir = resolve(ctx.io.cwd, given ?? fallback);
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory())
    throw usageError(
      `${given ? '--out ' : ''}${oneLine(given ?? shownPath(ctx.io, dir))} is a file, not a folder; give a folder ` +
        `(it is created when missing)`,
    );
  return dir;
}

/**
 * A folder of records or drafts is for its owner only: one that others may read or write is
 * tightened to 0700 when it is ours to change (with a line saying so), and warned about when not.
 */
export function privateFolder(ctx: Context, dir: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory() || (stat.mode & 0o077) === 0) return;
  const was = (stat.mode & 0o777).toString(8);
  const shown = oneLine(shownPath(ctx.io, dir));
  if (typeof process.getuid === 'function' && stat.uid === process.getuid()) {
    chmodSync(dir, 0o700);
    ctx.io.err(
      style.dim(`note: ${shown} could be read by others (mode ${was}); it is now 0700, readable only by you.`),
    );
  } else {
    ctx.io.err(
      style.warning(
        `warning: ${shown} can be read by others (mode ${was}) and is not yours to change; ask its owner to make it ` +
          `0700, or use --out with a folder of your own.`,
      ),
    );
  }
}
