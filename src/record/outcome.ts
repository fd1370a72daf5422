// Adds the outcome of a decision to its record: `status: "evaluated"` and the date in the front
// matter, and an `## Outcome` section at the end of the body (before the kept answers). Every other byte of the file stays as it was,
// so a record someone has read, signed or compared keeps its meaning. Pure: text in, text out.
import { HELD_UP, type Outcome } from '../guide/evaluation.js';
import { principleLabels, type OtherCodes, type PrincipleRef } from '../library/principles.js';
import type { Code } from '../library/types.js';
import { heading, labelled, paragraphs, serialize, strong } from '../markdown/markdown.js';
import { setFrontMatter } from './front-matter-edit.js';
import { addToBody } from './kept-answers.js';

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
 * The record with its front matter marked evaluated on `date` and `section` added. Throws
 * when the front matter is not one this can change safely (the caller then changes nothing).
 */
export function withOutcome(original: string, section: string, date: string): string {
  // `status` keeps its place; `evaluated` goes right after it (or replaces an old stamp).
  const { text, eol } = setFrontMatter(original, { status: 'evaluated', evaluated: date });
  return addToBody(text, eol, section.replace(/\n/g, eol));
}
