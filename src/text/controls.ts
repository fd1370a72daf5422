// Text that came from a file or a person, made safe to show. Terminals act on control
// characters (ESC starts a sequence that can retitle the window or clear the screen, a C1 CSI
// does the same in one character, BEL rings, CR overwrites a line) and bidi controls reorder
// what is shown. None of them may pass: each is replaced by a visible stand-in, so a reader
// sees that something odd is there without the terminal obeying it.
import { stripVTControlCharacters } from 'node:util';

/**
 * Every character we never pass through raw: C0 controls but tab and line feed, DEL, C1
 * controls (U+0080-009F, which include NEL U+0085), the line and paragraph separators, and the
 * bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069).
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_TEST = new RegExp(UNSAFE.source);
/** The same, plus tab and line feed: for a field that must stay on one line. */
const UNSAFE_ON_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** ESC -> ␛, BEL -> ␇ (the Unicode control pictures); others as <U+202E>. */
function standIn(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x0a) return '␤';
  if (code === 0x09) return ' ';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '␡';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Text for the terminal: line breaks and tabs kept, every other control made visible. */
export const visible = (text: string): string => text.replace(/\r\n/g, '\n').replace(UNSAFE, standIn);

/** A one-line field (a title, an option, a file name): nothing in it can start a new line. */
export const oneLine = (text: string): string => text.replace(/\r\n/g, '\n').replace(UNSAFE_ON_ONE_LINE, standIn);

export const hasControls = (text: string): boolean => UNSAFE_TEST.test(text);

/** Where the first unsafe character is in `text`, and what it is, e.g. "ESC (U+001B)". */
export function firstControl(text: string): { index: number; name: string } | undefined {
  const match = UNSAFE_TEST.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return { index: match.index, name: NAMES[code] ? `${NAMES[code]} (${hex})` : hex };
}

const NAMES: Record<number, string> = {
  0x1b: 'an escape character',
  0x07: 'a bell character',
  0x0d: 'a carriage return',
  0x08: 'a backspace',
  0x00: 'a NUL byte',
  0x7f: 'a delete character',
  0x85: 'a next-line character',
  0x9b: 'a control sequence introducer',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0x202a: 'a bidi embedding',
  0x202b: 'a bidi embedding',
  0x202c: 'a bidi pop',
  0x202d: 'a bidi override',
  0x202e: 'a bidi override',
  0x2066: 'a bidi isolate',
  0x2067: 'a bidi isolate',
  0x2068: 'a bidi isolate',
  0x2069: 'a bidi isolate',
};

/**
 * Text for a record or another file we write: controls removed rather than shown (a record is
 * read in editors and Markdown viewers, not only terminals); the separators become line breaks.
 */
export function cleanForFile(text: string): string {
  return stripVTControlCharacters(text)
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(UNSAFE, '');
}

/** A one-line field of a file we write: any line break becomes a space. */
export const cleanOneLine = (text: string): string =>
  cleanForFile(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\t/g, ' ')
    .trim();

/**
 * JSON for stdout: JSON.stringify escapes C0 controls, but passes C1, the separators and bidi
 * controls raw. Escaped as \uXXXX they mean the same to a JSON reader and nothing to a terminal.
 */
/**
 * The last guard before a terminal, for whole lines we print: our own colour codes (SGR,
 * `ESC [ digits m`) pass; every other control is made visible, whatever forgot to clean it.
 */
export const guardLine = (line: string): string =>
  line.replace(
    /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (m) => (m.length > 1 ? m : standIn(m)),
  );

export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
