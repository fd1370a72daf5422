// The process's entry: runs the command tree (commands/program.ts), and is the one place that
// turns errors into exit codes and exits. Stop signals are ours for the whole run.
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { buildProgram } from './commands/program.js';
import { placeProblems } from './data/place.js';
import type { Problem } from './data/problem.js';
import { CliError, EXIT } from './errors.js';
import { describeOsError, isOsError } from './files/os-errors.js';
import { SIGNAL_REASONS, STOP_EXIT, createStop, type Stop, type StopReason } from './session/stop.js';
import { oneLine } from './text/controls.js';
import { capitalised } from './text/words.js';
import { processIo, problemLines, shownPath, type Io } from './ui/io.js';
import { configureColour, style } from './ui/style.js';

// dist/main.cjs and src/main.ts both sit one folder below the package root.
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export async function run(
  argv: string[],
  io: Io = processIo(),
  env = process.env,
  stop: Stop = createStop(),
): Promise<number> {
  configureColour(env, argv);
  try {
    await buildProgram(io, env, packageRoot, stop).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    // Problems in files that were read without positions are given their lines and columns now.
    const problems = error instanceof CliError ? await placeProblems(error.problems) : [];
    return exitCodeFor(error, io, env, problems);
  }
}

function exitCodeFor(error: unknown, io: Io, env: NodeJS.ProcessEnv, problems: Problem[]): number {
  // Commander has already printed its own message (help, version, unknown option...).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof CliError) {
    for (const line of problemLines(io, problems)) io.err(line);
    const message = oneLine(error.message);
    // Stopping on purpose (Ctrl-C, a signal, :pause) is not an error: just say where things stand.
    const plain = error.exitCode >= 128 || error.exitCode === EXIT.ok;
    io.err(plain ? `\n${capitalised(message)}` : `${style.problem('error:')} ${message}`);
    return error.exitCode;
  }
  if (isOsError(error)) {
    const { message, exitCode } = describeOsError(error, (path) => oneLine(shownPath(io, path)));
    io.err(`${style.problem('error:')} ${message}`);
    return exitCode;
  }
  io.err(
    `${style.problem('error:')} something went wrong inside ethics-guide: ` +
      `${(error as Error)?.message ?? String(error)}`,
  );
  if (env.DEBUG) io.err(String((error as Error)?.stack ?? error));
  else io.err('This is a bug. Run again with DEBUG=1 to see the details, and report them.');
  return EXIT.internal;
}

/**
 * The process entry point (bin/ethics-guide.js): the only place that exits. The stop signals
 * are ours for the whole run: while questions are asked they stop the asking (which keeps a
 * draft); at any other time the run ends at once, between two whole writes.
 */
export async function main(argv: string[]): Promise<never> {
  const io = processIo();
  const stop = createStop((reason) => {
    io.err(
      `\nStopped (${reason === 'interrupt' ? 'Ctrl-C' : reason === 'terminate' ? 'SIGTERM' : 'the terminal closed'}).`,
    );
    exit(stop, STOP_EXIT[reason]);
  });
  for (const [name, reason] of Object.entries(SIGNAL_REASONS) as [NodeJS.Signals, StopReason][]) {
    process.on(name, () => {
      if (reason === 'hangup') stop.terminalGone = true;
      stop.request(reason);
    });
  }
  exit(stop, await run(argv, io, process.env, stop));
}

function exit(stop: Stop, code: number): never {
  // Node restores the terminal's settings at exit and aborts when the terminal is gone (EIO):
  // point the standard descriptors at /dev/null first, so it finds nothing to restore.
  if (stop.terminalGone) {
    for (const fd of [0, 1, 2]) {
      try {
        closeSync(fd);
        openSync('/dev/null', fd === 0 ? 'r' : 'w');
      } catch {
        // Nothing more can be done for a descriptor that cannot be reopened.
      }
    }
  }
  process.exit(code);
}
