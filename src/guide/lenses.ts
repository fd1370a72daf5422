// The other ways of looking at a choice that the best ethics frameworks use, in plain words: the
// lenses of Review (Markkula's six, and a peer lens that no framework has) and the tests of the
// choice in Explain (publicity, a respected person, universality).
import { CHOICE_TESTS, LENSES } from '../generated/enums.js';

export { CHOICE_TESTS, LENSES };
export type Lens = (typeof LENSES)[number];
export type ChoiceTest = (typeof CHOICE_TESTS)[number];

/** Each lens as a question about the options. */
export const LENS_QUESTIONS: Record<Lens, { name: string; question: string }> = {
  rights: { name: 'Rights', question: "Which option best respects everyone's rights and dignity?" },
  justice: { name: 'Justice', question: 'Which option treats people most fairly, each as they are due?' },
  utilitarian: {
    name: 'Most good, least harm',
    question: 'Which option does the most good and the least harm, for all affected?',
  },
  'common-good': {
    name: 'Common good',
    question: 'Which option best serves the community, not only the people in the room?',
  },
  virtue: { name: 'Virtue', question: 'Which option fits the person you want to be?' },
  care: { name: 'Care', question: 'Which option best cares for the relationships involved?' },
  peer: {
    name: 'Peer values',
    question:
      'Which option best keeps mutuality, self-determination and recovery first, and shares lived experience with a purpose?',
  },
};

/** The tests of a choice, each a question to answer yes, no or unsure. */
export const TEST_QUESTIONS: Record<ChoiceTest, { name: string; question: string }> = {
  publicity: {
    name: 'Publicity',
    question: 'Would you be comfortable if everyone at your program, or the local paper, knew what you did and why?',
  },
  respected_person: {
    name: 'A person you respect',
    question: 'Would someone whose judgement you trust, such as a mentor or a sponsor, agree with this choice?',
  },
  universality: {
    name: 'Universality',
    question: 'Would you want every peer specialist in this situation to do the same?',
  },
};
