// Which records a supervisor asks for: by principle, status, case, dates, follow-up, the safety
// net's flag and review. Filters combine with AND; a superseded record is left out unless `all`.
// Pure: a record's front matter and the filters in, yes or no out.
import type { RecordMeta } from '../generated/record.types.js';
import { isDate } from '../guide/dates.js';
import { awaitsConsult, followUpState, refKey } from './summary.js';

export interface RecordFilters {
  /** `N` (a principle of the default code) or `code:N`; a record matches when it cites any. */
  principle?: string[];
  status?: string;
  /** A case id, or `own` for your own situation. */
  case?: string;
  since?: string;
  until?: string;
  followUp?: string;
  consultFirst?: boolean;
  reviewed?: boolean;
  unreviewed?: boolean;
  all?: boolean;
}

const STATUS = ['decided', 'evaluated', 'superseded'];
const PRINCIPLE = /^([a-z0-9]+(-[a-z0-9]+)*:)?[1-9][0-9]*$/;

/** What is wrong with the filters, as a sentence for a usage error; undefined when they are fine. */
export function filterProblem(f: RecordFilters): string | undefined {
  const bad = (f.principle ?? []).find((p) => !PRINCIPLE.test(p));
  if (bad) return `--principle takes a number or code:number, e.g. 5 or riverside-handbook:2; "${bad}" is neither`;
  if (f.status && !STATUS.includes(f.status)) return `--status is one of ${STATUS.join(', ')}, not "${f.status}"`;
  for (const [flag, date] of [
    ['--since', f.since],
    ['--until', f.until],
  ] as const) {
    if (date !== undefined && !isDate(date)) return `${flag} needs a date written YYYY-MM-DD; "${date}" is not one`;
  }
  if (f.followUp && !['due', 'overdue'].includes(f.followUp))
    return `--follow-up is due or overdue, not "${f.followUp}"`;
  if (f.reviewed && f.unreviewed) return 'use --reviewed or --unreviewed, not both';
  return undefined;
}

/**
 * A newer decision replaced it: its status says so, or (in a record an older version evaluated
 * after it was replaced) the name of the one that replaced it does.
 */
export const isReplaced = (meta: RecordMeta): boolean => meta.status === 'superseded' || Boolean(meta.superseded_by);

/** A record a newer decision replaced, left out because --all was not given (nor --status superseded). */
export const replacedAndLeftOut = (meta: RecordMeta, f: RecordFilters): boolean =>
  !f.all && isReplaced(meta) && f.status !== 'superseded';

/** What to say of the replaced records left out, or '' for none. */
export const replacedNote = (n: number, verb: 'shown' | 'counted') =>
  n
    ? `${n} replaced by a newer decision not ${verb}; --all ${verb === 'shown' ? 'shows' : 'counts'} ${n === 1 ? 'it' : 'them'}`
    : '';

export function matches(meta: RecordMeta, f: RecordFilters, asOf: string, defaultCode: string): boolean {
  if (replacedAndLeftOut(meta, f)) return false;
  if (f.principle?.length) {
    const cited = new Set(meta.principles.map((ref) => refKey(meta.code, ref, defaultCode)));
    const wanted = f.principle.map((p) => refKey(defaultCode, /^\d+$/.test(p) ? Number(p) : p, defaultCode));
    if (!wanted.some((key) => cited.has(key))) return false;
  }
  if (f.status && meta.status !== f.status) return false;
  if (f.case !== undefined && (f.case === 'own' ? meta.scenario !== null : meta.scenario !== f.case)) return false;
  if (f.since && meta.date < f.since) return false;
  if (f.until && meta.date > f.until) return false;
  if (f.followUp && followUpState(meta, asOf) !== f.followUp) return false;
  if (f.consultFirst && !awaitsConsult(meta)) return false;
  if (f.reviewed && !meta.reviewed) return false;
  if (f.unreviewed && meta.reviewed) return false;
  return true;
}

/** Whether any filter is set (a listing then says how many records it left out). */
export const filtering = (f: RecordFilters) =>
  Boolean(
    f.principle?.length ||
      f.status ||
      f.case ||
      f.since ||
      f.until ||
      f.followUp ||
      f.consultFirst ||
      f.reviewed ||
      f.unreviewed,
  );
