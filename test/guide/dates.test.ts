// Dates as records write them: only real calendar dates, in years a person means, and days
// counted across months, years and leap days.
import { describe, expect, it } from 'vitest';
import { addDays, isDate } from '../../src/guide/dates.js';

describe('dates', () => {
  it('takes real calendar dates from 1900 to 2999 only', () => {
    for (const real of ['1900-01-01', '2028-02-29', '2026-11-29', '2999-12-31']) expect(isDate(real), real).toBe(true);
    for (const not of [
      '2026-13-01',
      '2026-02-30',
      '2027-02-29',
      '2026-00-10',
      '0001-01-01',
      '1899-12-31',
      '9999-12-31',
      '2026-1-01',
      ' 2026-01-01',
    ])
      expect(isDate(not), not).toBe(false);
  });

  it('counts days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-23', 35)).toBe('2026-12-28');
    expect(addDays('1900-01-08', -7)).toBe('1900-01-01');
  });
});
