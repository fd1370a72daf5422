// A decision: the answers to the six steps. The answers file, a draft and the walkthrough
// all hold this one shape, defined once by schemas/answers.schema.json (the types and the
// allowed values are generated from it), so any of them can resume another.
import type { Answers } from '../generated/answers.types.js';
import { CONSULTED, SEVERITIES, TENSIONS } from '../generated/enums.js';

export { CONSULTED, SEVERITIES, TENSIONS };
export type Severity = (typeof SEVERITIES)[number];
export type Tension = (typeof TENSIONS)[number];
export type Consulted = (typeof CONSULTED)[number];

/** The answers so far (a draft's mark is not an answer). */
export type Decision = Omit<Answers, 'draft'>;

export type OptionReview = NonNullable<NonNullable<Decision['review']>['options']>[number];

export type Path = readonly (string | number)[];

export function getAt(root: unknown, path: Path): unknown {
  let here = root;
  for (const segment of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[segment];
  }
  return here;
}

/** Sets a value, making the maps and lists on the way (a number segment makes a list). */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let here: Record<string | number, unknown> = root;
  path.forEach((segment, i) => {
    if (i === path.length - 1) return void (here[segment] = value);
    const next = path[i + 1];
    here[segment] ??= typeof next === 'number' ? [] : {};
    here = here[segment] as Record<string | number, unknown>;
  });
}

/** Right vs wrong (or no dilemma at all): the code answers it, so the walk goes to Explain. */
export const takesShortPath = (d: Decision) => d.recognize?.dilemma === false || d.recognize?.type === 'right-vs-wrong';

/** The chosen course in words: the option chosen, or what the user will do on the short path. */
export function decisionText(d: Decision): string {
  const choice = d.explain?.choice;
  if (choice !== undefined) return d.establish?.options?.[choice - 1] ?? '';
  return d.explain?.action ?? '';
}
