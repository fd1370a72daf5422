// Edits of a record that cannot lose each other (records evaluate now; review and supersede
// later). A rename is atomic, but read-then-rename is not: two runs that read the same record
// would each write their own version, and one outcome would vanish. So an edit takes a lock
// file beside the record (created exclusively), compares the record with what it read at the
// start, and only then replaces it. Of many runs at once, exactly one writes.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { invalidData } from '../errors.js';
import { replaceFile } from './safe-write.js';

/** A lock older than this is left from a run that died: no edit takes so long. */
const STALE_MS = 10 * 60 * 1000;
/**
 * A lock whose run has ended is stale only once it is this old. A younger one may be a new
 * lock in the place of one just released: its owner is alive, and breaking it would let two
 * runs edit at once. An edit holds its lock for milliseconds.
 */
const SETTLED_MS = 5000;
/** How long to wait for another run's lock before giving up. */
const WAIT_MS = 3000;

export const lockPath = (record: string) => join(dirname(record), `.${basename(record)}.lock`);

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a lock was left by a run that no longer exists (or so long ago that it must have). */
function isStale(lock: string): boolean {
  try {
    const age = Date.now() - statSync(lock).mtimeMs;
    const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
    return age > STALE_MS || (age > SETTLED_MS && Number.isInteger(pid) && pid > 0 && !alive(pid));
  } catch {
    return false; // gone already, or half-written by a run that is starting: not stale
  }
}

/** Takes the lock; a stale one is broken with a note. Throws when another run holds it. */
function acquire(lock: string, shown: string, note: (text: string) => void): void {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(lock)) {
      unlinkSync(lock);
      note(`a lock left by an earlier run that stopped (${basename(lock)}) was removed`);
      continue;
    }
    if (Date.now() > deadline)
      throw invalidData(
        `${shown} is being changed by another run of ethics-guide right now, so it was not touched; run the command ` +
          `again in a moment`,
      );
    sleep(50);
  }
}

/**
 * Replaces `path` with `updated`, if and only if it still holds `original`. `changed` is the
 * sentence for a record someone else changed meanwhile.
 */
export function editRecord(
  path: string,
  original: Buffer,
  updated: string,
  o: { shown: string; changed: string; note: (text: string) => void },
): void {
  const lock = lockPath(path);
  acquire(lock, o.shown, o.note);
  try {
    if (!readFileSync(path).equals(original)) throw invalidData(o.changed);
    replaceFile(path, updated);
  } finally {
    try {
      unlinkSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
