// `ethics-guide records report [DIR] --html FILE`: the records as one page a supervisor can hand
// on: self-contained HTML with charts and their tables, counts only unless --with-decisions.
// Mode 0600, and never over an existing file.
import { resolve as resolvePath } from 'node:path';
import { usageError } from '../../errors.js';
import { readRecordFolder } from '../../files/read-record-folder.js';
import { createExclusive } from '../../files/safe-write.js';
import { DEFAULT_CODE } from '../../library/types.js';
import { matches, replacedAndLeftOut } from '../../record/filters.js';
import { countRecord, emptySummary, finishSummary } from '../../record/summary.js';
import { COMING_WEEKS, comingWeeks, renderReport, type ReportInput } from '../../report/report.js';
import { cleanOneLine, oneLine } from '../../text/controls.js';
import { shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { commandLine, openLibrary, type Context, type RunDeps } from '../context.js';
import { openFolder, reportLeftOut, type RecordsOptions } from './folder.js';

export interface ReportOptions extends RecordsOptions {
  html?: string;
  withDecisions?: boolean;
}

export async function recordsReport(dir: string, options: ReportOptions, ctx: Context, deps: RunDeps): Promise<void> {
  if (!options.html)
    throw usageError('records report needs --html FILE: the page to write (it is never written over an existing file)');
  const { asOf, path } = await openFolder(dir, options, ctx, deps);
  const summary = emptySummary(asOf);
  const dueByWeek = new Array<number>(COMING_WEEKS).fill(0);
  const weekOf = comingWeeks(asOf);
  const decisions: NonNullable<ReportInput['decisions']> = [];
  let replaced = 0;
  const leftOut = await readRecordFolder(path, ({ meta }) => {
    if (replacedAndLeftOut(meta, options)) replaced++;
    if (!matches(meta, options, asOf, DEFAULT_CODE)) return;
    countRecord(summary, meta, DEFAULT_CODE);
    const week = weekOf(meta);
    if (week !== undefined) dueByWeek[week]!++;
    if (options.withDecisions)
      decisions.push({ date: meta.date, scenario: meta.scenario, decision: cleanOneLine(meta.decision) });
  });
  finishSummary(summary);
  decisions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // The report names principles only: the codes alone are enough.
  const library = await openLibrary(ctx, [], true);
  const html = renderReport({
    summary,
    replaced,
    dueByWeek,
    codes: (id) => library.codes.get(id)?.value,
    defaultCode: DEFAULT_CODE,
    ...(options.withDecisions ? { decisions } : {}),
  });
  const file = resolvePath(ctx.io.cwd, options.html);
  try {
    createExclusive(file, html, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw usageError(
      `${options.html} already exists; nothing was written (choose another name, or move that file away first)`,
    );
  }
  const shown = oneLine(shownPath(ctx.io, file));
  ctx.io.out(
    `${style.ok('Report written:')} ${shown} (readable only by you${options.withDecisions ? '; it holds the decisions: do not share it' : ''})`,
  );
  // Like the summary, the report names no file: damaged records are counted, and listed by records list.
  reportLeftOut(leftOut, ctx, false, commandLine(ctx, ['records', 'list', dir]));
}
