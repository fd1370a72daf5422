// The answers-file front end: replays a YAML file of answers (or a draft) with no prompts.
// Problems are collected, each at its line and column, and reported together; a file with
// any problem writes no record.
import { joinNewOption } from '../guide/review.js';
import { answeredProblems } from '../guide/answer-check.js';
import type { Decision } from '../guide/decision.js';
import type { Answer, Question } from '../guide/question.js';
import type { GuideContext } from '../guide/steps.js';
import { invalidData } from '../errors.js';
import { readUserFile, type UserFileKind } from '../files/read-user-file.js';
import type { Problem } from '../data/problem.js';
import { quickParse } from '../data/quick-yaml.js';
import { schemaProblems } from '../data/schema-check.js';
import { problemAt, type ParseResult, type YamlSource } from '../data/source.js';
import type { GeneratedValidator } from '../generated/validators.js';
import type { Prompter } from '../guide/prompter.js';

/** Each kind's validator, loaded when a file of that kind is read. */
/** The kinds of file a person writes to answer a command's questions. */
export type AnswersKind = 'answers' | 'outcome' | 'ratings' | 'review';

const VALIDATORS: Record<AnswersKind, () => Promise<GeneratedValidator>> = {
  answers: async () => (await import('../generated/answers.js')).answers,
  outcome: async () => (await import('../generated/outcome.js')).outcome,
  ratings: async () => (await import('../generated/ratings.js')).ratings,
  review: async () => (await import('../generated/review.js')).review,
};

/** The yaml library's reading, which keeps positions (loaded only when needed). */
const fullParse = async (file: string, bytes: Uint8Array): Promise<ParseResult> =>
  (await import('../data/yaml-source.js')).parseYaml(file, bytes);

export interface AnswersFile<T = Decision> {
  source: YamlSource;
  decision: T;
  /** What does not fit the schema: reported together with the checks that need the case. */
  problems: Problem[];
}

/**
 * Reads an answers file (for resolve by default; `outcome` for records evaluate, `ratings` for
 * grid). Bytes and YAML that cannot be read throw; problems of shape are returned, so that
 * the caller reports them together with its own checks. A file with problems of shape is read
 * with positions, so that the caller's own problems can be told apart from them by place.
 */
export async function readAnswersFile<T = Decision>(
  file: string,
  what: UserFileKind = 'answers file',
  kind: AnswersKind = 'answers',
  shown = file,
): Promise<AnswersFile<T>> {
  const loading = VALIDATORS[kind]();
  const bytes = readUserFile(file, what, shown);
  let parsed = quickParse(file, bytes) ?? (await fullParse(file, bytes));
  const validate = await loading;
  if (!parsed.ok) throw invalidData(`the ${what} has problems; nothing was written`, parsed.problems);
  let problems = schemaProblems(parsed.source, kind, validate);
  if (problems.length && !parsed.source.placeOf([])) {
    parsed = await fullParse(file, bytes);
    if (!parsed.ok) throw invalidData(`the ${what} has problems; nothing was written`, parsed.problems);
    problems = schemaProblems(parsed.source, kind, validate);
  }
  const data = parsed.source.data;
  const usable = data !== null && typeof data === 'object' && !Array.isArray(data);
  return { source: parsed.source, decision: structuredClone(usable ? data : {}) as T, problems };
}

/** The same, for a caller with no checks of its own: every problem throws. */
export async function readCheckedAnswers<T>(
  file: string,
  what: UserFileKind,
  kind: AnswersKind,
  shown = file,
): Promise<AnswersFile<T>> {
  const read = await readAnswersFile<T>(file, what, kind, shown);
  if (read.problems.length) throw invalidData(`the ${what} has problems; nothing was written`, read.problems);
  return read;
}

/** Answers that are there but do not fit: an option number out of range, an unknown principle... */
export function answersProblems(file: AnswersFile, ctx: GuideContext): Problem[] {
  // With problems of shape, the case checks may meet values of the wrong kind: the schema's
  // problems already say what is wrong there.
  let answered: ReturnType<typeof answeredProblems>;
  try {
    // An option that came up in Review counts among the options, as it will in the walkthrough.
    joinNewOption(file.decision);
    answered = answeredProblems(file.decision, ctx);
  } catch (error) {
    if (file.problems.length && error instanceof TypeError) return [];
    throw error;
  }
  const problems = answered.map(({ path, message }) => problemAt(file.source, path, message));
  const reviews = file.decision.review?.options ?? [];
  const options = file.decision.establish?.options?.length ?? 0;
  reviews.forEach((review, i) => {
    if (review.option !== undefined && review.option !== i + 1) {
      problems.push(
        problemAt(
          file.source,
          ['review', 'options', i, 'option'],
          `review.options: item ${i + 1} says option ${review.option}; list the reviews in the order of the options ` +
            `(option: 1, 2, ...)`,
        ),
      );
    }
  });
  if (reviews.length > options && options > 0) {
    // A new option from Review that is already among them adds none: say so, or the count puzzles.
    const added = file.decision.review?.new_option?.trim();
    const already = added ? file.decision.establish!.options!.indexOf(added) + 1 : 0;
    problems.push(
      problemAt(
        file.source,
        ['review', 'options', options],
        `review.options has ${reviews.length} reviews but establish.options has ${options} options` +
          (already ? ` (review.new_option is already option ${already}, so it adds none)` : ''),
      ),
    );
  }
  return problems;
}

/** A stand-in answer, so that one missing answer does not hide the ones after it. */
function standIn(q: Question): Answer {
  switch (q.kind) {
    case 'confirm':
      return true;
    case 'select':
      return q.choices[0]?.value ?? null;
    case 'text':
      return '';
    case 'list':
      return Array.from({ length: q.min }, () => '');
    case 'principles':
      return [];
    case 'date':
      return q.default;
    default:
      return null;
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
