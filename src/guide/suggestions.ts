// Principles a case's own words point to, from each principle's keywords in the code.
import type { Code } from '../library/types.js';
import type { PrincipleChoice } from './question.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every principle of the code, each with the keywords found at the start of a word in `text`. */
export function principleChoices(code: Code, text: string): PrincipleChoice[] {
  const haystack = text.toLowerCase();
  return code.principles.map(({ number, short, text: principleText, keywords = [] }) => ({
    number,
    short,
    text: principleText,
    suggestedBy: keywords.filter((k) => new RegExp(`(^|[^a-z])${escape(k.toLowerCase())}`).test(haystack)),
  }));
}
