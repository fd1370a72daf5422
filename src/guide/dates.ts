// Calendar dates as the records write them: YYYY-MM-DD, compared as text, counted in whole days.

/**
 * A real calendar date written YYYY-MM-DD (2026-02-30 is not one), in the years 1900 to 2999: a
 * year outside them is a slip of the keyboard here, and the weeks counted from it would run past
 * what YYYY-MM-DD can write.
 */
export function isDate(value: string): boolean {
  if (!/^(19|2\d)\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** The date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
