// CSV for a spreadsheet or a script, which a person may also print to a terminal: RFC 4180
// quoting (csv-stringify); each cell on one line with its control characters as visible
// stand-ins (a record's text may hold escape sequences); and a cell a spreadsheet would run as a
// formula (=, +, -, @, a tab or a carriage return first) starts with a '.
import { stringify } from 'csv-stringify/sync';
import { oneLine } from '../../text/controls.js';

const cell = (value: unknown) => {
  const text = oneLine(
    Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value),
  );
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

/** The header and the rows as CSV text, without a last line break. */
export const csvText = (header: readonly string[], rows: unknown[][]): string =>
  stringify([[...header], ...rows.map((row) => row.map(cell))], { record_delimiter: 'unix' }).trimEnd();
