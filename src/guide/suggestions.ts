// Principles a case's own words point to, from each principle's keywords in the code.
//
// A keyword is a whole word or a whole phrase, never a word start: "refer" does not match
// "references", and "date" does not match "birth date" unless the code lists "birth date" as
// well. A code that wants several forms of a word lists each one ("gift", "gifts").
// Words are runs of letters and digits, compared without case; spaces, hyphens and apostrophes
// between them do not matter ("role model" matches "role-model", "can't" matches "can’t"), but
// a phrase never reaches across the end of a sentence.
//
// The text is read once, word by word, keeping only the last few words, so the time is linear in
// its length and the memory does not grow with it, whatever a hostile text holds.
import type { Code, Scenario } from '../library/types.js';
import type { PrincipleChoice } from './question.js';

/** A word, or a mark that ends a sentence or clause (a phrase does not match across it). */
const TOKEN = /[\p{L}\p{N}]+|[.!?;:]/gu;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

interface Phrase {
  keyword: string;
  words: string[];
}

/** Keywords by their last word, made once per code or policy, and the last text looked through. */
interface KeywordIndex {
  byLastWord: Map<string, Phrase[]>;
  longest: number;
  last?: { text: string; found: Set<string> };
}

/**
 * The walkthrough asks for a step's questions again after every answer, each time with the same
 * case text: the index and the last result are kept with the code or policy they belong to, so
 * the text is read once per code and per policy, not once per question.
 */
const indexes = new WeakMap<object, KeywordIndex>();

function indexOf(owner: object, keywordLists: string[][]): KeywordIndex {
  let index = indexes.get(owner);
  if (index) return index;
  index = { byLastWord: new Map(), longest: 0 };
  for (const keywords of keywordLists) {
    for (const keyword of keywords) {
      const words = wordsOf(keyword);
      const last = words.at(-1);
      if (last === undefined) continue;
      index.byLastWord.set(last, [...(index.byLastWord.get(last) ?? []), { keyword, words }]);
      index.longest = Math.max(index.longest, words.length);
    }
  }
  indexes.set(owner, index);
  return index;
}

/** The keywords of `owner` (a code, a policy) that occur in `text`, each as it spells it. */
function keywordsIn(owner: object, keywordLists: string[][], text: string): Set<string> {
  const index = indexOf(owner, keywordLists);
  if (index.last?.text === text) return index.last.found;
  const { byLastWord, longest } = index;
  const found = new Set<string>();
  const recent: string[] = []; // the last `longest` tokens read, oldest first
  if (longest > 0)
    for (const [token] of text.toLowerCase().matchAll(TOKEN)) {
      recent.push(token);
      if (recent.length > longest) recent.shift();
      for (const { keyword, words } of byLastWord.get(token) ?? []) {
        const start = recent.length - words.length;
        if (start >= 0 && words.every((w, i) => recent[start + i] === w)) found.add(keyword);
      }
    }
  index.last = { text, found };
  return found;
}

/** Whether any of a policy's keywords occurs in `text` (the same matching as the principles'). */
export const keywordsFit = (policy: { keywords?: string[] }, text: string): boolean =>
  keywordsIn(policy, [policy.keywords ?? []], text).size > 0;

/** Every principle of the code, each with its keywords found as whole words or phrases in `text`. */
export function principleChoices(code: Code, text: string): PrincipleChoice[] {
  const found = keywordsIn(
    code,
    code.principles.map((p) => p.keywords ?? []),
    text,
  );
  return code.principles.map(({ number, short, text: principleText, keywords = [] }) => ({
    number,
    value: number,
    short,
    text: principleText,
    suggestedBy: keywords.filter((k) => found.has(k)),
  }));
}

/** The case as the learner reads it before the first question: its words suggest principles. */
export const caseText = (scenario: Scenario): string =>
  [scenario.title, scenario.summary ?? '', scenario.narrative].join('\n');

/** The principle numbers the walkthrough marks as suggested for a case, before any answer. */
export const suggestedFor = (code: Code, scenario: Scenario): number[] =>
  principleChoices(code, caseText(scenario))
    .filter((c) => c.suggestedBy.length > 0)
    .map((c) => c.number);
