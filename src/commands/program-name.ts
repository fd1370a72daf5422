// How the person runs this program, for the commands we suggest, so that a hint runs as printed
// when pasted into a shell in the same folder:
// - `ethics-guide` when that name on their PATH is this very program (`npm install -g`);
// - `npx ethics-guide` where npx finds this program by its name: in its checkout, in a project
//   that depends on it, or in npx's own cache (a run through npx);
// - otherwise `node /path/to/bin/ethics-guide.js`: there, npx would look the name up in the
//   public registry, which may hold nothing by that name, or something else.
import { realpathSync } from 'node:fs';
import { basename, delimiter, dirname, join, relative, isAbsolute, sep } from 'node:path';
import { shellWord } from '../text/shell.js';

const NAME = 'ethics-guide';

const real = (path: string) => {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
};

const within = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/** Whether `npx ethics-guide`, typed in `cwd`, runs the program in `packageRoot`. */
function npxFinds(packageRoot: string, cwd: string): boolean {
  const root = real(packageRoot) ?? packageRoot;
  const here = real(cwd) ?? cwd;
  if (within(root, here)) return true;
  const modules = dirname(root);
  if (basename(modules) !== 'node_modules') return false;
  return within(dirname(modules), here) || root.split(sep).includes('_npx');
}

export function programName(env: NodeJS.ProcessEnv, packageRoot: string, cwd: string): string {
  const bin = join(packageRoot, 'bin', `${NAME}.js`);
  const own = real(bin);
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    // npm and npx put node_modules/.bin folders first on PATH for the run they start; the
    // person's own shell does not have them.
    if (!dir || /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir)) continue;
    const found = real(join(dir, NAME));
    // The first one on PATH is the one a pasted command runs.
    if (found === own) return NAME;
    if (found) break;
  }
  return npxFinds(packageRoot, cwd) ? `npx ${NAME}` : `node ${shellWord(own ?? bin)}`;
}
