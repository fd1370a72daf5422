// The Act step's second half: looking back at a decision once its follow-up date comes.
// `records evaluate` asks these questions (or reads them from an answers file).
import { principleLabels, type OtherCodes, type PrincipleRef } from '../library/principles.js';
import type { Code } from '../library/types.js';
import { HELD_UP } from '../generated/enums.js';
import type { OutcomeFile } from '../generated/outcome.types.js';
import type { Question } from './question.js';

export { HELD_UP };

/** The answers, in the shape of an outcome answers file (schemas/outcome.schema.json). */
export type Outcome = Omit<OutcomeFile, 'draft'>;

export function outcomeQuestions(
  cited: PrincipleRef[],
  code: Code | undefined,
  others?: OtherCodes,
): Question<Outcome>[] {
  const names = principleLabels(code, cited, '; ', others);
  return [
    {
      kind: 'text',
      long: true,
      path: ['how_it_went'],
      message: 'How did it go? What happened after you acted, and for whom?',
    },
    {
      kind: 'select',
      path: ['principles_held'],
      message: 'Looking back, did the decision hold up against the principles you cited?',
      help: names ? `You cited: ${names}.` : 'The record cites no principles.',
      choices: [
        { value: 'yes', name: 'Yes, it held up' },
        { value: 'partly', name: 'Partly' },
        { value: 'no', name: 'No' },
      ],
    },
    {
      kind: 'text',
      long: true,
      path: ['differently'],
      message: 'What would you do differently next time, or why would you do the same?',
    },
    {
      kind: 'text',
      optional: true,
      path: ['next'],
      message: 'Anything still to do?',
      help: 'Press Enter if nothing is left to do.',
    },
  ];
}
