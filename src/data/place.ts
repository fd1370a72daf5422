// Lines and columns for problems found in files read by the quick parser: each such file is
// parsed once more, by the yaml library, which keeps positions. Only files with a problem pay
// for it, and only then is the yaml library loaded.
import { append } from './arrays.js';
import type { Problem } from './problem.js';
import type { Unplaced, YamlSource } from './source.js';

export const isUnplaced = (p: Problem): boolean => p.unplaced !== undefined;

/**
 * Every problem with its line and column. Should the yaml library find a syntax error that the
 * quick parser let through, its problems replace those of that file: the parser that keeps
 * positions has the last word (test/data/quick-yaml.test.ts keeps the two in agreement).
 */
export async function placeProblems(problems: Problem[]): Promise<Problem[]> {
  if (!problems.some(isUnplaced)) return problems;
  const { placedSource } = await import('./yaml-source.js');
  const placed = new Map<YamlSource, ReturnType<typeof placedSource>>();
  const replaced = new Set<string>();
  const out: Problem[] = [];
  for (const problem of problems) {
    if (!problem.unplaced) {
      out.push(problem);
      continue;
    }
    const { source, path, key, char } = problem.unplaced as Unplaced;
    let full = placed.get(source);
    if (!full) placed.set(source, (full = placedSource(source)));
    const { unplaced: _, ...rest } = problem;
    if (full.ok) out.push({ ...rest, ...(full.source.placeOf(path, key, char) ?? { line: 1, col: 1 }) });
    else if (!replaced.has(source.file)) {
      replaced.add(source.file);
      append(out, full.problems);
    }
  }
  return out;
}
