// A problem found in a data file, at a line and column a trainer can jump to.

export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  /** A warning is worth fixing but does not make the file unusable. */
  severity?: 'warning';
  /**
   * Set (to an Unplaced, data/source.ts) while a problem of a file read without positions waits
   * for data/place.ts to find its line and column; `line` and `col` are 0 until then.
   */
  unplaced?: unknown;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export const isError = (p: Problem) => p.severity !== 'warning';

/** Problems in file order, then by position, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.line - b.line || a.col - b.col,
  );
}

/**
 * The most problems said of one file: past this many, the rest are counted in one line. A file
 * with thousands (a pasted block indented wrong) is fixed from its first ones, and placing each
 * one costs time that would grow with the square of the file.
 */
export const MAX_PROBLEMS_PER_FILE = 100;

/** What is said of the problems past the limit, at the file's start. */
export const moreProblems = (count: number) =>
  `and ${count} more problem${count === 1 ? '' : 's'} after these; fix these first, then check again`;
