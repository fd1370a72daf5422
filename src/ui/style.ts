// Colour for the terminal. Colour only ever repeats what a word or symbol already says.
import chalk from 'chalk';

/**
 * chalk 5 honours FORCE_COLOR and non-terminals, but not NO_COLOR (no-color.org), and it lets
 * FORCE_COLOR override --no-color; a flag typed on the command line should win.
 */
export function configureColour(env: NodeJS.ProcessEnv, argv: readonly string[]): void {
  if (env.NO_COLOR || argv.includes('--no-color')) chalk.level = 0;
}

export const style = {
  title: (s: string) => chalk.bold(s),
  heading: (s: string) => chalk.bold.underline(s),
  id: (s: string) => chalk.cyan(s),
  dim: (s: string) => chalk.dim(s),
  ok: (s: string) => chalk.green(s),
  problem: (s: string) => chalk.red(s),
  warning: (s: string) => chalk.yellow(s),
};
