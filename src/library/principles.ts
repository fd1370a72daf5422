// A principle as people name it: its number and its headline, "3. Openly share". One place, so
// that a record, an evaluation, the grid and the prompts all say it the same way. A decision may
// cite principles of two codes: a number is one of its own code, "code:number" one of another.
import type { Code, Principle } from './types.js';

/** A principle cited: its number in the decision's own code, or "code:number" in another code. */
export type PrincipleRef = number | string;

/** The other codes of the library a decision may cite, by id. */
export type OtherCodes = ReadonlyMap<string, Code>;

export const findPrinciple = (code: Code | undefined, n: number): Principle | undefined =>
  code?.principles.find((p) => p.number === n);

/** The code id (for another code) and number of a reference. */
export function parseRef(ref: PrincipleRef): { code?: string; number: number } {
  if (typeof ref === 'number') return { number: ref };
  const at = ref.lastIndexOf(':');
  return { code: ref.slice(0, at), number: Number(ref.slice(at + 1)) };
}

/** "3. Openly share"; "12. Do not accept (dbsa)" for another code; the bare reference when unknown. */
export function principleLabel(code: Code | undefined, ref: PrincipleRef, others: OtherCodes = new Map()): string {
  const { code: other, number } = parseRef(ref);
  if (other === undefined || other === code?.id) {
    const short = findPrinciple(code, number)?.short;
    return short ? `${number}. ${short}` : String(number);
  }
  const short = findPrinciple(others.get(other), number)?.short;
  return short ? `${number}. ${short} (${other})` : String(ref);
}

/** "3. Openly share; 4. Seek" (or with another separator). */
export const principleLabels = (
  code: Code | undefined,
  refs: readonly PrincipleRef[],
  separator = '; ',
  others: OtherCodes = new Map(),
) => refs.map((n) => principleLabel(code, n, others)).join(separator);
