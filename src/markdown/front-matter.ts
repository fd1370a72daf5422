// The record's YAML front matter: what `records list` and `summary` read without the body.
import { stringify } from 'yaml';

export interface RecordMeta {
  scenario: string | null;
  /** Where the case came from: "built-in", or the trainer's folder. */
  case_from?: string;
  title: string;
  code: string;
  date: string;
  dilemma_type: string;
  tension?: string;
  principles: number[];
  decision: string;
  follow_up: string;
  status: 'decided' | 'evaluated';
  evaluated?: string;
}

/**
 * Every string double-quoted, so YAML 1.1 readers do not turn `yes` or a date into another
 * type. No line width: a string stays on one line unless it holds a line break, and then its
 * further lines are indented, so typed text can never close the front matter.
 */
export function renderFrontMatter(meta: RecordMeta | object): string {
  const yaml = stringify(meta, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n`;
}
