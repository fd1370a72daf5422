// Adds a supervisor's sign-off to a record: `reviewed`, `reviewed_by` and `review_agrees` in the
// front matter (the latest review), and an entry in the `## Supervisor review` section, which is made at the end
// of the body (before the kept answers) the first time. A record may be reviewed more than once; every other byte stays as it was.
import type { RootContent } from 'mdast';
import { AGREE_WORDS, type Review } from '../guide/signoff.js';
import { heading, labelled, paragraphs, serialize } from '../markdown/markdown.js';
import { cleanOneLine } from '../text/controls.js';
import { setFrontMatter } from './front-matter-edit.js';
import { addToBody } from './kept-answers.js';

export const REVIEW_HEADING = '## Supervisor review';

export function reviewEntry(review: Review, date: string): string {
  const entry: RootContent[] = [
    heading(3, `Reviewed on ${date} by ${cleanOneLine(review.reviewer ?? '')}`),
    labelled('Agrees with the decision', review.agree ? AGREE_WORDS[review.agree] : 'Not answered'),
    ...paragraphs(review.comment ?? ''),
  ];
  return serialize(entry);
}

/** The record with the review's entry added and the front matter stamped. Throws when unsure. */
export function withReview(original: string, review: Review, date: string): string {
  const { text, eol } = setFrontMatter(original, {
    reviewed: date,
    reviewed_by: cleanOneLine(review.reviewer ?? ''),
    ...(review.agree ? { review_agrees: review.agree } : {}),
  });
  const entry = reviewEntry(review, date).replace(/\n/g, eol);
  const lines = text.split(eol);
  const start = lines.indexOf(REVIEW_HEADING);
  if (start < 0) return addToBody(text, eol, `${REVIEW_HEADING}${eol}${eol}${entry}`);
  // After the last entry of the section: before the next `## ` heading, or at the end.
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  if (next < 0) return `${text}${eol}${entry}`;
  const before = lines
    .slice(0, next)
    .join(eol)
    .replace(new RegExp(`(${eol})*$`), '');
  return `${before}${eol}${eol}${entry}${eol}${lines.slice(next).join(eol)}`;
}
