// A draft's YAML: the text of a draft (stringify) and a draft read back and checked against the
// schema of what it drafts. Loaded when a draft is written or read (drafts.ts says why).
import { stringify } from 'yaml';
import { schemaProblems } from '../data/schema-check.js';
import { parseYaml } from '../data/yaml-source.js';
import { invalidData, usageError } from '../errors.js';
import { readUserFile } from '../files/read-user-file.js';
import { answers as answersSchema } from '../generated/answers.js';
import { outcome } from '../generated/outcome.js';
import { ratings } from '../generated/ratings.js';
import { review as reviewSchema } from '../generated/review.js';
import { getAt, type Path } from '../guide/decision.js';
import type { Answer } from '../guide/question.js';
import type { DataKind } from '../library/types.js';
import { VERSION } from '../version.js';
import type { YamlSource } from '../data/source.js';

export type DraftKind = 'resolve' | 'evaluate' | 'grid' | 'review';

export interface DraftMark {
  of: DraftKind;
  version: string;
  /** An answer that was being given when the run stopped (a list not yet ended). */
  unfinished?: Path;
  /** resolve --revise: the record the new decision replaces (its full path). */
  revising?: string;
}

export interface Draft<T> {
  path: string;
  answers: T;
  /** The file as parsed, for problems at their line and column. */
  source: YamlSource;
  /** The unfinished answer, taken out of `answers` so that its question is asked again. */
  partial?: { path: Path; value: Answer };
  /** The record a revision replaces, when the draft is of one. */
  revising?: string;
}

const SCHEMA: Record<DraftKind, DataKind> = {
  resolve: 'answers',
  evaluate: 'outcome',
  grid: 'ratings',
  review: 'review',
};
const VALIDATORS = { resolve: answersSchema, evaluate: outcome, grid: ratings, review: reviewSchema };
const COMMAND: Record<DraftKind, string> = {
  resolve: 'resolve',
  evaluate: 'records evaluate',
  grid: 'grid',
  review: 'records review',
};

export function draftText(
  kind: DraftKind,
  answers: object,
  note: string,
  unfinished?: Path,
  revising?: string,
): string {
  const mark: DraftMark = {
    of: kind,
    version: VERSION,
    ...(unfinished ? { unfinished: [...unfinished] } : {}),
    ...(revising ? { revising } : {}),
  };
  const { draft: _old, ...rest } = answers as { draft?: unknown };
  return `# ${note}\n${stringify({ draft: mark, ...rest }, { lineWidth: 0 })}`;
}

/**
 * Reads a draft of `kind`; refuses, without touching it, a file that is not one of ours.
 * `instead` is the sentence that says what to do with such a file.
 */
export function readDraft<T extends object>(path: string, kind: DraftKind, shown: string, instead: string): Draft<T> {
  // `instead` is a sentence of its own; after "fix it, or" it goes on the same one.
  const orInstead = `fix it, or ${instead.charAt(0).toLowerCase()}${instead.slice(1)}`;
  const parsed = parseYaml(path, readUserFile(path, 'draft', shown));
  if (!parsed.ok) throw invalidData(`the draft ${shown} cannot be read; ${orInstead}`, parsed.problems);
  const data = parsed.source.data as { draft?: DraftMark } | null;
  const mark = data && typeof data === 'object' ? data.draft : undefined;
  if (!mark || typeof mark !== 'object' || !mark.of)
    throw usageError(`${shown} is not a draft that ethics-guide wrote, so it was left as it is. ${instead}`);
  if (mark.of !== kind)
    throw usageError(
      `${shown} is a draft of \`ethics-guide ${COMMAND[mark.of] ?? mark.of}\`, not of \`ethics-guide ` +
        `${COMMAND[kind]}\`, so it was left as it is. ${instead}`,
    );
  const problems = schemaProblems(parsed.source, SCHEMA[kind], VALIDATORS[kind]);
  if (problems.length) throw invalidData(`the draft ${shown} cannot be continued; ${orInstead}`, problems);
  const { draft: _mark, ...answers } = structuredClone(data) as Record<string, unknown>;
  const unfinished = Array.isArray(mark.unfinished) && mark.unfinished.length ? mark.unfinished : undefined;
  const value = unfinished ? (getAt(answers, unfinished) as Answer | undefined) : undefined;
  const revising = typeof mark.revising === 'string' && mark.revising ? { revising: mark.revising } : {};
  if (!unfinished || value === undefined) return { path, answers: answers as T, source: parsed.source, ...revising };
  deleteAt(answers, unfinished);
  return { path, answers: answers as T, source: parsed.source, partial: { path: unfinished, value }, ...revising };
}

function deleteAt(root: Record<string, unknown>, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const last = path.at(-1)!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (parent && typeof parent === 'object') delete (parent as Record<string | number, unknown>)[last];
}
