// How the learner's principles compare with the trainer's key: feedback, never a grade.
import type { Scenario } from '../library/types.js';
import { takesShortPath, type Decision } from './decision.js';

type DilemmaType = NonNullable<Scenario['dilemma_type']>;

export interface KeyComparison {
  /** Chosen by both the learner and the trainer. */
  both: number[];
  /** In the key but not chosen: the trainer's reason for each. */
  trainerAdds: { number: number; why: string }[];
  /** Chosen by the learner only (another code's as code:number): worth talking through, not wrong. */
  onlyYou: (number | string)[];
  options: { title: string; consequences?: string }[];
  /** The kind of dilemma the learner saw and the one the key gives, when the key gives one. */
  kind?: { yours: DilemmaType | 'none'; key: DilemmaType };
}

export function compareWithKey(
  cited: readonly (number | string)[],
  scenario: Scenario,
  decision: Decision = {},
): KeyComparison {
  // The key names principles of the case's own code; another code's (code:number) are the learner's own.
  const chosen = cited.filter((n): n is number => typeof n === 'number');
  const key = scenario.principles.map((p) => p.number);
  return {
    both: chosen.filter((n) => key.includes(n)),
    trainerAdds: scenario.principles
      .filter((p) => !chosen.includes(p.number))
      .map(({ number, why }) => ({ number, why })),
    onlyYou: cited.filter((n) => typeof n !== 'number' || !key.includes(n)),
    options: scenario.options ?? [],
    ...kindOf(decision, scenario),
  };
}

function kindOf(d: Decision, scenario: Scenario): Pick<KeyComparison, 'kind'> {
  const yours = d.recognize?.dilemma === false ? 'none' : d.recognize?.type;
  return scenario.dilemma_type && yours ? { kind: { yours, key: scenario.dilemma_type } } : {};
}

/** The kinds in words, for the terminal and the record: "You both saw right vs right." */
export function kindWords(kind: NonNullable<KeyComparison['kind']>): string {
  const words = (k: string) => (k === 'none' ? 'no dilemma' : k.replace(/-/g, ' '));
  return kind.yours === kind.key
    ? `You both saw ${words(kind.key)}.`
    : `You saw ${words(kind.yours)}; the trainer's key calls it ${words(kind.key)}. Worth talking through.`;
}

/**
 * The principles to compare with the key: those of Establish, or, on the short path (right vs
 * wrong, or no dilemma), those the code answers it with.
 */
export const principlesToCompare = (d: Decision) =>
  d.establish?.principles ?? (takesShortPath(d) ? (d.recognize?.at_stake ?? []) : undefined);

/** Feedback for a record: only for a course case whose Establish step was answered, or that took the short path. */
export function feedbackFor(decision: Decision, scenario: Scenario | undefined): KeyComparison | undefined {
  const chosen = principlesToCompare(decision);
  return scenario && chosen ? compareWithKey(chosen, scenario, decision) : undefined;
}
