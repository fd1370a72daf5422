// A supervisor's sign-off of a decision: who reviewed it, whether they agree, and their comment.
// `records review` asks these questions (or reads them from an answers file).
import { AGREE } from '../generated/enums.js';
import type { ReviewFile } from '../generated/review.types.js';
import type { Question } from './question.js';

export { AGREE };

/** The answers, in the shape of a review answers file (schemas/review.schema.json). */
export type Review = Omit<ReviewFile, 'draft'>;

/** How the record says a review's agreement (and list and summary, in lower case). */
export const AGREE_WORDS: Record<(typeof AGREE)[number], string> = {
  yes: 'Yes',
  'with-changes': 'Yes, with changes',
  no: 'No',
};

/** A review's agreement in a list, a summary or a report: "reviewed: does not agree". */
export const AGREES: Record<(typeof AGREE)[number], string> = {
  yes: 'agrees',
  'with-changes': 'agrees with changes',
  no: 'does not agree',
};

export function reviewQuestions(): Question<Review>[] {
  return [
    {
      kind: 'text',
      path: ['reviewer'],
      message: 'Your initials and role (never a full name)',
      help: 'For example: M.K., program supervisor',
    },
    {
      kind: 'select',
      path: ['agree'],
      message: 'Do you agree with the decision?',
      choices: [
        { value: 'yes', name: 'Yes' },
        { value: 'with-changes', name: 'Yes, with changes' },
        { value: 'no', name: 'No' },
      ],
    },
    { kind: 'text', long: true, path: ['comment'], message: 'Your comment for the peer specialist' },
  ];
}
