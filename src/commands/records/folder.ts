// What the records commands share: the folder they read, checked with the date they count from,
// and how files that are not records (or are damaged) are reported.
import { statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { invalidData, usageError } from '../../errors.js';
import type { LeftOut } from '../../files/read-records.js';
import { isDate } from '../../guide/dates.js';
import { filterProblem, type RecordFilters } from '../../record/filters.js';
import { oneLine } from '../../text/controls.js';
import { plural } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { commandLine, type Context, type RunDeps } from '../context.js';

export interface RecordsOptions extends RecordFilters {
  json?: boolean;
  csv?: boolean;
  asOf?: string;
}

/** A folder where everything is damaged should not bury the answer under thousands of lines. */
const SHOW_DAMAGED = 20;

export async function openFolder(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps) {
  if (options.json && options.csv) throw usageError('use --json or --csv, not both');
  const wrong = filterProblem(options);
  if (wrong) throw usageError(wrong);
  const asOf = options.asOf ?? deps.today;
  if (!isDate(asOf))
    throw usageError(`--as-of needs a date written YYYY-MM-DD, for example ${deps.today}; "${asOf}" is not one`);
  const path = resolvePath(ctx.io.cwd, dir);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat)
    throw usageError(
      `there is no folder ${dir}. Name the folder that holds the decision records (the default is ./decision-records)`,
    );
  if (stat.isFile())
    throw usageError(
      `${dir} is a file, not a folder of records. To look back at one record, use: ` +
        commandLine(ctx, ['records', 'evaluate', dir]),
    );
  if (!stat.isDirectory())
    throw usageError(
      `${dir} is not a folder (it is a device, a pipe or a socket). Name the folder that holds the decision ` +
        'records (the default is ./decision-records)',
    );
  return { asOf, path };
}

/**
 * Skipped files in one line, damaged records one per line; exit 1 once all else is shown.
 * Without `names` (a summary, which may be shared), nothing but counts: a file name or a
 * damaged record's problem could hold what someone typed.
 */
export function reportLeftOut({ skipped, damaged }: LeftOut, ctx: Context, names: boolean, listCommand: string): void {
  if (skipped.length) {
    const shown = names ? `: ${skipped.slice(0, 4).map(oneLine).join(', ')}${skipped.length > 4 ? ', …' : ''}` : '';
    ctx.io.err(
      style.dim(
        `Skipped ${plural(skipped.length, 'file')} that ` +
          `${skipped.length === 1 ? 'is not a decision record' : 'are not decision records'}${shown}.`,
      ),
    );
  }
  if (!damaged.length) return;
  const them = damaged.length === 1 ? 'it' : 'them';
  const were = `${plural(damaged.length, 'damaged record')} ${damaged.length === 1 ? 'was' : 'were'} left out`;
  if (!names) throw invalidData(`${were}; the rest are counted. \`${listCommand}\` names ${them}`);
  const more =
    damaged.length > SHOW_DAMAGED
      ? ` (the first ${SHOW_DAMAGED} are above; \`records list --json\` names them all)`
      : ' (see above)';
  throw invalidData(
    `${were}${more}; the rest are counted. Fix or move ${them}, then run this again`,
    damaged.slice(0, SHOW_DAMAGED),
  );
}
