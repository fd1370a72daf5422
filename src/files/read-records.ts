// Finds the decision records in a folder by their front matter, reading only the first few KB
// of each file. Anything else there (notes, a README, the drafts/ folder) is skipped, and a
// file that is meant to be a record but does not hold up is reported with its place.
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { basename } from 'node:path';
import { record as isRecordMeta } from '../generated/record.js';
import type { Problem } from '../data/problem.js';
import type { RecordMeta } from '../generated/record.types.js';
import { quickMeta } from '../record/quick-meta.js';
import { impossibleDates } from '../record/dates-check.js';
import { problemAt } from '../data/source.js';

export interface FoundRecord {
  file: string;
  meta: RecordMeta;
}

/** What a folder holds besides readable records. */
export interface LeftOut {
  /** Names of entries that are not decision records (folders end in `/`). */
  skipped: string[];
  /** One problem per record that could not be read; those records are left out. */
  damaged: Problem[];
}

export type RecordRead = { record: FoundRecord } | { damaged: Problem[] } | { notARecord: true };

/** Front matter is ~500 bytes: most records need one read of this size. */
const CHUNK = 1024;
/** A record whose front matter runs past this is damaged. */
const FRONT_MATTER_LIMIT = 64 * 1024;
const RECORD_NAME = /^\d{4}-\d{2}-\d{2}-.+\.md$/;
const RECORD_KEYS = /^(dilemma_type|follow_up|status):/m;
const BOM = '\u00ef\u00bb\u00bf';

// One buffer for every file: a folder of 10,000 records would otherwise make 40 MB of garbage.
let buffer = Buffer.allocUnsafe(CHUNK);

/**
 * The start of a file as latin1 text (one character per byte, so indexes are byte offsets),
 * read until the line that closes its front matter, and where that line starts (-1: none).
 */
interface Head {
  head: string;
  /** Where the closing `---` line starts, or -1. */
  closing: number;
  /** The front matter is ASCII (asked natively of the bytes): its latin1 text is its text. */
  ascii: boolean;
}

const headFrom = (bytes: Buffer, length: number, closing: number): Head => {
  const end = closing >= 0 ? Math.min(length, closing + 5) : length;
  return {
    head: bytes.toString('latin1', 0, end),
    closing,
    ascii: isAscii(bytes.subarray(0, closing >= 0 ? closing : length)),
  };
};

function readHead(path: string): Head {
  const fd = openSync(path, constants.O_RDONLY);
  try {
    for (let length = 0, window = CHUNK; ; window *= 2) {
      if (window > buffer.length)
        buffer = Buffer.concat([buffer.subarray(0, length), Buffer.allocUnsafe(window - length)]);
      const read = readSync(fd, buffer, length, window - length, length);
      length += read;
      const atEnd = length < window;
      const closing = closingLine(buffer, length, atEnd);
      // Only as far as the closing line is turned into text: the body is never needed.
      if (closing >= 0 || atEnd || length >= FRONT_MATTER_LIMIT) return headFrom(buffer, length, closing);
    }
  } finally {
    closeSync(fd);
  }
}

const NEWLINE_DASHES = Buffer.from('\n---', 'latin1');

/** Where the `---` line that ends the front matter starts in the first `length` bytes, or -1. */
function closingLine(bytes: Buffer, length: number, atEnd: boolean): number {
  for (
    let at = bytes.indexOf(NEWLINE_DASHES);
    at >= 0 && at + 4 <= length;
    at = bytes.indexOf(NEWLINE_DASHES, at + 1)
  ) {
    const after = at + 4 < length ? bytes[at + 4] : -1;
    if (after === 0x0a || (after === 0x0d && at + 5 < length && bytes[at + 5] === 0x0a) || (atEnd && at + 4 === length))
      return at + 1;
  }
  return -1;
}

export type QuickRead = RecordRead | { check: Buffer };

/** One file's front matter, when the quick reader is sure; otherwise the bytes to check fully. */
export function readQuickly(file: string, name: string, given?: Buffer): QuickRead {
  const { head, closing, ascii } = given ? headOf(given) : readHead(file);
  const start = head.startsWith(BOM) ? 3 : 0;
  const opens = head.startsWith('---\n', start) || head.startsWith('---\r\n', start);
  const named = RECORD_NAME.test(name);
  if (!opens)
    return named
      ? {
          damaged: [
            {
              file,
              line: 1,
              col: 1,
              message:
                'this looks like a decision record by its name, but it has no front matter (the --- block at the top)',
            },
          ],
        }
      : { notARecord: true };
  const latin1 = head.slice(0, closing >= 0 ? closing : head.length);
  if (!named && !RECORD_KEYS.test(latin1)) return { notARecord: true };
  if (closing < 0)
    return {
      damaged: [
        {
          file,
          line: 1,
          col: 1,
          message:
            `the front matter never ends: there is no closing --- line in its first ${FRONT_MATTER_LIMIT / 1024} KB ` +
            '(a front matter is a few hundred bytes)',
        },
      ],
    };
  const bytes = () => Buffer.from(latin1, 'latin1');
  // ASCII needs no decoding. A BOM, CRLF or bytes that are not UTF-8 go to the full parser.
  const text = ascii ? latin1 : bytes().toString('utf8');
  const quick =
    start === 0 && !text.includes('\r') && !text.includes('\ufffd') ? quickMeta(text.slice(4, -1)) : undefined;
  if (quick && isRecordMeta(quick) && impossibleDates(quick).length === 0)
    return { record: { file, meta: quick as unknown as RecordMeta } };
  return { check: bytes() };
}

/** The same as readHead, for bytes already read. */
function headOf(bytes: Buffer): Head {
  const length = Math.min(bytes.length, FRONT_MATTER_LIMIT);
  return headFrom(bytes, length, closingLine(bytes, length, length === bytes.length));
}

/**
 * One record's front matter from bytes already read: an edit reads a record once, so that what
 * it checks (not yet evaluated) and what it changes are the same bytes.
 */
export async function recordFromBytes(file: string, bytes: Buffer): Promise<RecordRead> {
  const read = readQuickly(file, basename(file), bytes);
  return 'check' in read ? checkFully(file, read.check) : read;
}

/**
 * Reads one file's front matter. Full YAML checks (and positions for problems) only run when
 * the quick reader is unsure or the data does not fit the record schema.
 */
export async function readRecord(file: string): Promise<RecordRead> {
  const read = readQuickly(file, basename(file));
  return 'check' in read ? checkFully(file, read.check) : read;
}

export async function checkFully(file: string, frontMatter: Buffer): Promise<RecordRead> {
  const [{ parseYaml }, { schemaProblems }] = await Promise.all([
    import('../data/yaml-source.js'),
    import('../data/schema-check.js'),
  ]);
  // The opening --- is YAML's own document marker, so lines and columns match the file.
  const parsed = parseYaml(file, frontMatter);
  if (!parsed.ok) return { damaged: parsed.problems };
  const found = schemaProblems(parsed.source, 'record', isRecordMeta);
  if (!found.length)
    for (const { field, message } of impossibleDates(parsed.source.data as object))
      found.push(problemAt(parsed.source, [field], message));
  return found.length ? { damaged: found } : { record: { file, meta: parsed.source.data as RecordMeta } };
}
