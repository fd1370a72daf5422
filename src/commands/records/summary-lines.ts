// The summary as text tables: every principle of each code with how often it was cited, then
// dilemma types, status and the follow-ups due. Only counts, dates, case ids and the code's words.
import { append } from '../../data/arrays.js';
import { AGREES } from '../../guide/signoff.js';
import { DEFAULT_CODE, type Code } from '../../library/types.js';
import { DUE_WITHIN_DAYS, principleKey, type RecordSummary } from '../../record/summary.js';
import { oneLine } from '../../text/controls.js';
import { idWords } from '../../text/words.js';
import { plural } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { clip, textTable } from '../../text/table.js';

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
export function summaryLines(summary: RecordSummary, codeOf: (id: string) => Code | undefined): string[] {
  const out = [style.title(`${plural(summary.records, 'decision record')}, as of ${summary.as_of}`)];
  if (summary.records === 0) return out;
  for (const id of Object.keys(summary.codes).sort((a, b) =>
    a === DEFAULT_CODE ? -1 : b === DEFAULT_CODE ? 1 : a < b ? -1 : 1,
  )) {
    const code = codeOf(id);
    const cited = (n: number) => summary.principles[principleKey(id, n, DEFAULT_CODE)] ?? 0;
    // Every principle of the code (never cited is worth seeing too), and any cited number it lacks.
    const numbers = new Set(code?.principles.map((p) => p.number));
    for (const n of citedNumbers(summary, id)) numbers.add(n);
    out.push(
      '',
      style.heading(`Principles cited: ${oneLine(code?.title ?? `${id} (this code is not in the library)`)}`),
    );
    // Headlines repeat (DBSA has two "Respect"), so the start of each principle goes with them.
    const shared = sharedOpening(code?.principles.map((p) => p.text) ?? []);
    const name = (n: number) => {
      const p = code?.principles.find((x) => x.number === n);
      return p
        ? `${oneLine(p.short)}: ${clip(oneLine(`${shared ? '…' : ''}${p.text.slice(shared.length)}`), 60)}`
        : '(not in this code)';
    };
    const rows = [...numbers].sort((a, b) => a - b).map((n) => [`${n}.`, String(cited(n)), name(n)]);
    append(
      out,
      textTable(['No.', 'Records', 'Principle'], rows).map((l) => `  ${l}`),
    );
  }
  out.push(
    '',
    style.heading('Dilemma types'),
    ...textTable(
      ['Type', 'Records'],
      Object.entries(summary.dilemma_types).map(([t, n]) => [t === 'none' ? 'no dilemma' : idWords(t), String(n)]),
    ).map((l) => `  ${l}`),
  );
  out.push(
    '',
    style.heading('Status'),
    ...textTable(
      ['Status', 'Records'],
      Object.entries(summary.status).map(([s, n]) => [s, String(n)]),
    ).map((l) => `  ${l}`),
    '',
    `${style.heading('Consult first')}  ${style.dim('(serious, no one consulted before deciding, and not yet reviewed)')}`,
    `  ${plural(summary.consult_first, 'record')}`,
    '',
    style.heading('Reviewed by a supervisor'),
    `  ${plural(summary.reviewed, 'record')}${agreements(summary)}`,
  );
  const { overdue, due } = summary.follow_ups;
  const listed = summary.follow_ups_due.length;
  out.push(
    '',
    style.heading(
      `Follow-ups overdue or due within ${DUE_WITHIN_DAYS} days` +
        (overdue + due > listed ? `: ${overdue} overdue, ${due} due (the ${listed} earliest below)` : ''),
    ),
  );
  if (listed === 0) out.push('  none');
  else
    append(
      out,
      textTable(
        ['Follow-up', 'Case', 'Decided'],
        summary.follow_ups_due.map((f) => [
          `${f.date} ${f.overdue ? 'overdue' : 'due'}`,
          f.scenario ?? '(own situation)',
          f.decided,
        ]),
      ).map((l) => `  ${l}`),
    );
  if (overdue + due > listed) out.push(`  … and ${overdue + due - listed} more; \`--json\` lists them all.`);
  return out;
}

/** ": agrees 2, does not agree 1", for the reviews that said (those before reviews said are left out). */
function agreements(summary: RecordSummary): string {
  const said = Object.entries(summary.review_agrees).filter(([, n]) => n > 0);
  return said.length ? `: ${said.map(([agree, n]) => `${AGREES[agree as keyof typeof AGREES]} ${n}`).join(', ')}` : '';
}
