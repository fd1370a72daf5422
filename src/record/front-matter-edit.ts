// Changes a few fields of a record's front matter and nothing else: each field's line is
// replaced (or added after `status:`), every other byte stays as it was, and the result is read
// back to prove that only those fields changed. Pure: text in, text out; throws when unsure.
import { parse, stringify } from 'yaml';
import { splitFrontMatter } from './parse.js';

export interface EditedRecord {
  /** The record with the fields set, ending with one line break. */
  text: string;
  /** The record's line ending, for text to append. */
  eol: string;
}

export function setFrontMatter(original: string, fields: Record<string, string>): EditedRecord {
  const eol = /^\uFEFF?---\r\n/.test(original) ? '\r\n' : '\n';
  const lines = original.split(eol);
  // Found once: each line is looked at a fixed number of times, however long the file.
  let closing = lines.indexOf('---', 1);
  if (!/^\uFEFF?---$/.test(lines[0] ?? '') || closing < 0) throw new Error('the record has no front matter to update');
  const inFrontMatter = (test: (line: string) => boolean) => {
    for (let i = 1; i < closing; i++) if (test(lines[i]!)) return i;
    return -1;
  };
  let after = inFrontMatter((line) => /^status:/.test(line));
  if (after < 0) throw new Error('the front matter has no `status:` line');
  for (const [key, value] of Object.entries(fields)) {
    const line = `${key}: ${stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trim()}`;
    const at = inFrontMatter((l) => l.startsWith(`${key}:`));
    if (at >= 0) lines[at] = line;
    else {
      lines.splice(++after, 0, line);
      closing++;
    }
  }
  const joined = lines.join(eol);
  const updated = joined.endsWith(eol) ? joined : `${joined}${eol}`;
  checkOnly(original, updated, fields);
  return { text: updated, eol };
}

/** Reads both front matters back: only the fields set may differ. */
function checkOnly(original: string, updated: string, fields: Record<string, string>): void {
  // A record may end right after its closing `---`, with no line break.
  const frontMatter = (text: string) =>
    (parse(splitFrontMatter(`${text.replace(/^\uFEFF/, '')}\n`)?.yaml ?? '') ?? {}) as Record<string, unknown>;
  const expected = { ...frontMatter(original), ...fields };
  const same = (a: object) => JSON.stringify(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : 1)));
  if (same(frontMatter(updated)) !== same(expected)) {
    throw new Error(
      `changing ${Object.keys(fields)
        .map((k) => `\`${k}\``)
        .join(' and ')} would change other fields too`,
    );
  }
}
