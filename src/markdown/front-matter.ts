// The record's YAML front matter: what `records list` and `summary` read without the body.
import { stringify } from 'yaml';

/**
 * Every string double-quoted, so YAML 1.1 readers do not turn `yes` or a date into another
 * type. No line width: a string stays on one line unless it holds a line break, and then its
 * further lines are indented, so typed text can never close the front matter.
 */
export function renderFrontMatter(meta: object): string {
  const yaml = stringify(meta, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n`;
}
