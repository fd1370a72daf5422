// Plain-text tables for the terminal: columns padded to their widest cell, and the last column
// cut with "…" when a line would run past the terminal's width.

export const clip = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, Math.max(width - 1, 0)).trimEnd()}…` : text;

/** Lines of a table; `width` (the terminal's, when there is one) limits the last column. */
export function textTable(header: string[], rows: string[][], width?: number): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => {
    const joined = cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
    return width ? clip(joined, width) : joined;
  };
  return [line(header), ...rows.map(line)];
}
