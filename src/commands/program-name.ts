// How the person runs this program, for the commands we suggest: `ethics-guide` when that name
// on their PATH is this very program (installed, e.g. `npm install -g`), and `npx ethics-guide`
// otherwise (a checkout, a project's own dependency, or a run through npx), so that a hint runs
// as printed when pasted into a shell in the same folder.
import { realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAME = 'ethics-guide';

const real = (path: string) => {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
};

export function programName(env: NodeJS.ProcessEnv, packageRoot: string): string {
  const own = real(join(packageRoot, 'bin', `${NAME}.js`));
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    // npm and npx put node_modules/.bin folders first on PATH for the run they start; the
    // person's own shell does not have them.
    if (!dir || /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir)) continue;
    const found = real(join(dir, NAME));
    // The first one on PATH is the one a pasted command runs.
    if (found) return found === own ? NAME : `npx ${NAME}`;
  }
  return `npx ${NAME}`;
}
