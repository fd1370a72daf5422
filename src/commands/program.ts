// The command tree: every command with its options and help, each imported only when it runs,
// so `--help` and `list` do not pay for the modules other commands need. main.ts runs it.
import { Command, Option } from 'commander';
import { createStop, type Stop } from '../session/stop.js';
import type { Io } from '../ui/io.js';
import { colourOn, isTerminal } from '../ui/style.js';
import { tableWidth } from '../ui/width.js';
import { VERSION } from '../version.js';
import type { Context, RunDeps } from './context.js';
import { collect } from './options.js';
import { programName } from './program-name.js';
import { addRecordsCommands } from './records/commands.js';

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** `packageRoot`: where the shipped library and schemas are (main.ts knows it from its own place). */
export function buildProgram(io: Io, env: NodeJS.ProcessEnv, packageRoot: string, stop: Stop = createStop()): Command {
  const program = new Command('ethics-guide');
  let name: string | undefined;
  const context = (): Context => ({
    // Looked up on PATH only when a command is suggested.
    get program() {
      return (name ??= programName(env, packageRoot, io.cwd));
    },
    io,
    packageRoot,
    libraryDirs: [
      ...(env.ETHICS_GUIDE_LIBRARY ?? '').split(':').filter(Boolean),
      ...program.opts<{ library: string[] }>().library,
    ],
    libraryArgs: program.opts<{ library: string[] }>().library,
  });
  const deps = (): RunDeps => ({
    // Asked only by the commands that prompt: process.stdin and stdout would load the stream machinery.
    get interactive() {
      return isTerminal(0) && isTerminal(1);
    },
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
        "add a trainer's folder holding scenarios/, codes/, policies/, grids/ or settings.yaml (repeatable; also ETHICS_GUIDE_LIBRARY, " +
          "':'-separated)",
      )
        .default([])
        .argParser(collect),
    )
    .option('--no-color', 'plain output without colour (NO_COLOR=1 does the same)')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      // Commander would ask process.stdout, whose first touch loads the stream machinery; it
      // takes undefined (no terminal) as 80 columns, although its types say otherwise.
      getOutHelpWidth: () => tableWidth() as number,
      getErrHelpWidth: () => (isTerminal(2) ? process.stderr.columns : undefined) as number,
      getOutHasColors: colourOn,
      getErrHasColors: colourOn,
    });

  program
    .command('list')
    .description('list the scenarios: id, title, summary, topics')
    .option('--key', "for trainers: add each case's dilemma type (the Recognize step's answer)")
    .option('--json', 'print JSON for scripts (with the dilemma type)')
    .action(async (options) => (await import('./list.js')).list(options, context()));
  program
    .command('show')
    .description('show a scenario: people, setting, the case and its question')
    .argument('<id>', 'scenario id, as `list` shows it')
    .option('--key', "add the trainer's key: principles and why, example options, discussion")
    .option('--json', 'print JSON for scripts')
    .action(async (id, options) => (await import('./show.js')).show(id, options, context()));
  program
    .command('code')
    .description('show the code of ethics, or one principle, word for word')
    .argument('[number]', 'one principle by its number')
    .option('--code <id>', 'which code', 'dbsa')
    .option('--json', 'print JSON for scripts')
    .action(async (number, options) => (await import('./code.js')).code(number, options, context()));
  program
    .command('policy')
    .description('show the laws and agency policies that Review asks about, or one of them')
    .argument('[id]', 'one policy by its id')
    .option('--json', 'print JSON for scripts')
    .action(async (id, options) => (await import('./policy.js')).policy(id, options, context()));
  program
    .command('validate')
    .description(
      'check scenario, code, policy, grid and settings files (none given: the whole library); exit 1 if any has problems',
    )
    .argument('[paths...]', 'files or folders')
    .option(
      '--json',
      'print JSON for scripts: { files, valid, problems: [{ file, line, col, message, severity }], notes }',
    )
    .action(async (paths, options) => (await import('./validate.js')).validate(paths, options, context()));

  program
    .command('resolve')
    .description('work through a dilemma in six steps and write a decision record')
    .argument('[id]', 'a case from `list`; leave out to choose one, or to describe your own situation')
    .option('--answers <file>', 'take the answers from a YAML file instead of asking (for trainers and scripts)')
    .option('--resume [draft]', 'continue an interrupted walkthrough (the latest draft when none is named)')
    .option('--revise <record>', 'a new decision that replaces this record, starting from its answers')
    .option('--out <dir>', 'where records and drafts go (default ./decision-records)')
    .option('--code <id>', 'the code to reason with when the situation is your own', 'dbsa')
    .action(async (id, options) => (await import('./resolve/resolve.js')).resolve(id, options, context(), deps()));

  addRecordsCommands(program, context, deps);

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
    .action(async (id, options) => (await import('./new/scenario.js')).newScenario(id, options, context()));

  const grid = program
    .command('grid')
    .description('the Ethics Grid exercise: rate actions green, yellow or red, then see why people disagree')
    .option('--grid <id>', 'which grid', 'ethics-grid')
    .option('--answers <file>', 'take the ratings from a YAML file instead of asking')
    .option('--out <dir>', 'where the summary goes (default ./grid-ratings)')
    .action(async (options) => (await import('./grid/grid.js')).grid(options, context(), deps()));
  grid
    .command('compare')
    .description("a group's ratings side by side: per action, how many chose each colour")
    .argument('<files...>', 'grid summaries (or ratings files) of the people in the group')
    .option('--json', 'print JSON for scripts')
    .action(async (files, options) => (await import('./grid/compare.js')).gridCompare(files, options, context()));

  program
    .command('completion')
    .description('print a script that completes commands, options and case ids in your shell (see README)')
    // Optional to commander, so that its absence gets our sentence naming the shells.
    .argument('[shell]', 'bash, zsh or fish')
    .action(async (shell) => (await import('./completion.js')).completion(shell, context()));
  // What the completion scripts ask: the words so far, after `--`; one candidate per line.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .action(async (words) => (await import('./complete.js')).complete(program, words, context()));

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
