// Plain-text tables for the terminal: columns padded to their widest cell, and the last column
// cut with "…" (or wrapped) when a line would run past the terminal's width.
import { largest } from '../data/arrays.js';
import { wrap } from './wrap.js';

export const clip = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, Math.max(width - 1, 0)).trimEnd()}…` : text;

/** Where the last column starts: every other column as wide as its widest cell, two spaces after each. */
export function tableLead(header: string[], rows: string[][]): { widths: number[]; lead: number } {
  const widths = header.map((h, i) =>
    largest(
      rows.map((r) => (r[i] ?? '').length),
      h.length,
    ),
  );
  return { widths, lead: widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0) };
}

/**
 * Lines of a table; `width` (the terminal's, when there is one) limits the last column: it is cut,
 * or with `wrapLast` continued on lines of its own under its column, so that nothing is lost.
 */
export function textTable(header: string[], rows: string[][], width?: number, wrapLast = false): string[] {
  const { widths, lead } = tableLead(header, rows);
  const line = (cells: string[]): string[] => {
    const joined = cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
    if (!width || joined.length <= width) return [joined];
    const room = width - lead;
    if (!wrapLast || room < 12) return [clip(joined, width)];
    const pieces = wrap(cells.at(-1) ?? '', room).split('\n');
    return [`${joined.slice(0, lead)}${pieces[0]}`, ...pieces.slice(1).map((piece) => `${' '.repeat(lead)}${piece}`)];
  };
  return [...line(header), ...rows.flatMap(line)];
}
