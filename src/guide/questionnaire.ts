// Asks a list of questions through a Prompter, skipping those already answered: how `records
// evaluate` and `grid` ask (resolve has its own step-by-step walkthrough in guide/).
import { getAt, setAt } from './decision.js';
import type { Question } from './question.js';
import type { Prompter } from './prompter.js';

export async function askUnanswered<T extends object>(
  answers: T,
  questions: Question[],
  prompter: Prompter,
  onAnswer?: (answers: T) => void,
): Promise<T> {
  for (const question of questions) {
    if (getAt(answers, question.path) !== undefined) continue;
    setAt(answers as Record<string, unknown>, question.path, await prompter.ask(question));
    onAnswer?.(answers);
  }
  return answers;
}
