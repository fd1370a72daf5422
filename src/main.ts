// The command line: builds the commander program, runs it, and is the one place that turns
// errors into exit codes and exits. Commands are imported when they run, so `--help` and
// `list` do not pay for the modules other commands need.
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { CliError, EXIT } from './errors.js';
import type { Context, RunDeps } from './commands/context.js';
import { describeOsError, isOsError } from './files/os-errors.js';
import { SIGNAL_REASONS, STOP_EXIT, createStop, type Stop, type StopReason } from './session/stop.js';
import { oneLine } from './text/controls.js';
import { processIo, problemLines, shownPath, type Io } from './ui/io.js';
import { configureColour, style } from './ui/style.js';
import { capitalised } from './text/words.js';
import { VERSION } from './version.js';

// dist/main.js and src/main.ts both sit one folder below the package root.
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

const collect = (value: string, previous: string[]) => [...previous, value];
const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function buildProgram(io: Io, env: NodeJS.ProcessEnv, stop: Stop = createStop()): Command {
  const program = new Command('ethics-guide');
  const context = (): Context => ({
    io,
    packageRoot,
    libraryDirs: [
      ...(env.ETHICS_GUIDE_LIBRARY ?? '').split(':').filter(Boolean),
      ...program.opts<{ library: string[] }>().library,
    ],
    libraryArgs: program.opts<{ library: string[] }>().library,
  });
  const deps = (): RunDeps => ({
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    today: localDate(new Date()),
    env,
    stop,
  });
  program
    .description(
      'Think through an ethical dilemma in peer support, step by step, with the DBSA Model Code of Ethics for Peer ' +
        'Specialists.',
    )
    .version(VERSION, '-V, --version')
    .addOption(
      new Option(
        '--library <dir>',
        "add a trainer's folder holding scenarios/, codes/ or grids/ (repeatable; also ETHICS_GUIDE_LIBRARY, " +
          "':'-separated)",
      )
        .default([])
        .argParser(collect),
    )
    .option('--no-color', 'plain output without colour (NO_COLOR=1 does the same)')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('list')
    .description('list the scenarios: id, title, summary, topics')
    .option('--key', "for trainers: add each case's dilemma type (the Recognize step's answer)")
    .option('--json', 'print JSON for scripts (with the dilemma type)')
    .action(async (options) => (await import('./commands/list.js')).list(options, context()));
  program
    .command('show')
    .description('show a scenario: people, setting, the case and its question')
    .argument('<id>', 'scenario id, as `list` shows it')
    .option('--key', "add the trainer's key: principles and why, example options, discussion")
    .option('--json', 'print JSON for scripts')
    .action(async (id, options) => (await import('./commands/show.js')).show(id, options, context()));
  program
    .command('code')
    .description('show the code of ethics, or one principle, word for word')
    .argument('[number]', 'one principle by its number')
    .option('--code <id>', 'which code', 'dbsa')
    .option('--json', 'print JSON for scripts')
    .action(async (number, options) => (await import('./commands/code.js')).code(number, options, context()));
  program
    .command('validate')
    .description('check scenario and code files (none given: the whole library); exit 1 if any has problems')
    .argument('[paths...]', 'files or folders')
    .action(async (paths) => (await import('./commands/validate.js')).validate(paths, context()));

  program
    .command('resolve')
    .description('work through a dilemma in six steps and write a decision record')
    .argument('[id]', 'a case from `list`; leave out to choose one, or to describe your own situation')
    .option('--answers <file>', 'take the answers from a YAML file instead of asking (for trainers and scripts)')
    .option('--resume [draft]', 'continue an interrupted walkthrough (the latest draft when none is named)')
    .option('--out <dir>', 'where records and drafts go (default ./decision-records)')
    .option('--code <id>', 'the code to reason with when the situation is your own', 'dbsa')
    .action(async (id, options) =>
      (await import('./commands/resolve/resolve.js')).resolve(id, options, context(), deps()),
    );

  const records = program
    .command('records')
    .description('for supervisors: list, summarise and evaluate decision records');
  records
    .command('list')
    .description('one row per record: date, case, principles, status, follow-up, decision')
    .argument('[dir]', 'the folder of records', 'decision-records')
    .option('--json', 'print JSON for scripts')
    .option('--as-of <date>', 'mark follow-ups due and overdue as of this date (YYYY-MM-DD; default today)')
    .action(async (dir, options) =>
      (await import('./commands/records/list.js')).recordsList(dir, options, context(), deps()),
    );
  records
    .command('summary')
    .description('counts only, safe to share: principles cited, dilemma types, status, follow-ups due and overdue')
    .argument('[dir]', 'the folder of records', 'decision-records')
    .option('--json', 'print JSON for scripts')
    .option('--as-of <date>', 'count follow-ups due and overdue as of this date (YYYY-MM-DD; default today)')
    .action(async (dir, options) =>
      (await import('./commands/records/summary.js')).recordsSummary(dir, options, context(), deps()),
    );
  records
    .command('evaluate')
    .description('look back at a decision: how it went, what you would do differently (adds an Outcome section)')
    .argument('<file>', 'the decision record')
    .option('--answers <file>', 'take the answers from a YAML file instead of asking')
    .action(async (file, options) =>
      (await import('./commands/records/evaluate.js')).evaluate(file, options, context(), deps()),
    );

  program
    .command('new')
    .description('for trainers: start a new file from a commented skeleton')
    .command('scenario')
    .description('write scenarios/ID.yaml: every field with a placeholder to fill, and the editor schema line')
    .argument('<id>', 'the new case id, in kebab-case (e.g. gift-at-graduation); also the file name')
    .option('--code <id>', 'the code its principle numbers refer to', 'dbsa')
    .option(
      '--dir <dir>',
      "the folder to write to (default: the first --library's scenarios/, or ./my-cases/scenarios)",
    )
    .action(async (id, options) => (await import('./commands/new/scenario.js')).newScenario(id, options, context()));

  const grid = program
    .command('grid')
    .description('the Ethics Grid exercise: rate actions green, yellow or red, then see why people disagree')
    .option('--grid <id>', 'which grid', 'ethics-grid')
    .option('--answers <file>', 'take the ratings from a YAML file instead of asking')
    .option('--out <dir>', 'where the summary goes (default ./grid-ratings)')
    .action(async (options) => (await import('./commands/grid/grid.js')).grid(options, context(), deps()));
  grid
    .command('compare')
    .description("a group's ratings side by side: per action, how many chose each colour")
    .argument('<files...>', 'grid summaries (or ratings files) of the people in the group')
    .option('--json', 'print JSON for scripts')
    .action(async (files, options) =>
      (await import('./commands/grid/compare.js')).gridCompare(files, options, context()),
    );

  program.addHelpText(
    'after',
    `
Examples:
  ethics-guide resolve alice-and-bob     work through a course case
  ethics-guide resolve                   choose a case, or describe your own situation
  ethics-guide list                      the case library
  ethics-guide show alice-and-bob        read a case
  ethics-guide code 12                   one principle of the DBSA code
  ethics-guide validate my-cases/        check a trainer's files
  ethics-guide new scenario my-case      start a new case from a skeleton
  ethics-guide records summary           counts from a folder of decision records
  ethics-guide grid                      the Ethics Grid exercise

Exit codes: 0 ok, 1 invalid data or a fault of the disk, 2 usage, 70 internal error (a bug),
129 the terminal closed, 130 stopped with Ctrl-C, 143 stopped by SIGTERM (answers kept in a draft).`,
  );
  return program;
}

export async function run(
  argv: string[],
  io: Io = processIo(),
  env = process.env,
  stop: Stop = createStop(),
): Promise<number> {
  configureColour(env, argv);
  try {
    await buildProgram(io, env, stop).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return exitCodeFor(error, io, env);
  }
}

function exitCodeFor(error: unknown, io: Io, env: NodeJS.ProcessEnv): number {
  // Commander has already printed its own message (help, version, unknown option...).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof CliError) {
    for (const line of problemLines(io, error.problems)) io.err(line);
    const message = oneLine(error.message);
    // Stopping on purpose (Ctrl-C, a signal) is not an error: just say where things stand.
    io.err(error.exitCode >= 128 ? `\n${capitalised(message)}` : `${style.problem('error:')} ${message}`);
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
