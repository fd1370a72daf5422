// A principle as people name it: its number and its headline, "3. Openly share". One place, so
// that a record, an evaluation, the grid and the prompts all say it the same way.
import type { Code, Principle } from './types.js';

export const findPrinciple = (code: Code | undefined, n: number): Principle | undefined =>
  code?.principles.find((p) => p.number === n);

/** "3. Openly share"; the bare number when the code is not at hand or lacks it. */
export function principleLabel(code: Code | undefined, n: number): string {
  const short = findPrinciple(code, n)?.short;
  return short ? `${n}. ${short}` : String(n);
}

/** "3. Openly share; 4. Seek" (or with another separator). */
export const principleLabels = (code: Code | undefined, numbers: readonly number[], separator = '; ') =>
  numbers.map((n) => principleLabel(code, n)).join(separator);
