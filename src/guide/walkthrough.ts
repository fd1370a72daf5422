// The walkthrough: asks each step's unanswered questions in order through a Prompter, and
// gives the trainer's feedback after Establish. It knows nothing of terminals or files.
import { getAt, setAt, takesShortPath, type Decision } from './decision.js';
import type { Prompter } from './prompter.js';
import { compareWithKey, principlesToCompare } from './feedback.js';
import type { Question, Step } from './question.js';
import { settleReview } from './review.js';
import { STEPS, questionsFor, type GuideContext } from './steps.js';

export interface WalkOptions {
  /** Called after every answer, with the Decision so far (the terminal saves a draft). */
  onAnswer?: (decision: Decision) => void;
}

/** How many times a person may choose again after a test of the choice says no. */
const CHOOSE_AGAIN = 3;

export async function walkThrough(
  decision: Decision,
  ctx: GuideContext,
  prompter: Prompter,
  options: WalkOptions = {},
): Promise<Decision> {
  let againsLeft = CHOOSE_AGAIN;
  for (const [index, step] of STEPS.entries()) {
    let asked = false;
    for (let next = nextQuestion(step, decision, ctx); next; next = nextQuestion(step, decision, ctx)) {
      if (!asked) prompter.step(step, index, STEPS.length);
      asked = true;
      setAt(decision as Record<string, unknown>, next.path, await prompter.ask(next));
      settleReview(decision);
      // A test of the choice said no, and the person wants to decide again: Explain starts over.
      if (next.kind === 'choice-tests' && decision.explain?.tests?.choose_again && againsLeft-- > 0)
        decision.explain = {};
      options.onAnswer?.(decision);
    }
    // The key, once the principles are chosen: after Establish, or after Recognize on the short path.
    const chosen = step.id === 'establish' || (step.id === 'recognize' && takesShortPath(decision));
    if (chosen && asked && ctx.scenario) {
      prompter.feedback(compareWithKey(principlesToCompare(decision) ?? [], ctx.scenario, decision), ctx);
    }
  }
  return decision;
}

function nextQuestion(step: Step, decision: Decision, ctx: GuideContext): Question | undefined {
  return questionsFor(step.id, decision, ctx).find((q) => getAt(decision, q.path) === undefined);
}
