// Drafts: the answers so far of an interrupted walkthrough, in the answers-file format, so
// `resolve --resume` (or --answers, once complete) can read them back. Mode 0600, like records.
import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { Decision } from '../guide/decision.js';
import { ensurePrivateDir, replaceFile, writeNewFile } from './safe-write.js';

export const draftsDir = (outDir: string) => join(outDir, 'drafts');

function draftText(decision: Decision): string {
  return `# ethics-guide draft: continue with \`ethics-guide resolve --resume <this file>\`\n${stringify(decision, { lineWidth: 0 })}`;
}

/** Saves the answers so far: a new draft file the first time, then the same file replaced. */
export function saveDraft(outDir: string, stem: string, existing: string | undefined, decision: Decision): string {
  if (existing) {
    replaceFile(existing, draftText(decision));
    return existing;
  }
  return writeNewFile(draftsDir(outDir), stem, '.yaml', draftText(decision));
}

/**
 * Saves answers so far at a fixed path, replacing the last save: for `records evaluate` and
 * `grid`, which find their draft there and continue from it by themselves. `note` becomes the
 * first line, a YAML comment saying what the file is.
 */
export function saveDraftAt(path: string, answers: object, note: string): void {
  ensurePrivateDir(dirname(path));
  replaceFile(path, `# ${note}\n${stringify(answers, { lineWidth: 0 })}`);
}

export function removeDraft(path: string): void {
  if (existsSync(path)) unlinkSync(path);
}

/** The draft changed most recently, if any. */
export function latestDraft(outDir: string): string | undefined {
  const dir = draftsDir(outDir);
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)[0]?.path;
}
