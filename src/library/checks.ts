// Checks the schema cannot make: ids equal file names, a scenario's code exists and
// has every principle number its key uses, numbers are not repeated.
import { basename, extname } from 'node:path';
import type { Problem } from './problem.js';
import { numberRanges } from './number-ranges.js';
import { didYouMean } from './suggest.js';
import type { Code, Scenario } from './types.js';
import { problemAt, type YamlSource } from './yaml-source.js';

export function idFromFileName(file: string): string {
  return basename(file, extname(file));
}

// These checks also run on files that failed the schema, so that a trainer sees every problem
// at once: each looks only at values of the right shape and leaves the rest to the schema.
const isWholeNumber = (n: unknown): n is number => Number.isInteger(n);
const numbersIn = (list: unknown): (number | undefined)[] =>
  Array.isArray(list) ? list.map((item) => (isWholeNumber((item as { number?: unknown })?.number) ? (item as { number: number }).number : undefined)) : [];

export function fileNameProblems(source: YamlSource, id: unknown, kind: string): Problem[] {
  const expected = idFromFileName(source.file);
  if (typeof id !== 'string' || id === expected) return [];
  return [problemAt(source, ['id'], `the ${kind} id \`${id}\` differs from the file name \`${expected}\`; rename one so they match`)];
}

export function codeProblems(source: YamlSource, code: Code): Problem[] {
  const seen = new Set<number>();
  const problems = fileNameProblems(source, code.id, 'code');
  numbersIn(code.principles).forEach((number, i) => {
    if (number === undefined) return;
    if (seen.has(number)) {
      problems.push(problemAt(source, ['principles', i, 'number'], `principle ${number} appears twice in this code; number each principle once`));
    }
    seen.add(number);
  });
  return problems;
}

export function scenarioProblems(source: YamlSource, scenario: Scenario, codes: ReadonlyMap<string, Code>): Problem[] {
  const problems = fileNameProblems(source, scenario.id, 'scenario');
  if (typeof scenario.code !== 'string') return problems;
  const code = codes.get(scenario.code);
  if (!code) {
    const known = [...codes.keys()];
    const where = (source.data as Record<string, unknown>).code === undefined ? ['id'] : ['code'];
    problems.push(problemAt(source, where, `code \`${scenario.code}\` is not in the library (it has: ${known.join(', ') || 'no codes'}).${didYouMean(scenario.code, known)}`.replace(/\.$/, '')));
    return problems;
  }
  const numbers = code.principles.map((p) => p.number);
  const seen = new Set<number>();
  numbersIn(scenario.principles).forEach((number, i) => {
    if (number === undefined) return;
    const path = ['principles', i, 'number'];
    if (!numbers.includes(number)) {
      problems.push(problemAt(source, path, `principle ${number} is not in code ${code.id} (it has ${numberRanges(numbers)})`));
    } else if (seen.has(number)) {
      problems.push(problemAt(source, path, `principle ${number} is in the key twice; keep one and merge the reasons`));
    }
    seen.add(number);
  });
  return problems;
}
