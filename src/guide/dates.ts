// Calendar dates as the records write them: YYYY-MM-DD, compared as text, counted in whole days.

/**
 * A real calendar date written YYYY-MM-DD (2026-02-30 is not one), in the years 1900 to 2999: a
 * year outside them is a slip of the keyboard here, and the weeks counted from it would run past
 * what YYYY-MM-DD can write.
 */
export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  // By arithmetic, not a Date: records summary checks four dates of each of 10,000 records.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : THIRTY_DAYS.has(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

const DATE = /^(?:19|2\d)\d{2}-\d{2}-\d{2}$/;
const THIRTY_DAYS = new Set([4, 6, 9, 11]);

/** The date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
