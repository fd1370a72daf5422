// The one interface the walkthrough asks through. Two implementations: the terminal
// (terminal.ts, the only importer of inquirer) and an answers file (answers-file.ts).
import type { KeyComparison } from './feedback.js';
import type { Answer, Question, Step } from './question.js';
import type { GuideContext } from './steps.js';

/** An answer being given in parts (a list item by item, a text in the editor). */
export interface Progress {
  /** What was kept of this answer when the last run stopped, to start from. */
  sofar?: Answer;
  /** `sofar` is an earlier answer the person chose to change (revising), not one to go on with. */
  changing?: boolean;
  /** Called with the answer as it stands after each part, so a draft can keep it. */
  keep(value: Answer): void;
}

export interface Prompter {
  /** A step begins (it has questions left to ask). */
  step(step: Step, index: number, total: number): void;
  /** Feedback from the trainer's key, after Establish (or after Recognize on the short path). */
  feedback(comparison: KeyComparison, ctx: GuideContext): void;
  /** The answer to a question that has none yet (null: an optional one left out). */
  ask(question: Question, progress?: Progress): Promise<Answer>;
}
