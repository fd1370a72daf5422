// Counts over a folder of records for `records summary`. Only numbers, dates and case ids go
// in: a summary may be shared beyond the supervisor, so no text anyone typed comes out.
import { addDays } from '../guide/dates.js';
import type { RecordMeta } from '../generated/record.types.js';

import { RECORD_DILEMMA_TYPES as DILEMMA_TYPES, STATUSES } from '../generated/enums.js';
import { parseRef } from '../library/principles.js';
/** A follow-up is due when its date falls within this many days from today. */
export const DUE_WITHIN_DAYS = 7;

export interface FollowUp {
  /** The follow-up date. */
  date: string;
  /** The date of the decision. */
  decided: string;
  /** The practice case, or null for the writer's own situation. */
  scenario: string | null;
  overdue: boolean;
}

export interface RecordSummary {
  records: number;
  as_of: string;
  /** Records per code they reasoned with. */
  codes: Record<string, number>;
  /** Times each principle was cited: `"5"` for the default code, `"<code>:5"` for another. */
  principles: Record<string, number>;
  dilemma_types: Record<string, number>;
  status: Record<string, number>;
  /** How many follow-ups are overdue, and how many due soon. */
  follow_ups: { overdue: number; due: number };
  /** Follow-ups overdue or due, in date order: all of them, or the `keep` soonest (see countRecord). */
  follow_ups_due: FollowUp[];
  /** Records the safety net flagged (serious, no one consulted) that no supervisor has reviewed yet. */
  consult_first: number;
  /** Records a supervisor has reviewed. */
  reviewed: number;
  /** Of those, how many the latest review agrees with, with changes or not (older reviews did not say). */
  review_agrees: Record<string, number>;
}

/**
 * Flagged by the safety net (serious, and no one consulted before deciding) and not yet reviewed
 * by a supervisor: once one has signed it off, it no longer waits for anyone.
 */
export const awaitsConsult = (meta: RecordMeta): boolean => meta.consult_first === true && !meta.reviewed;

/** Whether a record's follow-up is overdue or due soon, as of a date; undefined otherwise. */
export function followUpState(meta: RecordMeta, asOf: string): 'overdue' | 'due' | undefined {
  if (meta.status !== 'decided' || !meta.follow_up) return undefined;
  if (meta.follow_up < asOf) return 'overdue';
  return meta.follow_up <= addDays(asOf, DUE_WITHIN_DAYS) ? 'due' : undefined;
}

/** A principle's key in the counts: its number for the default code, `code:number` for another. */
export const refKey = (code: string, ref: number | string, defaultCode: string) => {
  const { code: other, number } = parseRef(ref);
  return principleKey(other ?? code, number, defaultCode);
};

export const principleKey = (code: string, n: number, defaultCode: string) =>
  code === defaultCode ? String(n) : `${code}:${n}`;

/** An empty summary; `countRecord` adds to it one record at a time. */
/** Counts keyed by ids from files: no prototype, so `constructor` is a key like any other. */
const counts = (keys: readonly string[] = []): Record<string, number> =>
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(keys.map((k) => [k, 0])));

export function emptySummary(asOf: string): RecordSummary {
  return {
    records: 0,
    as_of: asOf,
    codes: counts(),
    principles: counts(),
    dilemma_types: counts(DILEMMA_TYPES),
    status: counts(STATUSES),
    follow_ups: { overdue: 0, due: 0 },
    follow_ups_due: [],
    consult_first: 0,
    reviewed: 0,
    review_agrees: counts(['yes', 'with-changes', 'no']),
  };
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Date order; ties in the order of what the summary shows, so it never depends on the folder's order. */
const soonest = (a: FollowUp, b: FollowUp) =>
  order(a.date, b.date) ||
  order(a.decided, b.decided) ||
  order(a.scenario ?? '', b.scenario ?? '') ||
  Number(b.overdue) - Number(a.overdue);

/**
 * Adds one record. `keep`: how many of the soonest follow-ups to list (all by default); the rest
 * are only counted, so that memory stays the same however many records there are (a folder of
 * 50,000 can hold 37,500 overdue).
 */
export function countRecord(
  summary: RecordSummary,
  meta: RecordMeta,
  defaultCode: string,
  keep = Number.POSITIVE_INFINITY,
): void {
  const count = (counts: Record<string, number>, key: string) => void (counts[key] = (counts[key] ?? 0) + 1);
  summary.records++;
  if (awaitsConsult(meta)) summary.consult_first++;
  if (meta.reviewed) summary.reviewed++;
  if (meta.reviewed && meta.review_agrees) count(summary.review_agrees, meta.review_agrees);
  count(summary.codes, meta.code);
  for (const ref of meta.principles) count(summary.principles, refKey(meta.code, ref, defaultCode));
  count(summary.dilemma_types, meta.dilemma_type);
  count(summary.status, meta.status);
  const state = followUpState(meta, summary.as_of);
  if (!state) return;
  summary.follow_ups[state]++;
  const due = summary.follow_ups_due;
  const followUp = { date: meta.follow_up, decided: meta.date, scenario: meta.scenario, overdue: state === 'overdue' };
  // Once trimmed to the `keep` soonest (in order), one later than all of them is only counted.
  const last = due.length >= keep ? due[keep - 1] : undefined;
  if (last && soonest(followUp, last) >= 0) return;
  due.push(followUp);
  // The first `keep` in order from the start: then due[keep - 1] bounds the soonest `keep` seen.
  if (due.length === keep || due.length >= 2 * keep + 64) due.sort(soonest).length = Math.min(due.length, keep);
}

/** Follow-ups in date order (the `keep` soonest), once every record is counted. */
export function finishSummary(summary: RecordSummary, keep = Number.POSITIVE_INFINITY): RecordSummary {
  summary.follow_ups_due.sort(soonest);
  if (summary.follow_ups_due.length > keep) summary.follow_ups_due.length = keep;
  return summary;
}
