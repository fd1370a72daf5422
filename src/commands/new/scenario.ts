// `ethics-guide new scenario <id> [--code ID] [--dir DIR]`: writes DIR/<id>.yaml, a commented
// skeleton that the editor checks against the schema and that `validate` rejects, naming each
// placeholder, until the trainer has filled them all in. Never replaces an existing file.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CliError, usageError } from '../../errors.js';
import { idFromFileName } from '../../library/checks.js';
import type { Library } from '../../library/library.js';
import { scenarioSkeleton } from '../../library/scenario-skeleton.js';
import { createExclusive, makeFolders } from '../../files/safe-write.js';
import { shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { openLibrary, warnAboutProblems, type Context } from '../context.js';
import { findCode } from '../lookups.js';
import { shellWord } from '../../text/shell.js';

export interface NewScenarioOptions {
  code: string;
  dir?: string;
}

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where a trainer's new cases go when no folder is named: a library folder of their own. */
export const DEFAULT_LIBRARY = 'my-cases';

/** `Maria & Lee` -> `maria-and-lee`, `giftCard.yaml` -> `gift-card`. */
export function kebabCase(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.ya?ml$/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function checkId(id: string): void {
  if (KEBAB_CASE.test(id)) return;
  const suggestion = kebabCase(id) || 'gift-at-graduation';
  throw usageError(
    `the id \`${id}\` is not in kebab-case (lowercase letters and digits, words joined by single hyphens); try ` +
      `\`${suggestion}\``,
  );
}

/** The code, or a usage error; with no library folder given, say where an agency's code comes from. */
function codeNamed(ctx: Context, library: Library, id: string) {
  try {
    return findCode(ctx, library, id);
  } catch (error) {
    if (!(error instanceof CliError) || ctx.libraryDirs.length > 0 || /Did you mean/.test(error.message)) throw error;
    throw usageError(
      `${error.message}. An agency's own code is read from the codes/ folder of a library folder: add --library DIR`,
    );
  }
}

/** An id a library file already uses: a new case needs its own (a copy to adapt keeps the built-in id on purpose). */
function refuseTakenId(ctx: Context, library: Library, id: string): void {
  const entry = library.scenarios.get(id);
  const file =
    entry?.file ?? library.files.find((f) => idFromFileName(f) === id && basename(dirname(f)) === 'scenarios');
  if (!file) return;
  let free = 2;
  while (library.scenarios.has(`${id}-${free}`)) free++;
  const owner = entry?.builtIn
    ? `the built-in case "${entry.value.title}", and a new case needs an id of its own (to adapt the built-in ` +
      `one instead, copy its file into your library: a file with its id is used in its place)`
    : `${shownPath(ctx.io, file)} in your library, and ids are unique across the library`;
  throw usageError(`the id \`${id}\` is taken by ${owner}; choose another id, such as \`${id}-${free}\``);
}

/** A folder as the trainer would type it: `.` for where they are. */
const shownFolder = (ctx: Context, dir: string) =>
  resolve(dir) === resolve(ctx.io.cwd) ? '.' : shownPath(ctx.io, dir);

const sameFolder = (a: string, b: string) => existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);

function makeFolder(ctx: Context, dir: string): void {
  try {
    makeFolders(dir, 0o755);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw usageError(`${shownPath(ctx.io, dir)} is not a folder; give --dir a folder (it is created when missing)`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw usageError(
        `cannot create the folder ${shownPath(ctx.io, dir)} (${code}); give --dir a folder you may write to`,
      );
    throw error;
  }
}

function writeSkeleton(ctx: Context, file: string, text: string): void {
  try {
    createExclusive(file, text, 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw usageError(
        `${shownPath(ctx.io, file)} already exists; nothing was written (choose another id, or move that file away ` +
          `first)`,
      );
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw usageError(`cannot write ${shownPath(ctx.io, file)} (${code}); give --dir a folder you may write to`);
    throw error;
  }
}

export async function newScenario(id: string, options: NewScenarioOptions, ctx: Context): Promise<void> {
  checkId(id);
  // `--library my-agency new scenario ID` starts a library: the folder and its scenarios/ are made
  // if they are not there yet (the library would refuse a folder with nothing in it).
  const first = ctx.libraryArgs[0];
  if (first && !options.dir)
    try {
      makeFolders(join(resolve(ctx.io.cwd, first), 'scenarios'), 0o755);
    } catch {
      // Not ours to make (a file in the way, no permission): the library's own sentence says why.
    }
  const library = await openLibrary(ctx);
  // A code file with problems is skipped, and "no such code" alone would puzzle: say why.
  if (!library.codes.has(options.code)) warnAboutProblems(ctx, library);
  const code = codeNamed(ctx, library, options.code);
  refuseTakenId(ctx, library, id);

  // A trainer's own folder: the first --library given, or my-cases/ where they are. Never the
  // shipped library: a case written there would become "built-in" and fail the package's tests.
  const dir = resolve(ctx.io.cwd, options.dir ?? join(ctx.libraryArgs[0] ?? DEFAULT_LIBRARY, 'scenarios'));
  if (sameFolder(dir, join(ctx.packageRoot, 'scenarios'))) {
    throw usageError(
      `${shownPath(ctx.io, dir)} is the built-in library of ethics-guide; write your cases in a folder of your own ` +
        `(leave out --dir to use ${DEFAULT_LIBRARY}/scenarios)`,
    );
  }
  const file = join(dir, `${id}.yaml`);
  const codeEntry = library.codes.get(code.id);
  const codeLibrary = codeEntry && !codeEntry.builtIn ? dirname(dirname(codeEntry.file)) : undefined;
  const command = [ctx.program, ...(codeLibrary ? ['--library', shellWord(shownFolder(ctx, codeLibrary))] : [])].join(
    ' ',
  );
  const shown = shownPath(ctx.io, file);
  const schemaPath = relative(dir, join(ctx.packageRoot, 'schemas', 'scenario.schema.json'))
    .split(sep)
    .join('/');
  // The schema line and the commands are comments: a line break in a path would end them.
  if (/[\u0000-\u001f\u007f]/.test(`${shown}${command}${schemaPath}`)) {
    throw usageError('a folder name holds a line break or another control character; give --dir a plain folder name');
  }

  makeFolder(ctx, dir);
  writeSkeleton(ctx, file, scenarioSkeleton({ id, code, schemaPath, command, path: shellWord(shown) }));
  ctx.io.out(`${style.ok('Scenario skeleton written:')} ${shown}`);
  ctx.io.out(`Next: fill in each TODO, then run: ${command} validate ${shellWord(shown)}`);
  const read = [ctx.packageRoot, ...ctx.libraryDirs].some((folder) => sameFolder(join(folder, 'scenarios'), dir));
  if (!read) ctx.io.out(howToUse(ctx, dir, codeLibrary));
}

/** How to make `list`, `show` and `resolve` see a case written outside the library folders. */
function howToUse(ctx: Context, dir: string, codeLibrary: string | undefined): string {
  const before = codeLibrary ? `--library ${shellWord(shownFolder(ctx, codeLibrary))} ` : '';
  if (basename(dir) !== 'scenarios') {
    const folder = shownFolder(ctx, dir);
    return (
      `To use it with list, show and resolve, move it into ${folder === '.' ? '' : `${folder}/`}scenarios/ and ` +
      `run: ${ctx.program} ${before}--library ${shellWord(folder)} list`
    );
  }
  const parent = dirname(dir);
  const flag =
    codeLibrary && sameFolder(codeLibrary, parent) ? '' : `--library ${shellWord(shownFolder(ctx, parent))} `;
  return `To use it with list, show and resolve, add its library folder: ${ctx.program} ${before}${flag}list`;
}
