// Drafts: the answers so far of a walkthrough, an evaluation or a grid, in the shape of an
// answers file, with a `draft:` mark at the top saying what they draft and which version wrote
// them. Only a file with our mark is ever continued, rewritten or deleted: a file a person
// wrote by hand is theirs, and is read with --answers instead. Mode 0600, like records.
// Where drafts are and how they are written; their YAML (draft-file.ts) is loaded when needed,
// so that a walkthrough's first question does not wait for the YAML library.
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../errors.js';
import { DRAFTS_FOLDER } from '../files/read-record-folder.js';
import { ensurePrivateDir, replaceFile, writeNewFile } from '../files/safe-write.js';

export type { Draft, DraftKind, DraftMark } from './draft-file.js';

export const draftsDir = (outDir: string) => join(outDir, DRAFTS_FOLDER);

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

export interface DraftOnDisk {
  path: string;
  time: number;
  scenario?: string;
  /** The record it revises, when it is the draft of a revision. */
  revising?: string;
}

/**
 * The drafts of `resolve` in `outDir/drafts`, newest first. A file is one when its first line
 * is ours and its mark says resolve: an evaluation's draft in the same folder is not.
 */
export async function resolveDrafts(outDir: string): Promise<DraftOnDisk[]> {
  const dir = draftsDir(outDir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.yaml') && !name.startsWith('.'));
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return [];
    throw error;
  }
  const found: DraftOnDisk[] = [];
  const { readDraft } = names.length ? await import('./draft-file.js') : { readDraft: undefined };
  for (const name of names) {
    const path = join(dir, name);
    try {
      const { answers, revising } = readDraft!<{ scenario?: string }>(path, 'resolve', path, '');
      found.push({ path, time: statSync(path).mtimeMs, scenario: answers.scenario, revising });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
    }
  }
  return found.sort((a, b) => b.time - a.time);
}
