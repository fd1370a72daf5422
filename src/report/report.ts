// The supervisor's report: a folder of records as one self-contained HTML page (inline CSS and
// SVG, no script, nothing from a network). Counts, dates and case ids only, like the summary;
// with `decisions`, a table of what was decided, for the supervisor's own use, which the page
// says at its top. Pure: data in, HTML out.
import { addDays } from '../guide/dates.js';
import { findPrinciple, parseRef } from '../library/principles.js';
import type { Code } from '../library/types.js';
import type { RecordMeta } from '../generated/record.types.js';
import type { RecordSummary } from '../record/summary.js';
import { AGREES } from '../guide/signoff.js';
import { idWords } from '../text/words.js';
import { barChart, escapeHtml } from './charts.js';
import { REPORT_CSS } from './style.js';

export interface ReportInput {
  summary: RecordSummary;
  /** Follow-ups due in each of the coming weeks (see comingWeek). */
  dueByWeek: number[];
  /** Records a newer decision replaced, left out (without --all). */
  replaced?: number;
  codes: (id: string) => Code | undefined;
  defaultCode: string;
  /** The decisions, when asked for: the page then says it is not to be shared. */
  decisions?: { date: string; scenario: string | null; decision: string }[];
}

/** How many weeks of follow-ups the report charts, from the date it is as of. */
export const COMING_WEEKS = 6;

/**
 * Which of the coming weeks (0: the seven days from `asOf`) a record's follow-up falls in, if
 * any. The weeks' last days are worked out once, for every record of a report.
 */
export function comingWeeks(asOf: string): (meta: Pick<RecordMeta, 'status' | 'follow_up'>) => number | undefined {
  const lastDays = Array.from({ length: COMING_WEEKS }, (_, week) => addDays(asOf, week * 7 + 6));
  return (meta) => {
    if (meta.status !== 'decided' || !meta.follow_up || meta.follow_up < asOf) return undefined;
    const week = lastDays.findIndex((last) => meta.follow_up <= last);
    return week < 0 ? undefined : week;
  };
}

/** What is already overdue, then each of the coming weeks. */
function followUpWeeks(input: ReportInput): { label: string; value: number }[] {
  const s = input.summary;
  return [
    { label: 'overdue', value: s.follow_ups.overdue },
    ...Array.from({ length: COMING_WEEKS }, (_, week) => ({
      label: week === 0 ? 'this week' : `week of ${addDays(s.as_of, week * 7)}`,
      value: input.dueByWeek[week] ?? 0,
    })),
  ];
}

function principleCharts(input: ReportInput): string {
  const byCode = new Map<string, { label: string; value: number }[]>();
  for (const [key, value] of Object.entries(input.summary.principles)) {
    const { code = input.defaultCode, number } = parseRef(/^\d+$/.test(key) ? Number(key) : key);
    const short = findPrinciple(input.codes(code), number)?.short;
    byCode.set(code, [...(byCode.get(code) ?? []), { label: `${number}. ${short ?? '(not in the library)'}`, value }]);
  }
  return [...byCode]
    .sort(([a], [b]) => (a === input.defaultCode ? -1 : b === input.defaultCode ? 1 : a < b ? -1 : 1))
    .map(([code, bars]) => {
      const sorted = bars.sort((a, b) => Number.parseInt(a.label, 10) - Number.parseInt(b.label, 10));
      return barChart(`principles-${code}`, `Principles cited: ${input.codes(code)?.title ?? code}`, sorted);
    })
    .join('');
}

export function renderReport(input: ReportInput): string {
  const s = input.summary;
  const said = Object.values(s.review_agrees).reduce((a, b) => a + b, 0);
  const reviewedBars = [
    ...Object.entries(s.review_agrees).map(([agree, value]) => ({
      label: `reviewed: ${AGREES[agree as keyof typeof AGREES]}`,
      value,
    })),
    ...(s.reviewed > said ? [{ label: 'reviewed (agreement not recorded)', value: s.reviewed - said }] : []),
    { label: 'not reviewed yet', value: s.records - s.reviewed },
  ];
  const warning = input.decisions
    ? '<p class="private" role="note"><strong>For the supervisor’s own use:</strong> this page includes the decisions as they were written. Do not share it; <code>ethics-guide records report</code> without <code>--with-decisions</code> makes a page that holds counts only.</p>'
    : '<p class="shareable" role="note">Counts, dates and case ids only: this page holds nothing anyone typed.</p>';
  const decisions = input.decisions
    ? `<section><h2>Decisions</h2><table><thead><tr><th scope="col">Date</th><th scope="col">Case</th><th scope="col">Decision</th></tr></thead><tbody>${input.decisions
        .map(
          (d) =>
            `<tr><td>${escapeHtml(d.date)}</td><td>${escapeHtml(d.scenario ?? 'own situation')}</td><td>${escapeHtml(d.decision)}</td></tr>`,
        )
        .join('')}</tbody></table></section>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Decision records as of ${escapeHtml(s.as_of)}</title><style>${REPORT_CSS}</style></head>
<body><main>
<h1>Decision records as of ${escapeHtml(s.as_of)}</h1>
${warning}
<p class="totals"><span data-count="records">${s.records}</span> decision record${s.records === 1 ? '' : 's'}; <span data-count="consult-first">${s.consult_first}</span> flagged <strong>consult first</strong> and not yet reviewed (serious, and no one consulted before deciding); <span data-count="reviewed">${s.reviewed}</span> reviewed by a supervisor.${input.replaced ? ` Not counted: <span data-count="replaced">${input.replaced}</span> replaced by a newer decision (<code>--all</code> counts ${input.replaced === 1 ? 'it' : 'them'}).` : ''}</p>
<section><h2>Principles</h2>${principleCharts(input) || '<p>No principles cited.</p>'}</section>
<section><h2>Dilemmas and status</h2>
${barChart(
  'dilemma-types',
  'Dilemma types',
  Object.entries(s.dilemma_types).map(([t, value]) => ({ label: t === 'none' ? 'no dilemma' : idWords(t), value })),
)}
${barChart(
  'status',
  'Status',
  Object.entries(s.status).map(([label, value]) => ({ label, value })),
)}
${barChart('reviewed', 'Supervisor review', reviewedBars)}
</section>
<section><h2>Follow-ups</h2>
${barChart('follow-ups', 'Follow-ups overdue, and due in the coming weeks', followUpWeeks(input), 'Follow-ups')}
</section>
${decisions}
<footer><p>Made by ethics-guide. The principles are quoted from their codes; counts are of the records in the folder that matched the filters.</p></footer>
</main></body></html>
`;
}
