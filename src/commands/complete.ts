// Tab completion, worked out here rather than in each shell: the scripts of `ethics-guide
// completion` pass the words typed so far to the hidden `__complete` command, which answers
// from commander's own command tree (commands and options, so they can never drift from what
// the program takes) and from the library (case, code and grid ids, with any --library folders
// typed on the line). Instead of words it may answer `:files` or `:dirs`, and the shell then
// completes a path itself.
import type { Command, Option } from 'commander';
import { loadLibrary, libraryFolders } from '../files/library-folders.js';
import type { Library } from '../library/library.js';
import type { Context } from './context.js';

type Values = 'scenarios' | 'codes' | 'grids' | 'files' | 'dirs' | 'none';

/** What an option's value is; the others' values are not completed. */
const OPTION_VALUES: Record<string, Values> = {
  '--library': 'dirs',
  '--out': 'dirs',
  '--dir': 'dirs',
  '--answers': 'files',
  '--resume': 'files',
  '--code': 'codes',
  '--grid': 'grids',
};

/** What each command's arguments are, by the command's path. */
const ARGUMENT_VALUES: Record<string, Values> = {
  resolve: 'scenarios',
  show: 'scenarios',
  validate: 'files',
  'records list': 'dirs',
  'records summary': 'dirs',
  'records evaluate': 'files',
  'grid compare': 'files',
};

const isHidden = (c: Command) => (c as unknown as { _hidden?: boolean })._hidden === true;
const takesValue = (o: Option | undefined) => Boolean(o && (o.required || o.optional));
const optionIn = (path: Command[], word: string) =>
  path.flatMap((c) => c.options).find((o) => o.long === word || o.short === word);

/** Where the words lead: the command they name, and how many of its arguments are given. */
function walk(program: Command, typed: string[]): { path: Command[]; given: number } {
  const path = [program];
  let given = 0;
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i]!;
    if (word.startsWith('-')) {
      if (!word.includes('=') && takesValue(optionIn(path, word))) i++;
      continue;
    }
    const sub = given === 0 ? path.at(-1)!.commands.find((c) => c.name() === word && !isHidden(c)) : undefined;
    if (sub) path.push(sub);
    else given++;
  }
  return { path, given };
}

/** The candidates for the last of `words` (what is being typed), or `:files` / `:dirs`. */
export async function completions(
  program: Command,
  words: string[],
  library: () => Promise<Library>,
): Promise<string[]> {
  const current = words.at(-1) ?? '';
  const typed = words.slice(0, -1);
  const { path, given } = walk(program, typed);
  const here = path.at(-1)!;
  const values = async (kind: Values | undefined): Promise<string[]> => {
    if (kind === 'files' || kind === 'dirs') return [`:${kind}`];
    if (kind === 'scenarios' || kind === 'codes' || kind === 'grids')
      return [...(await library())[kind].keys()].sort().filter((id) => id.startsWith(current));
    return [];
  };
  const previous = typed.at(-1);
  const option = previous?.startsWith('-') && !previous.includes('=') ? optionIn(path, previous) : undefined;
  if (option?.required || (option?.optional && !current.startsWith('-')))
    return values(OPTION_VALUES[option.long ?? '']);
  if (current.startsWith('-')) {
    const own = here.options.filter((o) => !o.hidden).map((o) => o.long ?? o.short ?? '');
    return [...new Set([...own, '--help'])].filter((o) => o.startsWith(current));
  }
  const subcommands = given === 0 ? here.commands.filter((c) => !isHidden(c)).map((c) => c.name()) : [];
  const args = here.registeredArguments;
  const open = given < args.length || args.at(-1)?.variadic === true;
  const kind = open
    ? ARGUMENT_VALUES[
        path
          .slice(1)
          .map((c) => c.name())
          .join(' ')
      ]
    : undefined;
  if ((kind === 'files' || kind === 'dirs') && subcommands.length === 0) return values(kind);
  return [...subcommands.filter((name) => name.startsWith(current)), ...(await values(kind))];
}

/** The --library folders typed on the line, which add their ids to the built-in ones. */
function typedLibraries(words: string[]): string[] {
  return words.flatMap((word, i) =>
    word === '--library' && words[i + 1] ? [words[i + 1]!] : word.startsWith('--library=') ? [word.slice(10)] : [],
  );
}

/** `ethics-guide __complete -- WORDS...`: one candidate per line, and never an error. */
export async function complete(program: Command, words: string[], ctx: Context): Promise<void> {
  const library = async () => {
    const dirs = [...ctx.libraryDirs, ...typedLibraries(words)];
    try {
      return await loadLibrary(libraryFolders(ctx.packageRoot, dirs, ctx.io.cwd), [], snapshotOf(ctx));
    } catch {
      // A folder still being typed, or not a library: the built-in ids, then.
      return loadLibrary(libraryFolders(ctx.packageRoot, [], ctx.io.cwd), [], snapshotOf(ctx));
    }
  };
  for (const word of await completions(program, words, library)) ctx.io.out(word);
}

const snapshotOf = (ctx: Context) => `${ctx.packageRoot}/dist/library-snapshot.json`;
