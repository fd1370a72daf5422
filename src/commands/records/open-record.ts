// Opening one record for an edit (records evaluate, records review): its real path, its bytes
// read once, and its front matter from those same bytes, so that what is checked and what is
// changed can never differ.
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { CliError, invalidData, usageError } from '../../errors.js';
import { checkRegularFile, readUserFile } from '../../files/read-user-file.js';
import { recordFromBytes } from '../../files/read-records.js';
import type { RecordMeta } from '../../generated/record.types.js';
import { isReplaced } from '../../record/filters.js';
import { oneLine } from '../../text/controls.js';
import { commandLine, type Context } from '../context.js';

export interface OpenRecord {
  path: string;
  original: Buffer;
  meta: RecordMeta;
}

/** `doing`: what would be done, for the sentence about a damaged record ("its outcome cannot be added"). */
export async function openRecord(file: string, ctx: Context, doing: string): Promise<OpenRecord> {
  const path = recordPath(file, ctx);
  const original = readUserFile(path, 'record', file);
  return { path, original, meta: await readMeta(path, file, original, doing, commandLine(ctx, ['resolve'])) };
}

/** The record's real path (a link is followed, so the link stays a link). */
function recordPath(file: string, ctx: Context): string {
  const path = resolvePath(ctx.io.cwd, file);
  try {
    checkRegularFile(path, 'record', file);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    // A dangling link or a loop is there, and its own sentence (from checkRegularFile) says so.
    if (!lstatSync(path, { throwIfNoEntry: false }))
      throw usageError(
        `there is no file ${file}. Name a decision record, e.g. decision-records/2026-11-23-alice-and-bob.md ` +
          `(\`${commandLine(ctx, ['records', 'list'])}\` shows them)`,
      );
    if (/ is a folder, /.test(error.message))
      throw usageError(
        `${file} is a folder; name one record in it (\`${commandLine(ctx, ['records', 'list', file])}\` shows them)`,
      );
    throw error;
  }
  return realpathSync(path);
}

async function readMeta(
  path: string,
  file: string,
  bytes: Buffer,
  doing: string,
  program: string,
): Promise<RecordMeta> {
  const read = await recordFromBytes(path, bytes);
  if ('record' in read) return read.record.meta;
  if ('damaged' in read) throw invalidData(`${file} is damaged, so ${doing}; nothing was changed`, read.damaged);
  throw invalidData(
    `${file} is not a decision record: it has no record front matter (the --- block that \`${program}\` ` +
      `writes at the top)`,
  );
}

/** The record that replaced `file`, as a path from where `file` was named (it lies beside it). */
export const replacedByPath = (file: string, meta: RecordMeta): string | undefined =>
  meta.superseded_by ? oneLine(join(dirname(file), String(meta.superseded_by))) : undefined;

/**
 * A record that a revised decision replaced is no longer evaluated or reviewed: the sentence
 * names the record that replaced it, and the command for it.
 */
export function refuseIfReplaced(
  file: string,
  meta: RecordMeta,
  ctx: Context,
  command: 'evaluate' | 'review',
  what: string,
): void {
  if (!isReplaced(meta)) return;
  const newer = replacedByPath(file, meta);
  throw usageError(
    `${file} was replaced by ${newer ?? 'a newer record'}, a revised decision, so the ${what} belongs there` +
      `${newer ? `: \`${commandLine(ctx, ['records', command, newer])}\`` : ''}. Nothing was changed`,
  );
}
