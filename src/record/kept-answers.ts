// The answers a record was made from, kept at its end as YAML in a fenced block, so that
// `resolve --revise` can start from them when new facts come in. Readable like the rest of the
// record (nothing hidden), with every control character made visible as in the body, and a
// fence longer than any run of backticks in the answers so that no answer can close it. Pure.
import { largest } from '../data/arrays.js';
import { dump } from 'js-yaml';
import { visible } from '../text/controls.js';

export const KEPT_ANSWERS_HEADING = '## The answers, for revising';

/**
 * Every string in the answers as the body shows it (no raw control or bidi character), and
 * without the optional answers left out (null or undefined), as an answers file leaves them out.
 */
function shown(value: unknown): unknown {
  if (typeof value === 'string') return visible(value);
  if (Array.isArray(value)) return value.map(shown);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, shown(v)]),
    );
  return value;
}

/**
 * The section to end a record with (it starts with a blank line). Written by js-yaml, which
 * `resolve` has loaded to read answers: no line width (an answer stays on one line unless it
 * holds a line break, and then it is a block), and a string a YAML 1.1 reader would take for
 * another type (`yes`, `on`, a date) double-quoted.
 */
export function keptAnswersSection(answers: object): string {
  const yaml = dump(shown(answers), { lineWidth: -1, noRefs: true, quotingType: '"' });
  const longest = largest(
    Array.from(yaml.matchAll(/`+/g), (m) => m[0].length),
    0,
  );
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return (
    `\n${KEPT_ANSWERS_HEADING}\n\n` +
    'What `ethics-guide resolve --revise` starts from when a new decision replaces this one.\n\n' +
    `${fence}yaml\n${yaml}${fence}\n`
  );
}

/**
 * The record with `block` (which ends in a line end) added at the end of its body: before the
 * kept answers, so that an Outcome or a supervisor's review is read before that data, or at the
 * very end of a record that keeps none. Every other byte stays as it was.
 */
export function addToBody(text: string, eol: string, block: string): string {
  const lines = text.split(eol);
  const at = lines.lastIndexOf(KEPT_ANSWERS_HEADING);
  if (at < 0) return `${text}${eol}${block}`;
  let end = at;
  while (end > 0 && lines[end - 1] === '') end--;
  return `${lines.slice(0, end).join(eol)}${eol}${eol}${block}${eol}${lines.slice(at).join(eol)}`;
}

/** The YAML of the kept answers and the line (1-based) it starts on, or undefined for none. */
export function keptAnswers(record: string): { yaml: string; line: number } | undefined {
  const lines = record.split(/\r?\n/);
  const heading = lines.lastIndexOf(KEPT_ANSWERS_HEADING);
  if (heading < 0) return undefined;
  const open = lines.findIndex((line, i) => i > heading && /^`{3,}yaml$/.test(line));
  if (open < 0) return undefined;
  const fence = lines[open]!.slice(0, -'yaml'.length);
  const close = lines.findIndex((line, i) => i > open && line === fence);
  if (close < 0) return undefined;
  return { yaml: `${lines.slice(open + 1, close).join('\n')}\n`, line: open + 2 };
}
