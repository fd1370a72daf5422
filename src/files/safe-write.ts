// Writing files that may hold confidential facts: mode 0600, whole or not at all (temp file,
// fsync, then link or rename), and never over an existing record. A temp file never outlives
// its write: removed when the write fails, and any left by a run that was killed (SIGKILL, a
// power cut) is removed by the next write to that folder.
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

const PRIVATE = 0o600;

export function ensurePrivateDir(dir: string): void {
  makeFolders(dir, 0o700);
}

/**
 * Makes `dir` and the folders missing above it, one at a time. Node 20's recursive mkdirSync
 * never returns for a path it cannot make in some places (/proc/x: it retries for ever, deaf to
 * signals); one at a time, the first that cannot be made throws, with its reason.
 */
export function makeFolders(dir: string, mode: number): void {
  const missing: string[] = [];
  for (let here = resolve(dir); !existsSync(here); here = dirname(here)) {
    missing.push(here);
    if (dirname(here) === here) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder, { mode });
    } catch (error) {
      // Made meanwhile by another run: fine, if it is a folder.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
}

const TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** A temp file this old is not another run's write in progress: that takes milliseconds. */
const STALE_TEMP_MS = 60_000;

/** Removes temp files of ours that a killed run left in `dir`. */
function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => TEMP.test(name));
  } catch {
    return;
  }
  for (const name of names) {
    try {
      if (Date.now() - lstatSync(join(dir, name)).mtimeMs > STALE_TEMP_MS) unlinkSync(join(dir, name));
    } catch {
      // Removed by another run meanwhile: nothing to do.
    }
  }
}

function writeTemp(dir: string, name: string, content: string, mode = PRIVATE): string {
  removeStaleTemps(dir);
  // Short enough that a name the file system takes never fails as a temp name first.
  const temp = join(dir, `.${name.slice(0, 200)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    const bytes = Buffer.from(content);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    fsyncSync(fd);
    closeSync(fd);
  } catch (error) {
    // A full disk, a quota: nothing half-written stays behind.
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    unlinkSync(temp);
    // A write on a descriptor names no path: say which folder could not be written.
    throw Object.assign(error as Error, { path: (error as NodeJS.ErrnoException).path ?? temp });
  }
  return temp;
}

/**
 * Writes `<stem>.md`, or `<stem>-2.md`, `<stem>-3.md`... if taken, and returns the path.
 * link() fails when the target exists, so two runs at once cannot overwrite each other.
 */
export function writeNewFile(dir: string, stem: string, extension: string, content: string): string {
  ensurePrivateDir(dir);
  const temp = writeTemp(dir, stem, content);
  try {
    for (let n = 1; ; n++) {
      const target = join(dir, `${stem}${n === 1 ? '' : `-${n}`}${extension}`);
      try {
        linkSync(temp, target);
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } finally {
    unlinkSync(temp);
  }
}

/**
 * Writes `path` whole, or throws EEXIST and writes nothing when it is already there (a new
 * scenario skeleton must never replace a trainer's work). `mode` applies to the new file.
 */
export function createExclusive(path: string, content: string, mode = PRIVATE): void {
  const temp = writeTemp(dirname(path), basename(path), content, mode);
  try {
    linkSync(temp, path);
  } finally {
    unlinkSync(temp);
  }
}

/** Replaces a file we own (a draft, or a record being evaluated) in one step. */
export function replaceFile(path: string, content: string): void {
  const temp = writeTemp(dirname(path), basename(path), content);
  try {
    renameSync(temp, path);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}
