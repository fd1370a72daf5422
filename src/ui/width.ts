// How much the terminal shows: one place for its width and height, so every table, wrapped
// paragraph and page fits the same screen. process.stdout is asked only when it is a terminal:
// its first touch loads Node's stream machinery.
import { wrap } from '../text/wrap.js';
import { isTerminal } from './style.js';

const columns = () => (isTerminal(1) ? process.stdout.columns : undefined);

/**
 * Columns for reading: the terminal's width (`unknown` when it has none), at most 100, since long
 * lines are hard to read, less one for the cursor.
 */
export const readingWidth = (unknown = 80) => Math.min(columns() || unknown, 100) - 1;

/** Columns for a table: the terminal's whole width, or undefined when output is not a terminal (no cutting). */
export const tableWidth = columns;

/** Lines that fit on one screen, for showing long output a page at a time. */
export const screenRows = () => (isTerminal(1) && process.stdout.rows) || 24;

/**
 * Text word-wrapped to the reading width, later lines indented by `indent`, on a terminal (which
 * would break words), each of its lines on its own; whole lines otherwise, so that a pipe to grep finds a sentence on one line.
 */
export const fitted = (text: string, indent = '') =>
  columns()
    ? text
        .split('\n')
        .map((line) => wrap(line, readingWidth(), indent))
        .join('\n')
    : text;
