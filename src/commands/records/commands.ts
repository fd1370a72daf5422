// The supervisor's commands under `records`: list, summary, report, evaluate and review, each
// imported only when it runs. Part of the command tree (program.ts).
import type { Command } from 'commander';
import type { Context, RunDeps } from '../context.js';
import { collect } from '../options.js';

const AS_OF = '(YYYY-MM-DD; default today)';

export function addRecordsCommands(program: Command, context: () => Context, deps: () => RunDeps): void {
  const records = program
    .command('records')
    .description('for supervisors: list, summarise, evaluate and review decision records');
  const JSON_OUT: Own = ['--json', 'print JSON for scripts'];
  overFolder(records, 'list', 'one row per record: date, case, principles, status, follow-up, decision', 'mark', [
    JSON_OUT,
    ['--csv', 'print CSV for a spreadsheet (the same columns as --json)'],
  ]).action(async (dir, options) => (await import('./list.js')).recordsList(dir, options, context(), deps()));
  overFolder(
    records,
    'summary',
    'counts only, safe to share: principles cited, dilemma types, status, follow-ups due and overdue',
    'count',
    [JSON_OUT, ['--csv', 'print the counts as CSV for a spreadsheet']],
  ).action(async (dir, options) => (await import('./summary.js')).recordsSummary(dir, options, context(), deps()));
  overFolder(
    records,
    'report',
    'the records as one HTML page with charts: counts only, safe to hand on (--with-decisions adds a table)',
    'count',
    [
      ['--html <file>', 'the page to write (never over an existing file)'],
      ['--with-decisions', "add a table of the decisions, for the supervisor's own use"],
    ],
  ).action(async (dir, options) => (await import('./report.js')).recordsReport(dir, options, context(), deps()));
  records
    .command('evaluate')
    .description('look back at a decision: how it went, what you would do differently (adds an Outcome section)')
    .argument('<file>', 'the decision record')
    .option('--answers <file>', 'take the answers from a YAML file instead of asking')
    .action(async (file, options) => (await import('./evaluate.js')).evaluate(file, options, context(), deps()));

  records
    .command('review')
    .description(
      "a supervisor's sign-off: who reviewed it, whether they agree, a comment (adds a Supervisor review entry)",
    )
    .argument('<file>', 'the decision record')
    .option('--answers <file>', 'take the answers from a YAML file instead of asking')
    .option('--on <date>', `the date of the review ${AS_OF}`)
    .action(async (file, options) => (await import('./review.js')).review(file, options, context(), deps()));
}

/** An option of a command's own: its flags and its help. */
type Own = [flags: string, help: string];

/** A command over a folder of records: its [dir], its own options, --as-of and the filters. */
function overFolder(records: Command, name: string, description: string, asOf: 'mark' | 'count', own: Own[]) {
  const command = records
    .command(name)
    .description(description)
    .argument('[dir]', 'the folder of records', 'decision-records');
  for (const [flags, help] of own) command.option(flags, help);
  command.option('--as-of <date>', `${asOf} follow-ups due and overdue as of this date ${AS_OF}`);
  return recordFilters(command);
}

/** The filters of `records list`, `summary` and `report`: they combine with AND. */
function recordFilters(command: Command): Command {
  return command
    .option('--principle <n>', 'records that cite this principle: N (DBSA) or code:N (repeatable)', collect, [])
    .option('--status <status>', 'decided, evaluated or superseded')
    .option('--case <id>', 'one case, or `own` for your own situations')
    .option('--since <date>', 'decided on or after this date (YYYY-MM-DD)')
    .option('--until <date>', 'decided on or before this date (YYYY-MM-DD)')
    .option('--follow-up <state>', 'due or overdue')
    .option('--consult-first', 'only records the safety net flagged that no supervisor has reviewed yet')
    .option('--reviewed', 'only records a supervisor reviewed')
    .option('--unreviewed', 'only records no supervisor reviewed yet')
    .option('--all', 'include records that a newer decision superseded');
}
