// `ethics-guide records list [DIR]`: one row per decision record, for the supervisor, with the
// filters of records/folder.ts, as a table, JSON or CSV (RFC 4180, for a spreadsheet).
import { basename, join } from 'node:path';
import { csvText } from './csv.js';
import { readRecordFolder } from '../../files/read-record-folder.js';
import type { FoundRecord } from '../../files/read-records.js';
import { DEFAULT_CODE } from '../../library/types.js';
import { filtering, matches, replacedAndLeftOut, replacedNote } from '../../record/filters.js';
import { AGREES } from '../../guide/signoff.js';
import { awaitsConsult, DUE_WITHIN_DAYS, followUpState } from '../../record/summary.js';
import { oneLine, safeJson } from '../../text/controls.js';
import { clip, tableLead, textTable } from '../../text/table.js';
import { plural, shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { fitted, tableWidth } from '../../ui/width.js';
import { commandLine, type Context, type RunDeps } from '../context.js';
import { openFolder, reportLeftOut, type RecordsOptions } from './folder.js';

/** The columns of --json rows and of --csv, in this order. */
const COLUMNS = [
  'file',
  'date',
  'scenario',
  'case_from',
  'title',
  'code',
  'dilemma_type',
  'tension',
  'principles',
  'decision',
  'follow_up',
  'follow_up_state',
  'status',
  'evaluated',
  'consult_first',
  'reviewed',
  'reviewed_by',
  'review_agrees',
  'supersedes',
  'superseded_by',
] as const;

export async function recordsList(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps): Promise<void> {
  const { asOf, path } = await openFolder(dir, options, ctx, deps);
  const records: FoundRecord[] = [];
  let total = 0;
  let replaced = 0;
  const leftOut = await readRecordFolder(path, (record) => {
    total++;
    if (replacedAndLeftOut(record.meta, options)) replaced++;
    if (matches(record.meta, options, asOf, DEFAULT_CODE)) records.push(record);
  });
  records.sort((a, b) => (a.meta.date < b.meta.date ? -1 : a.meta.date > b.meta.date ? 1 : a.file < b.file ? -1 : 1));
  const rows = records.map(({ file, meta }) => ({
    file: shownPath(ctx.io, file),
    ...meta,
    follow_up_state: followUpState(meta, asOf) ?? null,
  }));
  if (options.json) {
    const damaged = leftOut.damaged.map((p) => ({ ...p, file: shownPath(ctx.io, p.file) }));
    ctx.io.out(safeJson({ as_of: asOf, records: rows, skipped: leftOut.skipped, damaged }));
  } else if (options.csv) {
    ctx.io.out(
      csvText(
        COLUMNS,
        rows.map((row) => COLUMNS.map((c) => (row as Record<string, unknown>)[c])),
      ),
    );
  } else if (records.length === 0) {
    const note = replacedNote(replaced, 'shown');
    ctx.io.out(
      `No decision records${filtering(options) ? ' match the filters' : ''} in ${oneLine(shownPath(ctx.io, path))}` +
        `${note ? `; ${note}` : ''}.`,
    );
  } else {
    table(records, asOf, ctx);
    const note = replacedNote(replaced, 'shown');
    const shown = `${filtering(options) ? `${records.length} of ${plural(total, 'record')}` : plural(records.length, 'record')}${note ? ` (${note})` : ''}`;
    ctx.io.out(
      fitted(
        `\n${shown} in ${oneLine(shownPath(ctx.io, path))}, follow-ups as of ${asOf} (due: within ${DUE_WITHIN_DAYS} days). ` +
          `Look back at one with \`${commandLine(ctx, ['records', 'evaluate', join(shownPath(ctx.io, path), 'FILE')])}\`.`,
      ),
    );
  }
  reportLeftOut(leftOut, ctx, true, '');
}

/**
 * A value as one CSV cell: lists joined by spaces, nothing for absent values. Typed text that a
 * spreadsheet would run as a formula (=, +, -, @, or a tab or CR first) starts with a ' instead.
 */
/** The narrowest the Decision column may be before each record is shown as a short block instead. */
const DECISION_ROOM = 24;

function table(records: FoundRecord[], asOf: string, ctx: Context): void {
  const header = ['Date', 'File', 'Case', 'Principles', 'Status', 'Follow-up', 'Decision'];
  const rows = records.map(({ file, meta }) => {
    const state = followUpState(meta, asOf);
    const review = meta.reviewed ? `, reviewed${meta.review_agrees ? `: ${AGREES[meta.review_agrees]}` : ''}` : '';
    const marks = `${review}${awaitsConsult(meta) ? ', consult first' : ''}`;
    // Every cell on one line: a typed line break must never make one record look like two.
    return [
      oneLine(meta.date),
      // The name as it is, so that the hint below runs with it pasted in.
      oneLine(basename(file)),
      meta.scenario ?? clip(`own: ${oneLine(meta.title ?? '')}`, 24),
      meta.principles.join(', ') || '-',
      `${oneLine(meta.status)}${marks}`,
      `${oneLine(meta.follow_up) || '-'}${state ? ` ${state}` : ''}`,
      oneLine(meta.decision),
    ];
  });
  const width = tableWidth();
  const { lead } = tableLead(header, rows);
  const show = (line: string) => ctx.io.out(/ overdue\b/.test(line) ? style.warning(line) : line);
  if (width && lead + DECISION_ROOM > width) {
    // Too narrow for the table: each record as a short block, every line within the width.
    for (const [date, file, kase, principles, status, followUp, decision] of rows) {
      ctx.io.out(`${style.title(clip(file!, width - 1))}`);
      ctx.io.out(fitted(`  ${date}, ${kase}; principles ${principles}; ${status}`, '  '));
      show(fitted(`  follow-up ${followUp}`, '  '));
      ctx.io.out(`${fitted(`  ${decision}`, '  ')}\n`);
    }
    return;
  }
  // The decision goes on as many lines as it needs rather than being cut to nothing.
  const lines = textTable(header, rows, width, true);
  ctx.io.out(style.title(lines[0]!));
  for (const line of lines.slice(1)) show(line);
}
