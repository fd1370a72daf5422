// The answers-file front end: replays a YAML file of answers (or a draft) with no prompts.
// Problems are collected, each at its line and column, and reported together; a file with
// any problem writes no record.
import { existsSync, readFileSync } from 'node:fs';
import { answeredProblems } from '../guide/answer-check.js';
import type { Decision } from '../guide/decision.js';
import type { Answer, Question } from '../guide/question.js';
import type { GuideContext } from '../guide/steps.js';
import { invalidData, usageError } from '../errors.js';
import type { Problem } from '../library/problem.js';
import type { DataKind } from '../library/types.js';
import { schemaProblems } from '../library/schema-check.js';
import { parseYaml, problemAt, type YamlSource } from '../library/yaml-source.js';
import type { Prompter } from './prompter.js';

export interface AnswersFile<T = Decision> {
  source: YamlSource;
  decision: T;
}

/**
 * Reads and checks the shape of an answers file or draft (for resolve by default; `outcome` for
 * records evaluate, `ratings` for grid); throws with every problem found.
 */
export function readAnswersFile<T = Decision>(file: string, what = 'answers file', kind: DataKind = 'answers'): AnswersFile<T> {
  if (!existsSync(file)) throw usageError(`${what} ${file} does not exist`);
  const parsed = parseYaml(file, readFileSync(file));
  const problems = parsed.ok ? schemaProblems(parsed.source, kind) : parsed.problems;
  if (!parsed.ok || problems.length > 0) throw invalidData(`the ${what} has problems; nothing was written`, problems);
  return { source: parsed.source, decision: structuredClone(parsed.source.data ?? {}) as T };
}

/** Answers that are there but do not fit: an option number out of range, an unknown principle... */
export function answersProblems(file: AnswersFile, ctx: GuideContext): Problem[] {
  const problems = answeredProblems(file.decision, ctx).map(({ path, message }) => problemAt(file.source, path, message));
  const reviews = file.decision.review?.options ?? [];
  const options = file.decision.establish?.options?.length ?? 0;
  reviews.forEach((review, i) => {
    if (review.option !== undefined && review.option !== i + 1) {
      problems.push(problemAt(file.source, ['review', 'options', i, 'option'], `review.options: item ${i + 1} says option ${review.option}; list the reviews in the order of the options (option: 1, 2, ...)`));
    }
  });
  if (reviews.length > options && options > 0) {
    problems.push(problemAt(file.source, ['review', 'options', options], `review.options has ${reviews.length} reviews but establish.options has ${options} options`));
  }
  return problems;
}

/** A stand-in answer, so that one missing answer does not hide the ones after it. */
function standIn(q: Question): Answer {
  switch (q.kind) {
    case 'confirm': return true;
    case 'select': return q.choices[0]?.value ?? null;
    case 'text': return '';
    case 'list': return Array.from({ length: q.min }, () => '');
    case 'principles': return [];
    case 'date': return q.default;
  }
}

export function answersFilePrompter(file: Pick<AnswersFile<unknown>, 'source'>): Prompter & { problems: Problem[] } {
  const problems: Problem[] = [];
  return {
    problems,
    step: () => {},
    feedback: () => {},
    ask: async (q) => {
      if (q.optional) return null;
      problems.push(problemAt(file.source, q.path, `\`${q.path.join('.')}\` is missing: ${q.message}`));
      return standIn(q);
    },
  };
}
