// `ethics-guide records list|summary [DIR]`: what a supervisor reads from a folder of decision
// records. Both read only the front matter of each file; `summary` shows only counts, dates
// and case ids, never what anyone typed.
import { statSync } from 'node:fs';
import { isatty } from 'node:tty';
import { resolve as resolvePath } from 'node:path';
import { invalidData, usageError } from '../../errors.js';
import { isDate } from '../../guide/dates.js';
import { DEFAULT_CODE, type Code } from '../../library/types.js';
import { readRecordFolder, type FoundRecord, type LeftOut } from '../../files/read-records.js';
import { DUE_WITHIN_DAYS, countRecord, emptySummary, finishSummary, followUpState, principleKey, type RecordSummary } from '../../record/summary.js';
import { oneLine, safeJson } from '../../text/controls.js';
import { plural, shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { clip, textTable } from '../../ui/table.js';
import { commandLine, openLibrary, type Context, type RunDeps } from '../context.js';

export interface RecordsOptions {
  json?: boolean;
  asOf?: string;
}

/** A folder where everything is damaged should not bury the answer under thousands of lines. */
const SHOW_DAMAGED = 20;
const words = (id: string) => id.replace(/-/g, ' ');
const terminalWidth = () => (isatty(1) ? process.stdout.columns : undefined);

async function openFolder(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps) {
  const asOf = options.asOf ?? deps.today;
  if (!isDate(asOf)) throw usageError(`--as-of needs a date written YYYY-MM-DD, for example ${deps.today}; "${asOf}" is not one`);
  const path = resolvePath(dir);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw usageError(`there is no folder ${dir}. Name the folder that holds the decision records (the default is ./decision-records)`);
  if (!stat.isDirectory()) throw usageError(`${dir} is a file, not a folder of records. To look back at one record, use: ethics-guide records evaluate ${dir}`);
  return { asOf, path };
}

/**
 * Skipped files in one line, damaged records one per line; exit 1 once all else is shown.
 * Without `names` (a summary, which may be shared), nothing but counts: a file name or a
 * damaged record's problem could hold what someone typed.
 */
function reportLeftOut({ skipped, damaged }: LeftOut, ctx: Context, names: boolean, listCommand: string): void {
  if (skipped.length) {
    const shown = names ? `: ${skipped.slice(0, 4).map(oneLine).join(', ')}${skipped.length > 4 ? ', …' : ''}` : '';
    ctx.io.err(style.dim(`Skipped ${plural(skipped.length, 'file')} that ${skipped.length === 1 ? 'is not a decision record' : 'are not decision records'}${shown}.`));
  }
  if (!damaged.length) return;
  const them = damaged.length === 1 ? 'it' : 'them';
  const were = `${plural(damaged.length, 'damaged record')} ${damaged.length === 1 ? 'was' : 'were'} left out`;
  if (!names) throw invalidData(`${were}; the rest are counted. \`${listCommand}\` names ${them}`);
  const more = damaged.length > SHOW_DAMAGED ? ` (the first ${SHOW_DAMAGED} are above; \`records list --json\` names them all)` : ' (see above)';
  throw invalidData(`${were}${more}; the rest are counted. Fix or move ${them}, then run this again`, damaged.slice(0, SHOW_DAMAGED));
}

export async function recordsList(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps): Promise<void> {
  const { asOf, path } = await openFolder(dir, options, ctx, deps);
  const records: FoundRecord[] = [];
  const leftOut = await readRecordFolder(path, (record) => records.push(record));
  records.sort((a, b) => (a.meta.date < b.meta.date ? -1 : a.meta.date > b.meta.date ? 1 : a.file < b.file ? -1 : 1));
  if (options.json) {
    const rows = records.map(({ file, meta }) => ({ file: shownPath(ctx.io, file), ...meta, follow_up_state: followUpState(meta, asOf) ?? null }));
    ctx.io.out(safeJson({ as_of: asOf, records: rows, skipped: leftOut.skipped, damaged: leftOut.damaged.map((p) => ({ ...p, file: shownPath(ctx.io, p.file) })) }));
  } else if (records.length === 0) {
    ctx.io.out(`No decision records in ${shownPath(ctx.io, path)}.`);
  } else {
    const rows = records.map(({ meta }) => {
      const state = followUpState(meta, asOf);
      // Every cell on one line: a typed line break must never make one record look like two.
      return [
        oneLine(meta.date),
        meta.scenario ?? clip(`own: ${oneLine(meta.title)}`, 24),
        meta.principles.join(', ') || '-',
        oneLine(meta.status),
        `${oneLine(meta.follow_up) || '-'}${state ? ` ${state}` : ''}`,
        oneLine(meta.decision),
      ];
    });
    const lines = textTable(['Date', 'Case', 'Principles', 'Status', 'Follow-up', 'Decision'], rows, terminalWidth());
    ctx.io.out(style.title(lines[0]!));
    for (const line of lines.slice(1)) ctx.io.out(/ overdue /.test(line) ? style.warning(line) : line);
    ctx.io.out(`\n${plural(records.length, 'record')} in ${oneLine(shownPath(ctx.io, path))}, follow-ups as of ${asOf} (due: within ${DUE_WITHIN_DAYS} days). Look back at one with \`${commandLine(ctx, ['records', 'evaluate', 'FILE'])}\`.`);
  }
  reportLeftOut(leftOut, ctx, true, '');
}

export async function recordsSummary(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps): Promise<void> {
  const { asOf, path } = await openFolder(dir, options, ctx, deps);
  const summary = emptySummary(asOf);
  const leftOut = await readRecordFolder(path, (record) => countRecord(summary, record.meta, DEFAULT_CODE));
  finishSummary(summary);
  if (options.json) {
    const { records, principles, dilemma_types, status, follow_ups_due, codes } = summary;
    ctx.io.out(safeJson({ records, principles, dilemma_types, status, follow_ups_due, codes, as_of: asOf, skipped: leftOut.skipped.length, damaged: leftOut.damaged.length }));
  } else {
    const { codes } = await openLibrary(ctx);
    for (const line of summaryLines(summary, (id) => codes.get(id)?.value)) ctx.io.out(line);
  }
  // Names of stray files could be typed text (an own situation's title): a summary shows none.
  reportLeftOut(leftOut, ctx, false, commandLine(ctx, ['records', 'list', dir]));
}

/** The words every text starts with ("Peer Specialists "), to leave out where space is short. */
function sharedOpening(texts: string[]): string {
  const [first = '', ...rest] = texts;
  let words = first.split(' ');
  for (const text of rest) while (words.length && !text.startsWith(`${words.join(' ')} `)) words = words.slice(0, -1);
  return words.length && rest.length ? `${words.join(' ')} ` : '';
}

/** The principle numbers cited from one code, read back from the summary's keys. */
function citedNumbers(summary: RecordSummary, code: string): number[] {
  const prefix = code === DEFAULT_CODE ? '' : `${code}:`;
  return Object.keys(summary.principles)
    .filter((key) => (prefix ? key.startsWith(prefix) : !key.includes(':')))
    .map((key) => Number(key.slice(prefix.length)));
}

/** No path and nothing typed: only counts, dates, case ids and the code's own words. */
function summaryLines(summary: RecordSummary, codeOf: (id: string) => Code | undefined): string[] {
  const out = [style.title(`${plural(summary.records, 'decision record')}, as of ${summary.as_of}`)];
  if (summary.records === 0) return out;
  for (const id of Object.keys(summary.codes).sort((a, b) => (a === DEFAULT_CODE ? -1 : b === DEFAULT_CODE ? 1 : a < b ? -1 : 1))) {
    const code = codeOf(id);
    const cited = (n: number) => summary.principles[principleKey(id, n, DEFAULT_CODE)] ?? 0;
    // Every principle of the code (never cited is worth seeing too), and any cited number it lacks.
    const numbers = new Set(code?.principles.map((p) => p.number));
    for (const n of citedNumbers(summary, id)) numbers.add(n);
    out.push('', style.heading(`Principles cited: ${oneLine(code?.title ?? `${id} (this code is not in the library)`)}`));
    // Headlines repeat (DBSA has two "Respect"), so the start of each principle goes with them.
    const shared = sharedOpening(code?.principles.map((p) => p.text) ?? []);
    const name = (n: number) => {
      const p = code?.principles.find((x) => x.number === n);
      return p ? `${oneLine(p.short)}: ${clip(oneLine(`${shared ? '…' : ''}${p.text.slice(shared.length)}`), 60)}` : '(not in this code)';
    };
    const rows = [...numbers].sort((a, b) => a - b).map((n) => [`${n}.`, String(cited(n)), name(n)]);
    out.push(...textTable(['No.', 'Records', 'Principle'], rows).map((l) => `  ${l}`));
  }
  out.push('', style.heading('Dilemma types'), ...textTable(['Type', 'Records'], Object.entries(summary.dilemma_types).map(([t, n]) => [t === 'none' ? 'no dilemma' : words(t), String(n)])).map((l) => `  ${l}`));
  out.push('', style.heading('Status'), ...textTable(['Status', 'Records'], Object.entries(summary.status).map(([s, n]) => [s, String(n)])).map((l) => `  ${l}`));
  out.push('', style.heading(`Follow-ups overdue or due within ${DUE_WITHIN_DAYS} days`));
  if (summary.follow_ups_due.length === 0) out.push('  none');
  else out.push(...textTable(['Follow-up', 'Case', 'Decided'], summary.follow_ups_due.map((f) => [`${f.date} ${f.overdue ? 'overdue' : 'due'}`, f.scenario ?? '(own situation)', f.decided])).map((l) => `  ${l}`));
  return out;
}
