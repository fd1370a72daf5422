// `ethics-guide records list [DIR]`: one row per decision record, for the supervisor.
import { readRecordFolder } from '../../files/read-record-folder.js';
import type { FoundRecord } from '../../files/read-records.js';
import { DUE_WITHIN_DAYS, followUpState } from '../../record/summary.js';
import { oneLine, safeJson } from '../../text/controls.js';
import { plural, shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { clip, textTable } from '../../text/table.js';
import { tableWidth } from '../../ui/width.js';
import { commandLine, type Context, type RunDeps } from '../context.js';
import { openFolder, reportLeftOut, type RecordsOptions } from './folder.js';

export async function recordsList(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps): Promise<void> {
  const { asOf, path } = await openFolder(dir, options, ctx, deps);
  const records: FoundRecord[] = [];
  const leftOut = await readRecordFolder(path, (record) => records.push(record));
  records.sort((a, b) => (a.meta.date < b.meta.date ? -1 : a.meta.date > b.meta.date ? 1 : a.file < b.file ? -1 : 1));
  if (options.json) {
    const rows = records.map(({ file, meta }) => ({
      file: shownPath(ctx.io, file),
      ...meta,
      follow_up_state: followUpState(meta, asOf) ?? null,
    }));
    ctx.io.out(
      safeJson({
        as_of: asOf,
        records: rows,
        skipped: leftOut.skipped,
        damaged: leftOut.damaged.map((p) => ({ ...p, file: shownPath(ctx.io, p.file) })),
      }),
    );
  } else if (records.length === 0) {
    ctx.io.out(`No decision records in ${shownPath(ctx.io, path)}.`);
  } else {
    const rows = records.map(({ meta }) => {
      const state = followUpState(meta, asOf);
      // Every cell on one line: a typed line break must never make one record look like two.
      return [
        oneLine(meta.date),
        meta.scenario ?? clip(`own: ${oneLine(meta.title ?? '')}`, 24),
        meta.principles.join(', ') || '-',
        oneLine(meta.status),
        `${oneLine(meta.follow_up) || '-'}${state ? ` ${state}` : ''}`,
        oneLine(meta.decision),
      ];
    });
    const lines = textTable(['Date', 'Case', 'Principles', 'Status', 'Follow-up', 'Decision'], rows, tableWidth());
    ctx.io.out(style.title(lines[0]!));
    for (const line of lines.slice(1)) ctx.io.out(/ overdue /.test(line) ? style.warning(line) : line);
    ctx.io.out(
      `\n${plural(records.length, 'record')} in ${oneLine(shownPath(ctx.io, path))}, follow-ups as of ${asOf} (due: ` +
        `within ${DUE_WITHIN_DAYS} days). Look back at one with ` +
        `\`${commandLine(ctx, ['records', 'evaluate', 'FILE'])}\`.`,
    );
  }
  reportLeftOut(leftOut, ctx, true, '');
}
