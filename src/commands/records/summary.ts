// `ethics-guide records summary [DIR]`: counts only, dates and case ids, never what anyone
// typed, so that it can be shared beyond the supervisor.
import { readRecordFolder } from '../../files/read-record-folder.js';
import { DEFAULT_CODE } from '../../library/types.js';
import { countRecord, emptySummary, finishSummary } from '../../record/summary.js';
import { csvText } from './csv.js';
import { matches, replacedAndLeftOut, replacedNote } from '../../record/filters.js';
import type { RecordSummary } from '../../record/summary.js';
import { safeJson } from '../../text/controls.js';
import { commandLine, openLibrary, type Context, type RunDeps } from '../context.js';
import { openFolder, reportLeftOut, type RecordsOptions } from './folder.js';
import { summaryLines } from './summary-lines.js';

/** The follow-ups a summary lists, soonest first; the rest are counted (--json lists them all). */
export const FOLLOW_UPS_SHOWN = 10;

export async function recordsSummary(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps): Promise<void> {
  const { asOf, path } = await openFolder(dir, options, ctx, deps);
  const summary = emptySummary(asOf);
  const keep = options.json || options.csv ? Number.POSITIVE_INFINITY : FOLLOW_UPS_SHOWN;
  let replaced = 0;
  // Counted as read, in the folder's own order: no list of 50,000 names, no record kept.
  const leftOut = await readRecordFolder(
    path,
    (record) => {
      if (replacedAndLeftOut(record.meta, options)) replaced++;
      else if (matches(record.meta, options, asOf, DEFAULT_CODE)) countRecord(summary, record.meta, DEFAULT_CODE, keep);
    },
    false,
  );
  finishSummary(summary, keep);
  leftOut.skipped.sort();
  if (options.csv) {
    ctx.io.out(
      csvText(
        ['measure', 'key', 'value'],
        [
          ...summaryRows(summary),
          ['skipped', '', leftOut.skipped.length],
          ['damaged', '', leftOut.damaged.length],
          ['superseded_not_counted', '', replaced],
        ],
      ),
    );
  } else if (options.json) {
    const { records, principles, dilemma_types, status, follow_ups, follow_ups_due, codes, consult_first } = summary;
    const { reviewed, review_agrees } = summary;
    ctx.io.out(
      safeJson({
        records,
        principles,
        dilemma_types,
        status,
        consult_first,
        reviewed,
        review_agrees,
        follow_ups,
        follow_ups_due,
        codes,
        as_of: asOf,
        skipped: leftOut.skipped.length,
        damaged: leftOut.damaged.length,
        superseded_not_counted: replaced,
      }),
    );
  } else {
    const { codes } = await openLibrary(ctx, [], true);
    for (const line of summaryLines(summary, (id) => codes.get(id)?.value)) ctx.io.out(line);
    if (replaced) ctx.io.out(`\nAlso ${replacedNote(replaced, 'counted')}.`);
  }
  // Names of stray files could be typed text (an own situation's title): a summary shows none.
  reportLeftOut(leftOut, ctx, false, commandLine(ctx, ['records', 'list', dir]));
}

/** The summary as rows of a spreadsheet: counts only, as the text and JSON forms. */
function summaryRows(s: RecordSummary): string[][] {
  const rows = (measure: string, counts: Record<string, number>) =>
    Object.entries(counts).map(([key, n]) => [measure, key, String(n)]);
  return [
    ['records', '', String(s.records)],
    ...rows('code', s.codes),
    ...rows('principle', s.principles),
    ...rows('dilemma_type', s.dilemma_types),
    ...rows('status', s.status),
    ['consult_first', '', String(s.consult_first)],
    ['reviewed', '', String(s.reviewed)],
    ...rows('review_agrees', s.review_agrees),
    ['follow_ups', 'overdue', String(s.follow_ups.overdue)],
    ['follow_ups', 'due', String(s.follow_ups.due)],
    ...s.follow_ups_due.map((f) => [
      f.overdue ? 'follow_up_overdue' : 'follow_up_due',
      `${f.date} ${f.scenario ?? 'own situation'}`,
      f.decided,
    ]),
    ['as_of', '', s.as_of],
  ];
}
