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
  const list = records
    .command('list')
    .description('one row per record: date, case, principles, status, follow-up, decision')
    .argument('[dir]', 'the folder of records', 'decision-records')
    .option('--json', 'print JSON for scripts')
    .option('--csv', 'print CSV for a spreadsheet (the same columns as --json)')
    .option('--as-of <date>', `mark follow-ups due and overdue as of this date ${AS_OF}`);
  recordFilters(list).action(async (dir, options) =>
    (await import('./list.js')).recordsList(dir, options, context(), deps()),
  );
  const summary = records
    .command('summary')
    .description('counts only, safe to share: principles cited, dilemma types, status, follow-ups due and overdue')
    .argument('[dir]', 'the folder of records', 'decision-records')
    .option('--json', 'print JSON for scripts')
    .option('--csv', 'print the counts as CSV for a spreadsheet')
    .option('--as-of <date>', `count follow-ups due and overdue as of this date ${AS_OF}`);
  recordFilters(summary).action(async (dir, options) =>
    (await import('./summary.js')).recordsSummary(dir, options, context(), deps()),
  );
  const report = records
    .command('report')
    .description(
      'the records as one HTML page with charts: counts only, safe to hand on (--with-decisions adds a table)',
    )
    .argument('[dir]', 'the folder of records', 'decision-records')
    .option('--html <file>', 'the page to write (never over an existing file)')
    .option('--with-decisions', "add a table of the decisions, for the supervisor's own use")
    .option('--as-of <date>', `count follow-ups due and overdue as of this date ${AS_OF}`);
  recordFilters(report).action(async (dir, options) =>
    (await import('./report.js')).recordsReport(dir, options, context(), deps()),
  );
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

/** The filters of `records list` and `records summary`: they combine with AND. */
function recordFilters(command: Command): Command {
  return command
    .option('--principle <n>', 'records that cite this principle: N (DBSA) or code:N (repeatable)', collect, [])
    .option('--status <status>', 'decided, evaluated or superseded')
    .option('--case <id>', 'one case, or `own` for your own situations')
    .option('--since <date>', 'decided on or after this date (YYYY-MM-DD)')
    .option('--until <date>', 'decided on or before this date (YYYY-MM-DD)')
    .option('--follow-up <state>', 'due or overdue')
    .option('--consult-first', 'only records the safety net flagged')
    .option('--reviewed', 'only records a supervisor reviewed')
    .option('--unreviewed', 'only records no supervisor reviewed yet')
    .option('--all', 'include records that a newer decision superseded');
}
