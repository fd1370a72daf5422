// Checks the schema cannot make: ids equal file names, a scenario's code exists and
// has every principle number its key uses, numbers are not repeated. Checks of every text in a
// file (placeholders, control characters) are in text-checks.ts.
import { append } from '../data/arrays.js';
import { basename, extname } from 'node:path';
import type { Problem } from '../data/problem.js';
import { numberRanges } from '../data/number-ranges.js';
import { didYouMean } from '../data/suggest.js';
import type { Code, Grid, Scenario } from './types.js';
import { problemAt, type YamlSource } from '../data/source.js';
import { placeholderProblems } from './text-checks.js';

export function idFromFileName(file: string): string {
  return basename(file, extname(file));
}

// These checks also run on files that failed the schema, so that a trainer sees every problem
// at once: each looks only at values of the right shape and leaves the rest to the schema.
const isWholeNumber = (n: unknown): n is number => Number.isInteger(n);
const numbersIn = (list: unknown): (number | undefined)[] =>
  Array.isArray(list)
    ? list.map((item) =>
        isWholeNumber((item as { number?: unknown })?.number) ? (item as { number: number }).number : undefined,
      )
    : [];

export function fileNameProblems(source: YamlSource, id: unknown, kind: string): Problem[] {
  const expected = idFromFileName(source.file);
  if (typeof id !== 'string' || id === expected) return [];
  return [
    problemAt(
      source,
      ['id'],
      `the ${kind} id \`${id}\` differs from the file name \`${expected}\`; rename one so they match`,
    ),
  ];
}

export function codeProblems(source: YamlSource, code: Code): Problem[] {
  const seen = new Set<number>();
  const problems = fileNameProblems(source, code.id, 'code');
  numbersIn(code.principles).forEach((number, i) => {
    if (number === undefined) return;
    if (seen.has(number)) {
      problems.push(
        problemAt(
          source,
          ['principles', i, 'number'],
          `principle ${number} appears twice in this code; number each principle once`,
        ),
      );
    }
    seen.add(number);
  });
  return problems;
}

/** The file of a code that has problems, by its id. */
export type BrokenCode = (id: string) => string | undefined;

/** The code a scenario or grid names, or a problem saying which codes there are. */
function codeFor(
  source: YamlSource,
  codeId: unknown,
  codes: ReadonlyMap<string, Code>,
  problems: Problem[],
  broken: BrokenCode,
): Code | undefined {
  if (typeof codeId !== 'string') return undefined;
  const code = codes.get(codeId);
  const brokenFile = code ? undefined : broken(codeId);
  if (brokenFile) {
    const where = (source.data as Record<string, unknown>).code === undefined ? ['id'] : ['code'];
    problems.push(
      problemAt(
        source,
        where,
        `code \`${codeId}\` has problems (${brokenFile}), so this file cannot be checked against it; fix the code ` +
          `first`,
      ),
    );
  } else if (!code) {
    const known = [...codes.keys()];
    const where = (source.data as Record<string, unknown>).code === undefined ? ['id'] : ['code'];
    problems.push(
      problemAt(
        source,
        where,
        `code \`${codeId}\` is not in the library (it has: ` +
          `${known.join(', ') || 'no codes'}).${didYouMean(codeId, known)}`.replace(/\.$/, ''),
      ),
    );
  }
  return code;
}

/** Principle numbers that are not in the code; `twice` names a repeat where repeats matter. */
function numberProblems(
  source: YamlSource,
  code: Code,
  numbers: (number | undefined)[],
  pathOf: (i: number) => (string | number)[],
  twice?: string,
): Problem[] {
  const known = code.principles.map((p) => p.number);
  const seen = new Set<number>();
  const problems: Problem[] = [];
  numbers.forEach((number, i) => {
    if (number === undefined) return;
    if (!known.includes(number))
      problems.push(
        problemAt(source, pathOf(i), `principle ${number} is not in code ${code.id} (it has ${numberRanges(known)})`),
      );
    else if (twice && seen.has(number)) problems.push(problemAt(source, pathOf(i), `principle ${number} ${twice}`));
    seen.add(number);
  });
  return problems;
}

export function scenarioProblems(
  source: YamlSource,
  scenario: Scenario,
  codes: ReadonlyMap<string, Code>,
  broken: BrokenCode = () => undefined,
): Problem[] {
  const problems = fileNameProblems(source, scenario.id, 'scenario');
  const code = codeFor(source, scenario.code, codes, problems, broken);
  if (code)
    append(
      problems,
      numberProblems(
        source,
        code,
        numbersIn(scenario.principles),
        (i) => ['principles', i, 'number'],
        'is in the key twice; keep one and merge the reasons',
      ),
    );
  append(problems, placeholderProblems(source));
  return problems;
}

export function gridProblems(
  source: YamlSource,
  grid: Grid,
  codes: ReadonlyMap<string, Code>,
  broken: BrokenCode = () => undefined,
): Problem[] {
  const problems = fileNameProblems(source, grid.id, 'grid');
  const code = codeFor(source, grid.code, codes, problems, broken);
  const ids = new Set<string>();
  (Array.isArray(grid.actions) ? grid.actions : []).forEach((action, j) => {
    if (typeof action?.id === 'string' && ids.has(action.id))
      problems.push(
        problemAt(
          source,
          ['actions', j, 'id'],
          `action id \`${action.id}\` is used twice in this grid; give each action its own id`,
        ),
      );
    if (typeof action?.id === 'string') ids.add(action.id);
    const numbers = Array.isArray(action?.principles)
      ? action.principles.map((n) => (isWholeNumber(n) ? n : undefined))
      : [];
    if (code)
      append(
        problems,
        numberProblems(source, code, numbers, (i) => ['actions', j, 'principles', i]),
      );
  });
  return problems;
}
