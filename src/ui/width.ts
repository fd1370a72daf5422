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

/**
 * A line that starts with a label in its own style ("Decision record written:"), fitted as plain
 * text and styled after, so that the style's escape codes never count as width.
 */
export const fittedLabelled = (label: string, paint: (text: string) => string, rest: string, indent = '') =>
  `${paint(label)}${fitted(`${label} ${rest}`, indent).slice(label.length)}`;

/** A heading with a note beside it when both fit the terminal, else the note fitted on the lines below. */
export function headed(
  title: string,
  note: string,
  paintTitle: (t: string) => string,
  paintNote: (t: string) => string,
) {
  const room = columns() ? readingWidth() : Number.POSITIVE_INFINITY;
  return title.length + 2 + note.length <= room
    ? `${paintTitle(title)}  ${paintNote(note)}`
    : `${paintTitle(title)}\n${paintNote(fitted(note))}`;
}

/**
 * Prose from a file (a case's narrative) fitted to the terminal as paragraphs: the line breaks
 * inside a paragraph, written for a wider screen, are joined first, except before a list item.
 * Off a terminal, the text as it is.
 */
export function fittedProse(text: string, indent = ''): string {
  if (!columns()) return text;
  const joined = text.replace(/([^\n])\n(?![\n\s]|[-*•] |\d+[.)] )/g, '$1 ');
  return fitted(joined, indent);
}
