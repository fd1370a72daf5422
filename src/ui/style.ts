// Colour for the terminal. Colour only ever repeats what a word or symbol already says.
// Seven plain styles need no library: chalk found out whether stdout is a terminal by loading
// node:tty, which loads net and the stream modules (~3 ms of every start, `--help` included),
// and it does not honour NO_COLOR (no-color.org).
import { fstatSync, statSync } from 'node:fs';

let colour = false;

/**
 * Whether `fd` is a terminal. A file, a pipe or /dev/null never is, and fstat says so at once;
 * only a character device that is not /dev/null needs node:tty to tell.
 */
export function isTerminal(fd: 0 | 1 | 2): boolean {
  let rdev: number;
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    rdev = stat.rdev;
  } catch {
    return false; // a closed descriptor
  }
  if (statSync('/dev/null', { throwIfNoEntry: false })?.rdev === rdev) return false;
  return process.getBuiltinModule('node:tty').isatty(fd);
}

/**
 * Colour when stdout is a terminal, as chalk decided: FORCE_COLOR forces it on (or off with 0 or
 * false), TERM=dumb turns it off. NO_COLOR and --no-color turn it off whatever else says: a flag
 * typed on the command line should win.
 */
export function configureColour(env: NodeJS.ProcessEnv, argv: readonly string[]): void {
  const forced = env.FORCE_COLOR;
  if (env.NO_COLOR || argv.includes('--no-color')) colour = false;
  else if (forced !== undefined) colour = forced !== '0' && forced !== 'false';
  else colour = env.TERM !== 'dumb' && isTerminal(1);
}

export const colourOn = (): boolean => colour;

/** `ESC [ open m` text `ESC [ close m`, the SGR pairs chalk used; guardLine lets them through. */
const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    colour ? `\u001b[${open}m${s}\u001b[${close}m` : s;
const bold = sgr(1, 22);
const underline = sgr(4, 24);

export const style = {
  title: bold,
  heading: (s: string) => bold(underline(s)),
  id: sgr(36, 39),
  dim: sgr(2, 22),
  ok: sgr(32, 39),
  problem: sgr(31, 39),
  warning: sgr(33, 39),
};
