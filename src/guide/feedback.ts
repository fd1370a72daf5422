// How the learner's principles compare with the trainer's key: feedback, never a grade.
import type { Scenario } from '../library/types.js';
import type { Decision } from './decision.js';

export interface KeyComparison {
  /** Chosen by both the learner and the trainer. */
  both: number[];
  /** In the key but not chosen: the trainer's reason for each. */
  trainerAdds: { number: number; why: string }[];
  /** Chosen by the learner only: worth talking through, not wrong. */
  onlyYou: number[];
  options: { title: string; consequences?: string }[];
}

export function compareWithKey(cited: readonly (number | string)[], scenario: Scenario): KeyComparison {
  // The key names principles of the case's own code: another code's are not compared.
  const chosen = cited.filter((n): n is number => typeof n === 'number');
  const key = scenario.principles.map((p) => p.number);
  return {
    both: chosen.filter((n) => key.includes(n)),
    trainerAdds: scenario.principles
      .filter((p) => !chosen.includes(p.number))
      .map(({ number, why }) => ({ number, why })),
    onlyYou: chosen.filter((n) => !key.includes(n)),
    options: scenario.options ?? [],
  };
}

/** Feedback for a record: only for a course case whose Establish step was answered. */
export function feedbackFor(decision: Decision, scenario: Scenario | undefined): KeyComparison | undefined {
  const chosen = decision.establish?.principles;
  return scenario && chosen ? compareWithKey(chosen, scenario) : undefined;
}
