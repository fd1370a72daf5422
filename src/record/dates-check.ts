// The dates of a record's front matter are real calendar dates. The record schema can only say
// YYYY-MM-DD; a hand edit can write 2026-13-01 or 2026-02-30, which would be counted in the wrong
// week, or in none. Pure.
import { isDate } from '../guide/dates.js';

const DATE_FIELDS = ['date', 'follow_up', 'evaluated', 'reviewed'] as const;

/** Each date field of the front matter that is not a real date, with the sentence to say. */
export function impossibleDates(meta: object): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  for (const field of DATE_FIELDS) {
    const value = (meta as Record<string, unknown>)[field];
    if (typeof value === 'string' && value !== '' && !isDate(value))
      found.push({
        field,
        message: `\`${field}\` is not a real date ("${value}"); write a calendar date from 1900 to 2999 as YYYY-MM-DD`,
      });
  }
  return found;
}
