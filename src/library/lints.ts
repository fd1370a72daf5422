// Warnings for trainers about how a case teaches, not whether it is valid: an option that reads
// as the answer (far longer than the others, or the only one with steps), and a narrative or
// question that is hard to read. They never stop a case from being used.
import { syllable } from 'syllable';
import type { Problem } from '../data/problem.js';
import type { Scenario } from './types.js';
import { problemAt, type YamlSource } from '../data/source.js';

/** An option more than this many times the median length stands out as the answer. */
export const LONGEST_OPTION = 1.6;
/** The reading grade a case should stay at or below: what most adults read without effort. */
export const READING_GRADE = 8;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** The same words in ASCII text, where the Unicode classes cost four times as much to match. */
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z]+)*/g;
const wordsIn = (text: string): string[] => text.match(/^[\x00-\x7f]*$/.test(text) ? ASCII_WORD : WORD) ?? [];
const hasWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Text that lays out steps: "first … then", "next … finally", or numbered lines. */
const STEPS = /\b(first|then|next|finally)\b.*\b(then|next|finally)\b|(^|\n)\s*\d+[.)]\s/is;

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return ((sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) + (sorted[Math.ceil((sorted.length - 1) / 2)] ?? 0)) / 2;
}

/**
 * Syllables of a word, remembered: syllable() runs a hundred rules per word (~2 µs), and the
 * words of a library repeat (the 258 words of a case hold ~150 different ones).
 */
const syllableCounts = new Map<string, number>();
function syllables(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCounts.get(key);
  if (count === undefined) syllableCounts.set(key, (count = Math.max(1, syllable(key))));
  return count;
}

/** The Flesch-Kincaid grade of a text; a paragraph without a full stop still ends a sentence. */
export function readingGrade(text: string): number {
  const words = wordsIn(text);
  if (words.length === 0) return 0;
  const sentences = text.split(/[.!?]+(?=\s|$)|\n\s*\n/).filter(hasWord).length;
  const total = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / Math.max(1, sentences)) + 11.8 * (total / words.length) - 15.59;
}

export function teachingWarnings(source: YamlSource, scenario: Scenario): Problem[] {
  const warnings: Problem[] = [];
  const warn = (path: (string | number)[], message: string) =>
    warnings.push({ ...problemAt(source, path, message), severity: 'warning' });
  const options = Array.isArray(scenario.options)
    ? scenario.options.filter((o) => o && typeof o.title === 'string')
    : [];
  if (options.length >= 2) {
    const lengths = options.map((o) => wordsIn(`${o.title} ${o.consequences ?? ''}`).length);
    const middle = median(lengths);
    lengths.forEach((length, i) => {
      if (length > LONGEST_OPTION * middle)
        warn(
          ['options', i],
          `option ${i + 1} has ${length} words, against a median of ${middle}; an option much longer than the ` +
            `others reads as the answer, so even them out`,
        );
    });
    const withSteps = options.map((o, i) => (STEPS.test(o.consequences ?? '') ? i : -1)).filter((i) => i >= 0);
    if (withSteps.length === 1)
      warn(
        ['options', withSteps[0]!],
        `option ${withSteps[0]! + 1} is the only one that lays out steps, so it reads as the answer; put the steps ` +
          `in a discussion question`,
      );
  }
  for (const field of ['narrative', 'question'] as const) {
    const text = scenario[field];
    if (typeof text !== 'string') continue;
    const grade = readingGrade(text);
    if (grade > READING_GRADE)
      warn(
        [field],
        `the ${field} reads at about grade ${grade.toFixed(1)} (Flesch-Kincaid); aim for grade ${READING_GRADE} or ` +
          `below, with shorter sentences and everyday words`,
      );
  }
  return warnings;
}
