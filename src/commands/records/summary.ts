// `ethics-guide records summary [DIR]`: counts only, dates and case ids, never what anyone
// typed, so that it can be shared beyond the supervisor.
import { readRecordFolder } from '../../files/read-record-folder.js';
import { DEFAULT_CODE } from '../../library/types.js';
import { countRecord, emptySummary, finishSummary } from '../../record/summary.js';
import { safeJson } from '../../text/controls.js';
import { commandLine, openLibrary, type Context, type RunDeps } from '../context.js';
import { openFolder, reportLeftOut, type RecordsOptions } from './folder.js';
import { summaryLines } from './summary-lines.js';

/** The follow-ups a summary lists, soonest first; the rest are counted (--json lists them all). */
export const FOLLOW_UPS_SHOWN = 10;

export async function recordsSummary(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps): Promise<void> {
  const { asOf, path } = await openFolder(dir, options, ctx, deps);
  const summary = emptySummary(asOf);
  const keep = options.json ? Number.POSITIVE_INFINITY : FOLLOW_UPS_SHOWN;
  // Counted as read, in the folder's own order: no list of 50,000 names, no record kept.
  const leftOut = await readRecordFolder(
    path,
    (record) => countRecord(summary, record.meta, DEFAULT_CODE, keep),
    false,
  );
  finishSummary(summary, keep);
  leftOut.skipped.sort();
  if (options.json) {
    const { records, principles, dilemma_types, status, follow_ups, follow_ups_due, codes } = summary;
    ctx.io.out(
      safeJson({
        records,
        principles,
        dilemma_types,
        status,
        follow_ups,
        follow_ups_due,
        codes,
        as_of: asOf,
        skipped: leftOut.skipped.length,
        damaged: leftOut.damaged.length,
      }),
    );
  } else {
    const { codes } = await openLibrary(ctx, [], true);
    for (const line of summaryLines(summary, (id) => codes.get(id)?.value)) ctx.io.out(line);
  }
  // Names of stray files could be typed text (an own situation's title): a summary shows none.
  reportLeftOut(leftOut, ctx, false, commandLine(ctx, ['records', 'list', dir]));
}
