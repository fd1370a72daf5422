// The decision records of a folder, one at a time: files that are not records are skipped
// (and named), damaged ones reported, each record handed on as it is read.
import { type Dirent, opendirSync, readdirSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import {
  checkFully,
  readQuickly,
  type FoundRecord,
  type LeftOut,
  type QuickRead,
  type RecordRead,
} from './read-records.js';

/** The folder of drafts beside the records (session/drafts.ts): ours, so never named as skipped. */
export const DRAFTS_FOLDER = 'drafts';

/** A link that leads to a regular file; a dangling link or a loop is skipped like any non-record. */
function followsToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Every decision record directly in `dir` (not in sub-folders; hidden files and the drafts folder are ignored), given
 * to `onRecord` one at a time, so a summary need not hold them all: in file-name order, or with
 * `inOrder` false in the folder's own order, entry by entry, without holding the list of names.
 */
export async function readRecordFolder(
  dir: string,
  onRecord: (record: FoundRecord) => void,
  inOrder = true,
): Promise<LeftOut> {
  const leftOut: LeftOut = { skipped: [], damaged: [] };
  if (inOrder) {
    const entries = readdirSync(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const checking = readEntry(dir, entry, onRecord, leftOut);
      if (checking) await checking;
    }
    return leftOut;
  }
  const folder = opendirSync(dir, { bufferSize: 256 });
  try {
    for (let entry = folder.readSync(); entry; entry = folder.readSync()) {
      const checking = readEntry(dir, entry, onRecord, leftOut);
      if (checking) await checking;
    }
  } finally {
    folder.closeSync();
  }
  return leftOut;
}

/**
 * One entry, at once when the quick reader is sure of it (no promise and no await per record:
 * 10,000 of them cost ~15 ms); a promise only when the full YAML parser must read it.
 */
function readEntry(
  dir: string,
  entry: Dirent,
  onRecord: (record: FoundRecord) => void,
  leftOut: LeftOut,
): Promise<void> | undefined {
  if (entry.name.startsWith('.') || (entry.name === DRAFTS_FOLDER && entry.isDirectory())) return undefined;
  const path = `${dir}${sep}${entry.name}`;
  const isFile = entry.isFile() || (entry.isSymbolicLink() && followsToFile(path));
  if (!isFile || !entry.name.toLowerCase().endsWith('.md')) {
    leftOut.skipped.push(entry.isDirectory() ? `${entry.name}/` : entry.name);
    return undefined;
  }
  let read: QuickRead;
  try {
    read = readQuickly(path, entry.name);
  } catch (error) {
    read = {
      damaged: [
        {
          file: path,
          line: 1,
          col: 1,
          message:
            `the file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check ` +
            `its permissions`,
        },
      ],
    };
  }
  const take = (result: RecordRead) => {
    if ('record' in result) onRecord(result.record);
    else if ('damaged' in result) leftOut.damaged.push(result.damaged[0]!);
    else leftOut.skipped.push(entry.name);
  };
  if ('check' in read) return checkFully(path, read.check).then(take);
  take(read);
  return undefined;
}
