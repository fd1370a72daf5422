// Drafts: the answers so far of a walkthrough, an evaluation or a grid, in the shape of an
// answers file, with a `draft:` mark at the top saying what they draft and which version wrote
// them. Only a file with our mark is ever continued, rewritten or deleted: a file a person
// wrote by hand is theirs, and is read with --answers instead. Mode 0600, like records.
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CliError, invalidData, usageError } from '../errors.js';
import { getAt, type Path } from '../guide/decision.js';
import type { Answer } from '../guide/question.js';
import { readUserFile } from '../files/read-user-file.js';
import { schemaProblems } from '../data/schema-check.js';
import { answers as answersSchema } from '../generated/answers.js';
import { outcome } from '../generated/outcome.js';
import { ratings } from '../generated/ratings.js';
import { review as reviewSchema } from '../generated/review.js';
import type { DataKind } from '../library/types.js';
import { parseYaml, type YamlSource } from '../data/yaml-source.js';
import { ensurePrivateDir, replaceFile, writeNewFile } from '../files/safe-write.js';
import { VERSION } from '../version.js';

export type DraftKind = 'resolve' | 'evaluate' | 'grid' | 'review';

export interface DraftMark {
  of: DraftKind;
  version: string;
  /** An answer that was being given when the run stopped (a list not yet ended). */
  unfinished?: Path;
}

export interface Draft<T> {
  path: string;
  answers: T;
  /** The file as parsed, for problems at their line and column. */
  source: YamlSource;
  /** The unfinished answer, taken out of `answers` so that its question is asked again. */
  partial?: { path: Path; value: Answer };
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

export const draftsDir = (outDir: string) => join(outDir, 'drafts');

export function draftText(kind: DraftKind, answers: object, note: string, unfinished?: Path): string {
  const mark: DraftMark = { of: kind, version: VERSION, ...(unfinished ? { unfinished: [...unfinished] } : {}) };
  const { draft: _old, ...rest } = answers as { draft?: unknown };
  return `# ${note}\n${stringify({ draft: mark, ...rest }, { lineWidth: 0 })}`;
}

/** Saves a new draft file (`<stem>.yaml`, or `-2`... if taken) and returns its path. */
export const saveNewDraft = (outDir: string, stem: string, text: string) =>
  writeNewFile(draftsDir(outDir), stem, '.yaml', text);

/** Replaces a draft we wrote before (or writes it at a fixed path the first time). */
export function saveDraftAt(path: string, text: string): void {
  ensurePrivateDir(join(path, '..'));
  replaceFile(path, text);
}

export function removeDraft(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Reads a draft of `kind`; refuses, without touching it, a file that is not one of ours.
 * `instead` is the sentence that says what to do with such a file.
 */
export function readDraft<T extends object>(path: string, kind: DraftKind, shown: string, instead: string): Draft<T> {
  const parsed = parseYaml(path, readUserFile(path, 'draft', shown));
  if (!parsed.ok) throw invalidData(`the draft ${shown} cannot be read; fix it, or ${instead}`, parsed.problems);
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
  if (problems.length) throw invalidData(`the draft ${shown} cannot be continued; fix it, or ${instead}`, problems);
  const { draft: _mark, ...answers } = structuredClone(data) as Record<string, unknown>;
  const unfinished = Array.isArray(mark.unfinished) && mark.unfinished.length ? mark.unfinished : undefined;
  const value = unfinished ? (getAt(answers, unfinished) as Answer | undefined) : undefined;
  if (!unfinished || value === undefined) return { path, answers: answers as T, source: parsed.source };
  deleteAt(answers, unfinished);
  return { path, answers: answers as T, source: parsed.source, partial: { path: unfinished, value } };
}

function deleteAt(root: Record<string, unknown>, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const last = path.at(-1)!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (parent && typeof parent === 'object') delete (parent as Record<string | number, unknown>)[last];
}

export interface DraftOnDisk {
  path: string;
  time: number;
  scenario?: string;
}

/**
 * The drafts of `resolve` in `outDir/drafts`, newest first. A file is one when its first line
 * is ours and its mark says resolve: an evaluation's draft in the same folder is not.
 */
export function resolveDrafts(outDir: string): DraftOnDisk[] {
  const dir = draftsDir(outDir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.yaml') && !name.startsWith('.'));
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return [];
    throw error;
  }
  const found: DraftOnDisk[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      const { answers } = readDraft<{ scenario?: string }>(path, 'resolve', path, '');
      found.push({ path, time: statSync(path).mtimeMs, scenario: answers.scenario });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
    }
  }
  return found.sort((a, b) => b.time - a.time);
}
