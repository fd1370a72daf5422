// Adds the outcome of a decision to its record: `status: "evaluated"` and the date in the front
// matter, and an `## Outcome` section at the end. Every other byte of the file stays as it was,
// so a record someone has read, signed or compared keeps its meaning. Pure: text in, text out.
import { parse, stringify } from 'yaml';
import { HELD_UP, type Outcome } from '../guide/evaluation.js';
import { principleLabels, type OtherCodes, type PrincipleRef } from '../library/principles.js';
import type { Code } from '../library/types.js';
import { heading, labelled, paragraphs, serialize, strong } from '../markdown/markdown.js';
import { splitFrontMatter } from './parse.js';

const HELD_WORDS: Record<(typeof HELD_UP)[number], string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

export function outcomeSection(
  outcome: Outcome,
  date: string,
  cited: PrincipleRef[],
  code: Code | undefined,
  others?: OtherCodes,
): string {
  const label = (text: string) => ({ type: 'paragraph' as const, children: [strong(text)] });
  const names = principleLabels(code, cited, '; ', others);
  const held = outcome.principles_held ? HELD_WORDS[outcome.principles_held] : 'Not answered';
  return serialize([
    heading(2, 'Outcome'),
    labelled('Evaluated', date),
    label('How it went'),
    ...paragraphs(outcome.how_it_went ?? ''),
    labelled('Held up against the principles cited', names ? `${held} (${names})` : held),
    label('What I would do differently'),
    ...paragraphs(outcome.differently ?? ''),
    ...(outcome.next?.trim() ? [label('Still to do'), ...paragraphs(outcome.next)] : []),
  ]);
}

/**
 * The record with its front matter marked evaluated on `date` and `section` appended. Throws
 * when the front matter is not one this can change safely (the caller then changes nothing).
 */
export function withOutcome(original: string, section: string, date: string): string {
  const eol = /^\uFEFF?---\r\n/.test(original) ? '\r\n' : '\n';
  const lines = original.split(eol);
  const closing = lines.indexOf('---', 1);
  if (!/^\uFEFF?---$/.test(lines[0] ?? '') || closing < 0) throw new Error('the record has no front matter to update');
  const status = lines.findIndex((line, i) => i < closing && /^status:/.test(line));
  if (status < 0) throw new Error('the front matter has no `status:` line');
  const stamp = `evaluated: ${stringify(date, { defaultStringType: 'QUOTE_DOUBLE' }).trim()}`;
  const evaluated = lines.findIndex((line, i) => i < closing && /^evaluated:/.test(line));
  lines[status] = 'status: "evaluated"';
  if (evaluated >= 0) lines[evaluated] = stamp;
  else lines.splice(status + 1, 0, stamp);
  checkOnlyStatusChanged(original, lines, eol, date);
  const updated = lines.join(eol);
  const body = updated.endsWith(eol) ? updated : `${updated}${eol}`;
  return `${body}${eol}${section.replace(/\n/g, eol)}`;
}

/** Reads both front matters back: only `status` and `evaluated` may differ. */
function checkOnlyStatusChanged(original: string, lines: string[], eol: string, date: string): void {
  const frontMatter = (text: string) =>
    parse(splitFrontMatter(text.replace(/^\uFEFF/, ''))?.yaml ?? '') as Record<string, unknown>;
  const before = frontMatter(original);
  const after = frontMatter(lines.join(eol));
  const expected = { ...before, status: 'evaluated', evaluated: date };
  const same = (a: object) => JSON.stringify(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : 1)));
  if (same(after) !== same(expected)) throw new Error('changing `status` would change other fields too');
}
